import { describe, expect, it } from 'vitest';
import type { MesaDetail } from '../../web/src/api';
import {
  currentAgendaItem,
  defaultDueDate,
  fold,
  matchOwners,
  ownerOptions,
  parseDueDate,
} from '../../web/src/pages/sessions/quickCapture';
import type { MeetingDetail } from '../../web/src/pages/sessions/sessionsApi';

type Participant = MesaDetail['participants'][number]['participants'][number];
type Group = MesaDetail['participants'][number]['group'];

const org = (id: string, name: string, acronym: string | null) => ({ id, name, acronym });
const SERFOR = org('o-serfor', 'Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR');
const ASOC = org('o-asoc', 'Asociación de Productores Forestales', null);
const PRODUCE = org('o-produce', 'Ministerio de la Producción', 'PRODUCE');

function participant(
  personId: string,
  fullName: string,
  role: Participant['role'],
  organization: Participant['organization'],
  designatedBy: Participant['designatedBy'] = null,
): Participant {
  return {
    id: `part-${personId}`,
    role,
    isFirstHandOperator: false,
    isOccasional: false,
    representsSmallProducers: false,
    holdsSectorResponsibility: false,
    startedOn: null,
    endedOn: null,
    note: null,
    person: { id: personId, fullName, position: null },
    organization,
    designatedBy,
  };
}

const mesa: Pick<MesaDetail, 'participants'> = {
  participants: [
    {
      group: 'private' as Group,
      participants: [
        // Designated by the association: that is the entity she represents, not her company.
        participant(
          'p-maritza',
          'Maritza Vela Panduro',
          'private_rep',
          org('o-co', 'Maderas SAC', null),
          ASOC,
        ),
      ],
    },
    {
      group: 'public' as Group,
      participants: [
        participant('p-martin', 'Martín Cárdenas Oré', 'public_rep', SERFOR),
        participant('p-ana', 'Ana Torres Lozano', 'public_rep', SERFOR),
      ],
    },
    {
      group: 'team' as Group,
      participants: [
        participant('p-teresa', 'Teresa Flores Saavedra', 'team', PRODUCE),
        // A team member who also sits for SERFOR: a representative is preferred to own for it.
        participant('p-hugo', 'Hugo Tapia Alvarado', 'team', SERFOR),
        participant('p-nobody', 'Rosa Quispe Mamani', 'observer', null),
      ],
    },
  ],
};

describe('owner options', () => {
  const options = ownerOptions(mesa);

  it('offers every participant with the entity they represent, then each entity through a representative', () => {
    const people = options.filter((o) => o.kind === 'person');
    expect(people.map((o) => o.label)).toEqual([
      'Ana Torres Lozano — SERFOR',
      'Hugo Tapia Alvarado — SERFOR',
      'Maritza Vela Panduro — Asociación de Productores Forestales',
      'Martín Cárdenas Oré — SERFOR',
      'Rosa Quispe Mamani',
      'Teresa Flores Saavedra — PRODUCE',
    ]);
    expect(people.find((o) => o.personId === 'p-maritza')?.organizationId).toBe('o-asoc');
    expect(people.find((o) => o.personId === 'p-nobody')?.organizationId).toBeNull();
    const entities = options.filter((o) => o.kind === 'entity');
    expect(entities.map((o) => [o.organizationId, o.personId])).toEqual([
      ['o-asoc', 'p-maritza'],
      ['o-produce', 'p-teresa'],
      ['o-serfor', 'p-martin'],
    ]);
    // People come before entities.
    expect(options.findIndex((o) => o.kind === 'entity')).toBe(people.length);
  });

  it('matches what is typed without case or accents, the name’s start first', () => {
    expect(fold('  Martín ÑIQUE ')).toBe('martin nique');
    expect(matchOwners(options, 'mar').map((o) => o.personId)).toEqual(['p-maritza', 'p-martin']);
    expect(matchOwners(options, 'MARTIN')[0]?.personId).toBe('p-martin');
    // A word of the name, after names that start with it.
    expect(matchOwners(options, 'carde').map((o) => o.personId)).toEqual(['p-martin']);
    expect(matchOwners(options, 'ore')[0]?.personId).toBe('p-martin');
    // The entity itself first, then its people (by their entity).
    const serfor = matchOwners(options, 'serf');
    expect(serfor[0]).toMatchObject({ kind: 'entity', organizationId: 'o-serfor' });
    expect(serfor.slice(1).map((o) => o.personId)).toEqual(['p-ana', 'p-hugo', 'p-martin']);
    expect(matchOwners(options, 'zzz')).toEqual([]);
    expect(matchOwners(options, '', 3)).toHaveLength(3);
  });
});

describe('due dates typed in the line', () => {
  const today = '2026-12-04';

  it('reads ISO dates, day-first dates with or without a year, and days from today', () => {
    expect(parseDueDate('2026-12-18', today)).toBe('2026-12-18');
    expect(parseDueDate(' 2026-1-5 ', today)).toBe('2026-01-05');
    expect(parseDueDate('18/12', today)).toBe('2026-12-18');
    expect(parseDueDate('18-12-2026', today)).toBe('2026-12-18');
    expect(parseDueDate('5.1.27', today)).toBe('2027-01-05');
    expect(parseDueDate('+7', today)).toBe('2026-12-11');
    expect(parseDueDate('+ 30', today)).toBe('2027-01-03');
  });

  it('takes a day without a year as the next such day from today on', () => {
    expect(parseDueDate('4/12', today)).toBe('2026-12-04');
    expect(parseDueDate('3/12', today)).toBe('2027-12-03');
    expect(parseDueDate('15/01', today)).toBe('2027-01-15');
    expect(parseDueDate('29/02', today)).toBe('2028-02-29');
  });

  it('refuses what is not a calendar day', () => {
    for (const typed of ['', 'mañana', '31/04', '2026-02-30', '32/1', '18/13/2026', '12/18', '2026/12/18x']) {
      expect(parseDueDate(typed, today), typed).toBeNull();
    }
  });
});

describe('the default due date', () => {
  const meeting = { id: 'm-now', startsAt: '2026-12-04T20:00:00.000Z' };
  const session = (
    id: string,
    startsAt: string,
    state: 'draft' | 'scheduled' | 'closed' | 'in_progress',
  ) => ({
    id,
    kind: 'session' as const,
    state,
    startsAt,
  });
  const base = {
    meeting,
    cadence: 'biweekly' as const,
    customDays: null,
    timeZone: 'America/Lima',
    today: '2026-12-04',
  };

  it('is the day of the next session planned after the meeting, in the Mesa’s time zone', () => {
    const meetings = [
      session('m-now', meeting.startsAt, 'in_progress'),
      session('m-old', '2026-11-20T20:00:00.000Z', 'closed'),
      // 19:30 in Lima on the 18th is already the 19th in UTC: the Mesa's day counts.
      session('m-next', '2026-12-19T00:30:00.000Z', 'scheduled'),
      session('m-later', '2027-01-08T20:00:00.000Z', 'scheduled'),
      {
        id: 'm-inter',
        kind: 'intersessional' as const,
        state: 'scheduled' as const,
        startsAt: '2026-12-10T15:00:00.000Z',
      },
    ];
    expect(defaultDueDate({ ...base, meetings })).toEqual({ dueOn: '2026-12-18', nextSession: true });
  });

  it('is today plus the cadence’s days when no session is planned after it', () => {
    const meetings = [
      session('m-now', meeting.startsAt, 'in_progress'),
      session('m-old', '2026-11-20T20:00:00.000Z', 'closed'),
    ];
    expect(defaultDueDate({ ...base, meetings })).toEqual({ dueOn: '2026-12-18', nextSession: false });
    expect(defaultDueDate({ ...base, meetings, cadence: 'weekly' }).dueOn).toBe('2026-12-11');
    expect(defaultDueDate({ ...base, meetings, cadence: 'custom', customDays: 10 }).dueOn).toBe('2026-12-14');
    // A session planned after the meeting but already past today is no due date.
    const stale = [session('m-stale', '2026-12-03T20:00:00.000Z', 'scheduled')];
    const earlier = { ...base, meeting: { id: 'm-now', startsAt: '2026-12-01T20:00:00.000Z' } };
    expect(defaultDueDate({ ...earlier, meetings: stale })).toEqual({
      dueOn: '2026-12-18',
      nextSession: false,
    });
  });
});

describe('the agenda item being discussed', () => {
  type Item = MeetingDetail['agenda']['items'][number];
  const item = (id: string | null, position: number, discussedAt: string | null = null) =>
    ({
      id,
      key: `custom:${position}`,
      position,
      title: `Item ${position}`,
      discussedAt,
      problem: null,
    }) as unknown as Item;
  const agenda = (items: Item[]) => ({ meetingId: 'm', generated: false, totalMinutes: 0, items });

  it('is the first saved item not discussed, only while the meeting is held', () => {
    const items = [item('a', 0, '2026-12-04T20:10:00Z'), item('b', 1), item('c', 2)];
    expect(currentAgendaItem({ state: 'in_progress', agenda: agenda(items) })?.id).toBe('b');
    expect(currentAgendaItem({ state: 'scheduled', agenda: agenda(items) })).toBeNull();
    expect(currentAgendaItem({ state: 'in_progress', agenda: agenda([item(null, 0)]) })).toBeNull();
  });

  it('follows the item the meeting names when it gives one', () => {
    const items = [item('a', 0), item('b', 1), item('c', 2)];
    expect(currentAgendaItem({ state: 'in_progress', agenda: agenda(items), currentItemId: 'c' })?.id).toBe(
      'c',
    );
    expect(
      currentAgendaItem({ state: 'in_progress', agenda: agenda(items), currentItemId: 'gone' })?.id,
    ).toBe('a');
  });
});
