import { describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/domain/dates';
import { AppError } from '../../src/domain/errors';
import { allowedMesaTransitions, assertMesaTransition, cadenceDays } from '../../src/domain/mesa-lifecycle';
import { compositionWarnings, groupParticipants, type ParticipantLike } from '../../src/domain/participation';
import { slugify } from '../../src/domain/slug';

describe('Mesa lifecycle', () => {
  it('allows pausing and reinstalling an active Mesa, and nothing after closing', () => {
    expect(() => assertMesaTransition('active', 'paused')).not.toThrow();
    expect(() => assertMesaTransition('paused', 'active')).not.toThrow();
    expect(allowedMesaTransitions('closed')).toEqual([]);
  });

  it('rejects an illegal move with the allowed next states', () => {
    try {
      assertMesaTransition('candidate', 'paused');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('ILLEGAL_TRANSITION');
      expect((e as AppError).details?.allowed).toEqual(['assessing', 'active', 'closed']);
    }
  });

  it('turns a cadence into days between sessions', () => {
    expect(cadenceDays('weekly', null)).toBe(7);
    expect(cadenceDays('biweekly', null)).toBe(14);
    expect(cadenceDays('custom', 21)).toBe(21);
  });
});

describe('participants', () => {
  const p = (role: ParticipantLike['role'], isFirstHandOperator = false, endedOn: string | null = null) => ({
    role,
    isFirstHandOperator,
    endedOn,
  });

  it("groups participants in the paper's order with the moderator leading the team", () => {
    const groups = groupParticipants([
      p('observer'),
      p('team'),
      p('private_rep'),
      p('moderator'),
      p('public_rep'),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['private', 'public', 'team', 'observers']);
    expect(groups[2]?.participants.map((x) => x.role)).toEqual(['moderator', 'team']);
  });

  it('warns when private representatives are mostly association staff', () => {
    const staffHeavy = [p('private_rep', false), p('private_rep', false), p('private_rep', true), p('team')];
    expect(compositionWarnings(staffHeavy)).toEqual(['private_reps_mostly_staff']);
    const operators = [p('private_rep', true), p('private_rep', false), p('moderator')];
    expect(compositionWarnings(operators)).toEqual([]);
  });

  it('ignores former participants and asks for a dedicated team', () => {
    expect(compositionWarnings([p('private_rep', true), p('team', false, '2017-01-31')])).toEqual([
      'no_dedicated_team',
    ]);
    expect(compositionWarnings([])).toEqual(['no_private_reps', 'no_dedicated_team']);
  });
});

describe('small helpers', () => {
  it('makes slugs without accents', () => {
    expect(slugify('Mesa Ejecutiva Acuícola')).toBe('mesa-ejecutiva-acuicola');
    expect(slugify('¿?')).toBe('mesa');
  });

  it('takes the calendar date in the deployment time zone', () => {
    const lateEveningInLima = new Date('2026-03-01T03:30:00Z');
    expect(dateInZone(lateEveningInLima, 'America/Lima')).toBe('2026-02-28');
    expect(dateInZone(lateEveningInLima, 'UTC')).toBe('2026-03-01');
  });
});
