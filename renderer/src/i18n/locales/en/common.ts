import type { common as zh } from '../zh-CN/common';

export const common: typeof zh = {
  appName: 'TierDesk',
  nav: {
    dashboard: 'Dashboard',
    customers: 'Customers',
    tiers: 'Tiers',
    visits: 'Visits',
    importExport: 'Import / Export',
    models: 'Models',
    settings: 'Settings',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    create: 'New',
    edit: 'Edit',
    archive: 'Archive',
    restore: 'Restore',
    search: 'Search',
    reset: 'Reset',
    back: 'Back',
    close: 'Close',
    retry: 'Retry',
    confirm: 'OK',
  },
  status: {
    prospect: 'Prospect',
    active: 'Active',
    dormant: 'Dormant',
    churned: 'Churned',
    archived: 'Archived',
  },
  messages: {
    saved: 'Saved',
    loadFailed: 'Could not load',
    noTier: 'Not rated',
    none: 'None',
    unknownError: 'Something went wrong',
  },
  empty: {
    noData: 'No data',
    notYet: 'The screens for this part come in a later version.',
  },
  comingSoon: {
    tiers: 'Tier matrices, tier changes and the value × potential grid will appear here. Publish a model under Models and run a rating first.',
    visits: 'Visit plans by tier, the overdue list and the compliance report will appear here.',
    importExport: 'Import customers, orders and assessments from Excel / CSV, and export tier reports. For now, import from the command line: npx tierdesk --db FILE import orders FILE.',
    models: 'Editing and publishing scorecards, RFM, ABC / Pareto and value × potential models will appear here.',
  },
};
