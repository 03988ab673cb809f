import { completedOnTime, isOverdueOnRecord } from './commitments';
import { dateInZone } from './dates';
import type { MeetingKind } from './meetings';
import type { MesaKind, MesaStatus } from './mesa-lifecycle';
import { problemCode } from './problem-code';
import type { ProblemStatus } from './problem-status';
import type { MesaRole } from './roles';

export { parseProblemCode, problemCode } from './problem-code';

/**
 * The public face of a published Mesa: only records whose visibility is `public` (and what hangs off
 * them: a public problem's solutions, indicators and field feedback; a public meeting's attendance and
 * decisions). The SQL reads (src/db/queries/portal.ts) already leave everything else out; the shaping
 * here only groups, counts and orders what they return. No person is named: organizations only.
 */

export interface PortalOrganization {
  id: string;
  name: string;
  acronym: string | null;
}

/** The paper's groups of a Mesa's participants (section 4): public, private, the team, the high level. */
export const participantGroups = ['public', 'private', 'team', 'high_level'] as const;
export type ParticipantGroup = (typeof participantGroups)[number];

/** The group a participation role belongs to; observers are not listed. */
export function participantGroup(role: MesaRole): ParticipantGroup | null {
  switch (role) {
    case 'public_rep':
      return 'public';
    case 'private_rep':
      return 'private';
    case 'team':
    case 'moderator':
      return 'team';
    case 'high_level':
      return 'high_level';
    default:
      return null;
  }
}

/** A public document of a public problem (or of one of its solutions), as the portal lists it. */
export interface PortalDocument {
  id: string;
  title: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
}

/**
 * A public document of a public record the portal shows, with the record it is attached to: a public
 * problem (`problemId` alone), a solution of one (`solutionId`, and its problem's id), a held public
 * meeting (`meetingId`) or a commitment the portal lists (`commitmentId`).
 */
export interface PortalMesaDocument extends PortalDocument {
  /** The public problem, directly or through a solution; null for a meeting's or a commitment's. */
  problemId: string | null;
  solutionId: string | null;
  solutionVersion: number | null;
  meetingId: string | null;
  commitmentId: string | null;
  sha256: string;
}

/** A public lesson drawn on a public problem (one row per problem it draws on). */
export interface PortalLesson {
  id: string;
  problemId: string;
  whatHappened: string;
  whatWasLearned: string;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** What the SQL reads return for one published Mesa (public records only). */
export interface PortalMesaData {
  /** The public documents of the public records the portal shows, oldest first. */
  documents?: PortalMesaDocument[];
  /** The public lessons drawn on public problems, the newest first. */
  lessons?: PortalLesson[];
  mesa: {
    id: string;
    slug: string;
    name: string;
    kind: MesaKind;
    sector: string;
    description: string;
    status: MesaStatus;
    launchedOn: string | null;
    timeZone: string | null;
    publishedAt: Date | null;
    updatedAt: Date;
    host: PortalOrganization;
  };
  events: {
    id: string;
    kind: 'status' | 'host';
    fromStatus: MesaStatus | null;
    toStatus: MesaStatus | null;
    fromHost: PortalOrganization | null;
    toHost: PortalOrganization | null;
    occurredOn: string;
    reason: string;
  }[];
  participants: { role: MesaRole; organization: PortalOrganization; endedOn: string | null }[];
  problems: {
    id: string;
    number: number;
    title: string;
    description: string;
    status: ProblemStatus;
    statusChangedAt: Date;
    category: { key: string; nameEs: string; nameEn: string } | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
  entities: { problemId: string; organization: PortalOrganization }[];
  statusEvents: {
    id: string;
    problemId: string;
    fromStatus: ProblemStatus | null;
    toStatus: ProblemStatus;
    reason: string | null;
    occurredAt: Date;
  }[];
  solutionVersions: {
    id: string;
    solutionId: string;
    problemId: string;
    instrument: string;
    number: number;
    current: boolean;
    text: string;
    reason: string | null;
    revisedOn: string | null;
    createdAt: Date;
  }[];
  indicators: {
    id: string;
    problemId: string;
    name: string;
    unit: string;
    direction: 'lower_is_better' | 'higher_is_better';
    baselineValue: number | null;
    baselineOn: string | null;
    targetValue: number | null;
    currentValue: number | null;
    currentOn: string | null;
    source: string | null;
    updatedAt: Date;
  }[];
  feedback: {
    id: string;
    problemId: string;
    verdict: 'works' | 'partly' | 'not_applied';
    observedOn: string | null;
    createdAt: Date;
  }[];
  meetings: {
    id: string;
    kind: MeetingKind;
    number: number | null;
    title: string;
    startsAt: Date;
    timeZone: string;
    startedAt: Date | null;
    closedAt: Date | null;
  }[];
  attendance: { meetingId: string; organization: PortalOrganization }[];
  minutes: { id: string; meetingId: string; number: number; reason: string | null; createdAt: Date }[];
  decisions: { id: string; meetingId: string; problemId: string | null; text: string; createdAt: Date }[];
  commitments: {
    id: string;
    text: string;
    dueOn: string;
    originalDueOn: string | null;
    status: 'open' | 'done' | 'cancelled';
    completedAt: Date | null;
    problemId: string | null;
    organization: PortalOrganization;
  }[];
}

export interface PortalIndicator {
  id: string;
  name: string;
  unit: string;
  direction: 'lower_is_better' | 'higher_is_better';
  baselineValue: number | null;
  baselineOn: string | null;
  currentValue: number | null;
  currentOn: string | null;
  targetValue: number | null;
  source: string | null;
}

/** A before/after indicator of a public problem. */
export interface PortalAchievement extends PortalIndicator {
  problemCode: string;
  problemTitle: string;
  problemStatus: ProblemStatus;
}

export interface PortalLifecycleEvent {
  kind: 'status' | 'host';
  occurredOn: string;
  fromStatus: MesaStatus | null;
  toStatus: MesaStatus | null;
  fromHost: PortalOrganization | null;
  toHost: PortalOrganization | null;
  reason: string;
}

export interface PortalMesaSummary {
  id: string;
  slug: string;
  name: string;
  kind: MesaKind;
  sector: string;
  description: string;
  host: PortalOrganization;
  status: MesaStatus;
  launchedOn: string | null;
  publishedAt: string | null;
  lifecycle: PortalLifecycleEvent[];
  sessionsHeld: number;
  /** Public problems in the Matrix. */
  problemCount: number;
  /** Public problems enacted or verified. */
  problemsSolved: number;
  /** A few before/after indicators (those with a baseline and a current value first). */
  headlineAchievements: PortalAchievement[];
  /** ISO instant of the latest public change. */
  lastModified: string;
}

export interface PortalStatusEvent {
  id: string;
  fromStatus: ProblemStatus | null;
  toStatus: ProblemStatus;
  reason: string | null;
  occurredAt: string;
}

export interface PortalSolutionVersion {
  solutionId: string;
  instrument: string;
  number: number;
  text: string;
  reason: string | null;
  revisedOn: string | null;
  createdAt: string;
}

export interface PortalProblemSummary {
  id: string;
  code: string;
  number: number;
  title: string;
  description: string;
  status: ProblemStatus;
  statusChangedAt: string;
  category: { key: string; nameEs: string; nameEn: string } | null;
  entities: PortalOrganization[];
  timeline: PortalStatusEvent[];
  /** The text of the most recently revised solution (its latest version), or null. */
  currentSolution: PortalSolutionVersion | null;
}

export interface PortalSession {
  id: string;
  kind: MeetingKind;
  number: number | null;
  title: string;
  /** The day it was held, in the meeting's time zone. */
  heldOn: string;
  startsAt: string;
  closedAt: string | null;
  attendingOrganizations: PortalOrganization[];
}

export interface PortalMinutesSummary {
  id: string;
  meetingId: string;
  meetingNumber: number | null;
  meetingTitle: string;
  heldOn: string;
  version: number;
  reason: string | null;
  createdAt: string;
  organizationsPresent: number;
  decisions: { id: string; text: string; problemCode: string | null }[];
}

export interface PortalOnTimeRecord {
  total: number;
  done: number;
  onTime: number;
  late: number;
  open: number;
  /** Open past their first agreed due day. */
  overdue: number;
  cancelled: number;
  /** Share of the done commitments done on time (0-1), null when none was done with a known time. */
  onTimeRate: number | null;
}

export interface PortalEntityCommitments {
  organization: PortalOrganization;
  record: PortalOnTimeRecord;
  commitments: {
    id: string;
    text: string;
    dueOn: string;
    status: 'open' | 'done' | 'cancelled';
    onTime: boolean | null;
    problemCode: string | null;
  }[];
}

export interface PortalMesa extends PortalMesaSummary {
  participants: Record<ParticipantGroup, PortalOrganization[]>;
  sessions: PortalSession[];
  problems: PortalProblemSummary[];
  achievements: PortalAchievement[];
  minutes: PortalMinutesSummary[];
  entityCommitments: PortalEntityCommitments[];
}

export interface PortalProblem extends PortalProblemSummary {
  mesa: { slug: string; name: string };
  solutions: { id: string; instrument: string; versions: PortalSolutionVersion[] }[];
  indicators: PortalIndicator[];
  feedback: { verdict: 'works' | 'partly' | 'not_applied'; observedOn: string | null; reportedOn: string }[];
  /** Its public documents and those of its solutions, oldest first. */
  documents?: PortalDocument[];
  /** The public lessons drawn on it, the newest first. */
  lessons?: { id: string; whatHappened: string; whatWasLearned: string; tags: string[]; createdAt: string }[];
  /** ISO instant of the latest public change to the problem. */
  lastModified: string;
}

export const portalChangeKinds = ['status', 'session', 'problem', 'indicator'] as const;
export type PortalChangeKind = (typeof portalChangeKinds)[number];

/** One entry of a feed of what changed in public. */
export interface PortalChange {
  /** Stable and unique: kind and the public record's id. */
  id: string;
  kind: PortalChangeKind;
  mesaSlug: string;
  mesaName: string;
  /** A problem's code for status, problem and indicator changes. */
  problemCode: string | null;
  /** The record's own title (problem title, session title or indicator name). */
  title: string;
  /** Extra facts for the entry's text: statuses, session number, indicator values. */
  detail: Record<string, string | number | null>;
  /** ISO instant. */
  at: string;
  /** Path of the public page that shows it (no host). */
  path: string;
}

export function mesaPath(slug: string): string {
  return `/portal/mesas/${encodeURIComponent(slug)}`;
}

export function problemPath(slug: string, number: number): string {
  return `${mesaPath(slug)}/problems/${problemCode(number)}`;
}

/** Where anyone downloads a public document (no sign-in). */
export function publicDocumentPath(id: string): string {
  return `/api/public/documents/${encodeURIComponent(id)}`;
}

const iso = (d: Date) => d.toISOString();
const solvedStatuses: readonly ProblemStatus[] = ['enacted', 'verified'];

function byKey<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function uniqueOrganizations(orgs: readonly PortalOrganization[]): PortalOrganization[] {
  const seen = new Map<string, PortalOrganization>();
  for (const o of orgs) if (!seen.has(o.id)) seen.set(o.id, o);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function indicatorOf(i: PortalMesaData['indicators'][number]): PortalIndicator {
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    baselineValue: i.baselineValue,
    baselineOn: i.baselineOn,
    currentValue: i.currentValue,
    currentOn: i.currentOn,
    targetValue: i.targetValue,
    source: i.source,
  };
}

function versionOf(v: PortalMesaData['solutionVersions'][number]): PortalSolutionVersion {
  return {
    solutionId: v.solutionId,
    instrument: v.instrument,
    number: v.number,
    text: v.text,
    reason: v.reason,
    revisedOn: v.revisedOn,
    createdAt: iso(v.createdAt),
  };
}

/** Held sessions: closed public sessions (not other kinds of meeting). */
function heldSessions(data: PortalMesaData) {
  return data.meetings.filter((m) => m.kind === 'session' && m.closedAt !== null);
}

function heldOn(m: PortalMesaData['meetings'][number]): string {
  return dateInZone(m.startedAt ?? m.startsAt, m.timeZone);
}

/** Achievements: indicators of public problems, the solved problems' and complete ones first. */
export function achievementsOf(data: PortalMesaData): PortalAchievement[] {
  const problems = new Map(data.problems.map((p) => [p.id, p]));
  const rank = (a: PortalAchievement) =>
    (solvedStatuses.includes(a.problemStatus) ? 0 : 2) +
    (a.baselineValue !== null && a.currentValue !== null ? 0 : 1);
  return data.indicators
    .flatMap((i) => {
      const p = problems.get(i.problemId);
      if (!p) return [];
      return [
        {
          ...indicatorOf(i),
          problemCode: problemCode(p.number),
          problemTitle: p.title,
          problemStatus: p.status,
        },
      ];
    })
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(a.problemCode.slice(2)) - Number(b.problemCode.slice(2)) ||
        a.name.localeCompare(b.name),
    );
}

/** The latest public change of the Mesa (the feed's and the data package's last-modified). */
export function lastModifiedOf(data: PortalMesaData): Date {
  const times: number[] = [data.mesa.updatedAt.getTime()];
  if (data.mesa.publishedAt) times.push(data.mesa.publishedAt.getTime());
  for (const p of data.problems) times.push(p.updatedAt.getTime(), p.statusChangedAt.getTime());
  for (const e of data.statusEvents) times.push(e.occurredAt.getTime());
  for (const v of data.solutionVersions) times.push(v.createdAt.getTime());
  for (const i of data.indicators) times.push(i.updatedAt.getTime());
  for (const f of data.feedback) times.push(f.createdAt.getTime());
  for (const m of data.meetings) if (m.closedAt) times.push(m.closedAt.getTime());
  for (const m of data.minutes) times.push(m.createdAt.getTime());
  for (const d of data.decisions) times.push(d.createdAt.getTime());
  for (const d of data.documents ?? []) times.push(d.createdAt.getTime());
  for (const l of data.lessons ?? []) times.push(l.updatedAt.getTime());
  return new Date(Math.max(...times));
}

export const HEADLINE_ACHIEVEMENTS = 3;

export function summarizeMesa(data: PortalMesaData): PortalMesaSummary {
  const m = data.mesa;
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    kind: m.kind,
    sector: m.sector,
    description: m.description,
    host: m.host,
    status: m.status,
    launchedOn: m.launchedOn,
    publishedAt: m.publishedAt ? iso(m.publishedAt) : null,
    lifecycle: [...data.events]
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
      .map(({ id: _id, ...e }) => e),
    sessionsHeld: heldSessions(data).length,
    problemCount: data.problems.length,
    problemsSolved: data.problems.filter((p) => solvedStatuses.includes(p.status)).length,
    headlineAchievements: achievementsOf(data)
      .filter((a) => a.baselineValue !== null && a.currentValue !== null)
      .slice(0, HEADLINE_ACHIEVEMENTS),
    lastModified: iso(lastModifiedOf(data)),
  };
}

function problemSummaries(data: PortalMesaData): PortalProblemSummary[] {
  const events = byKey(data.statusEvents, (e) => e.problemId);
  const versions = byKey(data.solutionVersions, (v) => v.problemId);
  const entities = byKey(data.entities, (e) => e.problemId);
  return [...data.problems]
    .sort((a, b) => a.number - b.number)
    .map((p) => {
      const current = (versions.get(p.id) ?? [])
        .filter((v) => v.current)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
      return {
        id: p.id,
        code: problemCode(p.number),
        number: p.number,
        title: p.title,
        description: p.description,
        status: p.status,
        statusChangedAt: iso(p.statusChangedAt),
        category: p.category,
        entities: uniqueOrganizations((entities.get(p.id) ?? []).map((e) => e.organization)),
        timeline: (events.get(p.id) ?? [])
          .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
          .map((e) => ({
            id: e.id,
            fromStatus: e.fromStatus,
            toStatus: e.toStatus,
            reason: e.reason,
            occurredAt: iso(e.occurredAt),
          })),
        currentSolution: current ? versionOf(current) : null,
      };
    });
}

/** An entity's record on its public commitments: done on time (first agreed day), late, open, overdue. */
export function onTimeRecord(
  commitments: readonly PortalMesaData['commitments'][number][],
  timeZone: string,
  today: string,
): PortalOnTimeRecord {
  const r: PortalOnTimeRecord = {
    total: commitments.length,
    done: 0,
    onTime: 0,
    late: 0,
    open: 0,
    overdue: 0,
    cancelled: 0,
    onTimeRate: null,
  };
  for (const c of commitments) {
    if (c.status === 'done') {
      r.done++;
      const on = completedOnTime(c, timeZone);
      if (on === true) r.onTime++;
      else if (on === false) r.late++;
    } else if (c.status === 'open') {
      r.open++;
      if (isOverdueOnRecord(c, today)) r.overdue++;
    } else r.cancelled++;
  }
  r.onTimeRate = r.onTime + r.late > 0 ? r.onTime / (r.onTime + r.late) : null;
  return r;
}

/** The whole public page of a Mesa. `timeZone`: the deployment's (the Mesa's own wins); `now`: today. */
export function shapeMesa(data: PortalMesaData, timeZone: string, now: Date): PortalMesa {
  const zone = data.mesa.timeZone ?? timeZone;
  const today = dateInZone(now, zone);
  const problemNumbers = new Map(data.problems.map((p) => [p.id, p.number]));
  const codeOf = (id: string | null) => {
    const n = id ? problemNumbers.get(id) : undefined;
    return n === undefined ? null : problemCode(n);
  };

  const participants = Object.fromEntries(
    participantGroups.map((g) => [g, [] as PortalOrganization[]]),
  ) as Record<ParticipantGroup, PortalOrganization[]>;
  for (const p of data.participants) {
    const group = participantGroup(p.role);
    if (group && (p.endedOn === null || p.endedOn >= today)) participants[group].push(p.organization);
  }
  for (const g of participantGroups) participants[g] = uniqueOrganizations(participants[g]);

  const attendance = byKey(data.attendance, (a) => a.meetingId);
  const sessions = heldSessions(data)
    .sort((a, b) => (b.startedAt ?? b.startsAt).getTime() - (a.startedAt ?? a.startsAt).getTime())
    .map((m) => ({
      id: m.id,
      kind: m.kind,
      number: m.number,
      title: m.title,
      heldOn: heldOn(m),
      startsAt: iso(m.startsAt),
      closedAt: m.closedAt ? iso(m.closedAt) : null,
      attendingOrganizations: uniqueOrganizations((attendance.get(m.id) ?? []).map((a) => a.organization)),
    }));

  const meetings = new Map(data.meetings.map((m) => [m.id, m]));
  const decisions = byKey(data.decisions, (d) => d.meetingId);
  const minutes = data.minutes
    .flatMap((v) => {
      const m = meetings.get(v.meetingId);
      if (!m) return [];
      return [
        {
          id: v.id,
          meetingId: m.id,
          meetingNumber: m.number,
          meetingTitle: m.title,
          heldOn: heldOn(m),
          version: v.number,
          reason: v.reason,
          createdAt: iso(v.createdAt),
          organizationsPresent: uniqueOrganizations((attendance.get(m.id) ?? []).map((a) => a.organization))
            .length,
          decisions: (decisions.get(m.id) ?? [])
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
            .map((d) => ({ id: d.id, text: d.text, problemCode: codeOf(d.problemId) })),
        },
      ];
    })
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.version - a.version);

  const byEntity = byKey(data.commitments, (c) => c.organization.id);
  const entityCommitments = [...byEntity.values()]
    .map((list) => ({
      organization: list[0]!.organization,
      record: onTimeRecord(list, zone, today),
      commitments: [...list]
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
        .map((c) => ({
          id: c.id,
          text: c.text,
          dueOn: c.dueOn,
          status: c.status,
          onTime: completedOnTime(c, zone),
          problemCode: codeOf(c.problemId),
        })),
    }))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name));

  return {
    ...summarizeMesa(data),
    participants,
    sessions,
    problems: problemSummaries(data),
    achievements: achievementsOf(data),
    minutes,
    entityCommitments,
  };
}

/** One public problem with its history, or null when the Mesa has no public problem with that number. */
export function shapeProblem(data: PortalMesaData, number: number): PortalProblem | null {
  const summary = problemSummaries(data).find((p) => p.number === number);
  if (!summary) return null;
  const versions = data.solutionVersions.filter((v) => v.problemId === summary.id);
  const solutions = [...byKey(versions, (v) => v.solutionId).entries()].map(([id, list]) => ({
    id,
    instrument: list[0]!.instrument,
    versions: list.sort((a, b) => a.number - b.number).map(versionOf),
  }));
  const indicators = data.indicators.filter((i) => i.problemId === summary.id);
  const feedback = data.feedback
    .filter((f) => f.problemId === summary.id)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const documents = (data.documents ?? [])
    .filter((d) => d.problemId === summary.id)
    .map((d) => ({
      id: d.id,
      title: d.title,
      filename: d.filename,
      contentType: d.contentType,
      sizeBytes: d.sizeBytes,
      createdAt: d.createdAt,
    }));
  const lessons = (data.lessons ?? []).filter((l) => l.problemId === summary.id);
  const times = [
    new Date(summary.statusChangedAt).getTime(),
    ...documents.map((d) => d.createdAt.getTime()),
    ...lessons.map((l) => l.updatedAt.getTime()),
    data.problems.find((p) => p.id === summary.id)!.updatedAt.getTime(),
    ...versions.map((v) => v.createdAt.getTime()),
    ...indicators.map((i) => i.updatedAt.getTime()),
    ...feedback.map((f) => f.createdAt.getTime()),
  ];
  return {
    ...summary,
    mesa: { slug: data.mesa.slug, name: data.mesa.name },
    solutions,
    indicators: indicators.map(indicatorOf),
    feedback: feedback.map((f) => ({
      verdict: f.verdict,
      observedOn: f.observedOn,
      reportedOn: f.createdAt.toISOString().slice(0, 10),
    })),
    documents,
    lessons: lessons.map((l) => ({
      id: l.id,
      whatHappened: l.whatHappened,
      whatWasLearned: l.whatWasLearned,
      tags: l.tags,
      createdAt: iso(l.createdAt),
    })),
    lastModified: new Date(Math.max(...times)).toISOString(),
  };
}

/** What changed in public, newest first: status changes, sessions held, new problems, indicator updates. */
export function changesOf(data: PortalMesaData): PortalChange[] {
  const { slug, name } = data.mesa;
  const problems = new Map(data.problems.map((p) => [p.id, p]));
  const out: PortalChange[] = [];
  for (const p of data.problems) {
    out.push({
      id: `problem:${p.id}`,
      kind: 'problem',
      mesaSlug: slug,
      mesaName: name,
      problemCode: problemCode(p.number),
      title: p.title,
      detail: { status: p.status },
      at: iso(p.createdAt),
      path: problemPath(slug, p.number),
    });
  }
  for (const e of data.statusEvents) {
    const p = problems.get(e.problemId);
    if (!p || e.fromStatus === null) continue; // the first event is the problem's creation
    out.push({
      id: `status:${e.id}`,
      kind: 'status',
      mesaSlug: slug,
      mesaName: name,
      problemCode: problemCode(p.number),
      title: p.title,
      detail: { from: e.fromStatus, to: e.toStatus, reason: e.reason },
      at: iso(e.occurredAt),
      path: problemPath(slug, p.number),
    });
  }
  for (const m of heldSessions(data)) {
    out.push({
      id: `session:${m.id}`,
      kind: 'session',
      mesaSlug: slug,
      mesaName: name,
      problemCode: null,
      title: m.title,
      detail: { number: m.number, heldOn: heldOn(m) },
      at: iso(m.closedAt!),
      path: mesaPath(slug),
    });
  }
  for (const i of data.indicators) {
    const p = problems.get(i.problemId);
    if (!p) continue;
    out.push({
      id: `indicator:${i.id}:${i.updatedAt.getTime()}`,
      kind: 'indicator',
      mesaSlug: slug,
      mesaName: name,
      problemCode: problemCode(p.number),
      title: i.name,
      detail: {
        unit: i.unit,
        baseline: i.baselineValue,
        current: i.currentValue,
        target: i.targetValue,
        problemTitle: p.title,
      },
      at: iso(i.updatedAt),
      path: problemPath(slug, p.number),
    });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}
