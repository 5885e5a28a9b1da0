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
  },
};
