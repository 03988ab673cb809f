import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import { localeFromHeader, sharedResources } from '../i18n';
import { areaStrings, supportedLocales } from '../i18n/languages';

/**
 * The portal's strings (src/i18n/locales/portal.*.json, under `portal.`) beside the shared ones it
 * reuses (statuses, kinds, groups, instruments). Kept out of the shared namespace so the web app's
 * bundle does not carry them.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    supportedLocales.map((locale) => [
      locale,
      { translation: { ...sharedResources[locale]?.translation, portal: areaStrings(locale, 'portal') } },
    ]),
  ),
  lng: 'es',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function portalTranslator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/**
 * The language of a portal page: `?lang=` when given, else the first supported language the
 * Accept-Language header names, else the deployment's default (Spanish unless DEFAULT_LOCALE says otherwise).
 */
export function portalLocale(lang: Locale | undefined, acceptLanguage: string | undefined, fallback: Locale) {
  return lang ?? localeFromHeader(acceptLanguage, fallback);
}
