import { create } from 'zustand';
import type { Rep } from '../../../shared/domain/rep';
import { call } from '../api/client';

interface RepsState {
  reps: Rep[];
  loaded: boolean;
  load(): Promise<void>;
}

/** The reps, shared by the customer filters, the customer form and the settings page. */
export const useReps = create<RepsState>((set) => ({
  reps: [],
  loaded: false,
  async load() {
    set({ reps: await call('reps.list', {}), loaded: true });
  },
}));
