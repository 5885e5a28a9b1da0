import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, resources } from './resources';

export { LANGUAGES, type Language } from './resources';

/** The language to start in: the remembered choice, else the OS / browser locale (Chinese → zh-CN). */
export function initialLanguage(): Language {
  const remembered = localStorage.getItem('tierdesk.language');
  if (remembered === 'zh-CN' || remembered === 'en') return remembered;
  const system = navigator.languages?.[0] ?? navigator.language ?? 'zh-CN';
  return system.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
