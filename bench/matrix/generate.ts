/**
 * Builds a national-scale Matrix in a migrated database that already holds the demo data: Mesas,
 * problems with their responsible entities, status history, solutions and their versions, indicators,
 * field feedback, and a long hash-chained audit log. Rows go in with multi-row INSERT … SELECT FROM
 * json_populate_recordset batches (one parameter per batch), the same on PostgreSQL and on PGlite.
 * Search documents and audit hashes are computed exactly as the application computes them.
 */
import { randomUUID } from 'node:crypto';
import { headMac, macAuditRow } from '../../src/db/audit';
import { problemSearchDocument } from '../../src/domain/search-text';
import { AUDIT_KEY } from './process';
import {
  associations,
  feedbackText,
  indicator,
  problemText,
  publicEntities,
  type Random,
  randomSource,
  regions,
  revisionReason,
  sectors,
  solutionText,
  tagWords,
} from './vocabulary';

/** Anything with a node-postgres-like `query`: a pg Pool or Client, or a PGlite instance. */
export interface Executor {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface Targets {
  /** Mesas in total, the demo's included. */
  mesas: number;
  /** Problems in total, the demo's included. */
  problems: number;
  /** Problems of the large and of the small measured Mesa (both generated). */
  largeMesa: number;
  smallMesa: number;
  /** Solution versions in total, the demo's included. */
  solutionVersions: number;
  /** Audit events in total, the demo's included. */
  auditEvents: number;
}

export interface DataSet {
  largeMesaId: string;
  smallMesaId: string;
  counts: Record<string, number>;
  /** The fewest and the most problems of the other generated Mesas. */
  otherSizes: [number, number];
  /** Milliseconds spent on the rows of the Matrix and on the audit log. */
  matrixMs: number;
  auditMs: number;
}

type Row = Record<string, unknown>;

const DAY = 86_400_000;
const GENESIS = '0'.repeat(64);

/** Inserts rows (objects keyed by column name) in batches of `size`. */
export async function insertRows(exec: Executor, table: string, rows: Row[], size = 1000) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const list = columns.map((c) => `"${c}"`).join(', ');
  const text = `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`;
  for (let i = 0; i < rows.length; i += size) {
    await exec.query(text, [JSON.stringify(rows.slice(i, i + size))]);
  }
}

async function scalar<T>(exec: Executor, sql: string): Promise<T> {
  const { rows } = await exec.query(sql);
  return Object.values(rows[0] as Row)[0] as T;
}

async function column<T>(exec: Executor, sql: string): Promise<T[]> {
  const { rows } = await exec.query(sql);
  return rows.map((r) => Object.values(r as Row)[0] as T);
}

const statusPaths: Record<string, string[]> = {
  identified: [],
  prioritized: ['prioritized'],
  in_progress: ['prioritized', 'in_progress'],
  enacted: ['prioritized', 'in_progress', 'enacted'],
  verified: ['prioritized', 'in_progress', 'enacted', 'verified'],
  parked: ['parked'],
  dropped: ['prioritized', 'dropped'],
};
const statusWeights: [string, number][] = [
  ['identified', 0.22],
  ['prioritized', 0.18],
  ['in_progress', 0.22],
  ['enacted', 0.16],
  ['verified', 0.1],
  ['parked', 0.07],
  ['dropped', 0.05],
];
const instruments = [
  'law',
  'regulation',
  'procedure',
  'infrastructure',
  'entity',
  'program',
  'financing',
  'other',
];

function weighted(r: Random, weights: [string, number][]): string {
  let x = r.next();
  for (const [value, w] of weights) {
    x -= w;
    if (x < 0) return value;
  }
  return weights[weights.length - 1]![0];
}

/** Splits `total` over `n` buckets with random weights between 0.5 and 1.5. */
function spread(r: Random, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.5 + r.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) counts[i]!++;
  return counts;
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export async function generateDataSet(
  exec: Executor,
  targets: Targets,
  log: (line: string) => void,
): Promise<DataSet> {
  const r = randomSource(20_251_128);
  const started = performance.now();

  const existing = {
    mesas: Number(await scalar(exec, 'select count(*) from mesas')),
    problems: Number(await scalar(exec, 'select count(*) from problems')),
    versions: Number(await scalar(exec, 'select count(*) from solution_versions')),
    audit: Number(await scalar(exec, 'select count(*) from audit_events')),
  };
  const categoryIds = await column<string>(exec, 'select id from barrier_categories order by position');
  const users = (await exec.query('select id, email from users order by email')).rows as {
    id: string;
    email: string;
  }[];
  const peopleIds = await column<string>(exec, 'select id from people order by full_name');
  const admin = users.find((u) => u.email.startsWith('admin@'));
  if (!admin || !categoryIds.length || !peopleIds.length) {
    throw new Error('the demo data is missing (no admin account, categories or people)');
  }

  // Organizations: responsible public entities and private hosts.
  const now = Date.now();
  const orgRow = (name: string, acronym: string, kind: string) => ({
    id: randomUUID(),
    name,
    acronym,
    kind,
    level: 'national',
    created_at: iso(now),
    updated_at: iso(now),
  });
  const entityOrgs = publicEntities.map(([n, a]) => orgRow(`${n} (${a})`, a, 'public_entity'));
  const hostOrgs = associations.map(([n, a]) => orgRow(`${n} (${a})`, a, 'business_association'));
  await insertRows(exec, 'organizations', [...entityOrgs, ...hostOrgs]);

  // Mesas: the large and the small measured one first, then the rest.
  const newMesas = targets.mesas - existing.mesas;
  const newProblems = targets.problems - existing.problems;
  const rest = newProblems - targets.largeMesa - targets.smallMesa;
  if (newMesas < 3 || rest < newMesas - 2) throw new Error('targets too small for the demo already loaded');
  const sizes = [targets.largeMesa, targets.smallMesa, ...spread(r, rest, newMesas - 2)];
  const mesaRows: Row[] = [];
  const mesaMeta: { id: string; english: boolean; launched: number; size: number }[] = [];
  for (let i = 0; i < newMesas; i++) {
    const [sector, kind, stem] = sectors[i % sectors.length]!;
    const region = regions[(i * 7) % regions.length]!;
    const english = i % 10 === 7;
    const launched = Date.UTC(2016, 0, 1) + r.int(0, 6 * 365) * DAY;
    const id = randomUUID();
    mesaRows.push({
      id,
      slug: `bench-${stem
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
        .replace(/\s+/g, '-')}-${i + 1}`,
      name: english ? `Executive Working Group on ${stem} – ${region}` : `Mesa Ejecutiva ${stem} – ${region}`,
      kind,
      sector,
      description: `Mesa Ejecutiva del sector ${sector} con foco en ${region}.`,
      status: i % 9 === 8 ? 'paused' : 'active',
      host_organization_id: r.pick(hostOrgs).id,
      cadence: 'biweekly',
      visibility: i % 4 === 0 ? 'public' : 'members',
      locale: english ? 'en' : 'es',
      launched_on: day(launched),
      focus_limit: 4,
      version: 1,
      created_at: iso(launched),
      updated_at: iso(launched),
    });
    mesaMeta.push({ id, english, launched, size: sizes[i]! });
  }
  await insertRows(exec, 'mesas', mesaRows);

  // The Matrix rows.
  const problems: Row[] = [];
  const entities: Row[] = [];
  const statusEvents: Row[] = [];
  const solutions: Row[] = [];
  const versions: Row[] = [];
  const indicators: Row[] = [];
  const feedback: Row[] = [];
  /** Per problem, what the audit log tells about it. */
  const histories: {
    problem: Row;
    mesaId: string;
    entityIds: string[];
    solutions: Row[];
    versions: Row[];
    transitions: Row[];
    indicators: Row[];
    feedback: Row[];
  }[] = [];

  const newVersionsTarget = targets.solutionVersions - existing.versions;
  const solutionCounts: number[] = [];
  for (let i = 0; i < newProblems; i++) solutionCounts.push(r.pick([1, 2, 2, 2, 3]));
  const totalSolutions = solutionCounts.reduce((a, b) => a + b, 0);
  let revisionsLeft = newVersionsTarget - totalSolutions;
  if (revisionsLeft < 0) throw new Error('fewer solution versions than solutions requested');
  let solutionsLeft = totalSolutions;

  let problemIndex = 0;
  for (const mesa of mesaMeta) {
    for (let n = 1; n <= mesa.size; n++, problemIndex++) {
      const { title, description } = problemText(r, mesa.english);
      const created = mesa.launched + r.int(0, 3 * 365) * DAY + r.int(0, DAY - 1);
      const status = weighted(r, statusWeights);
      const path = statusPaths[status]!;
      const tags = r.some(tagWords, r.int(0, 3));
      const id = randomUUID();
      const entityIds = r.some(entityOrgs, r.int(1, 3)).map((o) => o.id as string);
      for (const organizationId of entityIds)
        entities.push({ problem_id: id, organization_id: organizationId });

      let when = created;
      const transitions: Row[] = [
        {
          id: randomUUID(),
          problem_id: id,
          from_status: null,
          to_status: 'identified',
          reason: null,
          occurred_at: iso(created),
          recorded_by: admin.id,
        },
      ];
      let from = 'identified';
      for (const to of path) {
        when += r.int(7, 120) * DAY;
        transitions.push({
          id: randomUUID(),
          problem_id: id,
          from_status: from,
          to_status: to,
          reason:
            to === 'parked' || to === 'dropped'
              ? 'La Mesa decidió enfocarse en otros cuellos de botella.'
              : null,
          occurred_at: iso(when),
          recorded_by: admin.id,
        });
        from = to;
      }
      statusEvents.push(...transitions);

      const mySolutions: Row[] = [];
      const myVersions: Row[] = [];
      const currentTexts: string[] = [];
      let updated = when;
      for (let s = 0; s < solutionCounts[problemIndex]!; s++) {
        // Revisions spread evenly over the solutions still to come.
        let count = 1;
        while (revisionsLeft > 0 && r.next() < revisionsLeft / solutionsLeft) {
          count++;
          revisionsLeft--;
          if (count >= 4) break;
        }
        solutionsLeft--;
        const solutionId = randomUUID();
        const proposed = created + r.int(1, 60) * DAY;
        let text = '';
        let revised = proposed;
        for (let v = 1; v <= count; v++) {
          if (v > 1) revised += r.int(14, 180) * DAY;
          text = solutionText(r, mesa.english);
          myVersions.push({
            id: randomUUID(),
            solution_id: solutionId,
            number: v,
            text,
            reason: v > 1 ? revisionReason(r) : null,
            revised_on: day(revised),
            revised_by: admin.id,
            created_at: iso(revised),
          });
        }
        currentTexts.push(text);
        updated = Math.max(updated, revised);
        mySolutions.push({
          id: solutionId,
          problem_id: id,
          instrument: r.pick(instruments),
          proposed_by_organization_id: r.chance(0.5) ? r.pick(hostOrgs).id : r.pick(entityOrgs).id,
          filter_flags: r.chance(0.08) ? ['declaratory'] : [],
          current_version: count,
          created_by: admin.id,
          created_at: iso(proposed),
          updated_at: iso(revised),
        });
      }
      solutions.push(...mySolutions);
      versions.push(...myVersions);

      const myIndicators: Row[] = [];
      if (r.chance(0.35)) {
        for (let k = r.int(1, 2); k > 0; k--) {
          const [name, unit, direction] = indicator(r);
          const baseline = r.int(10, 500);
          myIndicators.push({
            id: randomUUID(),
            problem_id: id,
            solution_id: mySolutions[0]!.id,
            name,
            unit,
            direction,
            baseline_value: baseline,
            baseline_on: day(created),
            target_value: direction === 'lower_is_better' ? Math.round(baseline / 2) : baseline * 2,
            current_value: status === 'enacted' || status === 'verified' ? r.int(5, 600) : null,
            current_on: status === 'enacted' || status === 'verified' ? day(when) : null,
            source: 'Registro administrativo de la entidad',
            created_at: iso(created + DAY),
            updated_at: iso(when),
          });
        }
      }
      indicators.push(...myIndicators);

      const myFeedback: Row[] = [];
      if (status === 'enacted' || status === 'verified') {
        for (let k = r.int(1, 3); k > 0; k--) {
          const at = when + r.int(1, 90) * DAY;
          myFeedback.push({
            id: randomUUID(),
            problem_id: id,
            person_id: r.pick(peopleIds),
            verdict: status === 'verified' ? 'works' : r.pick(['works', 'partly', 'not_applied']),
            text: feedbackText(r),
            observed_on: day(at),
            created_by: admin.id,
            created_at: iso(at),
          });
        }
      }
      feedback.push(...myFeedback);

      const problem: Row = {
        id,
        mesa_id: mesa.id,
        number: n,
        title,
        description,
        category_id: r.pick(categoryIds),
        owner_type: r.chance(0.8) ? 'MP' : 'YP',
        raised_by_person_id: r.chance(0.5) ? r.pick(peopleIds) : null,
        raised_by_organization_id: r.pick(hostOrgs).id,
        impact: r.int(1, 5),
        ease: r.int(1, 5),
        in_focus: n <= 3 && status !== 'parked' && status !== 'dropped',
        tags,
        visibility: r.chance(0.1) ? 'team' : r.chance(0.3) ? 'public' : 'members',
        status,
        status_reason: status === 'parked' || status === 'dropped' ? transitions.at(-1)!.reason : null,
        status_changed_at: iso(when),
        filter_flags: [],
        search_document: problemSearchDocument({ title, description, tags, solutionTexts: currentTexts }),
        version: 1,
        created_by: admin.id,
        created_at: iso(created),
        updated_at: iso(updated),
      };
      problems.push(problem);
      histories.push({
        problem,
        mesaId: mesa.id,
        entityIds,
        solutions: mySolutions,
        versions: myVersions,
        transitions: transitions.slice(1),
        indicators: myIndicators,
        feedback: myFeedback,
      });
    }
  }

  await insertRows(exec, 'problems', problems, 500);
  await insertRows(exec, 'problem_entities', entities, 5000);
  await insertRows(exec, 'problem_status_events', statusEvents, 5000);
  await insertRows(exec, 'solutions', solutions, 5000);
  await insertRows(exec, 'solution_versions', versions, 5000);
  await insertRows(exec, 'outcome_indicators', indicators, 5000);
  await insertRows(exec, 'field_feedback', feedback, 5000);
  const matrixMs = performance.now() - started;
  log(
    `  Matrix rows: ${problems.length} problems, ${versions.length} solution versions in ${(matrixMs / 1000).toFixed(1)} s`,
  );

  // The audit log, continuing the demo's chain: every generated record gets its event, then edits.
  const auditStarted = performance.now();
  const lastSeq = Number(await scalar(exec, 'select coalesce(max(seq), 0) from audit_events'));
  let prevHash =
    ((await exec.query('select hash from audit_events order by seq desc limit 1')).rows[0] as Row | undefined)
      ?.hash ?? GENESIS;
  const auditTotal = targets.auditEvents - existing.audit;
  const clockStart = Date.UTC(2017, 0, 1);
  const step = (Date.UTC(2025, 11, 31) - clockStart) / Math.max(1, auditTotal);
  let seq = lastSeq;
  let written = 0;
  let batch: Row[] = [];
  const actors = users.map((u) => ({ userId: u.id, label: u.email }));
  const flush = async () => {
    await insertRows(exec, 'audit_events', batch, batch.length);
    batch = [];
  };
  const emit = async (
    entityType: string,
    entityId: string,
    mesaId: string | null,
    action: string,
    before: unknown,
    after: unknown,
  ) => {
    if (written >= auditTotal) return;
    const actor = r.chance(0.7) ? actors.find((a) => a.userId === admin.id)! : r.pick(actors);
    const occurredAt = new Date(Math.floor(clockStart + written * step + r.next() * step * 0.9));
    const fields = {
      occurredAt,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      entityType,
      entityId,
      mesaId,
      action,
      before: before ?? null,
      after: after ?? null,
      prevHash: prevHash as string,
    };
    const requestId = randomUUID();
    const hash = macAuditRow(AUDIT_KEY, { ...fields, requestId });
    seq++;
    written++;
    batch.push({
      seq,
      occurred_at: occurredAt.toISOString(),
      actor_user_id: fields.actorUserId,
      actor_label: fields.actorLabel,
      entity_type: entityType,
      entity_id: entityId,
      mesa_id: mesaId,
      action,
      before: fields.before,
      after: fields.after,
      request_id: requestId,
      hash_version: 2,
      prev_hash: fields.prevHash,
      hash,
    });
    prevHash = hash;
    if (batch.length >= 5000) await flush();
  };

  const camel = (row: Row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k.replace(/_(\w)/g, (_, c) => c.toUpperCase()), v]),
    );
  for (const m of mesaRows) await emit('mesa', m.id as string, m.id as string, 'create', null, camel(m));
  for (const h of histories) {
    const p = h.problem;
    const id = p.id as string;
    const { search_document: _doc, ...shown } = p;
    await emit('problem', id, h.mesaId, 'create', null, { ...camel(shown), entityIds: h.entityIds });
    for (const s of h.solutions) {
      const first = h.versions.find((v) => v.solution_id === s.id && v.number === 1)!;
      await emit('solution', s.id as string, h.mesaId, 'create', null, { ...camel(s), text: first.text });
    }
    for (const v of h.versions.filter((v) => (v.number as number) > 1)) {
      await emit('solution', v.solution_id as string, h.mesaId, 'revise', null, {
        number: v.number,
        text: v.text,
        reason: v.reason,
      });
    }
    for (const t of h.transitions) {
      await emit(
        'problem',
        id,
        h.mesaId,
        'transition',
        { status: t.from_status, statusReason: null },
        { status: t.to_status, statusReason: t.reason, occurredAt: t.occurred_at },
      );
    }
    for (const i of h.indicators) await emit('indicator', i.id as string, h.mesaId, 'create', null, camel(i));
    for (const f of h.feedback)
      await emit('field_feedback', f.id as string, h.mesaId, 'create', null, camel(f));
  }
  // Edits fill the rest of the log: impact, ease, focus and tag changes over the years.
  while (written < auditTotal) {
    const h = r.pick(histories);
    const field = r.pick(['impact', 'ease', 'inFocus', 'tags']);
    const value =
      field === 'inFocus' ? r.chance(0.5) : field === 'tags' ? r.some(tagWords, r.int(0, 3)) : r.int(1, 5);
    await emit(
      'problem',
      h.problem.id as string,
      h.mesaId,
      'update',
      { [field]: h.problem[field === 'inFocus' ? 'in_focus' : field] },
      { [field]: value },
    );
  }
  await flush();
  await exec.query(`select setval(pg_get_serial_sequence('audit_events', 'seq'), ${seq})`);
  // The signed head follows the chain's new end, as every append moves it.
  await exec.query(
    `insert into audit_head (id, seq, hash, mac, updated_at) values (1, $1, $2, $3, now())
     on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, mac = excluded.mac, updated_at = now()`,
    [seq, prevHash, headMac(AUDIT_KEY, seq, prevHash as string)],
  );
  const auditMs = performance.now() - auditStarted;
  log(`  Audit log: ${written} events in ${(auditMs / 1000).toFixed(1)} s`);

  await exec.query('analyze');

  const counts: Record<string, number> = {};
  for (const table of [
    'organizations',
    'mesas',
    'problems',
    'problem_entities',
    'problem_status_events',
    'solutions',
    'solution_versions',
    'outcome_indicators',
    'field_feedback',
    'audit_events',
  ]) {
    counts[table] = Number(await scalar(exec, `select count(*) from ${table}`));
  }
  const others = sizes.slice(2);
  return {
    largeMesaId: mesaMeta[0]!.id,
    smallMesaId: mesaMeta[1]!.id,
    counts,
    otherSizes: [Math.min(...others), Math.max(...others)],
    matrixMs,
    auditMs,
  };
}
