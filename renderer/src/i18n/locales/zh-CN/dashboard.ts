export const dashboard = {
  title: '概览',
  customers: '客户数',
  orders: '订单数',
  revenue: '净收入',
  top20Share: '前 20% 客户收入占比',
  window: '统计范围',
  windowAll: '全部时间',
  window365: '近 365 天',
  asOf: '截至',
  emptyTitle: '欢迎使用 TierDesk',
  emptyHint: '还没有数据。先新建客户，或在终端运行 npx tierdesk --db 文件 demo --customers 1000 生成演示数据，然后运行评级。',
  ratingsLater: '等级分布、帕累托曲线和等级迁移图将在运行评级后显示。',
};
