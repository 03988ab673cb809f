import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api';

export const LOCALE_STORAGE_KEY = 'mesas.locale';
export const supportedLocales: readonly Locale[] = ['es', 'en'];

/** The language chosen on this device, else Spanish. */
export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return value === 'en' || value === 'es' ? value : 'es';
  } catch {
    return 'es';
  }
}

export function rememberLocale(locale: Locale) {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

/** Each language's strings are a chunk of their own: only the language in use is downloaded. */
const strings: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  es: () => import('./strings.es'),
  en: () => import('./strings.en'),
};

export const i18n = i18next.createInstance();
/** Settles once the strings of the first language are loaded: the app renders after it. */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend((language: string) =>
      (strings[language as Locale] ?? strings.es)().then((module) => module.default),
    ),
  )
  .init({
    lng: storedLocale(),
    // No fallback: every string exists in both languages (test/unit/web-strings.test.ts), so the
    // language in use is the only one downloaded.
    fallbackLng: false,
    supportedLngs: ['es', 'en'],
    interpolation: { escapeValue: false },
  });
