import { describe, expect, it } from 'vitest';
import {
  calendarLabels,
  datesLocale,
  parseDay,
  parseDayTime,
  showDay,
  showDayTime,
} from '../../web/src/dates';

/** Date fields speak the app's language, whatever the browser's: what they show and what they read. */
describe("the date pickers' language", () => {
  it("is the app's language (i18next's), Spanish when the app has no such language", () => {
    expect(datesLocale('es')).toBe('es');
    expect(datesLocale('en')).toBe('en');
    expect(datesLocale('en-GB')).toBe('en');
    expect(datesLocale('es-PE')).toBe('es');
    expect(datesLocale('pt')).toBe('pt');
    expect(datesLocale('pt-BR')).toBe('pt');
    expect(datesLocale(undefined)).toBe('es');
    expect(datesLocale('cimode')).toBe('es');
    expect(datesLocale('xx')).toBe('es');
  });

  it("writes the calendar's own words in that language, whatever the browser speaks", () => {
    const pt = calendarLabels('pt');
    expect(pt.monthLabelFormat('2025-03-01')).toBe('março de 2025');
    expect(pt.weekdayFormat('2025-03-03')).toBe('seg');
    expect(pt.getDayAriaLabel('2025-03-31')).toBe('31 de março de 2025');
    expect(pt.monthsListFormat('2025-12-01')).toMatch(/^dez\.?$/);
    const es = calendarLabels('es');
    // Peru's Spanish: "setiembre".
    expect(es.monthLabelFormat('2025-09-01')).toBe('setiembre de 2025');
    expect(es.weekdayFormat('2025-03-05')).toBe('mié');
    expect(calendarLabels('en').monthLabelFormat('2025-09-01')).toBe('September 2025');
    expect(calendarLabels('en').decadeLabelFormat('2020-01-01', '2029-12-31')).toBe('2020 – 2029');
  });
});

describe('a day field', () => {
  it("shows the day with the month's name in the app's language", () => {
    expect(showDay('2025-03-31', 'es')).toMatch(/^31 mar\.? 2025$/);
    expect(showDay('2025-03-31', 'en')).toBe('31 Mar 2025');
    expect(showDay('2025-01-05', 'es')).toMatch(/^5 ene\.? 2025$/);
  });

  it("reads back what it shows, in each of the app's languages", () => {
    for (const day of ['2025-01-05', '2025-03-31', '2024-02-29', '2025-09-30', '2025-10-01', '2025-12-01']) {
      expect(parseDay(showDay(day, 'es'))).toBe(day);
      expect(parseDay(showDay(day, 'en'))).toBe(day);
      expect(parseDay(showDay(day, 'pt'))).toBe(day);
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
    ['31 de março de 2025', '2025-03-31'],
    ['1 out 2025', '2025-10-01'],
    ['5 dez. 2025', '2025-12-05'],
    ['2 fev 2025', '2025-02-02'],
  ])('reads %j as %s', (typed, day) => {
    expect(parseDay(typed)).toBe(day);
  });

  it.each([
    '',
    '2025-02-30',
    '31/02/2025',
    '2025-13-01',
    '31 foo 2025',
    '31/03',
    '2025-03',
    'mañana',
    '1 ma 2025',
  ])('reads %j as no day yet', (typed) => {
    expect(parseDay(typed)).toBeNull();
  });
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
