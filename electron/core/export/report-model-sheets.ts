/** The report's Tier changes sheet (upgrades and downgrades with reasons) and Model sheet (indicators, weights, rules, tiers, guards). */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../../shared/scoring';
import { formatReason, indicatorLabel, modelDisplayName, tierCatalog } from '../../../shared/scoring';
import type { ReportData } from './report-data';
import type { ReportLabels } from './report-labels';
import type { TierChange } from './report-customers-sheet';
import { tierColors } from './report-customers-sheet';
import { guardConditionText, scoreRuleText, tierConditionTexts, tierRuleKindText } from './rule-text';
import {
  HEADER_STYLE, LABEL_STYLE, PLAIN_STYLE, SECTION_STYLE, TITLE_STYLE, columnLetter, formatStyle, tierStyle, writeHeaderRow, writeStyledRow,
} from './sheet-style';

const WRAP: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };

export function writeChangesSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, changes: TierChange[], L: ReportLabels, lang: Lang) {
  const C = L.customers;
  const headers = [C.code, C.name, C.region, C.owner, C.previous, C.final, C.change, C.score, C.reasons];
  const ws = wb.addWorksheet(L.sheets.changes, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.columns = [14, 32, 12, 12, 12, 12, 10, 10, 90].map((width) => ({ width }));
  ws.autoFilter = `A1:${columnLetter(headers.length)}1`;
  writeHeaderRow(ws, headers);
  const colors = tierColors(data);
  const labels = new Map([...(data.previous?.tiers ?? []), ...data.run.tiers].map((t) => [t.id, t.label]));
  const tierLabel = (id: string, l: Lang) => labels.get(id)?.[l] ?? id;
  const sorted = [...changes.filter((c) => c.change === 'upgrade'), ...changes.filter((c) => c.change === 'downgrade')];
  const score = formatStyle('score');
  for (const c of sorted) {
    const reasons = c.reasons.map((r) => formatReason(r, lang, tierLabel)).join(lang === 'zh' ? '；' : '; ');
    writeStyledRow(
      ws,
      [...c.values, c.from, c.to, L.change[c.change], c.score, reasons],
      [PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, PLAIN_STYLE, tierStyle(colors.get(c.from)), tierStyle(colors.get(c.to)), PLAIN_STYLE, score, WRAP],
    );
  }
  ws.commit();
  return sorted.length;
}

export function writeModelSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, L: ReportLabels, lang: Lang) {
  const M = L.model;
  const def = data.definition;
  const ws = wb.addWorksheet(L.sheets.model, { views: [{ showGridLines: false }] });
  ws.columns = [24, 22, 12, 80].map((width) => ({ width }));
  const row = (values: unknown[], styles: Partial<ExcelJS.Style>[] = []) => writeStyledRow(ws, values, styles);
  row([`${M.title} — ${modelDisplayName(data.run.modelName, lang)} v${data.run.version}`], [TITLE_STYLE]);
  const window = def.window.kind === 'all' ? M.windowAll : M.windowDays(def.window.days);
  row([M.window, window], [LABEL_STYLE]);
  row([M.missing, def.missing === 'zero' ? M.missingZero : M.missingSpread], [LABEL_STYLE]);
  row([]);
  row([M.indicators], [SECTION_STYLE]);
  row([M.indicator, M.key, M.weight, M.rule], Array(4).fill(HEADER_STYLE));
  const percent = formatStyle('percent');
  for (const ind of def.indicators) {
    row([ind.label?.[lang] ?? indicatorLabel(ind.key, lang), ind.key, ind.weight / 100, scoreRuleText(ind.rule, lang)], [PLAIN_STYLE, PLAIN_STYLE, percent, WRAP]);
  }
  row([]);
  row([`${M.tierRule}: ${tierRuleKindText(def, lang)}`], [SECTION_STYLE]);
  row([L.tierTable.tier, L.tierTable.name, '', M.condition], Array(4).fill(HEADER_STYLE));
  const conditions = tierConditionTexts(def, lang);
  tierCatalog(def.tiers).forEach((t, i) => row([t.id, t.label[lang], '', conditions[i]], [tierStyle(t.color), PLAIN_STYLE, PLAIN_STYLE, WRAP]));
  row([]);
  row([M.guards], [SECTION_STYLE]);
  row([M.kind, L.tierTable.tier, '', `${M.condition} / ${M.label}`], Array(4).fill(HEADER_STYLE));
  if (def.guards.length === 0) row([M.noGuards]);
  const colors = tierColors(data);
  for (const g of def.guards) {
    const note = g.label ? ` — ${g.label[lang]}` : '';
    row([g.kind === 'cap' ? M.cap : M.floor, g.tier, '', `${guardConditionText(g, lang)}${note}`], [PLAIN_STYLE, tierStyle(colors.get(g.tier)), PLAIN_STYLE, WRAP]);
  }
  ws.commit();
}
