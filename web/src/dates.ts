/**
 * Dates typed and picked in forms, in the app's language rather than the browser's: the calendar's
 * month and weekday names, the way a chosen date is written in its field, and what may be typed in it.
 * Values stay as the API has them: a day is `YYYY-MM-DD`, a local date and time `YYYY-MM-DDTHH:mm`.
 * Every name comes from the platform's `Intl` in the app's language, so a language added by its string
 * files has its calendar too.
 */
import { formatDate, intlLocale } from './format';
import { isLocale, supportedLocales } from './i18n';

/** The languages the date pickers speak: the app's own (a language code such as `es`, `en`, `pt`). */
export type DatesLocale = string;

/** The date pickers' language for an i18next language: the app's language, Spanish if it has none. */
export function datesLocale(language: string | undefined): DatesLocale {
  const code = language?.toLowerCase().split('-')[0];
  return code && isLocale(code) ? code : 'es';
}

/** Month names that are not the ones `Intl` writes: Peru writes "set." for September, English "Sept". */
const extraMonthNames: readonly [string, number][] = [
  ['set', 9],
  ['sept', 9],
];

let monthNames: [string, number][] | undefined;

/** Every month's long and short name in every language of the app, as `words` writes them. */
function allMonthNames(): [string, number][] {
  if (monthNames) return monthNames;
  const names = new Map<string, number>(extraMonthNames);
  for (const locale of supportedLocales)
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(intlLocale(locale), { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m += 1) names.set(words(format.format(Date.UTC(2025, m - 1, 1))), m);
    }
  monthNames = [...names];
  return monthNames;
}

/**
 * The month a typed word names, in any of the app's languages: a month's name or its start ("mar",
 * "marzo", "março", "Sept"), at least three letters. Null when it names none, or more than one.
 */
function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const found = new Set<number>();
  for (const [name, month] of allMonthNames())
    if (name.startsWith(word) || (name.length >= 3 && word.startsWith(name))) found.add(month);
  return found.size === 1 ? [...found][0]! : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` when the year, month and day make a real day, else null. */
function day(year: number, month: number, date: number): string | null {
  const at = new Date(Date.UTC(year, month - 1, date));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== date) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`;
}

/** Lower case, no accents, no dots or commas, single spaces. */
function words(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The day a person typed, as `YYYY-MM-DD`, or null while it is not one: `2025-03-31`, day first
 * (`31/03/2025`, `31-3-2025`, `31.3.2025`, as the app's languages write it), or with the month's name in
 * any of them (`31 mar 2025`, `31 de marzo de 2025`, `30 Sept 2025`, `Mar 31, 2025`, `31 de março de 2025`).
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (numeric) return day(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const w = words(trimmed);
  const dayFirst = /^(\d{1,2}) (?:de )?([a-z]{3,}) (?:de |del )?(\d{4})$/.exec(w);
  if (dayFirst) {
    const month = monthOf(dayFirst[2]!);
    return month ? day(Number(dayFirst[3]), month, Number(dayFirst[1])) : null;
  }
  const monthFirst = /^([a-z]{3,}) (\d{1,2}) (\d{4})$/.exec(w);
  if (monthFirst) {
    const month = monthOf(monthFirst[1]!);
    return month ? day(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
  }
  return null;
}

/**
 * A local date and time a person typed, as `YYYY-MM-DDTHH:mm`, or null while it is not one: a day as
 * `parseDay` reads it, then the time (`15:30`, `3:30 pm`, `3:30 p. m.`), with `T`, a space or a comma
 * between them.
 */
export function parseDayTime(text: string): string | null {
  const found = /^(.*?)[T,\s]\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?$/i.exec(
    text.trim(),
  );
  if (!found) return null;
  const date = parseDay(found[1]!.replace(/,\s*$/, ''));
  let hours = Number(found[2]);
  const minutes = Number(found[3]);
  const half = found[4]?.toLowerCase().startsWith('p') ? 'pm' : found[4] ? 'am' : null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (!date || hours > 23 || minutes > 59) return null;
  return `${date}T${pad(hours)}:${pad(minutes)}`;
}

/** A day as its field shows it, in the app's language ("31 mar 2025", "31 Mar 2025"). */
export function showDay(value: string, locale: DatesLocale): string {
  return formatDate(value.slice(0, 10), intlLocale(locale));
}

/** A local date and time as its field shows it: the day as `showDay` writes it, then the time on 24 hours. */
export function showDayTime(value: string, locale: DatesLocale): string {
  const time = /[T ](\d{2}):(\d{2})/.exec(value);
  return time ? `${showDay(value, locale)}, ${time[1]}:${time[2]}` : showDay(value, locale);
}

/** A day (`YYYY-MM-DD…`) as a UTC date, the zone every calendar label below is written in. */
const utc = (value: string) => {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

/**
 * The calendar's own words in the app's language, written by `Intl`: the month and year over the days,
 * the weekdays' heads, the months and years to choose from, and each day's name for screen readers.
 */
export function calendarLabels(locale: DatesLocale) {
  const tag = intlLocale(locale);
  const fmt = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    return (value: string) => format.format(utc(value));
  };
  const weekday = fmt({ weekday: 'short' });
  const year = fmt({ year: 'numeric' });
  return {
    monthLabelFormat: fmt({ month: 'long', year: 'numeric' }),
    yearLabelFormat: year,
    decadeLabelFormat: (start: string, end: string) => `${year(start)} – ${year(end)}`,
    monthsListFormat: fmt({ month: 'short' }),
    yearsListFormat: year,
    weekdayFormat: (value: string) => weekday(value).replace(/\.$/, ''),
    getDayAriaLabel: fmt({ day: 'numeric', month: 'long', year: 'numeric' }),
  };
}
