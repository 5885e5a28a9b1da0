import { common as enCommon } from './locales/en/common';
import { customers as enCustomers } from './locales/en/customers';
import { dashboard as enDashboard } from './locales/en/dashboard';
import { importExport as enImportExport } from './locales/en/importExport';
import { models as enModels } from './locales/en/models';
import { profile as enProfile } from './locales/en/profile';
import { settings as enSettings } from './locales/en/settings';
import { sync as enSync } from './locales/en/sync';
import { tiers as enTiers } from './locales/en/tiers';
import { visits as enVisits } from './locales/en/visits';
import { common as zhCommon } from './locales/zh-CN/common';
import { customers as zhCustomers } from './locales/zh-CN/customers';
import { dashboard as zhDashboard } from './locales/zh-CN/dashboard';
import { importExport as zhImportExport } from './locales/zh-CN/importExport';
import { models as zhModels } from './locales/zh-CN/models';
import { profile as zhProfile } from './locales/zh-CN/profile';
import { settings as zhSettings } from './locales/zh-CN/settings';
import { sync as zhSync } from './locales/zh-CN/sync';
import { tiers as zhTiers } from './locales/zh-CN/tiers';
import { visits as zhVisits } from './locales/zh-CN/visits';

/** Every namespace in both languages; each English file is typed by its Chinese twin, so keys cannot drift. */
export const resources = {
  'zh-CN': { common: zhCommon, customers: zhCustomers, dashboard: zhDashboard, settings: zhSettings, sync: zhSync, models: zhModels, profile: zhProfile, tiers: zhTiers, visits: zhVisits, importExport: zhImportExport },
  en: { common: enCommon, customers: enCustomers, dashboard: enDashboard, settings: enSettings, sync: enSync, models: enModels, profile: enProfile, tiers: enTiers, visits: enVisits, importExport: enImportExport },
} as const;

export type Language = keyof typeof resources;
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
export type Namespace = keyof (typeof resources)['zh-CN'];
