import { randomUUID } from 'node:crypto';
import { type Executor, insertRows } from '../matrix/generate';
import { feedbackText, problemText, randomSource, tagWords } from '../matrix/vocabulary';

export const ADMIN_EMAIL = 'admin@demo.mesas.local';
export const TIME_ZONE = 'America/Lima';
export const PROBLEMS = 200;
export const COMMITMENTS = 1000;
export const CLOSED_SESSIONS = 4;

// The data: a Mesa with 200 problems and 1,000 commitments, closed sessions with agendas, field
// feedback, the session whose agenda is generated, and a session in progress for the live stream.

type Row = Record<string, unknown>;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export interface SessionData {
  mesaId: string;
  /** The scheduled session whose agenda is not saved: its draft is generated per request. */
  agendaMeetingId: string;
  /** The session in progress whose event stream the clients listen to. */
  liveMeetingId: string;
  counts: Record<string, number>;
}

const statuses: [string, number][] = [
  ['identified', 0.2],
  ['prioritized', 0.2],
  ['in_progress', 0.25],
  ['enacted', 0.15],
  ['verified', 0.08],
  ['parked', 0.07],
  ['dropped', 0.05],
];

export async function generateSessionData(exec: Executor): Promise<SessionData> {
  const r = randomSource(20_260_311);
  const weighted = (weights: [string, number][]) => {
    let x = r.next();
    for (const [value, w] of weights) {
      x -= w;
      if (x < 0) return value;
    }
    return weights[weights.length - 1]![0];
  };
  const ids = async (sql: string) =>
    (await exec.query(sql)).rows.map((row) => Object.values(row as Row)[0] as string);
  const [adminId] = await ids(`select id from users where email = '${ADMIN_EMAIL}'`);
  const peopleIds = await ids('select id from people order by full_name');
  const categoryIds = await ids('select id from barrier_categories order by position');
  const allOrgs = await ids('select id from organizations order by name');
  const entityOrgs = await ids(`select id from organizations where kind = 'public_entity' order by name`);
  const entities = entityOrgs.length ? entityOrgs : allOrgs;
  if (!adminId || !peopleIds.length || !categoryIds.length || !allOrgs.length) {
    throw new Error('the demo data is missing (no admin account, people, categories or organizations)');
  }
  const now = Date.now();
  const launched = now - 2 * 365 * DAY;
  const stamps = (ms: number) => ({ created_at: iso(ms), updated_at: iso(ms) });

  const mesaId = randomUUID();
  await insertRows(exec, 'mesas', [
    {
      id: mesaId,
      slug: 'bench-sesiones',
      name: 'Mesa Ejecutiva de Sesiones – Benchmark',
      kind: 'sector',
      sector: 'Agroexportación',
      description: 'Mesa Ejecutiva generada para medir la agenda y las sesiones en vivo.',
      status: 'active',
      host_organization_id: allOrgs[0],
      cadence: 'biweekly',
      cadence_days: null,
      visibility: 'members',
      locale: 'es',
      launched_on: day(launched),
      focus_limit: 4,
      version: 1,
      ...stamps(launched),
    },
  ]);

  // Closed sessions every two weeks up to two weeks ago; then the session in progress (now) and the
  // next one (in two weeks), whose agenda is generated.
  const meetingRow = (number: number, startsAt: number, state: string): Row => ({
    id: randomUUID(),
    mesa_id: mesaId,
    kind: 'session',
    number,
    title: '',
    starts_at: iso(startsAt),
    ends_at: iso(startsAt + 2 * 3_600_000),
    time_zone: TIME_ZONE,
    place: 'Sala de sesiones',
    online_url: null,
    public_sector_only: false,
    visibility: 'members',
    state,
    moderator_person_id: peopleIds[0],
    notes: '',
    started_at: state === 'scheduled' ? null : iso(startsAt),
    closed_at: state === 'closed' ? iso(startsAt + 2 * 3_600_000) : null,
    version: 1,
    created_by: adminId,
    ...stamps(startsAt - 14 * DAY),
  });
  const closed = Array.from({ length: CLOSED_SESSIONS }, (_, i) =>
    meetingRow(i + 1, now - (CLOSED_SESSIONS - i) * 14 * DAY, 'closed'),
  );
  const live = meetingRow(CLOSED_SESSIONS + 1, now - 30 * 60_000, 'in_progress');
  const next = meetingRow(CLOSED_SESSIONS + 2, now + 14 * DAY, 'scheduled');
  await insertRows(exec, 'meetings', [...closed, live, next]);
  const firstClosedAt = now - CLOSED_SESSIONS * 14 * DAY;

  // Problems: varied statuses, four in focus; the first 20 have not changed since before the first
  // closed session (circling candidates), the rest changed at random times.
  const problems: Row[] = [];
  const problemEntities: Row[] = [];
  for (let n = 1; n <= PROBLEMS; n++) {
    const { title, description } = problemText(r, false);
    const created = launched + r.int(0, 600) * DAY;
    const status = n <= 20 ? r.pick(['prioritized', 'in_progress']) : weighted(statuses);
    const changed = n <= 20 ? firstClosedAt - r.int(5, 60) * DAY : r.int(created, now - DAY);
    const id = randomUUID();
    for (const organizationId of r.some(entities, r.int(1, 2)))
      problemEntities.push({ problem_id: id, organization_id: organizationId });
    problems.push({
      id,
      mesa_id: mesaId,
      number: n,
      title,
      description,
      category_id: r.pick(categoryIds),
      owner_type: r.chance(0.8) ? 'MP' : 'YP',
      raised_by_person_id: r.chance(0.5) ? r.pick(peopleIds) : null,
      raised_by_organization_id: r.pick(allOrgs),
      impact: r.int(1, 5),
      ease: r.int(1, 5),
      in_focus: n > 20 && n <= 24,
      tags: r.some(tagWords, r.int(0, 3)),
      visibility: r.chance(0.1) ? 'team' : r.chance(0.3) ? 'public' : 'members',
      status,
      status_reason: status === 'parked' || status === 'dropped' ? 'La Mesa priorizó otros problemas.' : null,
      status_changed_at: iso(Math.min(changed, now - DAY)),
      filter_flags: [],
      search_document: `${title} ${description}`.toLowerCase(),
      dismissed_flags: [],
      version: 1,
      created_by: adminId,
      created_at: iso(created),
      updated_at: iso(Math.max(created, Math.min(changed, now - DAY))),
    });
  }
  await insertRows(exec, 'problems', problems, 500);
  await insertRows(exec, 'problem_entities', problemEntities, 5000);

  // Agendas of the closed sessions: the 20 circling candidates on all of them, plus others.
  const agendaItems: Row[] = [];
  for (const session of closed) {
    const onAgenda = [...problems.slice(0, 20), ...r.some(problems.slice(20), 15)];
    onAgenda.forEach((p, position) => {
      const at = Date.parse(session.starts_at as string);
      agendaItems.push({
        id: randomUUID(),
        meeting_id: session.id,
        position,
        kind: position < 20 ? 'focus_problem' : 'new_problem',
        key: `problem:${p.id}`,
        title: p.title,
        problem_id: p.id,
        commitment_id: null,
        feedback_id: null,
        escalation_id: null,
        minutes: 5,
        notes: r.chance(0.3) ? 'Se revisó el avance con las entidades.' : '',
        discussed_at: iso(at + position * 60_000),
        ...stamps(at),
      });
    });
  }
  await insertRows(exec, 'agenda_items', agendaItems, 2000);

  // Commitments on the problems (not on the circling candidates, so that they keep circling): open,
  // done and cancelled, due dates from two months ago to two months ahead (overdue, due, later).
  const commitments: Row[] = [];
  const counted = { open: 0, done: 0, cancelled: 0, overdue: 0 };
  for (let i = 0; i < COMMITMENTS; i++) {
    const problem = problems[20 + (i % (PROBLEMS - 20))]!;
    const due = now + r.int(-60, 60) * DAY;
    const status = weighted([
      ['open', 0.6],
      ['done', 0.3],
      ['cancelled', 0.1],
    ]) as keyof typeof counted;
    counted[status]++;
    if (status === 'open' && due < now - DAY) counted.overdue++;
    const created = due - r.int(14, 90) * DAY;
    const session = r.pick(closed);
    commitments.push({
      id: randomUUID(),
      mesa_id: mesaId,
      person_id: r.pick(peopleIds),
      organization_id: r.pick(entities),
      text: `Presentar el informe de avance ${i + 1} sobre ${String(problem.title).slice(0, 60)}`,
      due_on: day(due),
      problem_id: problem.id,
      solution_id: null,
      meeting_id: session.id,
      status,
      status_reason: status === 'cancelled' ? 'Ya no es necesario.' : null,
      completed_at: status === 'done' ? iso(Math.min(now - 3_600_000, due + r.int(-10, 5) * DAY)) : null,
      visibility: r.chance(0.1) ? 'team' : 'members',
      version: 1,
      created_by: adminId,
      ...stamps(Math.min(created, now - DAY)),
    });
  }
  await insertRows(exec, 'commitments', commitments, 1000);

  // Field feedback over the last three months: some of it since the last closed session.
  const feedback: Row[] = [];
  for (let i = 0; i < 150; i++) {
    const at = now - r.int(1, 90 * 24) * 3_600_000;
    feedback.push({
      id: randomUUID(),
      problem_id: r.pick(problems).id,
      person_id: r.pick(peopleIds),
      verdict: r.pick(['works', 'partly', 'not_applied']),
      text: feedbackText(r),
      observed_on: day(at),
      created_by: adminId,
      created_at: iso(at),
    });
  }
  await insertRows(exec, 'field_feedback', feedback, 1000);

  return {
    mesaId,
    agendaMeetingId: next.id as string,
    liveMeetingId: live.id as string,
    counts: {
      problems: problems.length,
      inFocus: 4,
      commitments: commitments.length,
      ...counted,
      closedSessions: closed.length,
      closedAgendaItems: agendaItems.length,
      feedback: feedback.length,
    },
  };
}
