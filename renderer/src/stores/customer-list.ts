import { create } from 'zustand';
import type { CustomerListQuery } from '../../../shared/domain/customer';

type Filters = Required<Pick<CustomerListQuery, 'sortBy' | 'sortDir' | 'offset' | 'limit' | 'includeArchived'>> &
  Omit<CustomerListQuery, 'sortBy' | 'sortDir' | 'offset' | 'limit' | 'includeArchived'>;

interface CustomerListState {
  query: Filters;
  /** merges a change; any filter change returns to the first page */
  update(change: Partial<Filters>): void;
  reset(): void;
}

const INITIAL: Filters = { sortBy: 'code', sortDir: 'asc', offset: 0, limit: 50, includeArchived: false };

/** The customer list's filters, kept while the user opens a customer and comes back. */
export const useCustomerList = create<CustomerListState>((set) => ({
  query: INITIAL,
  update(change) {
    set((state) => {
      const paging = 'offset' in change || 'limit' in change;
      return { query: { ...state.query, ...change, ...(paging ? {} : { offset: 0 }) } };
    });
  },
  reset() {
    set({ query: INITIAL });
  },
}));
