import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import assessmentsEn from './locales/assessments.en.json';
import assessmentsEs from './locales/assessments.es.json';
import auditEn from './locales/audit.en.json';
import auditEs from './locales/audit.es.json';
import chaseEn from './locales/chase.en.json';
import chaseEs from './locales/chase.es.json';
import dashboardsEn from './locales/dashboards.en.json';
import dashboardsEs from './locales/dashboards.es.json';
import en from './locales/en.json';
import es from './locales/es.json';
import escalationsEn from './locales/escalations.en.json';
import escalationsEs from './locales/escalations.es.json';
import feedbackEn from './locales/feedback.en.json';
import feedbackEs from './locales/feedback.es.json';
import peopleEn from './locales/people.en.json';
import peopleEs from './locales/people.es.json';
import sessionsEn from './locales/sessions.en.json';
import sessionsEs from './locales/sessions.es.json';

/**
 * Strings shared by the server (errors, e-mails, exports) and the web app. Sessions, commitments and
 * minutes, assessments, escalations and dashboards have their own pair of files, merged into the one namespace.
 */
export const sharedResources = {
  en: {
    translation: {
      ...en,
      ...sessionsEn,
      ...assessmentsEn,
      ...escalationsEn,
      ...dashboardsEn,
      ...auditEn,
      ...peopleEn,
      ...feedbackEn,
      ...chaseEn,
    },
  },
  es: {
    translation: {
      ...es,
      ...sessionsEs,
      ...assessmentsEs,
      ...escalationsEs,
      ...dashboardsEs,
      ...auditEs,
      ...peopleEs,
      ...feedbackEs,
      ...chaseEs,
    },
  },
} as const;

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

/** Picks es or en from an Accept-Language header, falling back to the deployment default. */
export function localeFromHeader(header: string | undefined, fallback: Locale): Locale {
  if (!header) return fallback;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('es')) return 'es';
    if (tag.startsWith('en')) return 'en';
  }
  return fallback;
}
