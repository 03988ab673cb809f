import { type Column, getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as s from '../db/schema';

/**
 * Which tables a continuity archive holds, in the order an import writes them. One part per table,
 * `tables/<table>.json`, rows with the database's column names.
 *
 * - `scoped`: the Mesa's own records, found from the Mesa's id; every one gets a new id on import.
 * - `referenced`: records of the whole installation that the Mesa's records point at (organizations,
 *   people, barrier categories, checklist questions); on import they are matched to the target's
 *   records or created.
 * - `users`: the accounts named as authors, as a label (and an e-mail only with contacts): accounts are
 *   never created by an import.
 */
export interface ScopedTable {
  name: string;
  table: PgTable;
  /** The rows of this table that belong to the Mesa. */
  scope: (mesaId: string) => SQL;
  /** Columns written after every row exists (references that go round in a circle). */
  deferred?: string[];
}

const inMesa = (t: PgTable & { mesaId: Column }) => (m: string) => sql`${t.mesaId} = ${m}`;
const ofProblems = (c: Column) => (m: string) => sql`${c} in (select id from problems where mesa_id = ${m})`;
const ofMeetings = (c: Column) => (m: string) => sql`${c} in (select id from meetings where mesa_id = ${m})`;
const ofCommitments = (c: Column) => (m: string) =>
  sql`${c} in (select id from commitments where mesa_id = ${m})`;
const ofAssessments = (c: Column) => (m: string) =>
  sql`${c} in (select id from assessments where mesa_id = ${m})`;
const ofWheelRounds = (c: Column) => (m: string) =>
  sql`${c} in (select id from wheel_rounds where mesa_id = ${m})`;

export const scopedTables: ScopedTable[] = [
  { name: 'mesas', table: s.mesas, scope: (m) => sql`${s.mesas.id} = ${m}` },
  { name: 'mesa_events', table: s.mesaEvents, scope: inMesa(s.mesaEvents) },
  { name: 'participations', table: s.participations, scope: inMesa(s.participations) },
  { name: 'problems', table: s.problems, scope: inMesa(s.problems), deferred: ['field_alert_feedback_id'] },
  { name: 'problem_entities', table: s.problemEntities, scope: ofProblems(s.problemEntities.problemId) },
  {
    name: 'problem_status_events',
    table: s.problemStatusEvents,
    scope: ofProblems(s.problemStatusEvents.problemId),
  },
  { name: 'solutions', table: s.solutions, scope: ofProblems(s.solutions.problemId) },
  {
    name: 'solution_versions',
    table: s.solutionVersions,
    scope: (m) =>
      sql`${s.solutionVersions.solutionId} in (select s.id from solutions s join problems p on p.id = s.problem_id where p.mesa_id = ${m})`,
  },
  {
    name: 'outcome_indicators',
    table: s.outcomeIndicators,
    scope: ofProblems(s.outcomeIndicators.problemId),
  },
  { name: 'field_feedback', table: s.fieldFeedback, scope: ofProblems(s.fieldFeedback.problemId) },
  { name: 'meetings', table: s.meetings, scope: inMesa(s.meetings), deferred: ['current_agenda_item_id'] },
  { name: 'meeting_problems', table: s.meetingProblems, scope: ofMeetings(s.meetingProblems.meetingId) },
  {
    name: 'meeting_participants',
    table: s.meetingParticipants,
    scope: ofMeetings(s.meetingParticipants.meetingId),
  },
  { name: 'agenda_items', table: s.agendaItems, scope: ofMeetings(s.agendaItems.meetingId) },
  { name: 'decisions', table: s.decisions, scope: ofMeetings(s.decisions.meetingId) },
  { name: 'minutes_versions', table: s.minutesVersions, scope: ofMeetings(s.minutesVersions.meetingId) },
  { name: 'commitments', table: s.commitments, scope: inMesa(s.commitments) },
  {
    name: 'commitment_reports',
    table: s.commitmentReports,
    scope: ofCommitments(s.commitmentReports.commitmentId),
  },
  {
    name: 'commitment_due_changes',
    table: s.commitmentDueChanges,
    scope: ofCommitments(s.commitmentDueChanges.commitmentId),
  },
  // After every record a document may be attached to; its bytes travel base64-encoded in `content`.
  { name: 'documents', table: s.documents, scope: inMesa(s.documents) },
  { name: 'assessments', table: s.assessments, scope: inMesa(s.assessments) },
  {
    name: 'assessment_answers',
    table: s.assessmentAnswers,
    scope: ofAssessments(s.assessmentAnswers.assessmentId),
  },
  {
    name: 'assessment_meetings',
    table: s.assessmentMeetings,
    scope: ofAssessments(s.assessmentMeetings.assessmentId),
  },
  { name: 'escalations', table: s.escalations, scope: inMesa(s.escalations) },
  {
    name: 'escalation_events',
    table: s.escalationEvents,
    scope: (m) =>
      sql`${s.escalationEvents.escalationId} in (select id from escalations where mesa_id = ${m})`,
  },
  // Lessons, after the problems, sessions and escalations they draw on.
  { name: 'lessons', table: s.lessons, scope: inMesa(s.lessons) },
  {
    name: 'lesson_links',
    table: s.lessonLinks,
    scope: (m) => sql`${s.lessonLinks.lessonId} in (select id from lessons where mesa_id = ${m})`,
  },
  // The Evaluation Wheel: rounds, the questions as they asked them, who answered (never what), and the
  // scores with the respondent's group only, in the order of their random ids.
  { name: 'wheel_rounds', table: s.wheelRounds, scope: inMesa(s.wheelRounds) },
  {
    name: 'wheel_round_questions',
    table: s.wheelRoundQuestions,
    scope: ofWheelRounds(s.wheelRoundQuestions.roundId),
  },
  { name: 'wheel_respondents', table: s.wheelRespondents, scope: ofWheelRounds(s.wheelRespondents.roundId) },
  {
    name: 'wheel_scores',
    table: s.wheelScores,
    scope: (m) =>
      sql`${s.wheelScores.roundQuestionId} in (select q.id from wheel_round_questions q join wheel_rounds r on r.id = q.round_id where r.mesa_id = ${m})`,
  },
];

/** The installation's records a Mesa points at, matched (or created) on import. */
export const referencedTables = {
  organizations: s.organizations,
  people: s.people,
  barrier_categories: s.barrierCategories,
  assessment_questions: s.assessmentQuestions,
} as const satisfies Record<string, PgTable>;
export type ReferencedName = keyof typeof referencedTables;

/** The Mesa's audit events: archived as history, never written back into the target's chain. */
export const auditTable = { name: 'audit_events', table: s.auditEvents };

/**
 * Tables tied to a Mesa that an archive leaves out on purpose, and why. A table tied to a Mesa that
 * is neither archived nor listed here fails the archive's completeness test.
 */
export const leftOutTables: Record<string, string> = {
  commitment_tallies: 'derived: counted again by a trigger as the commitments are written',
  mail_outbox: 'messages queued for sending on this installation, with recipients’ addresses',
  field_feedback_links: 'secret links for one person, valid on this installation only until they expire',
  live_events: 'live notices of a meeting, kept one day for reconnecting screens',
  wheel_links:
    'secret personal links to answer a round of the Evaluation Wheel, valid on this installation only',
  matrix_views:
    'saved views of the Matrix: how the team likes to look at it here, with filters naming this installation’s records',
  follows: 'personal subscriptions of this installation’s accounts to problems and commitments',
  follow_changes: 'changes waiting to be mailed to the followers of this installation, then dropped',
};

/**
 * What format version 1 gained after its first archives were written: an archive written before may
 * lack these parts (read as no rows) and these columns (read as null, or the column's default). Each
 * new table part or column must be listed here, or old archives stop importing: a test imports an
 * archive of the first version (test/fixtures) and checks that every part and column it lacks is here.
 */
export const addedParts = [
  'documents',
  'wheel_rounds',
  'wheel_round_questions',
  'wheel_respondents',
  'wheel_scores',
  'lessons',
  'lesson_links',
] as const satisfies readonly string[];
export const addedColumns: Record<string, readonly string[]> = {
  solutions: ['agreed_on', 'drafted_on', 'norm_name', 'norm_number', 'norm_date', 'norm_url'],
};

/** Every part name, in the order an import writes them. */
export const tablePartNames = [
  ...Object.keys(referencedTables),
  'users',
  ...scopedTables.map((t) => t.name),
  auditTable.name,
];

export const tablePath = (name: string) => `tables/${name}.json`;
export const pdfPath = (minutesVersionId: string) => `minutes/${minutesVersionId}.pdf`;

// ── Columns and references, read from the schema ─────────────────────────────────────────────────

export interface ColumnInfo {
  /** The property name in the schema (what Drizzle reads and writes). */
  key: string;
  /** The database column name (what the archive uses). */
  name: string;
  column: Column;
}

/** The columns an archive carries: every one but those the database computes. */
export function columnsOf(table: PgTable): ColumnInfo[] {
  return Object.entries(getTableColumns(table))
    .filter(([, c]) => !(c as Column & { generated?: unknown }).generated)
    .map(([key, column]) => ({ key, name: column.name, column }));
}

/**
 * What each uuid column points at: the referenced table's name, from the schema's foreign keys, plus
 * the few plain uuid columns that name a record without a foreign key.
 */
const softReferences: Record<string, Record<string, string>> = {
  agenda_items: { commitment_id: 'commitments', feedback_id: 'field_feedback', escalation_id: 'escalations' },
  organizations: { parent_id: 'organizations' },
};

export function referencesOf(table: PgTable): Record<string, string> {
  const refs: Record<string, string> = { ...(softReferences[getTableName(table)] ?? {}) };
  for (const fk of getTableConfig(table).foreignKeys) {
    const r = fk.reference();
    if (r.columns.length === 1) refs[r.columns[0]!.name] = getTableName(r.foreignTable);
  }
  return refs;
}

/** The table every part name stands for (users and audit_events included). */
export function tableOfPart(name: string): PgTable {
  if (name === 'users') return s.users;
  if (name === auditTable.name) return auditTable.table;
  const referenced = (referencedTables as Record<string, PgTable>)[name];
  if (referenced) return referenced;
  const scoped = scopedTables.find((t) => t.name === name);
  if (!scoped) throw new Error(`no archive part ${name}`);
  return scoped.table;
}
