import type { RatingSegment } from '../../../shared/ipc/channels/ratings';
import type { AnalysisWindow, AssessmentFacts, BookFacts, CustomerFacts } from '../../../shared/scoring';
import { customerFactsAt, emptyBookFacts, parseDay, setAssessment, windowBounds } from '../../../shared/scoring';
import { packedCivil } from '../../../shared/scoring/dates';
import type { Core } from '../core';
import { joinedColumns } from '../db/joined-columns';
import { ALL_FACTS, type FactNeeds } from './fact-needs';
import { cachedRead } from './book-cache';
import type { DayBlock } from './day-block';
import { bookDayBlocks, DayCursor } from './day-block-store';
import { ensureOrderAggregates } from './order-day-totals';
import { segmentWhere } from './segment-filter';

export interface FactsQuery {
  asOf: string;
  window: AnalysisWindow;
  segment?: RatingSegment | null;
  needs?: FactNeeds;
  /** only these customers (for one customer's facts, tests) */
  customerIds?: readonly string[];
}


/**
 * The book's facts as of asOf over the window (docs/ARCHITECTURE.md §3), as columns: the order totals come from the
 * per-day totals of `order_day_blocks` (brought up to date first; read in id order beside the customers), the
 * latest assessment on or before asOf, custom numeric fields. Customers: not deleted, not archived, in the
 * segment; ordered by id.
 */
export function loadBookFacts(core: Core, q: FactsQuery): BookFacts {
  ensureOrderAggregates(core);
  const needs = q.needs ?? ALL_FACTS;
  const where = segmentWhere(q.segment);
  let sql = where.sql;
  const params = [...where.params];
  if (q.customerIds) {
    sql += ` AND c.id IN (SELECT value FROM json_each(?))`;
    params.push(JSON.stringify(q.customerIds));
  }
  const columns = ['c.id', 'c.code', 'c.cooperation_start', ...(needs.customFields.length ? ['c.custom'] : [])];
  const rest = `FROM customers c WHERE ${sql} ORDER BY c.id`;
  const read = () => joinedColumns(core.store.sqlite, columns, rest, params);
  const [customerIds, codes, coops, customJson] = cachedRead(core.store, 'customers', JSON.stringify([columns, rest, params]), read, (c) => c[0].length);
  const n = customerIds.length;
  const custom = customJson ? customColumns(customJson, needs.customFields) : new Map<string, Float64Array>();
  const facts = emptyBookFacts(customerIds, codes, custom);
  if (needs.assessment) fillAssessments(core, q.asOf, facts);
  const b = windowBounds(q.asOf, q.window);
  const end = parseDay(b.end) as number;
  const start = b.start === null ? -Infinity : (parseDay(b.start) as number);
  const prevStart = b.prevStart === null ? Infinity : (parseDay(b.prevStart) as number);
  const blocks = bookDayBlocks(core.store);
  const places = dayPlaces(customerIds, blocks);
  const monthOf = monthIndex(start, end);
  const { revenue: revenues, orderCount: orderCounts, activeMonths: months, prevRevenue: prevRevenues, cost: costColumn } = facts;
  for (let i = 0; i < n; i++) {
    const coop = coops[i];
    if (coop !== '') facts.cooperationStart[i] = parseDay(coop) ?? NaN;
    const b = places.block[i];
    if (b < 0) continue;
    let revenue = 0, orderCount = 0, activeMonths = 0, prevRevenue = 0, cost = 0, hasCost = false;
    let first = -1, last = -1, lastMonth = -1;
    const block = blocks[b];
    const k = places.k[i];
    const { day: days, sales: salesOf, amount, cost: costs } = block;
    for (let o = block.start[k], to = block.start[k + 1]; o < to; o++) {
      const day = days[o];
      if (day > end) break;
      const sales = salesOf[o];
      if (sales > 0) {
        if (first < 0) first = day;
        last = day;
      }
      if (day >= start) {
        revenue += amount[o];
        orderCount += sales;
        if (sales > 0) {
          const month = monthOf(day);
          if (month !== lastMonth) {
            activeMonths++;
            lastMonth = month;
          }
        }
        if (costs) {
          const c = costs[o];
          if (c === c) {
            cost += c;
            hasCost = true;
          }
        }
      } else if (day >= prevStart) prevRevenue += amount[o];
    }
    if (first >= 0) facts.firstOrder[i] = first;
    if (last >= 0) facts.lastOrder[i] = last;
    revenues[i] = revenue;
    orderCounts[i] = orderCount;
    months[i] = activeMonths;
    prevRevenues[i] = prevRevenue;
    if (hasCost) costColumn[i] = cost;
  }
  return facts;
}

/** The same facts as customer objects (one customer's facts, tests). */
export function loadCustomerFacts(core: Core, q: FactsQuery): CustomerFacts[] {
  const book = loadBookFacts(core, q);
  return Array.from({ length: book.n }, (_, i) => customerFactsAt(book, i));
}

/** The month (y·100 + m) of a day: a table over a bounded window, else computed. */
function monthIndex(start: number, end: number): (day: number) => number {
  const compute = (day: number) => Math.floor(packedCivil(day) / 100);
  if (!Number.isFinite(start) || end - start > 40_000) return compute;
  const table = new Int32Array(end - start + 1);
  for (let d = start; d <= end; d++) table[d - start] = compute(d);
  return (day) => (day >= start && day <= end ? table[day - start] : compute(day));
}

/** Where each customer's days sit in the blocks (block index, -1 none; position), kept while both are cached. */
const placesCache = new WeakMap<readonly string[], WeakMap<readonly DayBlock[], { block: Int32Array; k: Int32Array }>>();

function dayPlaces(ids: readonly string[], blocks: readonly DayBlock[]): { block: Int32Array; k: Int32Array } {
  const cached = placesCache.get(ids)?.get(blocks);
  if (cached) return cached;
  const places = { block: new Int32Array(ids.length).fill(-1), k: new Int32Array(ids.length) };
  const cursor = new DayCursor(blocks);
  for (let i = 0; i < ids.length; i++) {
    const ref = cursor.find(ids[i]);
    if (!ref) continue;
    places.block[i] = ref.index as number;
    places.k[i] = ref.k;
  }
  let byBlocks = placesCache.get(ids);
  if (!byBlocks) placesCache.set(ids, (byBlocks = new WeakMap()));
  byBlocks.set(blocks, places);
  return places;
}

/**
 * Every assessment's facts as columns in customer id order, the last column its ordering key
 * "assessed_on|created_at|id" (kept in the book cache). SQLite sorts a plain scan: walking the customer index
 * would seek every row.
 */
function assessmentColumns(core: Core): string[][] {
  const read = () =>
    joinedColumns(
      core.store.sqlite,
      ['customer_id', 'satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship', "assessed_on || '|' || created_at || '|' || id"],
      'FROM assessments NOT INDEXED WHERE deleted = 0 ORDER BY customer_id',
      [],
    );
  return cachedRead(core.store, 'assessments', 'all', read, (c) => c[0].length);
}

/**
 * The latest assessment per customer on or before asOf (ties: the later created, then the larger id) into the
 * columns: one forward pass over the customers and the assessments, both in id order (ids are UUIDs, ASCII, so
 * SQLite's and JavaScript's string orders agree, as for the day blocks).
 */
function fillAssessments(core: Core, asOf: string, facts: BookFacts) {
  const [customer, satisfaction, recommend, referrals, influence, potential, relationship, key] = assessmentColumns(core);
  const int = (t: string) => (t === '' ? null : Number(t));
  const ids = facts.customerIds;
  const rows = customer.length;
  let r = 0;
  for (let i = 0; i < facts.n && r < rows; i++) {
    const id = ids[i];
    while (r < rows && customer[r] < id) r++;
    let best = -1;
    for (; r < rows && customer[r] === id; r++) {
      const k = key[r];
      if (k.slice(0, k.indexOf('|')) > asOf) continue;
      if (best < 0 || k > key[best]) best = r;
    }
    if (best < 0) continue;
    setAssessment(facts, i, {
      satisfaction: int(satisfaction[best]), recommend: int(recommend[best]), referrals: int(referrals[best]), influence: int(influence[best]),
      potential: int(potential[best]), relationship: (relationship[best] === '' ? null : relationship[best]) as AssessmentFacts['relationship'],
    });
  }
}

/** The custom numeric fields' columns (`*`: every field any customer has), NaN where a customer has none. */
function customColumns(json: readonly string[], fields: readonly string[]): Map<string, Float64Array> {
  const parsed = json.map((j) => customNumbers(j, fields));
  const names = fields.includes('*') ? [...new Set(parsed.flatMap((p) => Object.keys(p)))].sort() : fields;
  return new Map(names.map((f) => [f, Float64Array.from(parsed, (p) => p[f] ?? NaN)]));
}

function customNumbers(json: string, fields: readonly string[]): Record<string, number | null> {
  if (json === '{}' || !json) return {};
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
  const out: Record<string, number | null> = {};
  const names = fields.includes('*') ? Object.keys(parsed) : fields;
  for (const f of names) {
    const v = parsed[f];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n)) out[f] = n;
  }
  return out;
}
