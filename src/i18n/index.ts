import i18next, { type TFunction } from 'i18next';
import { localeFromAcceptLanguage } from '../domain/languages';
import type { Locale } from '../domain/roles';
import { type Strings, sharedStrings, supportedLocales } from './languages';

/**
 * Strings shared by the server (errors, e-mails, exports) and the web app, in every language whose
 * files exist (./languages.ts). Sessions, commitments and minutes, assessments, escalations and
 * dashboards have their own files, merged into the one namespace. A key missing in a language reads
 * in English.
 */
export const sharedResources: Record<Locale, { translation: Strings }> = Object.fromEntries(
  supportedLocales.map((locale) => [locale, { translation: sharedStrings(locale) }]),
);

const instance = i18next.createInstance();
void instance.init({
  resources: sharedResources,
  lng: 'es',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/** Picks a supported language from an Accept-Language header (pt-BR → pt), else the deployment default. */
export function localeFromHeader(header: string | undefined, fallback: Locale): Locale {
  return localeFromAcceptLanguage(header, supportedLocales, fallback);
}
