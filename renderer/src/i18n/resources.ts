import { common as enCommon } from './locales/en/common';
import { customers as enCustomers } from './locales/en/customers';
import { dashboard as enDashboard } from './locales/en/dashboard';
import { settings as enSettings } from './locales/en/settings';
import { sync as enSync } from './locales/en/sync';
import { common as zhCommon } from './locales/zh-CN/common';
import { customers as zhCustomers } from './locales/zh-CN/customers';
import { dashboard as zhDashboard } from './locales/zh-CN/dashboard';
import { settings as zhSettings } from './locales/zh-CN/settings';
import { sync as zhSync } from './locales/zh-CN/sync';

/** Every namespace in both languages; each English file is typed by its Chinese twin, so keys cannot drift. */
export const resources = {
  'zh-CN': { common: zhCommon, customers: zhCustomers, dashboard: zhDashboard, settings: zhSettings, sync: zhSync },
  en: { common: enCommon, customers: enCustomers, dashboard: enDashboard, settings: enSettings, sync: enSync },
} as const;

export type Language = keyof typeof resources;
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
export type Namespace = keyof (typeof resources)['zh-CN'];
