import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en-gb';
import i18next from 'i18next';
import { create } from 'zustand';
import { call } from '../api/client';
import { createFormatters, type Formatters } from '../format';
import { initialLanguage, type Language } from '../i18n';

interface SettingsState {
  language: Language;
  currency: string;
  format: Formatters;
  /** loads what the book remembers (language, currency) */
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setCurrency(currency: string): Promise<void>;
}

const startLanguage = initialLanguage();
applyLanguage(startLanguage);

function applyLanguage(language: Language) {
  localStorage.setItem('tierdesk.language', language);
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en-gb');
  if (i18next.isInitialized) void i18next.changeLanguage(language);
}

/** UI language and currency: remembered in the book's settings (and locally for a fast start). */
export const useSettings = create<SettingsState>((set, get) => ({
  language: startLanguage,
  currency: 'CNY',
  format: createFormatters(startLanguage, 'CNY'),
  async load() {
    const stored = await call('app.settings.get', { keys: ['ui.language', 'ui.currency'] });
    const language = stored['ui.language'] === 'en' || stored['ui.language'] === 'zh-CN' ? (stored['ui.language'] as Language) : get().language;
    const currency = typeof stored['ui.currency'] === 'string' ? stored['ui.currency'] : get().currency;
    applyLanguage(language);
    set({ language, currency, format: createFormatters(language, currency) });
  },
  async setLanguage(language) {
    applyLanguage(language);
    set({ language, format: createFormatters(language, get().currency) });
    await call('app.settings.set', { key: 'ui.language', value: language });
  },
  async setCurrency(currency) {
    set({ currency, format: createFormatters(get().language, currency) });
    await call('app.settings.set', { key: 'ui.currency', value: currency });
  },
}));
