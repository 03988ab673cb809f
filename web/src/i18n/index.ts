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

type Strings = () => Promise<{ default: Record<string, unknown> }>;

/**
 * Each language's strings come in two chunks: what the first page needs (the frame and the sign-in
 * page) and what the other pages need. Only the language in use is downloaded, and the sign-in page
 * downloads only the first chunk.
 */
const firstStrings: Record<Locale, Strings> = {
  es: () => import('./first.es'),
  en: () => import('./first.en'),
};
const pageStrings: Record<Locale, Strings> = {
  es: () => import('./pages.es'),
  en: () => import('./pages.en'),
};

/** Pages that need only the first chunk of strings. */
export const needsOnlyFirstStrings = (pathname: string) => pathname === '/login';

const asLocale = (language: string | undefined): Locale => (language === 'en' ? 'en' : 'es');

/** Whether the strings of the other pages are wanted: from the start, unless the app opens on sign-in. */
let withPageStrings = typeof window === 'undefined' || !needsOnlyFirstStrings(window.location.pathname);
const pageStringsAdded = new Map<Locale, Promise<void>>();

export const i18n = i18next.createInstance();
/** Settles once the strings of the first language are loaded: the app renders after it. */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend(async (language: string) => {
      const locale = asLocale(language);
      // Both chunks at once (not one after the other) when the first page is not sign-in.
      const parts = await Promise.all([
        firstStrings[locale](),
        withPageStrings ? pageStrings[locale]() : null,
      ]);
      return { ...parts[0].default, ...parts[1]?.default };
    }),
  )
  .init({
    lng: storedLocale(),
    // No fallback: every string exists in both languages (test/unit/web-strings.test.ts), so the
    // language in use is the only one downloaded.
    fallbackLng: false,
    supportedLngs: ['es', 'en'],
    interpolation: { escapeValue: false },
  });

/**
 * Settles once the strings of every page are loaded in the language in use: a route other than
 * sign-in waits for it before it renders (App.tsx). Languages loaded later load both chunks.
 */
export function loadPageStrings(): Promise<void> {
  withPageStrings = true;
  // Before i18next has started (the first page's router.load), the language it will start with.
  const locale = asLocale(i18n.language || storedLocale());
  let added = pageStringsAdded.get(locale);
  if (!added) {
    added = pageStrings[locale]().then((module) => {
      i18n.addResourceBundle(locale, 'translation', module.default, true, false);
    });
    pageStringsAdded.set(locale, added);
  }
  return added;
}
