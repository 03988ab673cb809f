import { dateInZone, dateTimeFormat } from './dates';

/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. A day is a date on the wall calendar of a time zone
 * (the Mesa's), never an instant: deadlines and session dates are read this way, so that a commitment
 * due "on the 10th" in Lima is due on the 10th in Lima whatever the server's zone.
 */
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (so 2025-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  const m = dayPattern.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : daysInMonth[month - 1]!);
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayNumber(day: string): number {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week of a calendar day: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayNumber(day) * 86_400_000).getUTCDay();
}

/**
 * The ISO 8601 week of a calendar day, e.g. `2026-W53` for 2027-01-01: weeks begin on Monday and
 * belong to the year their Thursday falls in.
 */
export function isoWeek(day: string): string {
  const thursday = dayNumber(day) + 3 - ((weekdayOf(day) + 6) % 7);
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

let lastToday = { at: Number.NaN, timeZone: '', day: '' };

/** Today's date in a time zone (remembered for the last instant asked: lists ask for the same one). */
export function todayIn(now: Date, timeZone: string): string {
  if (lastToday.at !== now.getTime() || lastToday.timeZone !== timeZone) {
    lastToday = { at: now.getTime(), timeZone, day: dateInZone(now, timeZone) };
  }
  return lastToday.day;
}

export { DEFAULT_TIME_ZONE } from './default-time-zone';

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time (HH:mm, 24 h) of an instant in a time zone. */
export function timeInZone(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/** Minutes the zone's wall clock is ahead of UTC at an instant (Lima: -300). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock of `timeZone` shows `day` at `time` (HH:mm). A time skipped by
 * a daylight-saving change resolves to the instant just after the gap.
 */
export function instantInZone(day: string, time: string, timeZone: string): Date {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new RangeError(`not a time of day: ${time}`);
  const wall = dayNumber(day) * 86_400_000 + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  const second = wall - offsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(second);
}
