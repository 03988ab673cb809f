import { meetingKinds } from '../domain/meetings';
import { mesaKinds, mesaStatuses } from '../domain/mesa-lifecycle';
import { problemStatuses } from '../domain/problem-status';
import { solutionInstruments } from '../domain/solutions';
import {
  mesaPath,
  type PortalMesa,
  type PortalMesaData,
  type PortalOrganization,
  participantGroups,
  problemCode,
  problemPath,
  publicDocumentPath,
} from '../portal/read';

/**
 * The open data as tables: every published Mesa's public records, one row per record, described by a
 * Table Schema (https://specs.frictionlessdata.io/table-schema/). Pure: the rows come from what the
 * portal reads return (src/portal/read.ts), which hold public records only.
 */

export const openDataTables = [
  'mesas',
  'organizations',
  'participating_organizations',
  'sessions',
  'session_attendance',
  'problems',
  'problem_entities',
  'status_events',
  'solutions',
  'indicators',
  'commitments',
  'documents',
] as const;
export type OpenDataTable = (typeof openDataTables)[number];

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface TableField {
  name: string;
  type: FieldType;
  format?: 'uuid' | 'uri';
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
  };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: OpenDataTable; fields: string[] };
}

export interface TableDefinition {
  name: OpenDataTable;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

// ── Field helpers ─────────────────────────────────────────────────────────────────────────────────

const id = (name = 'id'): TableField => ({
  name,
  type: 'string',
  format: 'uuid',
  constraints: { required: true, ...(name === 'id' ? { unique: true } : {}) },
});
const ref = (name: string, required = true): TableField => ({
  name,
  type: 'string',
  format: 'uuid',
  ...(required ? { constraints: { required: true } } : {}),
});
const text = (name: string, required = false): TableField => ({
  name,
  type: 'string',
  ...(required ? { constraints: { required: true } } : {}),
});
const oneOf = (name: string, values: readonly string[], required = true): TableField => ({
  name,
  type: 'string',
  constraints: { ...(required ? { required: true } : {}), enum: values },
});
const typed = (name: string, type: FieldType, required = false): TableField => ({
  name,
  type,
  ...(required ? { constraints: { required: true } } : {}),
});
const url = (name: string): TableField => ({
  name,
  type: 'string',
  format: 'uri',
  constraints: { required: true },
});
const fk = (field: string, resource: OpenDataTable, target = 'id'): ForeignKey => ({
  fields: [field],
  reference: { resource, fields: [target] },
});

const commitmentStatuses = ['open', 'done', 'cancelled'] as const;
/** The open-data tables a document's record is a row of. */
const documentRecordKinds = ['problem', 'solution', 'session', 'commitment'] as const;
type DocumentRecordKind = (typeof documentRecordKinds)[number];
const indicatorDirections = ['lower_is_better', 'higher_is_better'] as const;

/** Each table's columns, keys and references, in the order its CSV writes them. */
export const tableDefinitions: Record<OpenDataTable, TableDefinition> = {
  mesas: {
    name: 'mesas',
    fields: [
      id(),
      { name: 'slug', type: 'string', constraints: { required: true, unique: true } },
      text('name', true),
      oneOf('kind', mesaKinds),
      text('sector', true),
      text('description'),
      oneOf('status', mesaStatuses),
      ref('host_organization_id'),
      typed('launched_on', 'date'),
      typed('published_at', 'datetime'),
      typed('last_modified', 'datetime', true),
      typed('sessions_held', 'integer', true),
      typed('public_problems', 'integer', true),
      typed('problems_solved', 'integer', true),
      url('portal_url'),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('host_organization_id', 'organizations')],
  },
  organizations: {
    name: 'organizations',
    fields: [id(), text('name', true), text('acronym')],
    primaryKey: ['id'],
    foreignKeys: [],
  },
  participating_organizations: {
    name: 'participating_organizations',
    fields: [ref('mesa_id'), ref('organization_id'), oneOf('group', participantGroups)],
    primaryKey: ['mesa_id', 'organization_id', 'group'],
    foreignKeys: [fk('mesa_id', 'mesas'), fk('organization_id', 'organizations')],
  },
  sessions: {
    name: 'sessions',
    fields: [
      id(),
      ref('mesa_id'),
      oneOf('kind', meetingKinds),
      typed('number', 'integer'),
      text('title'),
      typed('held_on', 'date', true),
      typed('starts_at', 'datetime', true),
      typed('closed_at', 'datetime'),
      typed('attending_organizations', 'integer', true),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('mesa_id', 'mesas')],
  },
  session_attendance: {
    name: 'session_attendance',
    fields: [ref('session_id'), ref('organization_id')],
    primaryKey: ['session_id', 'organization_id'],
    foreignKeys: [fk('session_id', 'sessions'), fk('organization_id', 'organizations')],
  },
  problems: {
    name: 'problems',
    fields: [
      id(),
      ref('mesa_id'),
      text('code', true),
      typed('number', 'integer', true),
      text('title', true),
      text('description'),
      oneOf('status', problemStatuses),
      typed('status_changed_at', 'datetime', true),
      text('category_key'),
      text('category_es'),
      text('category_en'),
      typed('created_at', 'datetime', true),
      url('portal_url'),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('mesa_id', 'mesas')],
  },
  problem_entities: {
    name: 'problem_entities',
    fields: [ref('problem_id'), ref('organization_id')],
    primaryKey: ['problem_id', 'organization_id'],
    foreignKeys: [fk('problem_id', 'problems'), fk('organization_id', 'organizations')],
  },
  status_events: {
    name: 'status_events',
    fields: [
      id(),
      ref('problem_id'),
      oneOf('from_status', problemStatuses, false),
      oneOf('to_status', problemStatuses),
      text('reason'),
      typed('occurred_at', 'datetime', true),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('problem_id', 'problems')],
  },
  solutions: {
    name: 'solutions',
    fields: [
      id(),
      ref('problem_id'),
      oneOf('instrument', solutionInstruments),
      typed('version', 'integer', true),
      text('text', true),
      text('reason'),
      typed('revised_on', 'date'),
      typed('written_at', 'datetime', true),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('problem_id', 'problems')],
  },
  indicators: {
    name: 'indicators',
    fields: [
      id(),
      ref('problem_id'),
      text('name', true),
      text('unit', true),
      oneOf('direction', indicatorDirections),
      typed('baseline_value', 'number'),
      typed('baseline_on', 'date'),
      typed('current_value', 'number'),
      typed('current_on', 'date'),
      typed('target_value', 'number'),
      text('source'),
      typed('updated_at', 'datetime', true),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('problem_id', 'problems')],
  },
  commitments: {
    name: 'commitments',
    fields: [
      id(),
      ref('mesa_id'),
      ref('organization_id'),
      ref('problem_id', false),
      text('text', true),
      typed('due_on', 'date', true),
      typed('original_due_on', 'date'),
      oneOf('status', commitmentStatuses),
      typed('completed_at', 'datetime'),
      typed('on_time', 'boolean'),
    ],
    primaryKey: ['id'],
    foreignKeys: [
      fk('mesa_id', 'mesas'),
      fk('organization_id', 'organizations'),
      fk('problem_id', 'problems'),
    ],
  },
  documents: {
    name: 'documents',
    fields: [
      id(),
      ref('mesa_id'),
      oneOf('record_kind', documentRecordKinds),
      ref('problem_id', false),
      text('problem_code'),
      ref('solution_id', false),
      typed('solution_version', 'integer'),
      ref('session_id', false),
      ref('commitment_id', false),
      text('title', true),
      text('filename', true),
      text('content_type', true),
      { name: 'size_bytes', type: 'integer', constraints: { required: true, minimum: 1 } },
      { name: 'sha256', type: 'string', constraints: { required: true, pattern: '[0-9a-f]{64}' } },
      typed('created_at', 'datetime', true),
      url('download_url'),
    ],
    primaryKey: ['id'],
    foreignKeys: [
      fk('mesa_id', 'mesas'),
      fk('problem_id', 'problems'),
      fk('solution_id', 'solutions'),
      fk('session_id', 'sessions'),
      fk('commitment_id', 'commitments'),
    ],
  },
};

// ── Rows ──────────────────────────────────────────────────────────────────────────────────────────

/** One published Mesa as the portal reads return it: the raw public records and the shaped page. */
export interface OpenDataMesa {
  data: PortalMesaData;
  page: PortalMesa;
}

/**
 * An instant as Table Schema's default `datetime` format reads it (`YYYY-MM-DDThh:mm:ssZ`, UTC, whole
 * seconds).
 */
export function datetimeCell(value: Date | string | null): string | null {
  if (value === null) return null;
  const date = typeof value === 'string' ? new Date(value) : value;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const byText = (key: (r: Row) => Cell) => (a: Row, b: Row) => String(key(a)).localeCompare(String(key(b)));

/**
 * Every table's rows for these published Mesas. `absolute` turns a portal path into the address people
 * open. Only what the portal reads returned is written, and a reference to a record they did not return
 * (a commitment's non-public problem) is left empty.
 */
export function openDataRows(
  mesas: readonly OpenDataMesa[],
  absolute: (path: string) => string,
): Record<OpenDataTable, Row[]> {
  const out = Object.fromEntries(openDataTables.map((t) => [t, [] as Row[]])) as Record<OpenDataTable, Row[]>;
  const organizations = new Map<string, PortalOrganization>();
  const org = (o: PortalOrganization) => {
    if (!organizations.has(o.id)) organizations.set(o.id, o);
    return o.id;
  };

  for (const { data, page } of [...mesas].sort((a, b) => a.data.mesa.slug.localeCompare(b.data.mesa.slug))) {
    const m = data.mesa;
    out.mesas.push({
      id: m.id,
      slug: m.slug,
      name: m.name,
      kind: m.kind,
      sector: m.sector,
      description: m.description,
      status: m.status,
      host_organization_id: org(m.host),
      launched_on: m.launchedOn,
      published_at: datetimeCell(m.publishedAt),
      last_modified: datetimeCell(page.lastModified),
      sessions_held: page.sessionsHeld,
      public_problems: page.problemCount,
      problems_solved: page.problemsSolved,
      portal_url: absolute(mesaPath(m.slug)),
    });

    for (const group of participantGroups) {
      for (const o of page.participants[group]) {
        out.participating_organizations.push({ mesa_id: m.id, organization_id: org(o), group });
      }
    }

    for (const s of page.sessions) {
      out.sessions.push({
        id: s.id,
        mesa_id: m.id,
        kind: s.kind,
        number: s.number,
        title: s.title,
        held_on: s.heldOn,
        starts_at: datetimeCell(s.startsAt),
        closed_at: datetimeCell(s.closedAt),
        attending_organizations: s.attendingOrganizations.length,
      });
      for (const o of s.attendingOrganizations) {
        out.session_attendance.push({ session_id: s.id, organization_id: org(o) });
      }
    }

    const publicProblems = new Set(data.problems.map((p) => p.id));
    for (const p of [...data.problems].sort((a, b) => a.number - b.number)) {
      out.problems.push({
        id: p.id,
        mesa_id: m.id,
        code: problemCode(p.number),
        number: p.number,
        title: p.title,
        description: p.description,
        status: p.status,
        status_changed_at: datetimeCell(p.statusChangedAt),
        category_key: p.category?.key ?? null,
        category_es: p.category?.nameEs ?? null,
        category_en: p.category?.nameEn ?? null,
        created_at: datetimeCell(p.createdAt),
        portal_url: absolute(problemPath(m.slug, p.number)),
      });
    }
    const entityPairs = new Set<string>();
    for (const e of data.entities) {
      const key = `${e.problemId}:${e.organization.id}`;
      if (!publicProblems.has(e.problemId) || entityPairs.has(key)) continue;
      entityPairs.add(key);
      out.problem_entities.push({ problem_id: e.problemId, organization_id: org(e.organization) });
    }
    for (const e of data.statusEvents) {
      if (!publicProblems.has(e.problemId)) continue;
      out.status_events.push({
        id: e.id,
        problem_id: e.problemId,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        reason: e.reason,
        occurred_at: datetimeCell(e.occurredAt),
      });
    }
    for (const v of data.solutionVersions) {
      if (!v.current || !publicProblems.has(v.problemId)) continue;
      out.solutions.push({
        id: v.solutionId,
        problem_id: v.problemId,
        instrument: v.instrument,
        version: v.number,
        text: v.text,
        reason: v.reason,
        revised_on: v.revisedOn,
        written_at: datetimeCell(v.createdAt),
      });
    }
    for (const i of data.indicators) {
      if (!publicProblems.has(i.problemId)) continue;
      out.indicators.push({
        id: i.id,
        problem_id: i.problemId,
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        baseline_value: i.baselineValue,
        baseline_on: i.baselineOn,
        current_value: i.currentValue,
        current_on: i.currentOn,
        target_value: i.targetValue,
        source: i.source,
        updated_at: datetimeCell(i.updatedAt),
      });
    }
    const onTime = new Map(
      page.entityCommitments.flatMap((e) => e.commitments.map((c) => [c.id, c.onTime] as const)),
    );
    for (const c of data.commitments) {
      out.commitments.push({
        id: c.id,
        mesa_id: m.id,
        organization_id: org(c.organization),
        problem_id: c.problemId !== null && publicProblems.has(c.problemId) ? c.problemId : null,
        text: c.text,
        due_on: c.dueOn,
        original_due_on: c.originalDueOn,
        status: c.status,
        completed_at: datetimeCell(c.completedAt),
        on_time: onTime.get(c.id) ?? null,
      });
    }
    out.documents.push(...documentRows(data, page, absolute));
  }

  out.organizations = [...organizations.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((o) => ({ id: o.id, name: o.name, acronym: o.acronym }));
  out.sessions.sort(byText((r) => `${r.mesa_id} ${r.held_on} ${r.id}`));
  out.status_events.sort(byText((r) => `${r.occurred_at} ${r.id}`));
  out.solutions.sort(byText((r) => `${r.problem_id} ${r.id}`));
  out.indicators.sort(byText((r) => `${r.problem_id} ${r.name} ${r.id}`));
  out.commitments.sort(byText((r) => `${r.mesa_id} ${r.due_on} ${r.id}`));
  out.documents.sort(byText((r) => `${r.mesa_id} ${r.created_at} ${r.id}`));
  return out;
}

/**
 * A published Mesa's public documents, each with the record it is attached to, when that record is a
 * row of the open data too (a public problem or its solution, a held session, a listed commitment).
 */
function documentRows(data: PortalMesaData, page: PortalMesa, absolute: (path: string) => string): Row[] {
  const problems = new Map(data.problems.map((p) => [p.id, p]));
  const solutions = new Set(data.solutionVersions.map((v) => v.solutionId));
  const sessions = new Set(page.sessions.map((s) => s.id));
  const commitments = new Set(data.commitments.map((c) => c.id));
  const rows: Row[] = [];
  for (const d of data.documents ?? []) {
    const problem = d.problemId === null ? undefined : problems.get(d.problemId);
    const kindOf = (): DocumentRecordKind | null => {
      if (d.solutionId) return problem && solutions.has(d.solutionId) ? 'solution' : null;
      if (d.problemId) return problem ? 'problem' : null;
      if (d.meetingId) return sessions.has(d.meetingId) ? 'session' : null;
      if (d.commitmentId) return commitments.has(d.commitmentId) ? 'commitment' : null;
      return null;
    };
    const kind = kindOf();
    if (!kind) continue;
    rows.push({
      id: d.id,
      mesa_id: data.mesa.id,
      record_kind: kind,
      problem_id: problem?.id ?? null,
      problem_code: problem ? problemCode(problem.number) : null,
      solution_id: kind === 'solution' ? d.solutionId : null,
      solution_version: kind === 'solution' ? d.solutionVersion : null,
      session_id: kind === 'session' ? d.meetingId : null,
      commitment_id: kind === 'commitment' ? d.commitmentId : null,
      title: d.title,
      filename: d.filename,
      content_type: d.contentType,
      size_bytes: d.sizeBytes,
      sha256: d.sha256,
      created_at: datetimeCell(d.createdAt),
      download_url: absolute(publicDocumentPath(d.id)),
    });
  }
  return rows;
}
