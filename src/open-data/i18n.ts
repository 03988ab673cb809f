import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import { sharedResources } from '../i18n';
import openDataEn from '../i18n/locales/open-data.en.json';
import openDataEs from '../i18n/locales/open-data.es.json';

/**
 * The open data's and the feeds' strings (src/i18n/locales/open-data.*.json, under `openData.`) beside
 * the shared ones they reuse (problem statuses). Kept out of the shared namespace so the web app's
 * bundle does not carry them.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { translation: { ...sharedResources.en.translation, ...openDataEn } },
    es: { translation: { ...sharedResources.es.translation, ...openDataEs } },
  },
  lng: 'es',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function openDataTranslator(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
