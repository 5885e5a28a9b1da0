import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays, isoWeekday, mondayOf, toDayNumber } from '../../../shared/visits';
import type { Core } from '../core';
import { exportsDir } from '../files/file-drop';
import { listVisits } from './visit-queries';

const TEXT = {
  'zh-CN': {
    file: '拜访计划', sheet: '拜访计划',
    headers: ['日期', '星期', '业务员', '客户编号', '客户名称', '城市', '等级', '原因', '状态', '完成日期', '结果', '备注', '下一步'],
    weekdays: ['一', '二', '三', '四', '五', '六', '日'].map((d) => `周${d}`),
    reason: { due: '到期', overdue: '逾期', retention: '挽留', churn_risk: '流失风险', follow_up: '跟进' },
    status: { planned: '计划中', done: '已完成', overdue: '已逾期' },
    outcome: { order: '成交', positive: '积极', neutral: '一般', negative: '消极', not_met: '未见到' },
  },
  en: {
    file: 'Visit plan', sheet: 'Visit plan',
    headers: ['Date', 'Weekday', 'Rep', 'Customer code', 'Customer', 'City', 'Tier', 'Reason', 'Status', 'Done on', 'Outcome', 'Note', 'Next action'],
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    reason: { due: 'Due', overdue: 'Overdue', retention: 'Retention', churn_risk: 'Churn risk', follow_up: 'Follow-up' },
    status: { planned: 'Planned', done: 'Done', overdue: 'Overdue' },
    outcome: { order: 'Order', positive: 'Positive', neutral: 'Neutral', negative: 'Negative', not_met: 'Not met' },
  },
} as const;

const WIDTHS = [12, 8, 12, 14, 32, 10, 7, 11, 10, 12, 10, 36, 28];

export interface PlanExportRequest {
  from?: string;
  to?: string;
  repId?: string;
  language: 'zh-CN' | 'en';
}

/** The visits of a period (default: this week and the next three) as a styled xlsx in the exports folder. */
export async function exportVisitPlan(core: Core, q: PlanExportRequest): Promise<{ file: string; exportsDir: string; rows: number }> {
  const text = TEXT[q.language];
  const from = q.from ?? mondayOf(core.today());
  const to = q.to ?? addDays(from, 27);
  const { rows } = listVisits(core, { from, to, repId: q.repId, status: 'all', limit: 1_000_000, offset: 0 });
  const dir = exportsDir(core);
  const stamp = core.now().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = path.join(dir, `${text.file} ${from}~${to} ${stamp}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TierDesk';
  const sheet = workbook.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = text.headers.map((header, i) => ({ header, width: WIDTHS[i] }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F6FEB' } };
  header.alignment = { vertical: 'middle' };
  header.height = 20;
  for (const v of rows) {
    const day = v.plannedDate ?? v.doneDate;
    sheet.addRow([
      day ?? '',
      day ? text.weekdays[isoWeekday(toDayNumber(day)) - 1] : '',
      v.repName ?? '',
      v.code,
      v.name,
      v.city ?? '',
      v.tier ?? '',
      v.reason ? text.reason[v.reason] : '',
      text.status[v.status],
      v.doneDate ?? '',
      v.outcome ? text.outcome[v.outcome] : '',
      v.note ?? '',
      v.nextAction ?? '',
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: text.headers.length } };
  await workbook.xlsx.writeFile(file);
  return { file, exportsDir: dir, rows: rows.length };
}
