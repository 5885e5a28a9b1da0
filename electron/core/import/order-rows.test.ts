import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapRow, normalizeText } from '../../../shared/import';
import { parseDay } from '../../../shared/scoring/dates';
import type { ImportPlan } from './import-plan';
import { makeOrderRowReader, type OrderLine } from './order-rows';

/** A generic plan (no format preset) over `columns`, the fields in file order; region last when asked. */
function planOf(columns: string[], region: boolean): ImportPlan {
  const mapping = Object.fromEntries(columns.map((field, i) => [field, i]));
  const headers = [...columns, ...(region ? ['region'] : [])];
  return {
    kind: 'orders', headers, hasHeader: true, signature: '', mapping, origin: 'input', preset: null,
    source: 'import', regionColumn: region ? columns.length : null, missing: [],
  };
}

/** What shared/import's mapRow makes of the row, as an order line: what every fast path must agree with. */
function expected(plan: ImportPlan, cells: string[], opts: { dayFirst?: boolean; decimalComma?: boolean }, digits: number): OrderLine | 'issues' {
  const r = mapRow('orders', cells, plan.mapping, { headers: plan.headers, ...opts, minorDigits: digits });
  if (!r.ok) return 'issues';
  const o = r.record;
  const kindCell = plan.mapping.kind;
  const explicit = kindCell != null && (cells[kindCell] ?? '').trim() !== '';
  const region = plan.regionColumn === null ? undefined : normalizeText(cells[plan.regionColumn] ?? '') || undefined;
  return {
    orderNo: o.orderNo, code: o.customerCode, name: o.customerName, region, day: parseDay(o.date) as number, kind: explicit ? o.kind : undefined,
    amount: o.amount, cost: o.cost ?? null, quantity: o.quantity ?? null, category: o.category ?? null,
  };
}

// values as people write them: mostly the plain spellings the fast paths take, the rest must go the full way
const spelled = (plain: string[], other: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 4 }, { arbitrary: fc.constantFrom(...other), weight: 1 });
const code = spelled(['C001', 'SO-2024-0001', 'X', 'c9'], [' C002', 'C003 ', 'ＣＵ００１', '客户7', '', 'a b']);
const date = spelled(['2024-03-05', '2024-02-29', '1999-12-31'], ['2023-02-29', '2024/3/5', '2024年3月5日', '05/03/2024', '20240305', '2024-03-05 10:30', '45000', 'soon', '', ' 2024-03-05']);
const money = spelled(['12.34', '-5', '0', '100', '1.5', '-0.01'], ['¥1200', '(3.00)', '12.345', '.5', '-0', 'abc', '', '１２', '99999999999999', ' 7']);
const qty = spelled(['1', '2', '0.5', '3.0'], ['-1', '', 'x']);
const label = spelled(['', '办公用品', 'Gifts'], [' 华东  区 ', '  ']);
const kind = spelled([''], ['退货', 'sale', 'return', '销售', 'bogus', ' ']);
const VALUES: Record<string, fc.Arbitrary<string>> = {
  orderNo: code, customerCode: code, date, amount: money, cost: money, quantity: qty, unitPrice: money,
  category: label, customerName: label, kind,
};

const layout = fc
  .record({
    optional: fc.subarray(['kind', 'cost', 'quantity', 'category', 'customerName']),
    priced: fc.boolean(),
    region: fc.boolean(),
    seed: fc.nat(),
  })
  .map(({ optional, priced, region, seed }) => {
    const fields = ['orderNo', 'customerCode', 'date', ...(priced ? ['unitPrice', 'quantity'] : ['amount']), ...optional.filter((f) => !(priced && f === 'quantity'))];
    // the fields in some file order
    const columns = fields.map((f, i) => ({ f, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((c) => c.f);
    return { columns, region };
  });

describe('order rows', () => {
  it('reads a delimited line in place exactly as mapRow reads its cells, whatever the spelling', () => {
    let readable = 0;
    fc.assert(
      fc.property(
        layout.chain(({ columns, region }) =>
          fc.record({
            columns: fc.constant(columns),
            region: fc.constant(region),
            rows: fc.array(fc.tuple(...columns.map((c) => VALUES[c]), label, fc.nat(3)), { minLength: 1, maxLength: 12 }),
            options: fc.record({ dayFirst: fc.boolean(), decimalComma: fc.boolean() }),
            delimiter: fc.constantFrom(',', ';', '\t'),
          }),
        ),
        ({ columns, region, rows, options, delimiter }) => {
          const plan = planOf(columns, region);
          const reader = makeOrderRowReader(plan, options);
          const readLine = reader.lineReader(delimiter);
          expect(readLine).not.toBeNull();
          const digits = 2 + (plan.mapping.amount == null ? 4 : 0);
          // the lines of one text, read one after another (as the parser hands them over); some lack trailing cells
          const lines = rows.map((row) => {
            const cells = row.slice(0, columns.length) as string[];
            const all = region ? [...cells, row[columns.length] as string] : cells;
            return all.slice(0, Math.max(1, all.length - (row[columns.length + 1] as number))).join(delimiter);
          });
          const text = `header\n${lines.join('\n')}\n`;
          let at = text.indexOf('\n') + 1;
          let read = 0;
          for (const line of lines) {
            const got = readLine!(text, at, at + line.length);
            const want = expected(plan, line.split(delimiter), options, digits);
            if (want === 'issues') expect(Array.isArray(got)).toBe(true);
            else {
              expect(got).toEqual(want);
              read++;
            }
            expect(reader.readCells(line.split(delimiter))).toEqual(got);
            at += line.length + 1;
          }
          readable += read;
        },
      ),
      { numRuns: 400 },
    );
    expect(readable).toBeGreaterThan(200);
  });

  it('leaves the lines of a file with a format preset to the cells (its rules read them)', () => {
    const plan = { ...planOf(['orderNo', 'customerCode', 'date', 'amount'], false), preset: { skipWithoutCustomer: true } } as unknown as ImportPlan;
    expect(makeOrderRowReader(plan, {}).lineReader(',')).toBeNull();
    expect(makeOrderRowReader(planOf(['orderNo', 'customerCode', 'date', 'amount'], false), {}).lineReader('whitespace')).toBeNull();
  });
});
