import { dateTimeFormat } from '../domain/dates';
import { intlLocale } from '../domain/languages';
import type { Locale } from '../domain/roles';

export { intlLocale };

/** A calendar day (YYYY-MM-DD) written out in full, e.g. "viernes, 14 de marzo de 2025". */
export function formatDay(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return dateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * When a meeting takes place, on the wall clock of its time zone: "Friday, 14 March 2025, 09:00–11:00";
 * both ends in full when it runs past midnight.
 */
export function formatMeetingTime(startsAt: Date, endsAt: Date, timeZone: string, locale: Locale): string {
  const lang = intlLocale(locale);
  const day = dateTimeFormat(lang, { dateStyle: 'full', timeZone });
  const time = dateTimeFormat(lang, { timeStyle: 'short', hourCycle: 'h23', timeZone });
  if (day.format(startsAt) === day.format(endsAt)) {
    return `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)}`;
  }
  return `${day.format(startsAt)}, ${time.format(startsAt)} – ${day.format(endsAt)}, ${time.format(endsAt)}`;
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

/** A line of text shortened to `max` characters with an ellipsis (for subjects). */
export function shorten(value: string, max: number): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The domain of a sender such as `Mesas <no-reply@mesas.example>`, for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'mesas.local';
}
