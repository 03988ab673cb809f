import { describe, expect, it } from 'vitest';
import { todayIn, todayInZone } from '../../web/src/format';

/** The web app's "today" is the Mesa's own (issue 11, item 6): a Mesa in Tunis keeps Tunis's day. */
describe("a Mesa's today in the web app", () => {
  // 23:30 in Lima on 1 December is already 2 December in Tunis (UTC+1) and in Kiritimati (UTC+14).
  const lateInLima = new Date('2026-12-02T04:30:00Z');

  it("is the day in the Mesa's zone, not the deployment's", () => {
    expect(todayInZone('Africa/Tunis', 'America/Lima', lateInLima)).toBe('2026-12-02');
    expect(todayInZone('Pacific/Kiritimati', 'America/Lima', lateInLima)).toBe('2026-12-02');
    expect(todayIn('America/Lima', lateInLima)).toBe('2026-12-01');
  });

  it("falls back to the deployment's zone without a Mesa zone, or with one the browser does not know", () => {
    expect(todayInZone(null, 'America/Lima', lateInLima)).toBe('2026-12-01');
    expect(todayInZone(undefined, 'Africa/Tunis', lateInLima)).toBe('2026-12-02');
    expect(todayInZone('Mars/Olympus_Mons', 'America/Lima', lateInLima)).toBe('2026-12-01');
  });

  it('turns the day at midnight in the zone', () => {
    expect(todayInZone('Africa/Tunis', 'UTC', new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
    expect(todayInZone('Africa/Tunis', 'UTC', new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-02');
  });
});
