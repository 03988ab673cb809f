import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sharedResources } from '../../../src/i18n';
import type { Locale } from '../api';
import archiveEn from './archive.en.json';
import archiveEs from './archive.es.json';
import assessmentsEn from './assessments.en.json';
import assessmentsEs from './assessments.es.json';
import auditEn from './audit.en.json';
import auditEs from './audit.es.json';
import boardEn from './board.en.json';
import boardEs from './board.es.json';
import captureEn from './capture.en.json';
import captureEs from './capture.es.json';
import dashboardsEn from './dashboards.en.json';
import dashboardsEs from './dashboards.es.json';
import en from './en.json';
import es from './es.json';
import escalationsEn from './escalations.en.json';
import escalationsEs from './escalations.es.json';
import feedbackEn from './feedback.en.json';
import feedbackEs from './feedback.es.json';
import homeEn from './home.en.json';
import homeEs from './home.es.json';
import launchEn from './launch.en.json';
import launchEs from './launch.es.json';
import matrixEn from './matrix.en.json';
import matrixEs from './matrix.es.json';
import outboxEn from './outbox.en.json';
import outboxEs from './outbox.es.json';
import publicPageEn from './public-page.en.json';
import publicPageEs from './public-page.es.json';
import searchEn from './search.en.json';
import searchEs from './search.es.json';
import sessionsEn from './sessions.en.json';
import sessionsEs from './sessions.es.json';

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

/** Shared labels (roles, statuses, errors…) and the web app's own strings, in one namespace. */
export const resources = {
  es: {
    translation: {
      ...sharedResources.es.translation,
      ...es,
      ...matrixEs,
      ...searchEs,
      ...outboxEs,
      ...sessionsEs,
      ...assessmentsEs,
      ...launchEs,
      ...escalationsEs,
      ...homeEs,
      ...dashboardsEs,
      ...auditEs,
      ...boardEs,
      ...captureEs,
      ...feedbackEs,
      ...publicPageEs,
      ...archiveEs,
    },
  },
  en: {
    translation: {
      ...sharedResources.en.translation,
      ...en,
      ...matrixEn,
      ...searchEn,
      ...outboxEn,
      ...sessionsEn,
      ...assessmentsEn,
      ...launchEn,
      ...escalationsEn,
      ...homeEn,
      ...dashboardsEn,
      ...auditEn,
      ...boardEn,
      ...captureEn,
      ...feedbackEn,
      ...publicPageEn,
      ...archiveEn,
    },
  },
};

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
  fallbackLng: 'es',
  supportedLngs: ['es', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
