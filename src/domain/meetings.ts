import { addDays, isTimeZone } from './calendar-days';
import { dateInZone } from './dates';
import { AppError, type FieldIssue, invalidFields } from './errors';

/**
 * The meetings of a Mesa (paper section 4.2, lessons 7-9). `session`: the periodic session of the
 * ground-level body, numbered within its Mesa and moderated by the dedicated team, where problems and
 * progress are presented. `intersessional`: the smaller bilateral or multilateral meeting between
 * sessions where solutions are worked on, often among public entities only. `high_level`: with the
 * high-level body. `preliminary`: with stakeholders before the Mesa is launched.
 */
export const meetingKinds = ['session', 'intersessional', 'high_level', 'preliminary'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** A person's attendance at a meeting; an organization's is derived from its people's. */
export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/**
 * A meeting's state. `draft`: being prepared, not announced (the agenda is a draft). `scheduled`:
 * announced, participants invited. `in_progress`: being held; the moderator walks the agenda and the
 * record (attendance, notes, decisions, commitments) is written live. `closed`: held; its minutes are
 * frozen. There is no `cancelled` state: a meeting that will not take place is deleted while it is
 * still `draft` or `scheduled`, and a session that was held but needs fixing gets a corrected minutes
 * version, never a reopening.
 */
export const meetingStates = ['draft', 'scheduled', 'in_progress', 'closed'] as const;
export type MeetingState = (typeof meetingStates)[number];

const nextStates: Record<MeetingState, readonly MeetingState[]> = {
  // Straight to in_progress: a meeting held without announcement (an impromptu inter-sessional).
  draft: ['scheduled', 'in_progress'],
  // Back to draft: the announcement is withdrawn to rework it.
  scheduled: ['draft', 'in_progress'],
  in_progress: ['closed'],
  closed: [],
};

export function allowedMeetingTransitions(from: MeetingState): readonly MeetingState[] {
  return nextStates[from];
}

export type MeetingTransitionCheck =
  | { ok: true }
  | { ok: false; from: MeetingState; to: MeetingState; allowed: MeetingState[] };

/** Whether `from → to` is legal; when not, the states that are. */
export function checkMeetingTransition(from: MeetingState, to: MeetingState): MeetingTransitionCheck {
  if (nextStates[from].includes(to)) return { ok: true };
  return { ok: false, from, to, allowed: [...nextStates[from]] };
}

/** Throws ILLEGAL_TRANSITION (listing the allowed next states) unless `from → to` is legal. */
export function assertMeetingTransition(from: MeetingState, to: MeetingState): void {
  const check = checkMeetingTransition(from, to);
  if (!check.ok) throw new AppError('ILLEGAL_TRANSITION', { from, to, allowed: check.allowed });
}

/** Only a session may be moderated live with a generated agenda and counts against the cadence. */
export function isSession(kind: MeetingKind): boolean {
  return kind === 'session';
}

/**
 * Whether starting a meeting now is more than a day before its scheduled day (calendar days in the
 * meeting's time zone): a session started that early is most likely the wrong one, and the numbering
 * and the agenda follow the start, so it is confirmed first.
 */
export function isEarlyStart(startsAt: Date, now: Date, timeZone: string): boolean {
  return dateInZone(now, timeZone) < addDays(dateInZone(startsAt, timeZone), -1);
}

/** The number of the next session of a Mesa: one more than the highest so far (given when it starts). */
export function nextSessionNumber(existing: readonly (number | null)[]): number {
  return existing.reduce<number>((max, n) => (n !== null && n > max ? n : max), 0) + 1;
}

export interface MeetingSchedule {
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  onlineUrl?: string | null;
  publicSectorOnly?: boolean;
}

/**
 * What is wrong with a meeting's schedule, as field issues (empty when valid): the end must come after
 * the start, the time zone must be a known IANA zone, an online link must be an http(s) address, and
 * only an inter-sessional meeting may be held among public entities only.
 */
export function meetingScheduleIssues(m: MeetingSchedule): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (Number.isNaN(m.startsAt.getTime())) issues.push({ path: 'startsAt', key: 'fields.notADateTime' });
  if (Number.isNaN(m.endsAt.getTime())) issues.push({ path: 'endsAt', key: 'fields.notADateTime' });
  else if (m.endsAt.getTime() <= m.startsAt.getTime()) {
    issues.push({ path: 'endsAt', key: 'fields.afterStart' });
  }
  if (!isTimeZone(m.timeZone)) issues.push({ path: 'timeZone', key: 'fields.unknownTimeZone' });
  if (m.onlineUrl && !/^https?:\/\/\S+$/i.test(m.onlineUrl)) {
    issues.push({ path: 'onlineUrl', key: 'fields.httpAddress' });
  }
  if (m.publicSectorOnly && m.kind !== 'intersessional') {
    issues.push({
      path: 'publicSectorOnly',
      key: 'fields.publicSectorOnlyIntersessional',
    });
  }
  return issues;
}

/** Throws VALIDATION_FAILED with the schedule's field issues, if any. */
export function assertMeetingSchedule(m: MeetingSchedule): void {
  const fields = meetingScheduleIssues(m);
  if (fields.length > 0) invalidFields(fields);
}

/**
 * How the record of a meeting (attendance, agenda notes, decisions, minutes) may change in a state:
 * `edit` in place while it is prepared or held; after closing the minutes are frozen and a change is a
 * `new_version` of the minutes, kept beside the earlier ones, with its reason, and audited.
 */
export type RecordChange = 'edit' | 'new_version';

export function recordChangeIn(state: MeetingState): RecordChange {
  return state === 'closed' ? 'new_version' : 'edit';
}

/** Whether the meeting's minutes are frozen (it is closed). */
export function isRecordFrozen(state: MeetingState): boolean {
  return recordChangeIn(state) === 'new_version';
}

/**
 * Checks a change to a meeting's record. In a closed meeting only a correction is possible: it must be
 * made as a new minutes version (`asCorrection`) with a reason; a silent edit throws CONFLICT.
 */
export function assertRecordChange(
  state: MeetingState,
  change: { asCorrection: boolean; reason?: string | null },
): RecordChange {
  const mode = recordChangeIn(state);
  if (mode === 'edit' && change.asCorrection) {
    throw new AppError('CONFLICT', { reason: 'not_closed', state });
  }
  if (mode === 'new_version') {
    if (!change.asCorrection) throw new AppError('CONFLICT', { reason: 'minutes_frozen', state });
    if (!change.reason?.trim()) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'reason', key: 'fields.reasonRequiredForCorrection' }],
      });
    }
  }
  return mode;
}

/** The number of the next minutes version (the first is written when the meeting closes). */
export function nextMinutesVersion(existing: readonly number[]): number {
  return Math.max(0, ...existing) + 1;
}

/** One person's attendance, with the organization they represented at the meeting. */
export interface AttendanceRow {
  personId: string;
  organizationId: string | null;
  status: AttendanceStatus;
}

export interface OrganizationAttendance {
  organizationId: string;
  /** `present` if any of its people came, else `excused` if any excused themselves, else `absent`. */
  status: AttendanceStatus;
  present: number;
  excused: number;
  absent: number;
}

const rank: Record<AttendanceStatus, number> = { present: 2, excused: 1, absent: 0 };

/**
 * Attendance per organization (the paper's measure of continued participation): an organization is
 * present when any of its people came, else excused when any excused themselves, else absent. Each
 * person counts once per organization (their best status); people without an organization are left
 * out. Organizations come in the order they first appear.
 */
export function attendanceByOrganization(rows: readonly AttendanceRow[]): OrganizationAttendance[] {
  const byOrganization = new Map<string, Map<string, AttendanceStatus>>();
  for (const row of rows) {
    if (row.organizationId === null) continue;
    let people = byOrganization.get(row.organizationId);
    if (!people) {
      people = new Map();
      byOrganization.set(row.organizationId, people);
    }
    const earlier = people.get(row.personId);
    if (!earlier || rank[row.status] > rank[earlier]) people.set(row.personId, row.status);
  }
  return [...byOrganization].map(([organizationId, people]) => {
    const statuses = [...people.values()];
    const count = (s: AttendanceStatus) => statuses.filter((x) => x === s).length;
    const present = count('present');
    const excused = count('excused');
    return {
      organizationId,
      status: present > 0 ? 'present' : excused > 0 ? 'excused' : 'absent',
      present,
      excused,
      absent: count('absent'),
    };
  });
}

/** The changes the live stream of a meeting announces (`GET /api/meetings/:id/events`). */
export const meetingEventTypes = [
  /** The meeting's own fields (title, time, place, invitees, linked problems, state draft ↔ scheduled). */
  'meeting.updated',
  'meeting.started',
  'meeting.closed',
  'meeting.deleted',
  'attendance.updated',
  /** The agenda as a whole: items added, removed, reordered or retimed. */
  'agenda.updated',
  /** One agenda item: its notes, or marked discussed. */
  'agenda_item.updated',
  'decision.created',
  'decision.deleted',
  'commitment.created',
  'commitment.updated',
  'problem.created',
  'problem.updated',
  'minutes.created',
  /** The moderator took the room to another agenda item (or the current one was marked discussed). */
  'current_item.changed',
  /** Sent by the server, not by a change: notices may have been missed, refetch everything. */
  'resync',
] as const;
export type MeetingEventType = (typeof meetingEventTypes)[number];

/** An agenda item as far as walking the agenda goes: its id (null in a never-saved draft) and mark. */
export interface AgendaPlace {
  id: string | null;
  discussedAt: Date | string | null;
}

/**
 * The agenda item the room is on in a live session: the one the moderator took up (`storedId`),
 * else the first not discussed yet; null when the meeting is not being held, when every item was
 * discussed, or when the stored item is not among `items` (the reader may not see it).
 */
export function currentAgendaItemId(
  state: MeetingState,
  items: readonly AgendaPlace[],
  storedId: string | null,
): string | null {
  if (state !== 'in_progress') return null;
  if (storedId) return items.some((i) => i.id === storedId) ? storedId : null;
  return items.find((i) => i.id && !i.discussedAt)?.id ?? null;
}

/**
 * Where the room goes when the item `doneId` is marked discussed: the next item after it not
 * discussed yet, else the first one before it not discussed, else null (all discussed).
 */
export function nextCurrentAgendaItemId(items: readonly AgendaPlace[], doneId: string): string | null {
  const at = items.findIndex((i) => i.id === doneId);
  const open = (i: AgendaPlace) => i.id !== null && i.id !== doneId && !i.discussedAt;
  const after = items.slice(at + 1).find(open);
  return (after ?? items.find(open))?.id ?? null;
}
