import { describe, expect, it } from 'vitest';
import { datesLocale, parseDay, parseDayTime, showDay, showDayTime } from '../../web/src/dates';

/** Date fields speak the app's language, whatever the browser's: what they show and what they read. */
describe("the date pickers' language", () => {
  it("is the app's language (i18next's), Spanish unless it is English", () => {
    expect(datesLocale('es')).toBe('es');
    expect(datesLocale('en')).toBe('en');
    expect(datesLocale('en-GB')).toBe('en');
    expect(datesLocale('es-PE')).toBe('es');
    expect(datesLocale(undefined)).toBe('es');
    expect(datesLocale('cimode')).toBe('es');
  });
});

describe('a day field', () => {
  it("shows the day with the month's name in the app's language", () => {
    expect(showDay('2025-03-31', 'es')).toMatch(/^31 mar\.? 2025$/);
    expect(showDay('2025-03-31', 'en')).toBe('31 Mar 2025');
    expect(showDay('2025-01-05', 'es')).toMatch(/^5 ene\.? 2025$/);
  });

  it('reads back what it shows, in either language', () => {
    for (const day of ['2025-01-05', '2025-03-31', '2024-02-29', '2025-09-30', '2025-12-01']) {
      expect(parseDay(showDay(day, 'es'))).toBe(day);
      expect(parseDay(showDay(day, 'en'))).toBe(day);
    }
  });

  it.each([
    ['2025-03-31', '2025-03-31'],
    ['2025-3-1', '2025-03-01'],
    ['31/03/2025', '2025-03-31'],
    ['31-3-2025', '2025-03-31'],
    ['31.03.2025', '2025-03-31'],
    ['31 mar 2025', '2025-03-31'],
    ['31 de marzo de 2025', '2025-03-31'],
    ['30 set. 2025', '2025-09-30'],
    ['30 Sept 2025', '2025-09-30'],
    ['1 ago 2025', '2025-08-01'],
    ['1 Aug 2025', '2025-08-01'],
    ['Mar 31, 2025', '2025-03-31'],
    ['  5 DIC 2025 ', '2025-12-05'],
    ['5 diciembre 2025', '2025-12-05'],
  ])('reads %j as %s', (typed, day) => {
    expect(parseDay(typed)).toBe(day);
  });

  it.each(['', '2025-02-30', '31/02/2025', '2025-13-01', '31 foo 2025', '31/03', '2025-03', 'mañana'])(
    'reads %j as no day yet',
    (typed) => {
      expect(parseDay(typed)).toBeNull();
    },
  );
});

describe('a date and time field', () => {
  it('shows the day in words and the time on 24 hours', () => {
    expect(showDayTime('2025-03-31T15:05', 'es')).toMatch(/^31 mar\.? 2025, 15:05$/);
    expect(showDayTime('2025-03-31 15:05:00', 'en')).toBe('31 Mar 2025, 15:05');
  });

  it('reads back what it shows', () => {
    expect(parseDayTime(showDayTime('2025-03-31T15:05', 'es'))).toBe('2025-03-31T15:05');
    expect(parseDayTime(showDayTime('2025-09-30T08:00', 'en'))).toBe('2025-09-30T08:00');
  });

  it.each([
    ['2025-03-31T15:00', '2025-03-31T15:00'],
    ['2025-03-31 15:00:00', '2025-03-31T15:00'],
    ['31/03/2025 9:30', '2025-03-31T09:30'],
    ['31 mar 2025, 15:00', '2025-03-31T15:00'],
    ['31 mar 2025 3:05 p. m.', '2025-03-31T15:05'],
    ['31 Mar 2025, 12:15 am', '2025-03-31T00:15'],
    ['31 Mar 2025, 12:15 pm', '2025-03-31T12:15'],
  ])('reads %j as %s', (typed, at) => {
    expect(parseDayTime(typed)).toBe(at);
  });

  it.each(['2025-03-31', '2025-03-31T25:00', '2025-03-31T10:75', '31/02/2025 10:00', '31 mar 2025 13:00 pm'])(
    'reads %j as no date and time yet',
    (typed) => {
      expect(parseDayTime(typed)).toBeNull();
    },
  );
});
