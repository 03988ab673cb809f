import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createEscalation } from '../../src/commands/escalations';
import { createMeeting } from '../../src/commands/meetings';
import { createProblem, transitionProblem } from '../../src/commands/problems';
import { auditEvents, lessonLinks, lessons, problems } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, unknownId } from '../support/fixtures';

/**
 * Lessons through the API: the team of a Mesa writes, edits (with its version) and deletes them, with
 * the problems, sessions and escalations they draw on; everyone reads only those they may see; lessons
 * of another Mesa about a similar problem show on a problem; the search across Mesas finds them.
 */

let t: TestContext;
let team: Client;
let observer: Client;
let coordinator: Client;
let highLevel: Client;
const mesa = { forestal: '', other: '', otherName: '' };
const problem = { forestalPermit: '', forestalTeam: '', unrelated: '', otherPermit: '', otherUnrelated: '' };
let meetingId = '';
let escalationId = '';

interface Lesson {
  id: string;
  mesa: { id: string; name: string; slug: string };
  whatHappened: string;
  whatWasLearned: string;
  tags: string[];
  visibility: string;
  links: {
    problems: { id: string; code: string; title: string; status: string; escalated: boolean }[];
    meetings: { id: string; number: number | null; title: string }[];
    escalations: { id: string; problemCode: string; status: string }[];
  };
  outcome: string | null;
  createdBy: { id: string; fullName: string } | null;
  version: number;
}

const sample = (over: Record<string, unknown> = {}) => ({
  whatHappened: 'El registro de viveros se hacía en papel y tardaba semanas.',
  whatWasLearned: 'Un formulario en línea validado con SERFOR bastó: se probó primero en una región.',
  tags: ['viveros', 'trámites'],
  ...over,
});

async function write(as: Client, mesaId: string, body: Record<string, unknown>): Promise<Lesson> {
  const res = await as.post(`/api/mesas/${mesaId}/lessons`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function similar(as: Client, problemId: string): Promise<(Lesson & { rank: number })[]> {
  const res = await as.get(`/api/problems/${problemId}/similar-lessons`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().lessons;
}

const lessonCount = async () => (await t.database.db.select({ n: count() }).from(lessons))[0]!.n;
const linkCount = async () => (await t.database.db.select({ n: count() }).from(lessonLinks))[0]!.n;
const audited = (id: string) =>
  t.database.db
    .select({ action: auditEvents.action, entityType: auditEvents.entityType, mesaId: auditEvents.mesaId })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, id))
    .orderBy(asc(auditEvents.seq));

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('team');
  observer = await t.as('observer');
  coordinator = await t.as('coordinator');
  highLevel = await t.as('high_level');
  mesa.forestal = (await mesaBySlug(t, 'forestal'))!.id;
  // Another Mesa, public, where the demo's team takes no part.
  const other = await createMesa(t, { visibility: 'public', name: 'Mesa Pesquera de prueba' });
  mesa.other = other.id;
  mesa.otherName = 'Mesa Pesquera de prueba';
  const system = systemContext(t.database.db, 'test');
  const make = async (mesaId: string, title: string, description: string, visibility = 'members') =>
    (
      await createProblem(system, mesaId, {
        title,
        description,
        visibility: visibility as 'public' | 'members' | 'team',
      })
    ).id;
  problem.forestalPermit = await make(
    mesa.forestal,
    'El permiso de desbosque para plantaciones demora seis meses',
    'Las empresas esperan meses el permiso antes de poder cosechar.',
  );
  problem.forestalTeam = await make(
    mesa.forestal,
    'Conflicto interno del equipo sobre prioridades',
    '',
    'team',
  );
  problem.unrelated = await make(
    mesa.forestal,
    'Falta capacitación técnica en el secado de la madera',
    'Los aserraderos pequeños no conocen las curvas de secado.',
  );
  problem.otherPermit = await make(
    mesa.other,
    'El permiso de pesca exploratoria demoraba ocho meses',
    'Tres entidades revisaban los mismos documentos.',
    'public',
  );
  problem.otherUnrelated = await make(mesa.other, 'Muelles sin cadena de frío', '', 'public');
  for (const to of ['in_progress', 'enacted', 'verified'] as const)
    await transitionProblem(system, problem.otherPermit, { to });
  const startsAt = new Date('2024-03-07T15:00:00Z');
  meetingId = (
    await createMeeting(system, mesa.forestal, {
      kind: 'intersessional',
      title: 'Intersesión sobre permisos',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      visibility: 'members',
    })
  ).id;
  escalationId = (
    await createEscalation(system, problem.forestalPermit, {
      reason: 'inter_agency_dispute',
      brief: 'Dos entidades reclaman la competencia del permiso.',
      options: ['Que decida el ministerio'],
    })
  ).id;
});
afterAll(() => t?.close());

describe('writing a lesson', () => {
  it('keeps what happened, what was learned, tags, visibility and the records it draws on, audited', async () => {
    const l = await write(
      team,
      mesa.forestal,
      sample({
        tags: ['  viveros ', 'Viveros', 'trámites'],
        visibility: 'public',
        links: {
          problemIds: [problem.forestalPermit],
          meetingIds: [meetingId],
          escalationIds: [escalationId],
        },
      }),
    );
    expect(l).toMatchObject({
      mesa: { id: mesa.forestal, slug: 'forestal' },
      whatHappened: sample().whatHappened,
      tags: ['viveros', 'trámites'],
      visibility: 'public',
      version: 1,
      outcome: 'escalated',
    });
    expect(l.createdBy?.fullName).toBe('Diego Salas Huamán');
    expect(l.links.problems).toEqual([
      expect.objectContaining({ id: problem.forestalPermit, status: 'identified', escalated: true }),
    ]);
    expect(l.links.problems[0]!.code).toMatch(/^P-\d+$/);
    expect(l.links.meetings).toEqual([
      expect.objectContaining({ id: meetingId, title: 'Intersesión sobre permisos' }),
    ]);
    expect(l.links.escalations).toEqual([expect.objectContaining({ id: escalationId, status: 'open' })]);
    expect(await audited(l.id)).toEqual([{ action: 'create', entityType: 'lesson', mesaId: mesa.forestal }]);

    const mesaList = await team.get(`/api/mesas/${mesa.forestal}/lessons`);
    expect(mesaList.json().lessons.map((x: Lesson) => x.id)).toContain(l.id);
    expect(mesaList.json().can).toEqual({ write: true });
    const ofProblem = await team.get(`/api/problems/${problem.forestalPermit}/lessons`);
    expect(ofProblem.json().lessons.map((x: Lesson) => x.id)).toEqual([l.id]);
  });

  it('is edited with its version: a stale version answers 409 and changes nothing', async () => {
    const l = await write(team, mesa.forestal, sample());
    const res = await team.patch(`/api/lessons/${l.id}`, {
      whatWasLearned: 'Probar el formulario en una región antes de extenderlo.',
      links: { problemIds: [problem.unrelated] },
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 2,
      whatHappened: sample().whatHappened,
      whatWasLearned: 'Probar el formulario en una región antes de extenderlo.',
    });
    expect(res.json().links.problems.map((p: { id: string }) => p.id)).toEqual([problem.unrelated]);

    const stale = await team.patch(`/api/lessons/${l.id}`, { whatHappened: 'Otra cosa', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_WRITE');
    const now = (await team.get(`/api/lessons/${l.id}`)).json() as Lesson;
    expect(now.whatHappened).toBe(sample().whatHappened);
    expect(now.version).toBe(2);
    expect((await audited(l.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('is deleted with its links, and the audit trail keeps it', async () => {
    const l = await write(team, mesa.forestal, sample({ links: { problemIds: [problem.forestalPermit] } }));
    const links = await linkCount();
    const res = await team.delete(`/api/lessons/${l.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await team.get(`/api/lessons/${l.id}`)).statusCode).toBe(404);
    expect(await linkCount()).toBe(links - 1);
    expect((await audited(l.id)).map((e) => e.action)).toEqual(['create', 'delete']);
    expect((await team.delete(`/api/lessons/${l.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = { lessons: await lessonCount(), links: await linkCount() };
    const blank = await team.post(`/api/mesas/${mesa.forestal}/lessons`, sample({ whatHappened: '   ' }));
    expect(blank.statusCode).toBe(400);
    const elsewhere = await team.post(
      `/api/mesas/${mesa.forestal}/lessons`,
      sample({ links: { problemIds: [problem.forestalPermit, problem.otherPermit] } }),
    );
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields).toEqual([
      expect.objectContaining({ path: 'links.problemIds.1', key: 'fields.notAProblemOfTheMesa' }),
    ]);
    const twice = await team.post(
      `/api/mesas/${mesa.forestal}/lessons`,
      sample({ links: { meetingIds: [meetingId, meetingId] } }),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields[0]).toMatchObject({
      path: 'links.meetingIds.1',
      key: 'fields.listedTwice',
    });
    const noEscalation = await team.post(
      `/api/mesas/${mesa.forestal}/lessons`,
      sample({ links: { escalationIds: [unknownId()] } }),
    );
    expect(noEscalation.json().error.fields[0].key).toBe('fields.notAnEscalationOfTheMesa');
    expect({ lessons: await lessonCount(), links: await linkCount() }).toEqual(before);

    const l = await write(team, mesa.forestal, sample());
    const nothing = await team.patch(`/api/lessons/${l.id}`, {});
    expect(nothing.statusCode).toBe(400);
    const badLink = await team.patch(`/api/lessons/${l.id}`, {
      links: { problemIds: [problem.otherPermit] },
    });
    expect(badLink.statusCode).toBe(400);
    expect(((await team.get(`/api/lessons/${l.id}`)).json() as Lesson).version).toBe(1);
  });

  it('is written by the team and the coordinating office, not by other participants', async () => {
    expect((await observer.post(`/api/mesas/${mesa.forestal}/lessons`, sample())).statusCode).toBe(403);
    expect(
      (await (await t.as('private_rep')).post(`/api/mesas/${mesa.forestal}/lessons`, sample())).statusCode,
    ).toBe(403);
    // The demo's team takes no part in the other Mesa: it sees that public Mesa but may not write there.
    expect((await team.post(`/api/mesas/${mesa.other}/lessons`, sample())).statusCode).toBe(403);
    const l = await write(team, mesa.forestal, sample());
    expect((await observer.patch(`/api/lessons/${l.id}`, { tags: [] })).statusCode).toBe(403);
    expect((await observer.delete(`/api/lessons/${l.id}`)).statusCode).toBe(403);
    await write(coordinator, mesa.other, sample());
  });
});

describe('who reads a lesson', () => {
  it('a member may not read a team lesson; anonymous callers get nothing', async () => {
    const teamOnly = await write(
      team,
      mesa.forestal,
      sample({ visibility: 'team', links: { problemIds: [problem.forestalPermit] } }),
    );
    const members = await write(
      team,
      mesa.forestal,
      sample({
        visibility: 'members',
        links: { problemIds: [problem.forestalPermit, problem.forestalTeam] },
      }),
    );
    expect((await observer.get(`/api/lessons/${teamOnly.id}`)).statusCode).toBe(404);
    expect((await observer.patch(`/api/lessons/${teamOnly.id}`, { tags: [] })).statusCode).toBe(404);
    const list = (await observer.get(`/api/mesas/${mesa.forestal}/lessons`)).json();
    expect(list.can).toEqual({ write: false });
    const listed = list.lessons.map((l: Lesson) => l.id);
    expect(listed).toContain(members.id);
    expect(listed).not.toContain(teamOnly.id);
    const ofProblem = (await observer.get(`/api/problems/${problem.forestalPermit}/lessons`)).json();
    expect(ofProblem.lessons.map((l: Lesson) => l.id)).not.toContain(teamOnly.id);
    // A record the reader may not see is left out of the lesson's links.
    const seen = (await observer.get(`/api/lessons/${members.id}`)).json() as Lesson;
    expect(seen.links.problems.map((p) => p.id)).toEqual([problem.forestalPermit]);
    const byTeam = (await team.get(`/api/lessons/${members.id}`)).json() as Lesson;
    expect(byTeam.links.problems.map((p) => p.id).sort()).toEqual(
      [problem.forestalPermit, problem.forestalTeam].sort(),
    );

    for (const url of [
      `/api/lessons/${members.id}`,
      `/api/mesas/${mesa.forestal}/lessons`,
      `/api/problems/${problem.forestalPermit}/lessons`,
      `/api/problems/${problem.forestalPermit}/similar-lessons`,
      '/api/search?q=viveros',
    ]) {
      const res = await t.anonymous.get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.body).not.toContain('viveros');
    }
    expect((await t.anonymous.post(`/api/mesas/${mesa.forestal}/lessons`, sample())).statusCode).toBe(401);
  });
});

describe('similar lessons of other Mesas', () => {
  let permitLesson: Lesson;
  let teamLesson: Lesson;

  beforeAll(async () => {
    permitLesson = await write(coordinator, mesa.other, {
      whatHappened: 'El permiso demoraba ocho meses porque tres entidades revisaban lo mismo.',
      whatWasLearned: 'Una sola ventanilla acordada en intersesión bajó el plazo del permiso a 30 días.',
      tags: ['permisos'],
      visibility: 'public',
      links: { problemIds: [problem.otherPermit] },
    });
    teamLesson = await write(coordinator, mesa.other, {
      whatHappened: 'Un permiso de desbosque demoraba meses en la oficina regional.',
      whatWasLearned: 'Nadie fuera del equipo debe leer esto todavía.',
      visibility: 'team',
      links: { problemIds: [problem.otherUnrelated] },
    });
  });

  it('shows a lesson of another Mesa about a permit delay on a permit-delay problem, with its Mesa and problem', async () => {
    const found = await similar(team, problem.forestalPermit);
    const hit = found.find((l) => l.id === permitLesson.id);
    expect(hit).toBeDefined();
    expect(hit!.mesa).toEqual({ id: mesa.other, name: mesa.otherName, slug: expect.any(String) });
    expect(hit!.links.problems).toEqual([
      expect.objectContaining({
        id: problem.otherPermit,
        status: 'verified',
        code: expect.stringMatching(/^P-/),
      }),
    ]);
    expect(hit!.outcome).toBe('verified');
    expect(hit!.rank).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    // Never a lesson of the problem's own Mesa.
    expect(found.every((l) => l.mesa.id !== mesa.forestal)).toBe(true);
  });

  it('does not show it on an unrelated problem', async () => {
    const found = await similar(coordinator, problem.unrelated);
    expect(found.map((l) => l.id)).not.toContain(permitLesson.id);
    expect(found.map((l) => l.id)).not.toContain(teamLesson.id);
  });

  it("does not show a team-only lesson to someone outside that Mesa's team", async () => {
    expect((await similar(team, problem.forestalPermit)).map((l) => l.id)).not.toContain(teamLesson.id);
    expect((await similar(highLevel, problem.forestalPermit)).map((l) => l.id)).not.toContain(teamLesson.id);
    // The coordinating office sees every lesson, and this one matches best (desbosque, permiso, demora).
    const coordinating = await similar(coordinator, problem.forestalPermit);
    expect(coordinating[0]!.id).toBe(teamLesson.id);
    expect(coordinating.map((l) => l.id)).toContain(permitLesson.id);
  });

  it('matches the titles of the problems a lesson draws on', async () => {
    const byTitle = await write(coordinator, mesa.other, {
      whatHappened: 'Se resolvió en dos sesiones.',
      whatWasLearned: 'Conviene invitar a los operadores desde el inicio.',
      visibility: 'public',
      links: { problemIds: [problem.otherPermit] },
    });
    const found = await similar(team, problem.forestalPermit);
    expect(found.map((l) => l.id)).toContain(byTitle.id);
    await coordinator.delete(`/api/lessons/${byTitle.id}`);
  });
});

describe('searching lessons across Mesas', () => {
  it('finds a lesson by a Spanish word stem, with its excerpt marked, only for those who may see it', async () => {
    const l = await write(team, mesa.forestal, {
      whatHappened: 'Los inspectores regionales exigían requisitos anteriores al reglamento.',
      whatWasLearned: 'Capacitar a las agencias agrarias antes de anunciar una simplificación.',
      tags: ['capacitaciones'],
      visibility: 'members',
    });
    const hitsOf = async (as: Client, q: string) => {
      const res = await as.get(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().results as {
        kind: string;
        lesson?: Lesson;
        headline: string;
        mesa: { id: string };
      }[];
    };
    // "capacitar", "capacitaciones" and "capacitación" share the stem "capacit".
    for (const q of ['capacitación', 'capacitar', 'Capacitaciones']) {
      const hit = (await hitsOf(team, q)).find((h) => h.kind === 'lesson' && h.lesson?.id === l.id);
      expect(hit, q).toBeDefined();
      expect(hit!.mesa.id).toBe(mesa.forestal);
      expect(hit!.headline).toContain('<mark>');
    }
    const hit = (await hitsOf(team, 'inspectores exigían')).find((h) => h.lesson?.id === l.id)!;
    expect(hit.headline).toContain('<mark>exigían</mark>');
    // Problems are still found alongside.
    expect((await hitsOf(team, 'capacitación')).some((h) => h.kind === 'problem')).toBe(true);

    const teamOnly = await write(team, mesa.forestal, {
      whatHappened: 'Reunión reservada sobre hidroponía.',
      whatWasLearned: 'La hidroponía no aplica.',
      visibility: 'team',
    });
    expect((await hitsOf(team, 'hidroponía')).map((h) => h.lesson?.id)).toContain(teamOnly.id);
    expect((await hitsOf(observer, 'hidroponía')).map((h) => h.lesson?.id)).not.toContain(teamOnly.id);
    // A lesson of a members-only Mesa is not found by someone who takes no part in it.
    expect((await hitsOf(await t.as('private_rep'), 'capacitar')).some((h) => h.lesson?.id === l.id)).toBe(
      true,
    );
    const acuicola = (await mesaBySlug(t, 'acuicola'))!.id;
    const hidden = await write(coordinator, acuicola, {
      whatHappened: 'Hidroponía en estanques acuícolas.',
      whatWasLearned: 'Se probó en Piura.',
      visibility: 'members',
    });
    expect((await hitsOf(team, 'hidroponía')).map((h) => h.lesson?.id)).not.toContain(hidden.id);
    expect((await hitsOf(highLevel, 'hidroponía')).map((h) => h.lesson?.id)).toContain(hidden.id);
  });
});

describe('the demo', () => {
  it("holds the Forestry Mesa's lessons from the paper and one of Aquaculture found on a forestry permit problem", async () => {
    const forestal = (await coordinator.get(`/api/mesas/${mesa.forestal}/lessons`)).json()
      .lessons as Lesson[];
    // The demo's lessons are written by the system (no author), the tests' by accounts.
    const demo = forestal.filter((l) => l.createdBy === null);
    expect(demo.length).toBeGreaterThanOrEqual(6);
    const tags = demo.flatMap((l) => l.tags);
    for (const tag of ['impulsores', 'continuidad', 'declarativo', 'verificación en el terreno', 'mandato'])
      expect(tags, tag).toContain(tag);
    const osinfor = demo.find((l) => l.tags.includes('mandato'))!;
    expect(osinfor.links.escalations).toHaveLength(1);
    expect(osinfor.links.meetings[0]!.title).toBe(
      'Coordinación OSINFOR - SERFOR sobre inspecciones en origen',
    );

    const [exportPermits] = await t.database.db
      .select({ id: problems.id })
      .from(problems)
      .where(eq(problems.title, 'Los permisos de exportación de productos forestales son engorrosos'));
    const found = await similar(coordinator, exportPermits!.id);
    const aquaculture = found.find((l) => l.mesa.slug === 'acuicola');
    expect(aquaculture).toBeDefined();
    expect(aquaculture!.outcome).toBe('verified');
    expect(aquaculture!.links.problems.map((p) => p.title)).toContain(
      'Las autorizaciones sanitarias de Sanipes toman 45 días y valen solo un año',
    );
  });
});
