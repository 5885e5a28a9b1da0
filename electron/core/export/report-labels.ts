/** Sheet names, headers and words of the tier report and list exports, in Chinese and English. */
import type { Lang } from '../../../shared/scoring';

const zh = {
  file: (asOf: string) => `客户分层报告_${asOf}.xlsx`,
  sheets: { summary: '汇总', customers: '客户明细', changes: '层级变动', model: '评级模型' },
  title: '客户分层报告',
  meta: {
    model: '模型', version: '版本', asOf: '评级基准日', runId: '评级批次', ratedAt: '评级时间', customers: '客户数',
    revenue: '期间销售额', previous: '对比批次', none: '无（首次评级）',
  },
  tierTable: { tier: '层级', name: '名称', customers: '客户数', customerShare: '客户占比', revenue: '销售额', revenueShare: '销售额占比', avgScore: '平均得分', total: '合计' },
  changes: { title: '与上次评级相比', upgrades: '升级', downgrades: '降级', unchanged: '不变', new: '新增', lost: '移出' },
  pareto: {
    title: '帕累托分析', top: '前 N% 客户', share: '累计销售额占比', top20: '前 20% 客户贡献的销售额占比', for80: '贡献 80% 销售额所需的客户占比',
  },
  chart: '图：左为各层级客户数；右为帕累托曲线（横轴：客户累计占比，纵轴：销售额累计占比；红色虚线为 80% 销售额与前 20% 客户）',
  customers: {
    code: '客户编号', name: '客户名称', region: '地区', owner: '负责人', revenue: '期间销售额', score: '总分', computed: '计算层级',
    final: '最终层级', previous: '上次层级', change: '变动', incomplete: '数据不完整', points: (label: string) => `${label} 得分`,
    reasons: '原因', yes: '是', no: '否',
  },
  change: { upgrade: '升级', downgrade: '降级', unchanged: '不变', new: '新增', lost: '移出' },
  model: {
    title: '评级模型', window: '统计期间', windowAll: '全部历史', windowDays: (d: number) => `截至基准日的 ${d} 天`, missing: '缺失数据',
    missingZero: '缺失指标按 0 分计', missingSpread: '缺失指标的权重按比例分给其他指标', indicators: '指标与权重', indicator: '指标', key: '键',
    weight: '权重', rule: '计分规则', tierRule: '分层规则', condition: '条件', guards: '保护规则', kind: '类型', cap: '最高为', floor: '最低为',
    label: '说明', noGuards: '无',
  },
};

type Labels = typeof zh;

const en: Labels = {
  file: (asOf: string) => `Tier report ${asOf}.xlsx`,
  sheets: { summary: 'Summary', customers: 'Customers', changes: 'Tier changes', model: 'Model' },
  title: 'Tier report',
  meta: {
    model: 'Model', version: 'Version', asOf: 'As-of date', runId: 'Run id', ratedAt: 'Rated at', customers: 'Customers',
    revenue: 'Revenue in the period', previous: 'Compared with run', none: 'none (first rating)',
  },
  tierTable: { tier: 'Tier', name: 'Name', customers: 'Customers', customerShare: 'Customer share', revenue: 'Revenue', revenueShare: 'Revenue share', avgScore: 'Average score', total: 'Total' },
  changes: { title: 'Against the previous run', upgrades: 'Upgrades', downgrades: 'Downgrades', unchanged: 'Unchanged', new: 'New', lost: 'Lost' },
  pareto: {
    title: 'Pareto analysis', top: 'Top customers', share: 'Cumulative revenue share', top20: 'Revenue share of the top 20 % of customers',
    for80: 'Share of customers making 80 % of revenue',
  },
  chart: 'Chart: customers per tier (left); Pareto curve (right: x = cumulative share of customers, y = cumulative share of revenue; red dashed lines at 80 % of revenue and the top 20 % of customers)',
  customers: {
    code: 'Code', name: 'Name', region: 'Region', owner: 'Owner', revenue: 'Revenue', score: 'Score', computed: 'Computed tier',
    final: 'Final tier', previous: 'Previous tier', change: 'Change', incomplete: 'Incomplete data', points: (label: string) => `${label} points`,
    reasons: 'Reasons', yes: 'Yes', no: 'No',
  },
  change: { upgrade: 'Upgrade', downgrade: 'Downgrade', unchanged: 'Unchanged', new: 'New', lost: 'Lost' },
  model: {
    title: 'Rating model', window: 'Period', windowAll: 'All history', windowDays: (d: number) => `${d} days up to the as-of date`, missing: 'Missing data',
    missingZero: 'A missing indicator scores 0', missingSpread: 'A missing indicator’s weight is spread over the others', indicators: 'Indicators and weights',
    indicator: 'Indicator', key: 'Key', weight: 'Weight', rule: 'Score rule', tierRule: 'Tier rule', condition: 'Condition', guards: 'Guards',
    kind: 'Kind', cap: 'At most', floor: 'At least', label: 'Note', noGuards: 'none',
  },
};

export type ReportLabels = Labels;
export const REPORT_LABELS: Record<Lang, ReportLabels> = { zh, en };

export const langOf = (language: 'zh-CN' | 'en'): Lang => (language === 'en' ? 'en' : 'zh');
