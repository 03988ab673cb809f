import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import { sharedResources } from '../i18n';
import { areaStrings, supportedLocales } from '../i18n/languages';

/**
 * The open data's and the feeds' strings (src/i18n/locales/open-data.*.json, under `openData.`) beside
 * the shared ones they reuse (problem statuses). Kept out of the shared namespace so the web app's
 * bundle does not carry them.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    supportedLocales.map((locale) => [
      locale,
      { translation: { ...sharedResources[locale]?.translation, ...areaStrings(locale, 'open-data') } },
    ]),
  ),
  lng: 'es',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function openDataTranslator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
