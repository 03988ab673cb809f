/**
 * Adds to the national-scale Matrix of bench/matrix/generate.ts what the portfolio and the dashboards
 * read: for every generated Mesa its dedicated team (25 team members shared among the 60 Mesas) and
 * its participants (public and private representatives), 3,000 meetings (mostly closed sessions at
 * the Mesa's cadence, with agendas), 50,000 attendance rows, 60,000 commitments (done on time, late,
 * open, overdue, cancelled), recent status changes into enacted and verified, and open and decided
 * escalations. Rows go in with the same multi-row inserts as the Matrix.
 */
import { randomUUID } from 'node:crypto';
import { type Executor, insertRows } from '../matrix/generate';
import { randomSource } from '../matrix/vocabulary';

type Row = Record<string, unknown>;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export interface PortfolioTargets {
  meetings: number;
  attendance: number;
  commitments: number;
  /** Status changes into enacted or verified over the last two years. */
  recentStatusEvents: number;
  escalations: number;
  teamMembers: number;
}

export const PORTFOLIO_TARGETS: PortfolioTargets = {
  meetings: 3_000,
  attendance: 50_000,
  commitments: 60_000,
  recentStatusEvents: 3_000,
  escalations: 600,
  teamMembers: 25,
};

/** Splits `total` evenly over `n` buckets (the first ones get the remainder). */
const even = (total: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0));

export async function generatePortfolioData(
  exec: Executor,
  mesaIds: readonly string[],
  targets: PortfolioTargets = PORTFOLIO_TARGETS,
): Promise<Record<string, number>> {
  const r = randomSource(20_261_128);
  const rows = async (sql: string, params: unknown[] = []) => (await exec.query(sql, params)).rows as Row[];
  const [admin] = await rows(`select id from users where email like 'admin@%' limit 1`);
  const publicOrgs = (await rows(`select id from organizations where kind = 'public_entity'`)).map(
    (o) => o.id as string,
  );
  const privateOrgs = (await rows(`select id from organizations where kind <> 'public_entity'`)).map(
    (o) => o.id as string,
  );
  const mesas = await rows(
    `select id, cadence, launched_on::text as launched_on from mesas where id = any($1::uuid[])`,
    [[...mesaIds]],
  );
  const problemsByMesa = new Map<string, { id: string; status: string }[]>();
  for (const p of await rows(`select id, mesa_id, status from problems where mesa_id = any($1::uuid[])`, [
    [...mesaIds],
  ])) {
    const list = problemsByMesa.get(p.mesa_id as string) ?? [];
    list.push({ id: p.id as string, status: p.status as string });
    problemsByMesa.set(p.mesa_id as string, list);
  }
  const now = Date.now();

  // People: the dedicated-team members, and 20 representatives per Mesa.
  const people: Row[] = [];
  const person = (name: string, organizationId: string | null) => {
    const id = randomUUID();
    people.push({
      id,
      full_name: name,
      organization_id: organizationId,
      created_at: iso(now),
      updated_at: iso(now),
    });
    return id;
  };
  const team = Array.from({ length: targets.teamMembers }, (_, i) =>
    person(`Integrante del equipo ${i + 1}`, null),
  );
  const participations: Row[] = [];
  const participation = (
    mesaId: string,
    personId: string,
    role: string,
    designatedById: string | null = null,
  ) =>
    participations.push({
      id: randomUUID(),
      mesa_id: mesaId,
      person_id: personId,
      role,
      designated_by_id: designatedById,
      started_on: null,
      ended_on: null,
      created_at: iso(now),
      updated_at: iso(now),
    });
  const participantsByMesa = new Map<string, { personId: string; organizationId: string }[]>();
  mesas.forEach((mesa, i) => {
    const mesaId = mesa.id as string;
    // Two or three team members each, a moderator among them; some carry several Mesas.
    const members = r.some(team, r.int(2, 3));
    members.forEach((m, k) => {
      participation(mesaId, m, k === 0 ? 'moderator' : 'team');
    });
    const list: { personId: string; organizationId: string }[] = [];
    for (let k = 0; k < 20; k++) {
      const isPrivate = k < 10;
      const organizationId = isPrivate ? r.pick(privateOrgs) : r.pick(publicOrgs);
      const personId = person(`Representante ${i + 1}-${k + 1}`, organizationId);
      participation(mesaId, personId, isPrivate ? 'private_rep' : 'public_rep');
      list.push({ personId, organizationId });
    }
    participantsByMesa.set(mesaId, list);
  });
  await insertRows(exec, 'people', people, 2000);
  await insertRows(exec, 'participations', participations, 2000);

  // Meetings: sessions back from today at the Mesa's cadence (closed), two scheduled ahead, and some
  // inter-sessional meetings; attendance of the Mesa's participants; four agenda items per session.
  const meetings: Row[] = [];
  const attendance: Row[] = [];
  const agenda: Row[] = [];
  const perMesa = even(targets.meetings, mesas.length);
  const attendancePerMeeting = targets.attendance / targets.meetings;
  const sessionsByMesa = new Map<string, string[]>();
  mesas.forEach((mesa, i) => {
    const mesaId = mesa.id as string;
    const interval = mesa.cadence === 'weekly' ? 7 : 14;
    const count = perMesa[i]!;
    const problems = problemsByMesa.get(mesaId) ?? [];
    const participants = participantsByMesa.get(mesaId)!;
    const sessions: string[] = [];
    let number = 0;
    for (let k = count - 1; k >= 0; k--) {
      const id = randomUUID();
      const scheduled = k < 2;
      const intersessional = !scheduled && k % 6 === 5;
      const start = scheduled
        ? now + (k + 1) * interval * DAY
        : now - (k - 1) * interval * DAY - r.int(0, 2) * DAY - 3 * 3600_000;
      const kind = intersessional ? 'intersessional' : 'session';
      meetings.push({
        id,
        mesa_id: mesaId,
        kind,
        number: kind === 'session' ? ++number : null,
        title: kind === 'session' ? `Sesión ${number}` : 'Reunión intersesional',
        starts_at: iso(start),
        ends_at: iso(start + 2 * 3600_000),
        time_zone: 'America/Lima',
        place: 'Lima',
        public_sector_only: intersessional && r.chance(0.5),
        visibility: 'members',
        state: scheduled ? 'scheduled' : 'closed',
        notes: '',
        closed_at: scheduled ? null : iso(start + 2 * 3600_000),
        version: 1,
        created_by: admin?.id ?? null,
        created_at: iso(start - 14 * DAY),
        updated_at: iso(start),
      });
      if (scheduled) continue;
      if (kind === 'session') sessions.push(id);
      const n = Math.min(participants.length, Math.round(attendancePerMeeting + r.int(-2, 2)));
      for (const p of r.some(participants, n)) {
        attendance.push({
          meeting_id: id,
          person_id: p.personId,
          organization_id: p.organizationId,
          invited: true,
          attendance: r.chance(0.8) ? 'present' : r.chance(0.5) ? 'absent' : 'excused',
          recorded_at: iso(start),
        });
      }
      if (kind === 'session') {
        r.some(problems, 4).forEach((p, position) => {
          agenda.push({
            id: randomUUID(),
            meeting_id: id,
            position,
            kind: 'focus_problem',
            key: `focus_problem:${p.id}`,
            title: 'Problema en foco',
            problem_id: p.id,
            minutes: 10,
            notes: '',
            created_at: iso(start),
            updated_at: iso(start),
          });
        });
      }
    }
    sessionsByMesa.set(mesaId, sessions);
  });
  await insertRows(exec, 'meetings', meetings, 2000);
  // Attendance may name a person twice in one meeting only if drawn twice: `some` draws without repeats.
  await insertRows(exec, 'meeting_participants', attendance, 5000);
  await insertRows(exec, 'agenda_items', agenda, 5000);

  // Commitments: due from two years ago to two months ahead.
  const commitments: Row[] = [];
  const commitmentsPerMesa = even(targets.commitments, mesas.length);
  mesas.forEach((mesa, i) => {
    const mesaId = mesa.id as string;
    const problems = problemsByMesa.get(mesaId) ?? [];
    const participants = participantsByMesa.get(mesaId)!.filter((p) => publicOrgs.includes(p.organizationId));
    const sessions = sessionsByMesa.get(mesaId) ?? [];
    for (let k = 0; k < commitmentsPerMesa[i]!; k++) {
      const due = now + r.int(-730, 60) * DAY;
      const past = due < now;
      const x = r.next();
      const status = x < 0.08 ? 'cancelled' : past ? (x < 0.8 ? 'done' : 'open') : x < 0.3 ? 'done' : 'open';
      const completed =
        status === 'done'
          ? Math.min(now - 3600_000, due + (r.chance(0.7) ? -r.int(0, 10) : r.int(1, 30)) * DAY)
          : null;
      const owner = r.pick(participants);
      commitments.push({
        id: randomUUID(),
        mesa_id: mesaId,
        person_id: owner.personId,
        organization_id: owner.organizationId,
        text: 'Presentar el informe de avance y la propuesta normativa',
        due_on: day(due),
        problem_id: problems.length ? r.pick(problems).id : null,
        meeting_id: sessions.length ? r.pick(sessions) : null,
        status,
        status_reason: status === 'cancelled' ? 'Ya no es necesario.' : null,
        completed_at: completed === null ? null : iso(completed),
        visibility: r.chance(0.1) ? 'team' : 'members',
        version: 1,
        created_by: admin?.id ?? null,
        created_at: iso(due - 30 * DAY),
        updated_at: iso(completed ?? due - 30 * DAY),
      });
    }
  });
  await insertRows(exec, 'commitments', commitments, 5000);

  // Recent momentum: problems of the Mesas entering enacted and verified over the last two years.
  const events: Row[] = [];
  const all = mesas.flatMap((m) => problemsByMesa.get(m.id as string) ?? []);
  const done = all.filter((p) => p.status === 'enacted' || p.status === 'verified');
  for (let k = 0; k < targets.recentStatusEvents && done.length; k++) {
    const p = r.pick(done);
    const to = p.status === 'verified' && r.chance(0.5) ? 'verified' : 'enacted';
    events.push({
      id: randomUUID(),
      problem_id: p.id,
      from_status: to === 'verified' ? 'enacted' : 'in_progress',
      to_status: to,
      reason: null,
      occurred_at: iso(now - r.int(1, 730) * DAY),
      recorded_by: admin?.id ?? null,
    });
  }
  await insertRows(exec, 'problem_status_events', events, 5000);

  // Escalations: two thirds waiting (open or returned), the rest decided.
  const escalations: Row[] = [];
  for (let k = 0; k < targets.escalations; k++) {
    const mesa = r.pick(mesas);
    const problems = problemsByMesa.get(mesa.id as string) ?? [];
    if (!problems.length) continue;
    const waiting = r.chance(2 / 3);
    const at = now - r.int(0, 200) * DAY;
    escalations.push({
      id: randomUUID(),
      mesa_id: mesa.id,
      problem_id: r.pick(problems).id,
      reason: r.pick(['budget', 'political_decision', 'inter_agency_dispute', 'legal_authority', 'other']),
      brief: 'Se requiere una decisión de alto nivel para destrabar el problema.',
      options: ['Opción A', 'Opción B'],
      status: waiting ? (r.chance(0.8) ? 'open' : 'returned') : 'decided',
      escalated_at: iso(at),
      escalated_by: admin?.id ?? null,
      decision: waiting ? null : 'Se aprueba la opción A.',
      decided_on: waiting ? null : day(at + 10 * DAY),
      decided_at: waiting ? null : iso(at + 10 * DAY),
      visibility: r.chance(0.15) ? 'team' : 'members',
      version: 1,
      created_at: iso(at),
      updated_at: iso(at),
    });
  }
  await insertRows(exec, 'escalations', escalations, 2000);
  await exec.query('analyze');

  const counts: Record<string, number> = {};
  for (const table of [
    'mesas',
    'problems',
    'problem_status_events',
    'participations',
    'meetings',
    'meeting_participants',
    'agenda_items',
    'commitments',
    'escalations',
  ]) {
    const [row] = await rows(`select count(*)::int as n from ${table}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
