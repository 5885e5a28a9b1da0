import type { Core } from '../core';
import type { Progress } from '../handlers/types';
import {
  CATEGORIES,
  COMPANY_KINDS,
  GIVEN_NAMES,
  INDUSTRIES,
  NAME_PREFIXES,
  NAME_SUFFIXES,
  REGIONS,
  RELATIONSHIPS,
  SURNAMES,
  TAGS,
} from './demo-data';
import { seededRandom, type SeededRandom } from './random';
import { refreshOrderAggregates } from '../scoring/order-day-totals';
import { orderStamp } from '../import/order-stamp';

export interface DemoOptions {
  customers: number;
  seed?: number;
  /** the last day orders may fall on (default: the core's today); the book is deterministic for a seed and end */
  endDate?: string;
  progress?: (p: Progress) => void;
}

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 3 * 365;
const CUSTOMERS_PER_REP = 250;
/** page cache while writing the book (KiB, negative per SQLite's convention): 256 MiB */
const DEMO_CACHE_KIB = -262_144;

/**
 * A deterministic demo book: reps, customers across Chinese regions, about 20 orders per customer with
 * a heavy-tailed size (so the Pareto figures look like a real book), some returns, and assessments.
 */
export function generateDemoBook(core: Core, options: DemoOptions) {
  const random = seededRandom(options.seed ?? 1);
  const end = Date.parse(`${options.endDate ?? core.today()}T00:00:00Z`);
  const report = options.progress ?? (() => {});
  const createdAt = core.now().toISOString();
  const { sqlite } = core.store;
  const insertOrder = sqlite.prepare(
    `INSERT INTO orders (source, external_no, customer_key, order_date, kind, amount, cost, quantity, category, updated_at, deleted)
     VALUES ('demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const keyOf = sqlite.prepare('SELECT local_key FROM customers WHERE id = ?').pluck();
  let orders = 0;
  const repCount = Math.max(1, Math.min(400, Math.round(options.customers / CUSTOMERS_PER_REP)));
  // a large book is written faster with a big page cache (random keys: customer ids, change_log cells) and the
  // non-unique order indexes rebuilt once at the end (sorted) instead of kept up to date order by order
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${DEMO_CACHE_KIB}`);
  const existingOrders = sqlite.prepare('SELECT count(*) FROM orders').pluck().get() as number;
  const rebuildIndexes = options.customers * 10 > existingOrders;
  // without the index on orders(customer_key), every new customer's key assignment (an UPDATE of the parent key,
  // migration 0009) would make SQLite scan all orders for children: foreign keys are off while the indexes are
  // gone, as in the import's bulk load; the orders only take keys read back from the customers just written
  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  if (rebuildIndexes) sqlite.pragma('foreign_keys = OFF');

  try {
    core.store.tx(() => {
      const indexes = rebuildIndexes ? dropOrderIndexes(core) : [];
      const reps = Array.from({ length: repCount }, (_, i) => {
        const place = REGIONS[i % REGIONS.length];
        return core.rows.insert('reps', {
          id: random.uuid(),
          name: `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}${random.pick(GIVEN_NAMES)}`,
          region: place.region,
          visits_per_day: random.int(3, 6),
          working_days: '[1,2,3,4,5]',
          active: 1,
          created_at: createdAt,
        });
      });
      const stamp = orderStamp(core.clock.tick());
      for (let i = 0; i < options.customers; i++) {
        const customerId = insertDemoCustomer(core, random, i, reps, end, createdAt);
        orders += insertDemoOrders(random, keyOf.get(customerId) as number, i, end, stamp, insertOrder);
        if (random.next() < 0.6) insertDemoAssessment(core, random, customerId, end, createdAt);
        if (i % 5000 === 4999) report({ done: i + 1, total: options.customers, stage: 'demo' });
      }
      for (const index of indexes) sqlite.exec(index.sql);
    });
    refreshOrderAggregates(core);
  } finally {
    sqlite.pragma(`cache_size = ${cacheSize}`);
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  report({ done: options.customers, total: options.customers, stage: 'demo' });
  return { customers: options.customers, orders, reps: repCount };
}

/** Drops the non-unique indexes of orders (in the caller's transaction) and returns them for re-creation. */
function dropOrderIndexes(core: Core): { name: string; sql: string }[] {
  const db = core.store.sqlite;
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`)
    .all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  return indexes;
}

function insertDemoCustomer(core: Core, random: SeededRandom, index: number, reps: string[], end: number, createdAt: string) {
  const place = random.pick(REGIONS);
  const city = random.pick(place.cities);
  const name = `${city}${random.pick(NAME_PREFIXES)}${random.pick(NAME_SUFFIXES)}${random.pick(COMPANY_KINDS)}`;
  const startDaysAgo = random.int(30, 12 * 365);
  const statusRoll = random.next();
  const tags = TAGS.filter(() => random.next() < 0.12);
  return core.rows.insert('customers', {
    id: random.uuid(),
    code: `C${String(index + 1).padStart(6, '0')}`,
    name,
    industry: random.pick(INDUSTRIES),
    region: place.region,
    city,
    contact_name: `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`,
    contact_phone: `1${random.int(30, 89)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    owner_rep_id: random.next() < 0.95 ? reps[index % reps.length] : null,
    status: statusRoll < 0.9 ? 'active' : statusRoll < 0.95 ? 'dormant' : statusRoll < 0.98 ? 'prospect' : 'churned',
    cooperation_start: isoDay(end - startDaysAgo * DAY_MS),
    tags: JSON.stringify(tags),
    custom: '{}',
    created_at: createdAt,
  });
}

function insertDemoOrders(
  random: SeededRandom,
  /** the customer's local_key */
  customerKey: number,
  index: number,
  end: number,
  stamp: string,
  insertOrder: { run(...params: unknown[]): unknown },
) {
  const size = Math.min(random.pareto(1.3), 400);
  const count = Math.max(1, Math.round(random.int(5, 35) * (0.6 + Math.min(size, 4) / 5)));
  // some customers stopped buying a while ago (churn risk); most are active up to the end date
  const lastDay = random.next() < 0.15 ? random.int(120, 700) : 0;
  for (let k = 0; k < count; k++) {
    const daysAgo = random.int(lastDay, HISTORY_DAYS);
    const isReturn = random.next() < 0.04;
    const base = Math.round((500 + random.next() * 4500) * size) * 100;
    const amount = isReturn ? -Math.round(base * (0.1 + random.next() * 0.4)) : base;
    const cost = Math.round(amount * (0.55 + random.next() * 0.3));
    // the draws of the order's former UUID id (orders now take the rowid): a seed keeps giving the same book
    for (let d = 0; d < 6; d++) random.next();
    insertOrder.run(
      `D${index + 1}-${k + 1}`,
      customerKey,
      isoDay(end - daysAgo * DAY_MS),
      isReturn ? 'return' : 'sale',
      amount,
      cost,
      random.int(1, 200),
      random.pick(CATEGORIES),
      stamp,
    );
  }
  return count;
}

function insertDemoAssessment(core: Core, random: SeededRandom, customerId: string, end: number, createdAt: string) {
  core.rows.insert('assessments', {
    id: random.uuid(),
    customer_id: customerId,
    assessed_on: isoDay(end - random.int(0, 300) * DAY_MS),
    satisfaction: random.int(1, 5),
    recommend: random.int(0, 10),
    referrals: random.next() < 0.7 ? 0 : random.int(1, 5),
    influence: random.int(1, 5),
    potential: random.int(1, 5),
    relationship: random.pick(RELATIONSHIPS),
    assessor: '演示',
    created_at: createdAt,
  });
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
