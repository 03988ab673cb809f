import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import en from './strings.en';
import es from './strings.es';

/**
 * Strings shared by the server (errors, e-mails, exports) and the web app. Sessions, commitments and
 * minutes, assessments, escalations and dashboards have their own pair of files, merged into the one namespace.
 */
export const sharedResources = {
  en: { translation: en },
  es: { translation: es },
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
