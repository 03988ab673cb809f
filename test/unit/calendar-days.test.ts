import dayjs from 'dayjs';
import isoWeekPlugin from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeek } from '../../src/domain/calendar-days';

dayjs.extend(utc);
dayjs.extend(isoWeekPlugin);

describe('isoWeek', () => {
  it('gives the days around a new year to the year of their Thursday', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2026-11-23')).toBe('2026-W48');
    expect(isoWeek('2026-11-22')).toBe('2026-W47');
  });

  it('agrees with dayjs on every day from 2019 to 2032', () => {
    for (let day = '2019-01-01'; day < '2033-01-01'; day = addDays(day, 1)) {
      const d = dayjs.utc(day);
      expect(isoWeek(day), day).toBe(`${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`);
    }
  });
});
