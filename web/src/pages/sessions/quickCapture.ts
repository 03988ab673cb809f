/**
 * Pure helpers of the quick capture lines of a meeting (a commitment or a decision typed in one line,
 * as fast as people speak): who may own a commitment (the Mesa's participants and the entities they
 * represent) and the type-ahead over them, the due date typed as `2026-12-18`, `18/12` or `+7`, and
 * its default: the day of the next planned session, in the Mesa's time zone.
 */
import { addDays, isCalendarDay } from '../../../../src/domain/calendar-days';
import { dateInZone } from '../../../../src/domain/dates';
import { type Cadence, cadenceDays } from '../../../../src/domain/mesa-lifecycle';
import { foldText } from '../../../../src/domain/search-text';
import type { MesaDetail } from '../../api';
import { orgName } from '../matrix/labels';
import type { AgendaItem, MeetingDetail, MeetingSummary } from './sessionsApi';

// ── Owners ────────────────────────────────────────────────────────────────────────────────────────

/** One choice of the Owner type-ahead: a person (and the entity they represent) or an entity. */
export interface OwnerOption {
  /** `person:<id>` or `org:<id>`. */
  value: string;
  kind: 'person' | 'entity';
  /** What the line shows once chosen. */
  label: string;
  /** What is matched first: the person's name, or the entity's acronym and name. */
  primary: string;
  /** Matched after the name: the entity a person represents (nothing for an entity). */
  secondary: string;
  /** Who commits: the person, or for an entity its representative in the Mesa. */
  personId: string;
  personName: string;
  /** The responsible entity, when known. */
  organizationId: string | null;
}

/** Representatives own their entity's commitments before the team or observers do. */
const rolePreference = ['public_rep', 'private_rep', 'high_level', 'moderator', 'team', 'observer'];

/**
 * Everyone who may own a commitment: the Mesa's current participants (each with the entity they
 * represent: who designated them, else their own organization), then the entities they represent,
 * each owned through its first representative (public or private representatives first). The server
 * records a commitment against a person, so an entity without a participant cannot be offered.
 */
export function ownerOptions(mesa: Pick<MesaDetail, 'participants'>): OwnerOption[] {
  const people = new Map<string, OwnerOption>();
  const entities = new Map<string, OwnerOption & { rank: number }>();
  for (const group of mesa.participants) {
    for (const p of group.participants) {
      const org = p.designatedBy ?? p.organization;
      if (!people.has(p.person.id)) {
        people.set(p.person.id, {
          value: `person:${p.person.id}`,
          kind: 'person',
          label: org ? `${p.person.fullName} — ${orgName(org)}` : p.person.fullName,
          primary: p.person.fullName,
          secondary: org ? `${org.acronym ?? ''} ${org.name}`.trim() : '',
          personId: p.person.id,
          personName: p.person.fullName,
          organizationId: org?.id ?? null,
        });
      }
      if (!org) continue;
      const rank = rolePreference.indexOf(p.role);
      const known = entities.get(org.id);
      if (known && known.rank <= rank) continue;
      entities.set(org.id, {
        value: `org:${org.id}`,
        kind: 'entity',
        label: org.acronym ? `${org.acronym} — ${org.name}` : org.name,
        primary: `${org.acronym ?? ''} ${org.name}`.trim(),
        secondary: '',
        personId: p.person.id,
        personName: p.person.fullName,
        organizationId: org.id,
        rank,
      });
    }
  }
  const byLabel = (a: OwnerOption, b: OwnerOption) => a.label.localeCompare(b.label);
  return [
    ...[...people.values()].sort(byLabel),
    ...[...entities.values()].map(({ rank: _, ...o }) => o).sort(byLabel),
  ];
}

/** Lower case without accents, so "mar" finds "Martín" and "maritza" finds "Maritza". */
export function fold(text: string): string {
  return foldText(text).trim();
}

function matchRank(option: OwnerOption, query: string): number {
  const primary = fold(option.primary);
  const secondary = fold(option.secondary);
  const wordStarts = (text: string) => text.split(/[\s\-—()/.,]+/).some((w) => w.startsWith(query));
  if (primary.startsWith(query)) return 0;
  if (wordStarts(primary)) return 1;
  if (wordStarts(secondary)) return 2;
  if (primary.includes(query) || secondary.includes(query)) return 3;
  return -1;
}

/**
 * The owners matching what was typed, best first: the name starts with it, then a word of the name
 * does, then a word of the entity (or representative), then it appears anywhere. Ties keep the
 * options' order (people before entities, by name). Nothing typed: every option.
 */
export function matchOwners(options: readonly OwnerOption[], typed: string, limit = 8): OwnerOption[] {
  const query = fold(typed);
  if (!query) return options.slice(0, limit);
  return options
    .map((option, index) => ({ option, index, rank: matchRank(option, query) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((m) => m.option);
}

// ── Due dates ─────────────────────────────────────────────────────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A due date as typed in the line, as `YYYY-MM-DD`; null when it is not a date. Accepts
 * `2026-12-18`, `18/12/2026`, `18-12-26`, `18.12` and `18/12` (day first; without a year, the next
 * such day from `today` on), and `+7` (days from today). `today` is `YYYY-MM-DD` in the Mesa's zone.
 */
export function parseDueDate(typed: string, today: string): string | null {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const day = `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
    return isCalendarDay(day) ? day : null;
  }
  const relative = /^\+\s*(\d{1,3})$/.exec(text);
  if (relative) return addDays(today, Number(relative[1]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(text);
  if (!dayFirst) return null;
  const [d, m] = [Number(dayFirst[1]), Number(dayFirst[2])];
  if (dayFirst[3]) {
    const y = dayFirst[3].length === 2 ? 2000 + Number(dayFirst[3]) : Number(dayFirst[3]);
    const day = `${y}-${pad(m)}-${pad(d)}`;
    return isCalendarDay(day) ? day : null;
  }
  const year = Number(today.slice(0, 4));
  // Without a year: this year's, unless it is past (then next year's); 29/02 waits for a leap year.
  for (let y = year; y <= year + 8; y++) {
    const day = `${y}-${pad(m)}-${pad(d)}`;
    if (isCalendarDay(day) && day >= today) return day;
    if (!isCalendarDay(`2000-${pad(m)}-${pad(d)}`)) return null;
  }
  return null;
}

export interface DueDefaultInput {
  /** The meeting the commitment is made in. */
  meeting: Pick<MeetingDetail, 'id' | 'startsAt'>;
  /** The Mesa's meetings (any kind and state). */
  meetings: readonly Pick<MeetingSummary, 'id' | 'kind' | 'state' | 'startsAt'>[];
  cadence: Cadence;
  customDays: number | null;
  /** The Mesa's time zone. */
  timeZone: string;
  /** Today in that zone, `YYYY-MM-DD`. */
  today: string;
}

/**
 * The default due date of a commitment made in a meeting: the day (in the Mesa's time zone) of the
 * next session planned after this meeting, when it is not before today; else today plus the days
 * between sessions of the Mesa's cadence — commitments are reported on at the next session.
 */
export function defaultDueDate(input: DueDefaultInput): { dueOn: string; nextSession: boolean } {
  const after = new Date(input.meeting.startsAt).getTime();
  const next = input.meetings
    .filter(
      (m) =>
        m.id !== input.meeting.id &&
        m.kind === 'session' &&
        (m.state === 'scheduled' || m.state === 'draft') &&
        new Date(m.startsAt).getTime() > after,
    )
    .map((m) => dateInZone(new Date(m.startsAt), input.timeZone))
    .filter((day) => day >= input.today)
    .sort()[0];
  if (next) return { dueOn: next, nextSession: true };
  return { dueOn: addDays(input.today, cadenceDays(input.cadence, input.customDays)), nextSession: false };
}

// ── The agenda's current item ─────────────────────────────────────────────────────────────────────

/**
 * The agenda item being discussed: the one the meeting names (`currentItemId`, when the meeting
 * detail gives it), else the first saved item not discussed yet. Only while the meeting is held.
 */
export function currentAgendaItem(
  meeting: Pick<MeetingDetail, 'state' | 'agenda'> & { currentItemId?: string | null },
): AgendaItem | null {
  if (meeting.state !== 'in_progress') return null;
  const items = meeting.agenda.items.filter((i) => i.id);
  if (meeting.currentItemId) {
    const named = items.find((i) => i.id === meeting.currentItemId);
    if (named) return named;
  }
  return items.find((i) => !i.discussedAt) ?? null;
}
