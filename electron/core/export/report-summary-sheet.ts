/** The report's first sheet: the run, tier counts with customer and revenue shares, changes, the Pareto table and the chart. */
import type ExcelJS from 'exceljs';
import { modelDisplayName, type Lang, type ParetoPoint } from '../../../shared/scoring';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';
import {
  FORMATS, HEADER_STYLE, LABEL_STYLE, PLAIN_STYLE, SECTION_STYLE, TITLE_STYLE, TOTAL_STYLE, formatStyle, tierStyle, writeStyledRow,
} from './sheet-style';
import { addStreamedPicture } from './streamed-picture';
import { CHART_SIZE, renderTierChart } from './tier-chart';

type Style = Partial<ExcelJS.Style>;
const money = formatStyle('money'), percent = formatStyle('percent'), integer = formatStyle('integer'), score = formatStyle('score');
const CAPTION: Style = { font: { italic: true, color: { argb: 'FF475569' } } };
const TOTAL_MONEY: Style = { ...TOTAL_STYLE, numFmt: FORMATS.money };
const TOTAL_INT: Style = { ...TOTAL_STYLE, numFmt: FORMATS.integer };
const TOTAL_PCT: Style = { ...TOTAL_STYLE, numFmt: FORMATS.percent };

/** Revenue share of the top `x` of customers, read off the curve (linear between its points). */
export function shareAt(curve: ParetoPoint[], x: number): number {
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1], b = curve[i];
    if (x <= b.customerShare + 1e-12) {
      const span = b.customerShare - a.customerShare;
      return span > 0 ? a.revenueShare + ((x - a.customerShare) / span) * (b.revenueShare - a.revenueShare) : b.revenueShare;
    }
  }
  return curve[curve.length - 1]?.revenueShare ?? 0;
}

export function writeSummarySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, L: ReportLabels, lang: Lang, currency: string) {
  const ws = wb.addWorksheet(L.sheets.summary, { views: [{ showGridLines: false }] });
  ws.columns = [28, 16, 12, 14, 18, 14, 14, 3, 12].map((width) => ({ width }));
  const row = (values: unknown[], styles: Style[] = []) => writeStyledRow(ws, values, styles);
  const { run, tiers, pareto } = data;
  const rated = run.createdAt.slice(0, 16).replace('T', ' ');
  const modelName = modelDisplayName(run.modelName, lang);

  row([`${L.title} — ${modelName} — ${run.asOf}`], [TITLE_STYLE]);
  row([null, null, null, null, null, null, null, null, L.chart], [PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, CAPTION]);
  const meta: [string, unknown, Style?][] = [
    [L.meta.model, modelName],
    [L.meta.version, run.version, integer],
    [L.meta.asOf, run.asOf],
    [L.meta.runId, run.id],
    [L.meta.ratedAt, rated],
    [L.meta.customers, run.customers, integer],
    [`${L.meta.revenue} (${currency})`, data.revenue / 100, money],
    [L.meta.previous, data.previous ? `${data.previous.asOf} · ${data.previous.id}` : L.meta.none],
  ];
  for (const [label, value, style] of meta) row([label, value], [LABEL_STYLE, style ?? PLAIN_STYLE]);
  row([]);

  const T = L.tierTable;
  row([T.tier, T.name, T.customers, T.customerShare, `${T.revenue} (${currency})`, T.revenueShare, T.avgScore], Array(7).fill(HEADER_STYLE));
  const customers = tiers.reduce((n, t) => n + t.customers, 0);
  for (const t of tiers) {
    row(
      [t.tier.id, t.tier.label[lang], t.customers, customers ? t.customers / customers : 0, t.revenue / 100, data.revenue > 0 ? t.revenue / data.revenue : 0, t.customers ? t.avgScore : null],
      [tierStyle(t.tier.color), PLAIN_STYLE, integer, percent, money, percent, score],
    );
  }
  row([T.total, '', customers, customers ? 1 : 0, data.revenue / 100, data.revenue > 0 ? 1 : 0, ''], [TOTAL_STYLE, TOTAL_STYLE, TOTAL_INT, TOTAL_PCT, TOTAL_MONEY, TOTAL_PCT, TOTAL_STYLE]);
  row([]);

  if (data.changes && data.previous) {
    const C = L.changes;
    row([`${C.title} (${data.previous.asOf})`], [SECTION_STYLE]);
    const counts: [string, number][] = [[C.upgrades, data.changes.upgrades], [C.downgrades, data.changes.downgrades], [C.unchanged, data.changes.unchanged], [C.new, data.changes.new], [C.lost, data.changes.lost]];
    for (const [label, n] of counts) row([label, n], [LABEL_STYLE, integer]);
    row([]);
  }

  const P = L.pareto;
  row([P.title], [SECTION_STYLE]);
  row([P.top20, pareto.top20Share], [LABEL_STYLE, percent]);
  row([P.for80, pareto.customersFor80Share], [LABEL_STYLE, percent]);
  row([P.top, P.share], [HEADER_STYLE, HEADER_STYLE]);
  for (let p = 10; p <= 100; p += 10) row([p / 100, shareAt(pareto.curve, p / 100)], [percent, percent]);

  const png = renderTierChart({ tiers: tiers.map((t) => ({ id: t.tier.id, color: t.tier.color, count: t.customers })), curve: pareto.curve });
  addStreamedPicture(wb, ws, png, { col: 8, row: 2, ...CHART_SIZE }, 'Tier distribution and Pareto curve');
  ws.commit();
}
