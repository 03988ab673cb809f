import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { languageName } from '../../../src/domain/languages';
import type { Locale } from '../api';

export const LOCALE_STORAGE_KEY = 'mesas.locale';

type Strings = () => Promise<{ default: Record<string, unknown> }>;

/** The loaders of one chunk by language, from the files' names (`./first.es.ts` → `es`). */
function byLanguage(modules: Record<string, Strings>): Record<Locale, Strings> {
  return Object.fromEntries(
    Object.entries(modules).map(([file, load]) => [file.split('.').slice(-2, -1)[0] ?? '', load]),
  );
}

/**
 * Each language's strings come in two chunks: what the first page needs (the frame and the sign-in
 * page, ./first.<code>.ts) and what the other pages need (./pages.<code>.ts). A language is supported
 * when its chunks exist: adding one is adding its files (docs/LANGUAGES.md). Only the language in use
 * is downloaded, and the sign-in page downloads only the first chunk.
 */
const firstStrings = byLanguage(import.meta.glob('./first.*.ts') as Record<string, Strings>);
const pageStrings = byLanguage(import.meta.glob('./pages.*.ts') as Record<string, Strings>);

/** The languages of the web app, by code in alphabetical order. */
export const supportedLocales: readonly Locale[] = Object.keys(firstStrings)
  .filter((locale) => locale in pageStrings)
  .sort();

/**
 * The languages every string exists in (test/unit/web-strings.test.ts): they are loaded alone. Any
 * other language reads English where it lacks a string, so English is loaded beside it.
 */
const completeLocales: readonly Locale[] = ['en', 'es'];
const withFallback = (locale: Locale): Locale[] =>
  completeLocales.includes(locale) ? [locale] : [locale, 'en'];

/** The languages as a select offers them, each by its own name (Español, English, Português). */
export const languageOptions = () =>
  supportedLocales.map((locale) => ({ value: locale, label: languageName(locale) }));

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && supportedLocales.includes(value);

/** A supported language for an i18next language, else Spanish. */
export const asLocale = (language: string | undefined): Locale => (isLocale(language) ? language : 'es');

/** The language chosen on this device, else Spanish. */
export function storedLocale(): Locale {
  try {
    return asLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY) ?? undefined);
  } catch {
    return 'es';
  }
}

/**
 * The language is also kept in a cookie, which the server reads to name the first page's strings in its
 * HTML (src/server/first-page.ts), so that they download beside the app's script.
 */
const LOCALE_COOKIE = 'mesas_locale';
const keepLocaleCookie = (locale: Locale) => {
  // biome-ignore lint/suspicious/noDocumentCookie: a fixed name and a checked language code; the Cookie Store API is not in every browser the app supports
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
};

export function rememberLocale(locale: Locale) {
  keepLocaleCookie(locale);
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

/** Pages that need only the first chunk of strings. */
export const needsOnlyFirstStrings = (pathname: string) => pathname === '/login';

/** Whether the strings of the other pages are wanted: from the start, unless the app opens on sign-in. */
let withPageStrings = typeof window === 'undefined' || !needsOnlyFirstStrings(window.location.pathname);
const pageStringsAdded = new Map<Locale, Promise<void>>();

/** The language the app starts in, which the cookie names for the next first page. */
const startLocale = typeof window === 'undefined' ? 'es' : storedLocale();
if (typeof document !== 'undefined') keepLocaleCookie(startLocale);

export const i18n = i18next.createInstance();
/** Settles once the strings of the first language are loaded: the app renders after it. */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend(async (language: string) => {
      const locale = asLocale(language);
      // Both chunks at once (not one after the other) when the first page is not sign-in.
      const parts = await Promise.all([
        firstStrings[locale]?.(),
        withPageStrings ? pageStrings[locale]?.() : null,
      ]);
      return { ...parts[0]?.default, ...parts[1]?.default };
    }),
  )
  .init({
    lng: startLocale,
    // No fallback for a complete language, so that it is the only one downloaded.
    fallbackLng: Object.fromEntries([['default', ['en']], ...completeLocales.map((locale) => [locale, []])]),
    supportedLngs: [...supportedLocales],
    interpolation: { escapeValue: false },
  });

/**
 * Settles once the strings of every page are loaded in the language in use (and English, for a
 * language that lacks some): a route other than sign-in waits for it before it renders (App.tsx).
 * Languages loaded later load both chunks.
 */
export function loadPageStrings(): Promise<void> {
  withPageStrings = true;
  // Before i18next has started (the first page's router.load), the language it will start with.
  const languages = withFallback(asLocale(i18n.language || storedLocale()));
  return Promise.all(
    languages.map((locale) => {
      let added = pageStringsAdded.get(locale);
      if (!added) {
        added = (pageStrings[locale]?.() ?? Promise.resolve({ default: {} })).then((module) => {
          i18n.addResourceBundle(locale, 'translation', module.default, true, false);
        });
        pageStringsAdded.set(locale, added);
      }
      return added;
    }),
  ).then(() => undefined);
}
