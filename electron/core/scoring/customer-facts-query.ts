import type { RatingSegment } from '../../../shared/ipc/channels/ratings';
import type { AnalysisWindow, AssessmentFacts, CustomerFacts } from '../../../shared/scoring';
import { formatDay, parseDay, windowBounds } from '../../../shared/scoring';
import { packedCivil } from '../../../shared/scoring/dates';
import type { Core } from '../core';
import { ALL_FACTS, type FactNeeds } from './fact-needs';
import { DAY_ENTRY_BYTES } from './order-day-blob';
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

type CustomerRow = [string, string, string | null, string, Buffer | null];
type AssessmentRow = [string, number | null, number | null, number | null, number | null, number | null, string | null, string];

/**
 * Per-customer facts as of asOf over the window (DESIGN.md §3): the order totals come from the per-day
 * totals of `customer_order_days` (brought up to date first), the latest assessment on or before asOf,
 * custom numeric fields. Customers: not deleted, not archived, in the segment; ordered by id.
 */
export function loadCustomerFacts(core: Core, q: FactsQuery): CustomerFacts[] {
  ensureOrderAggregates(core);
  const needs = q.needs ?? ALL_FACTS;
  const where = segmentWhere(q.segment);
  let sql = where.sql;
  const params = [...where.params];
  if (q.customerIds) {
    sql += ` AND c.id IN (SELECT value FROM json_each(?))`;
    params.push(JSON.stringify(q.customerIds));
  }
  const customCol = needs.customFields.length ? 'c.custom' : "'{}'";
  const rows = core.store.sqlite
    .prepare(
      `SELECT c.id, c.code, c.cooperation_start, ${customCol}, d.days FROM customers c
       LEFT JOIN customer_order_days d ON d.customer_id = c.id WHERE ${sql} ORDER BY c.id`,
    )
    .raw()
    .all(...params) as CustomerRow[];
  const assessments = needs.assessment ? latestAssessments(core, q.asOf) : null;
  const b = windowBounds(q.asOf, q.window);
  const end = parseDay(b.end) as number;
  const start = b.start === null ? -Infinity : (parseDay(b.start) as number);
  const prevStart = b.prevStart === null ? Infinity : (parseDay(b.prevStart) as number);
  const dayText = new Map<number, string>();
  const text = (day: number) => {
    let t = dayText.get(day);
    if (t === undefined) dayText.set(day, (t = formatDay(day)));
    return t;
  };
  const facts: CustomerFacts[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, code, coop, custom, days] = rows[i];
    let revenue = 0, orderCount = 0, activeMonths = 0, prevRevenue = 0, cost = 0, hasCost = false;
    let first = -1, last = -1, lastMonth = -1;
    if (days) {
      for (let o = 0; o + DAY_ENTRY_BYTES <= days.length; o += DAY_ENTRY_BYTES) {
        const day = days.readInt32LE(o);
        if (day > end) break;
        const sales = days.readInt32LE(o + 4);
        if (sales > 0) {
          if (first < 0) first = day;
          last = day;
        }
        if (day >= start) {
          revenue += days.readDoubleLE(o + 8);
          orderCount += sales;
          if (sales > 0) {
            const month = Math.floor(packedCivil(day) / 100);
            if (month !== lastMonth) {
              activeMonths++;
              lastMonth = month;
            }
          }
          const c = days.readDoubleLE(o + 16);
          if (c === c) {
            cost += c;
            hasCost = true;
          }
        } else if (day >= prevStart) prevRevenue += days.readDoubleLE(o + 8);
      }
    }
    facts[i] = {
      customerId: id, code, name: code, cooperationStart: coop,
      firstOrderDate: first < 0 ? null : text(first), lastOrderDate: last < 0 ? null : text(last),
      revenue, orderCount, activeMonths, prevRevenue, cost: hasCost ? cost : null,
      assessment: assessments?.get(id) ?? null,
      custom: needs.customFields.length ? customNumbers(custom, needs.customFields) : undefined,
    };
  }
  return facts;
}

/**
 * The latest assessment per customer on or before asOf (ties: the later created, then the larger id): one
 * scan of the table, the latest picked here (a GROUP BY would seek every row through the customer index).
 */
function latestAssessments(core: Core, asOf: string): Map<string, AssessmentFacts> {
  const rows = core.store.sqlite
    .prepare(
      `SELECT customer_id, satisfaction, recommend, referrals, influence, potential, relationship,
              assessed_on || '|' || created_at || '|' || id AS k
       FROM assessments NOT INDEXED WHERE deleted = 0 AND assessed_on <= ?`,
    )
    .raw()
    .all(asOf) as AssessmentRow[];
  const latest = new Map<string, AssessmentRow>();
  for (const r of rows) {
    const seen = latest.get(r[0]);
    if (seen === undefined || (r[7] as string) > (seen[7] as string)) latest.set(r[0], r);
  }
  const map = new Map<string, AssessmentFacts>();
  for (const [id, r] of latest) {
    map.set(id, { satisfaction: r[1], recommend: r[2], referrals: r[3], influence: r[4], potential: r[5], relationship: r[6] as AssessmentFacts['relationship'] });
  }
  return map;
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
