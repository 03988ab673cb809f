import { describe, expect, it } from 'vitest';
import {
  changesOf,
  onTimeRecord,
  type PortalMesaData,
  parseProblemCode,
  participantGroup,
  problemPath,
  shapeMesa,
  shapeProblem,
} from '../../src/domain/portal';

const org = (id: string, name: string) => ({
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  name,
  acronym: null,
});
const at = (iso: string) => new Date(iso);

function data(overrides: Partial<PortalMesaData> = {}): PortalMesaData {
  return {
    mesa: {
      id: 'm1',
      slug: 'forestal',
      name: 'Mesa Forestal',
      kind: 'sector',
      sector: 'Forestal',
      description: '',
      status: 'active',
      launchedOn: '2014-12-04',
      timeZone: null,
      publishedAt: at('2024-01-01T00:00:00Z'),
      updatedAt: at('2024-01-01T00:00:00Z'),
      host: org('1', 'Ministerio'),
    },
    events: [],
    participants: [],
    problems: [],
    entities: [],
    statusEvents: [],
    solutionVersions: [],
    indicators: [],
    feedback: [],
    meetings: [],
    attendance: [],
    minutes: [],
    decisions: [],
    commitments: [],
    ...overrides,
  };
}

describe('problem codes', () => {
  it('reads P-n in any case and refuses anything else', () => {
    expect(parseProblemCode('P-12')).toBe(12);
    expect(parseProblemCode('p-3')).toBe(3);
    expect(parseProblemCode('P12')).toBe(12);
    expect(parseProblemCode('12')).toBeNull();
    expect(parseProblemCode('P-')).toBeNull();
    expect(parseProblemCode("P-1' or 1=1")).toBeNull();
    expect(problemPath('forestal', 4)).toBe('/portal/mesas/forestal/problems/P-4');
  });
});

describe('participants', () => {
  it('groups organizations as the paper does, leaves out observers and those who left', () => {
    expect(participantGroup('moderator')).toBe('team');
    expect(participantGroup('observer')).toBeNull();
    const shaped = shapeMesa(
      data({
        participants: [
          { role: 'public_rep', organization: org('2', 'SERFOR'), endedOn: null },
          { role: 'public_rep', organization: org('2', 'SERFOR'), endedOn: null },
          { role: 'private_rep', organization: org('3', 'ADEX'), endedOn: null },
          { role: 'private_rep', organization: org('4', 'Ya no'), endedOn: '2020-01-01' },
          { role: 'observer', organization: org('5', 'Observadora'), endedOn: null },
          { role: 'high_level', organization: org('6', 'MEF'), endedOn: null },
        ],
      }),
      'America/Lima',
      at('2024-06-01T12:00:00Z'),
    );
    expect(shaped.participants.public.map((o) => o.name)).toEqual(['SERFOR']);
    expect(shaped.participants.private.map((o) => o.name)).toEqual(['ADEX']);
    expect(shaped.participants.high_level.map((o) => o.name)).toEqual(['MEF']);
    expect(shaped.participants.team).toEqual([]);
    expect(JSON.stringify(shaped)).not.toContain('Observadora');
  });
});

describe('the on-time record of an entity', () => {
  it('judges done commitments by the first agreed day in the time zone, and counts the overdue', () => {
    const base = { id: 'c', text: '', problemId: null, organization: org('2', 'SERFOR') };
    const record = onTimeRecord(
      [
        // Done at 23:00 in Lima on its due day: on time (already the next day in UTC).
        {
          ...base,
          dueOn: '2024-03-01',
          originalDueOn: null,
          status: 'done',
          completedAt: at('2024-03-02T04:00:00Z'),
        },
        // Its deadline was moved, but it was done after the first agreed day: late.
        {
          ...base,
          dueOn: '2024-04-01',
          originalDueOn: '2024-03-10',
          status: 'done',
          completedAt: at('2024-03-20T15:00:00Z'),
        },
        { ...base, dueOn: '2024-05-01', originalDueOn: null, status: 'open', completedAt: null },
        { ...base, dueOn: '2024-07-01', originalDueOn: null, status: 'open', completedAt: null },
        { ...base, dueOn: '2024-07-01', originalDueOn: null, status: 'cancelled', completedAt: null },
      ],
      'America/Lima',
      '2024-06-01',
    );
    expect(record).toEqual({
      total: 5,
      done: 2,
      onTime: 1,
      late: 1,
      open: 2,
      overdue: 1,
      cancelled: 1,
      onTimeRate: 0.5,
    });
  });
});

describe('a problem and the feed', () => {
  const problem = {
    id: 'p1',
    number: 3,
    title: 'Registro lento',
    description: '',
    status: 'enacted' as const,
    statusChangedAt: at('2024-02-01T00:00:00Z'),
    category: null,
    createdAt: at('2024-01-05T00:00:00Z'),
    updatedAt: at('2024-02-01T00:00:00Z'),
  };
  const d = data({
    problems: [problem],
    statusEvents: [
      {
        id: 'e1',
        problemId: 'p1',
        fromStatus: null,
        toStatus: 'identified',
        reason: null,
        occurredAt: problem.createdAt,
      },
      {
        id: 'e2',
        problemId: 'p1',
        fromStatus: 'in_progress',
        toStatus: 'enacted',
        reason: 'Decreto',
        occurredAt: problem.statusChangedAt,
      },
    ],
    solutionVersions: [
      {
        id: 'v1',
        solutionId: 's1',
        problemId: 'p1',
        instrument: 'regulation',
        number: 1,
        current: false,
        text: 'Primera',
        reason: null,
        revisedOn: null,
        createdAt: at('2024-01-06T00:00:00Z'),
      },
      {
        id: 'v2',
        solutionId: 's1',
        problemId: 'p1',
        instrument: 'regulation',
        number: 2,
        current: true,
        text: 'Segunda',
        reason: 'Mejor',
        revisedOn: null,
        createdAt: at('2024-01-20T00:00:00Z'),
      },
    ],
  });

  it('shows the current solution text and every version, and nothing for an unknown number', () => {
    const p = shapeProblem(d, 3)!;
    expect(p.code).toBe('P-3');
    expect(p.currentSolution?.text).toBe('Segunda');
    expect(p.solutions[0]!.versions.map((v) => v.text)).toEqual(['Primera', 'Segunda']);
    expect(p.timeline.map((e) => e.toStatus)).toEqual(['identified', 'enacted']);
    expect(shapeProblem(d, 4)).toBeNull();
  });

  it('lists new problems and status changes newest first, linking to the public page', () => {
    const changes = changesOf(d);
    expect(changes.map((c) => c.kind)).toEqual(['status', 'problem']);
    expect(changes[0]).toMatchObject({ id: 'status:e2', path: '/portal/mesas/forestal/problems/P-3' });
  });
});
