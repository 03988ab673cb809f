import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import { localeFromHeader, sharedResources } from '../i18n';
import portalEn from '../i18n/locales/portal.en.json';
import portalEs from '../i18n/locales/portal.es.json';

/**
 * The portal's strings (src/i18n/locales/portal.*.json, under `portal.`) beside the shared ones it
 * reuses (statuses, kinds, groups, instruments). Kept out of the shared namespace so the web app's
 * bundle does not carry them.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { translation: { ...sharedResources.en.translation, portal: portalEn } },
    es: { translation: { ...sharedResources.es.translation, portal: portalEs } },
  },
  lng: 'es',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function portalTranslator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/**
 * The language of a portal page: `?lang=` when given, else the first of es/en the Accept-Language
 * header names, else the deployment's default (Spanish unless DEFAULT_LOCALE says otherwise).
 */
export function portalLocale(lang: Locale | undefined, acceptLanguage: string | undefined, fallback: Locale) {
  return lang ?? localeFromHeader(acceptLanguage, fallback);
}
