import type { dashboard as zh } from '../zh-CN/dashboard';

export const dashboard: typeof zh = {
  title: 'Dashboard',
  customers: 'Customers',
  orders: 'Orders',
  revenue: 'Net revenue',
  top20Share: 'Revenue share of the top 20 %',
  window: 'Window',
  windowAll: 'All time',
  window365: 'Last 365 days',
  asOf: 'As of',
  emptyTitle: 'Welcome to TierDesk',
  emptyHint: 'No data yet. Create customers, or run npx tierdesk --db FILE demo --customers 1000 in a terminal for a demo book, then run a rating.',
  ratingsLater: 'The tier distribution, the Pareto curve and tier migration show once a rating has run.',
};
