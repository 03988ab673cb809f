import { useTranslation } from 'react-i18next';
import { intlLocale as languageIntlLocale } from '../../src/domain/languages';
import { isLocale } from './i18n';
import { useSession } from './session';

/** Calendar dates (YYYY-MM-DD) have no time zone: format them as they are, in the UI language. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Instants are shown in the deployment's time zone. */
export function formatDateTime(value: string | null | undefined, locale: string, timeZone: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Today in a time zone, as YYYY-MM-DD (the default for dated forms). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Today in a Mesa's own time zone (a Mesa in Tunis keeps Tunis's day for the earliest due day, "due
 * today" and default dates), else in the deployment's: a zone this browser does not know falls back
 * too.
 */
export function todayInZone(
  zone: string | null | undefined,
  fallback: string,
  now: Date = new Date(),
): string {
  if (zone) {
    try {
      return todayIn(zone, now);
    } catch {
      // RangeError: a zone the browser does not know.
    }
  }
  return todayIn(fallback, now);
}

/**
 * The Intl locale dates and times are written in for a UI language (Peru's Spanish, British English,
 * the language's own otherwise); Spanish for one the app does not have.
 */
export function intlLocale(language: string | undefined): string {
  const code = language?.toLowerCase().split('-')[0];
  return languageIntlLocale(code && isLocale(code) ? code : 'es');
}

/**
 * Formatters in the UI language. `zone`: the Mesa's own time zone, for pages about one Mesa; its
 * `today` is then the Mesa's day.
 */
export function useFormatters(zone?: string | null) {
  const { i18n } = useTranslation();
  const { timeZone } = useSession();
  const locale = intlLocale(i18n.language);
  return {
    timeZone,
    date: (value: string | null | undefined) => formatDate(value, locale),
    dateTime: (value: string | null | undefined) => formatDateTime(value, locale, timeZone),
    today: () => todayInZone(zone, timeZone),
  };
}
