import { intlLocale } from '../domain/languages';
import type { Locale } from '../domain/roles';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: Locale, timeZone: string) {
  const key = `${locale}|${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    });
    dayFormats.set(key, format);
  }
  return format;
}

/**
 * A day as people read it ("12 mar. 2015", "12 Mar 2015"). A calendar date (YYYY-MM-DD) is that day
 * wherever the reader is; an instant is the day it was in the given time zone.
 */
export function formatDay(locale: Locale, value: string | Date, timeZone: string): string {
  if (typeof value === 'string') {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
    if (Number.isNaN(day.getTime())) return value;
    return dayFormat(locale, /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : timeZone).format(day);
  }
  return dayFormat(locale, timeZone).format(value);
}

/** The machine-readable form for <time datetime>: the calendar day of a date, or the full instant. */
export function isoValue(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
