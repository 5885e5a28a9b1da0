/**
 * The report's Customers sheet, streamed row by row from the run's results (best tier first, then score):
 * code, name, region, owner, revenue, score, computed / final / previous tier, change, each indicator's
 * value and points. Collects the upgrades and downgrades (with their reasons) for the Tier changes sheet.
 */
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/ipc/errors';
import type { IndicatorKey, Lang, Reason } from '../../../shared/scoring';
import { INDICATOR_CATALOG, indicatorLabel } from '../../../shared/scoring';
import type { HandlerContext } from '../handlers/types';
import type { Core } from '../core';
import { blockIndicator, blockReasons } from '../scoring/result-block';
import { ensureRunRows, entryAt, runColumns } from '../scoring/run-results';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';
import { PLAIN_STYLE, columnLetter, formatStyle, tierStyle, widthFor, writeHeaderRow, writeStyledRow, type CellFormat } from './sheet-style';

export interface TierChange {
  values: [code: string, name: string, region: string | null, owner: string | null];
  from: string;
  to: string;
  change: 'upgrade' | 'downgrade';
  score: number;
  reasons: Reason[];
}

type Row = [string, string, string | null, string | null, number, number, string, string, string | null, number, string];
type Style = Partial<ExcelJS.Style>;

export function indicatorFormat(key: IndicatorKey): CellFormat {
  const unit = (INDICATOR_CATALOG as Record<string, { unit: string } | undefined>)[key]?.unit;
  if (unit === 'money') return 'money';
  if (unit === 'count' || unit === 'days' || unit === 'months') return 'integer';
  return 'number';
}

export function tierColors(data: ReportData): Map<string, string> {
  const colors = new Map<string, string>();
  for (const t of [...(data.previous?.tiers ?? []), ...data.tiers.map((x) => x.tier)]) colors.set(t.id, t.color);
  return colors;
}

export function writeCustomersSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter, core: Core, data: ReportData, L: ReportLabels, lang: Lang, currency: string,
  ctx: Pick<HandlerContext, 'progress' | 'cancelled'>,
): { rows: number; changes: TierChange[] } {
  const C = L.customers;
  const indicators = data.definition.indicators;
  const headers = [C.code, C.name, C.region, C.owner, `${C.revenue} (${currency})`, C.score, C.computed, C.final, C.previous, C.change];
  for (const ind of indicators) {
    const label = ind.label?.[lang] ?? indicatorLabel(ind.key, lang);
    headers.push(label, C.points(label));
  }
  headers.push(C.incomplete);
  const ws = wb.addWorksheet(L.sheets.customers, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.columns = headers.map((h, i) => ({ width: i === 1 ? 32 : widthFor(h, i === 4 ? 14 : 9) }));
  ws.autoFilter = `A1:${columnLetter(headers.length)}1`;
  writeHeaderRow(ws, headers);

  const colors = tierColors(data);
  const rank = new Map(data.tierOrder.map((t, i) => [t, i]));
  const valueStyles = indicators.map((ind) => formatStyle(indicatorFormat(ind.key)));
  const scoreStyle = formatStyle('score');
  const fixed: Style[] = [PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, formatStyle('money'), scoreStyle];
  const order = data.tierOrder.map(() => 'WHEN ? THEN ?').join(' ');
  ensureRunRows(core, data.previous ? [data.run.id, data.previous.id] : [data.run.id]);
  const results = runColumns(core, data.run.id);
  const weights = indicators.map((ind) => ind.weight);
  const statement = core.store.sqlite
    .prepare(
      `SELECT c.code, c.name, c.region, p.name, r.revenue, r.total_score, r.computed_tier, r.final_tier, prev.final_tier, r.incomplete, r.customer_id
       FROM temp.run_results r JOIN customers c ON c.id = r.customer_id LEFT JOIN reps p ON p.id = c.owner_rep_id
       LEFT JOIN temp.run_results prev ON prev.run_id = ? AND prev.customer_id = r.customer_id
       WHERE r.run_id = ? ORDER BY ${order ? `CASE r.final_tier ${order} ELSE ${data.tierOrder.length} END, ` : ''}r.total_score DESC, c.code`,
    )
    .raw();
  const params = [data.previous?.id ?? '', data.run.id, ...data.tierOrder.flatMap((t, i) => [t, i])];
  const total = data.run.customers;
  const changes: TierChange[] = [];
  let rows = 0;
  for (const r of statement.iterate(...params) as IterableIterator<Row>) {
    const [code, name, region, owner, revenue, totalScore, computed, final, prev, incomplete, customerId] = r;
    const { block, k } = entryAt(results, results.indexOf(customerId));

    let change: string = '';
    if (data.previous) {
      if (prev === null) change = L.change.new;
      else if (prev === final) change = L.change.unchanged;
      else {
        const up = (rank.get(final) ?? Infinity) < (rank.get(prev) ?? Infinity);
        change = up ? L.change.upgrade : L.change.downgrade;
        changes.push({
          values: [code, name, region, owner], from: prev, to: final, change: up ? 'upgrade' : 'downgrade', score: totalScore,
          reasons: blockReasons(block, k, data.definition),
        });
      }
    }
    const values: unknown[] = [code, name, region, owner, revenue / 100, totalScore, computed, final, prev, change];
    const styles: Style[] = [...fixed, tierStyle(colors.get(computed)), tierStyle(colors.get(final)), prev === null ? PLAIN_STYLE : tierStyle(colors.get(prev)), PLAIN_STYLE];
    for (let j = 0; j < indicators.length; j++) {
      const x = blockIndicator(block, k, j, weights, data.definition.missing);
      values.push(x.value, x.points);
      styles.push(valueStyles[j], scoreStyle);
    }
    values.push(incomplete ? C.yes : C.no);
    writeStyledRow(ws, values, styles);
    if (++rows % 5000 === 0) {
      ctx.progress({ done: rows, total, stage: 'write' });
      if (ctx.cancelled()) throw new AppError('cancelled', { zh: '已取消导出', en: 'The export was cancelled' });
    }
  }
  ws.commit();
  return { rows, changes };
}
