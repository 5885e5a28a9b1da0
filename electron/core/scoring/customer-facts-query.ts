import type { RatingSegment } from '../../../shared/ipc/channels/ratings';
import type { AnalysisWindow, AssessmentFacts, BookFacts, CustomerFacts } from '../../../shared/scoring';
import { customerFactsAt, emptyBookFacts, parseDay, setAssessment, windowBounds } from '../../../shared/scoring';
import { packedCivil } from '../../../shared/scoring/dates';
import type { Core } from '../core';
import { joinedRows } from '../db/joined-rows';
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
 * The book's facts as of asOf over the window (DESIGN.md §3), as columns: the order totals come from the
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
  const columns = ['c.id', 'c.code', 'c.cooperation_start', needs.customFields.length ? 'c.custom' : "'{}'"];
  const rest = `FROM customers c WHERE ${sql} ORDER BY c.id`;
  const rows = cachedRead(core.store, 'customers', JSON.stringify([columns, rest, params]), () => joinedRows(core.store.sqlite, columns, rest, params), (r) => r.length);
  const n = rows.length;
  const customerIds = new Array<string>(n);
  const codes = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    customerIds[i] = rows[i][0];
    codes[i] = rows[i][1];
  }
  const custom = needs.customFields.length ? customColumns(rows, needs.customFields) : new Map<string, Float64Array>();
  const facts: BookFacts = { ...emptyBookFacts(customerIds, codes), custom };
  if (needs.assessment) fillAssessments(core, q.asOf, facts);
  const b = windowBounds(q.asOf, q.window);
  const end = parseDay(b.end) as number;
  const start = b.start === null ? -Infinity : (parseDay(b.start) as number);
  const prevStart = b.prevStart === null ? Infinity : (parseDay(b.prevStart) as number);
  const blocks = bookDayBlocks(core.store);
  const places = dayPlaces(rows, blocks);
  const monthOf = monthIndex(start, end);
  const { revenue: revenues, orderCount: orderCounts, activeMonths: months, prevRevenue: prevRevenues, cost: costColumn } = facts;
  for (let i = 0; i < n; i++) {
    const coop = rows[i][2];
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
const placesCache = new WeakMap<readonly string[][], WeakMap<readonly DayBlock[], { block: Int32Array; k: Int32Array }>>();

function dayPlaces(rows: readonly string[][], blocks: readonly DayBlock[]): { block: Int32Array; k: Int32Array } {
  const cached = placesCache.get(rows)?.get(blocks);
  if (cached) return cached;
  const places = { block: new Int32Array(rows.length).fill(-1), k: new Int32Array(rows.length) };
  const cursor = new DayCursor(blocks);
  for (let i = 0; i < rows.length; i++) {
    const ref = cursor.find(rows[i][0]);
    if (!ref) continue;
    places.block[i] = ref.index as number;
    places.k[i] = ref.k;
  }
  let byBlocks = placesCache.get(rows);
  if (!byBlocks) placesCache.set(rows, (byBlocks = new WeakMap()));
  byBlocks.set(blocks, places);
  return places;
}

/** Every assessment's facts with its ordering key "assessed_on|created_at|id" (kept in the book cache). */
function assessmentRows(core: Core): string[][] {
  const read = () =>
    joinedRows(
      core.store.sqlite,
      ['customer_id', 'satisfaction', 'recommend', 'referrals', 'influence', 'potential', 'relationship', "assessed_on || '|' || created_at || '|' || id"],
      'FROM assessments NOT INDEXED WHERE deleted = 0',
      [],
    );
  return cachedRead(core.store, 'assessments', 'all', read, (rows) => rows.length);
}

/**
 * The latest assessment per customer on or before asOf (ties: the later created, then the larger id) into the
 * columns, picked from all assessments in one pass (a GROUP BY would seek every row through the customer index).
 */
function fillAssessments(core: Core, asOf: string, facts: BookFacts) {
  const latest = new Map<string, string[]>();
  for (const r of assessmentRows(core)) {
    if (r[7].slice(0, r[7].indexOf('|')) > asOf) continue;
    const seen = latest.get(r[0]);
    if (seen === undefined || r[7] > seen[7]) latest.set(r[0], r);
  }
  if (latest.size === 0) return;
  const int = (t: string) => (t === '' ? null : Number(t));
  for (let i = 0; i < facts.n; i++) {
    const r = latest.get(facts.customerIds[i]);
    if (r === undefined) continue;
    setAssessment(facts, i, {
      satisfaction: int(r[1]), recommend: int(r[2]), referrals: int(r[3]), influence: int(r[4]), potential: int(r[5]),
      relationship: (r[6] === '' ? null : r[6]) as AssessmentFacts['relationship'],
    });
  }
}

/** The custom numeric fields' columns (`*`: every field any customer has), NaN where a customer has none. */
function customColumns(rows: readonly string[][], fields: readonly string[]): Map<string, Float64Array> {
  const parsed = rows.map((r) => customNumbers(r[3], fields));
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
