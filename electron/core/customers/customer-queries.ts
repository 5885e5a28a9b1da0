import { sql } from 'kysely';
import type { CustomerFacets, CustomerListQuerySchema, CustomerPage } from '../../../shared/domain/customer';
import type { Store } from '../db/store';
import { toCustomer, type CustomerRow } from './customer-rows';
import type { z } from 'zod';

type ListQuery = z.output<typeof CustomerListQuerySchema>;

const SORT_COLUMNS = {
  code: 'c.code',
  name: 'c.name',
  city: 'c.city',
  region: 'c.region',
  status: 'c.status',
  ownerRepName: 'r.name',
  tier: 't.tier',
  score: 't.score',
  cooperationStart: 'c.cooperation_start',
  updatedAt: 'c.updated_at',
} as const;

function baseQuery(store: Store) {
  return store.qb
    .selectFrom('customers as c')
    .leftJoin('reps as r', 'r.id', 'c.owner_rep_id')
    .leftJoin('customer_current_tier as t', 't.customer_id', 'c.id')
    .where('c.deleted', '=', 0);
}

function selectCustomer(query: ReturnType<typeof baseQuery>) {
  return query.select([
    'c.id',
    'c.code',
    'c.name',
    'c.industry',
    'c.region',
    'c.city',
    'c.address',
    'c.contact_name',
    'c.contact_phone',
    'c.contact_email',
    'c.owner_rep_id',
    'r.name as owner_rep_name',
    'c.status',
    'c.cooperation_start',
    'c.tags',
    'c.custom',
    'c.created_at',
    'c.updated_at',
    't.tier',
    't.score',
  ]);
}

/** Escapes LIKE wildcards so a search for "10%" finds the text "10%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function applyFilters(query: ReturnType<typeof baseQuery>, q: ListQuery) {
  let result = query;
  if (!q.includeArchived && !q.statuses?.includes('archived')) result = result.where('c.status', '!=', 'archived');
  if (q.search) {
    const pattern = likePattern(q.search);
    result = result.where((eb) =>
      eb.or(
        ['c.code', 'c.name', 'c.city', 'c.contact_name', 'c.contact_phone'].map((column) =>
          eb(sql.ref(column), 'like', sql<string>`${pattern} ESCAPE '\\'`),
        ),
      ),
    );
  }
  if (q.statuses?.length) result = result.where('c.status', 'in', q.statuses);
  if (q.ownerRepIds?.length) {
    const ids = q.ownerRepIds.filter((id) => id !== 'none');
    const withNone = q.ownerRepIds.includes('none');
    result = result.where((eb) => {
      const parts = [];
      if (ids.length) parts.push(eb('c.owner_rep_id', 'in', ids));
      if (withNone) parts.push(eb('c.owner_rep_id', 'is', null));
      return eb.or(parts);
    });
  }
  if (q.regions?.length) result = result.where('c.region', 'in', q.regions);
  if (q.tiers?.length) {
    const tiers = q.tiers.filter((t) => t !== 'none');
    const withNone = q.tiers.includes('none');
    result = result.where((eb) => {
      const parts = [];
      if (tiers.length) parts.push(eb('t.tier', 'in', tiers));
      if (withNone) parts.push(eb('t.tier', 'is', null));
      return eb.or(parts);
    });
  }
  if (q.tag) {
    const tag = q.tag;
    result = result.where(({ exists, selectFrom }) =>
      exists(selectFrom(sql`json_each(c.tags)`.as('j')).select(sql`1`.as('one')).where(sql.ref('j.value'), '=', tag)),
    );
  }
  return result;
}

export function listCustomers(store: Store, q: ListQuery): CustomerPage {
  const filtered = applyFilters(baseQuery(store), q);
  const countRow = store.get(filtered.select((eb) => eb.fn.countAll<number>().as('n')));
  const sortColumn = SORT_COLUMNS[q.sortBy];
  const rows = store.all(
    selectCustomer(filtered)
      .orderBy(sql`${sql.ref(sortColumn)} ${sql.raw(q.sortDir === 'desc' ? 'desc nulls last' : 'asc nulls last')}`)
      .orderBy('c.code', 'asc')
      .limit(q.limit)
      .offset(q.offset),
  ) as CustomerRow[];
  return { total: countRow?.n ?? 0, rows: rows.map(toCustomer) };
}

export function getCustomerRow(store: Store, id: string) {
  const row = store.get(selectCustomer(baseQuery(store)).where('c.id', '=', id)) as CustomerRow | undefined;
  return row ? toCustomer(row) : undefined;
}

export function findCustomerIdByCode(store: Store, code: string): string | undefined {
  return store.get(store.qb.selectFrom('customers').select('id').where('code', '=', code))?.id;
}

export function customerFacets(store: Store): CustomerFacets {
  const regions = store
    .all(
      store.qb
        .selectFrom('customers')
        .select('region')
        .distinct()
        .where('deleted', '=', 0)
        .where('region', 'is not', null)
        .orderBy('region'),
    )
    .map((r) => r.region as string);
  const tags = (
    store.sqlite
      .prepare('SELECT DISTINCT j.value AS tag FROM customers c, json_each(c.tags) j WHERE c.deleted = 0 ORDER BY tag')
      .all() as { tag: string }[]
  ).map((r) => r.tag);
  const tiers = store
    .all(store.qb.selectFrom('customer_current_tier').select('tier').distinct().orderBy('tier'))
    .map((r) => r.tier);
  return { regions, tags, tiers };
}
