/** Headers and file names of the list exports (customers, tier changes, visits), in Chinese and English. */
const zh = {
  customersFile: (day: string) => `客户列表_${day}`,
  changesFile: (from: string, to: string) => `层级变动_${from}_至_${to}`,
  customersSheet: '客户列表',
  changesSheet: '层级变动',
  c: {
    code: '客户编号', name: '客户名称', status: '状态', tier: '等级', score: '得分', industry: '行业', region: '地区', city: '城市',
    owner: '负责人', cooperationStart: '合作开始日期', tags: '标签', contactName: '联系人', contactPhone: '联系电话', contactEmail: '邮箱',
    address: '地址', updatedAt: '更新时间',
  },
  status: { prospect: '潜在', active: '活跃', dormant: '休眠', churned: '流失', archived: '已归档' },
  d: { from: '原层级', to: '新层级', change: '变动', fromAsOf: '原评级基准日', toAsOf: '新评级基准日', score: '总分', reasons: '原因' },
  visitsFile: (day: string) => `拜访记录_${day}`,
  visitsSheet: '拜访记录',
  v: { planned: '计划日期', done: '完成日期', status: '状态', city: '城市', rep: '拜访人', outcome: '结果', note: '备注', nextAction: '下一步' },
  visitStatus: { planned: '已计划', done: '已完成', overdue: '已逾期' },
  outcome: { order: '成交', positive: '积极', neutral: '一般', negative: '消极', not_met: '未见到' },
};

const en: typeof zh = {
  customersFile: (day: string) => `Customers ${day}`,
  changesFile: (from: string, to: string) => `Tier changes ${from} to ${to}`,
  customersSheet: 'Customers',
  changesSheet: 'Tier changes',
  c: {
    code: 'Code', name: 'Name', status: 'Status', tier: 'Tier', score: 'Score', industry: 'Industry', region: 'Region', city: 'City',
    owner: 'Owner', cooperationStart: 'Customer since', tags: 'Tags', contactName: 'Contact', contactPhone: 'Phone', contactEmail: 'E-mail',
    address: 'Address', updatedAt: 'Updated',
  },
  status: { prospect: 'Prospect', active: 'Active', dormant: 'Dormant', churned: 'Churned', archived: 'Archived' },
  d: { from: 'From tier', to: 'To tier', change: 'Change', fromAsOf: 'From as-of date', toAsOf: 'To as-of date', score: 'Score', reasons: 'Reasons' },
  visitsFile: (day: string) => `Visits ${day}`,
  visitsSheet: 'Visits',
  v: { planned: 'Planned', done: 'Done', status: 'Status', city: 'City', rep: 'Rep', outcome: 'Outcome', note: 'Note', nextAction: 'Next action' },
  visitStatus: { planned: 'Planned', done: 'Done', overdue: 'Overdue' },
  outcome: { order: 'Order', positive: 'Positive', neutral: 'Neutral', negative: 'Negative', not_met: 'Not met' },
};

export const LIST_LABELS = { zh, en };
export type ListLabels = typeof zh;
