import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { addIndicator } from '../../src/commands/indicators';
import { createProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import { mesas, problems } from '../../src/db/schema';
import { DEMO_PASSWORD } from '../../src/demo/seed';
import type { Action } from '../../src/domain/access';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoEmail,
  demoRoles,
  ensureMesa,
  mesaBySlug,
  newSession,
  unique,
  unknownId,
} from '../support/fixtures';

/**
 * Every API endpoint × every demo role and an anonymous caller, with the status each must get.
 * Requests carry valid bodies, so an allowed call succeeds (2xx) and a refused one is refused by
 * authorization alone: 401 without credentials, 403 when the role may not act, 404 when it may not
 * even see the record.
 */

type Role = (typeof demoRoles)[number] | 'anonymous';
const roles: readonly Role[] = [...demoRoles, 'anonymous'];

type Statuses = [
  admin: number,
  coordinator: number,
  high_level: number,
  team: number,
  moderator: number,
  public_rep: number,
  private_rep: number,
  observer: number,
  anonymous: number,
];

interface Call {
  url: string;
  body?: unknown;
}

interface Row {
  /** The route as registered: method and URL pattern. */
  route: string;
  /** What the request is about, to tell rows of the same route apart. */
  on?: string;
  call: (role: Role, client: Client) => Call | Promise<Call>;
  expect: Statuses;
  /** Use a session of its own (the request ends it). */
  ownSession?: true;
}

/** The authorization action each route declares (`config.access`). */
const routeActions: Record<string, Action | 'public'> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'token.own',
  'PATCH /api/auth/me': 'token.own',
  'GET /api/auth/tokens': 'token.own',
  'POST /api/auth/tokens': 'token.own',
  'DELETE /api/auth/tokens/:id': 'token.own',
  'GET /api/mesas': 'mesa.list',
  'POST /api/mesas': 'mesa.create',
  'GET /api/mesas/:id': 'mesa.read',
  'PATCH /api/mesas/:id': 'mesa.update',
  'POST /api/mesas/:id/transitions': 'mesa.transition',
  'GET /api/mesas/:id/participations': 'participation.read',
  'POST /api/mesas/:id/participations': 'participation.manage',
  'PATCH /api/mesas/:id/participations/:participationId': 'participation.manage',
  'DELETE /api/mesas/:id/participations/:participationId': 'participation.manage',
  'GET /api/organizations': 'organization.read',
  'GET /api/organizations/:id': 'organization.read',
  'POST /api/organizations': 'organization.manage',
  'PATCH /api/organizations/:id': 'organization.manage',
  'GET /api/people': 'person.read',
  'GET /api/people/:id': 'person.read',
  'POST /api/people': 'person.manage',
  'PATCH /api/people/:id': 'person.manage',
  'GET /api/accounts': 'account.manage',
  'GET /api/accounts/:id': 'account.manage',
  'POST /api/accounts': 'account.manage',
  'PATCH /api/accounts/:id': 'account.manage',
  'GET /api/audit': 'audit.read',
  'GET /api/audit/verify': 'audit.read',
  'GET /api/mesas/:id/matrix': 'matrix.read',
  'POST /api/mesas/:id/problems': 'problem.create',
  'GET /api/problems/:id': 'matrix.read',
  'PATCH /api/problems/:id': 'problem.update',
  'POST /api/problems/:id/transitions': 'problem.update',
  'POST /api/problems/:id/solutions': 'solution.propose',
  'POST /api/solutions/:id/versions': 'solution.revise',
  'POST /api/problems/:id/indicators': 'indicator.manage',
  'PATCH /api/indicators/:id': 'indicator.manage',
  'POST /api/problems/:id/feedback': 'feedback.report',
  'GET /api/categories': 'category.read',
  'POST /api/categories': 'category.manage',
  'PATCH /api/categories/:id': 'category.manage',
  'GET /api/mesas/:id/matrix.xlsx': 'matrix.read',
  'GET /api/mesas/:id/matrix.csv': 'matrix.read',
  'POST /api/mesas/:id/matrix/import/preview': 'matrix.import',
  'POST /api/mesas/:id/matrix/import': 'matrix.import',
  'GET /api/search': 'matrix.read',
};

let t: TestContext;
const clients = new Map<Role, Client>();
const ids = {
  forestal: '',
  acuicola: '',
  logistica: '',
  teamOnly: '',
  organization: '',
  person: '',
  account: '',
  /** A participation to edit in each Mesa. */
  part: { forestal: '', acuicola: '', logistica: '' },
  /** Matrix records: problems of each visibility, a solution and an indicator under them, a category. */
  problem: { forestal: '', forestalTeam: '', acuicola: '', logisticaMembers: '', logisticaPublic: '' },
  solution: { forestal: '', acuicola: '' },
  indicator: { forestal: '', acuicola: '' },
  category: '',
};
type ProblemKey = keyof typeof ids.problem;
type MesaKey = 'forestal' | 'acuicola' | 'logistica' | 'teamOnly';

async function currentProblem(id: string) {
  const [row] = await t.database.db.select().from(problems).where(eq(problems.id, id));
  return row!;
}

async function currentMesa(id: string) {
  const [row] = await t.database.db.select().from(mesas).where(eq(mesas.id, id));
  return row!;
}

/** A legal next status, so that an allowed transition succeeds whoever ran the previous one. */
const nextStatus = {
  candidate: 'assessing',
  assessing: 'candidate',
  active: 'paused',
  paused: 'active',
} as const;

const mesaRead =
  (m: MesaKey, path = ''): Row['call'] =>
  () => ({ url: `/api/mesas/${ids[m]}${path}` });
const mesaPatch =
  (m: MesaKey): Row['call'] =>
  async (role) => ({
    url: `/api/mesas/${ids[m]}`,
    body: { version: (await currentMesa(ids[m])).version, description: `Editado por ${role}` },
  });
const transition =
  (m: MesaKey): Row['call'] =>
  async () => {
    const { status } = await currentMesa(ids[m]);
    if (status === 'closed') throw new Error('the Mesa was closed');
    return {
      url: `/api/mesas/${ids[m]}/transitions`,
      body: { to: nextStatus[status], reason: 'Prueba de permisos' },
    };
  };
const addParticipation =
  (m: MesaKey): Row['call'] =>
  async () => ({
    url: `/api/mesas/${ids[m]}/participations`,
    body: { personId: (await createPerson(t)).id, role: 'observer' },
  });
const patchParticipation =
  (m: 'forestal' | 'acuicola' | 'logistica', participation = m): Row['call'] =>
  (role) => ({
    url: `/api/mesas/${ids[m]}/participations/${ids.part[participation]}`,
    body: { note: `Nota de ${role}` },
  });
const deleteParticipation =
  (m: 'forestal' | 'acuicola'): Row['call'] =>
  async () => ({
    url: `/api/mesas/${ids[m]}/participations/${await addParticipant(t, ids[m], { role: 'observer' })}`,
  });

const problemRead =
  (p: ProblemKey): Row['call'] =>
  () => ({ url: `/api/problems/${ids.problem[p]}` });
const problemPatch =
  (p: ProblemKey): Row['call'] =>
  async (role) => ({
    url: `/api/problems/${ids.problem[p]}`,
    body: { version: (await currentProblem(ids.problem[p])).version, description: `Editado por ${role}` },
  });
/** Between identified and prioritized, so that an allowed move succeeds whoever made the previous one. */
const problemTransition =
  (p: ProblemKey): Row['call'] =>
  async () => ({
    url: `/api/problems/${ids.problem[p]}/transitions`,
    body: {
      to: (await currentProblem(ids.problem[p])).status === 'identified' ? 'prioritized' : 'identified',
    },
  });
const problemPost =
  (p: ProblemKey, path: string, body: (role: Role) => unknown): Row['call'] =>
  (role) => ({ url: `/api/problems/${ids.problem[p]}${path}`, body: body(role) });

/** A one-problem XLSX workbook, base64-encoded, for the import routes. */
async function sheet(title: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Matriz');
  ws.addRow(['Problema']);
  ws.addRow([title]);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

//             admin coord high team  mod  pub  priv  obs  anon
const ALL_200: Statuses = [200, 200, 200, 200, 200, 200, 200, 200, 200];
const SIGNED_IN: Statuses = [200, 200, 200, 200, 200, 200, 200, 200, 401];
const ADMIN_ONLY: Statuses = [200, 403, 403, 403, 403, 403, 403, 403, 401];
const COORDINATING: Statuses = [200, 200, 403, 403, 403, 403, 403, 403, 401];
const COORDINATING_OR_TEAM: Statuses = [200, 200, 403, 200, 200, 403, 403, 403, 401];
const created = (s: Statuses) => s.map((x) => (x === 200 ? 201 : x)) as Statuses;
/** The forestal participants who take part in the Matrix work: the team and both sectors' reps. */
const REPS: Statuses = [200, 200, 403, 200, 200, 200, 200, 403, 401];
/** A members-only record of a Mesa none of the demo participants take part in. */
const MEMBERS_ELSEWHERE: Statuses = [200, 200, 200, 404, 404, 404, 404, 404, 401];
const MANAGE_ELSEWHERE: Statuses = [200, 200, 403, 404, 404, 404, 404, 404, 401];

const table: Row[] = [
  // Open to anyone.
  { route: 'GET /healthz', call: () => ({ url: '/healthz' }), expect: ALL_200 },
  { route: 'GET /readyz', call: () => ({ url: '/readyz' }), expect: ALL_200 },
  { route: 'GET /api/openapi.json', call: () => ({ url: '/api/openapi.json' }), expect: ALL_200 },
  {
    route: 'POST /api/auth/login',
    call: (role) => ({
      url: '/api/auth/login',
      body: { email: demoEmail(role === 'anonymous' ? 'observer' : role), password: DEMO_PASSWORD },
    }),
    expect: ALL_200,
  },
  {
    route: 'POST /api/auth/logout',
    call: () => ({ url: '/api/auth/logout' }),
    expect: ALL_200,
    ownSession: true,
  },

  // One's own account and tokens.
  { route: 'GET /api/auth/me', call: () => ({ url: '/api/auth/me' }), expect: SIGNED_IN },
  {
    route: 'PATCH /api/auth/me',
    call: () => ({ url: '/api/auth/me', body: { locale: 'es' } }),
    expect: SIGNED_IN,
  },
  { route: 'GET /api/auth/tokens', call: () => ({ url: '/api/auth/tokens' }), expect: SIGNED_IN },
  {
    route: 'POST /api/auth/tokens',
    call: () => ({ url: '/api/auth/tokens', body: { name: 'Integración' } }),
    expect: created(SIGNED_IN),
  },
  {
    route: 'DELETE /api/auth/tokens/:id',
    on: 'own token',
    call: async (role, c) => {
      if (role === 'anonymous') return { url: `/api/auth/tokens/${unknownId()}` };
      const res = await c.post('/api/auth/tokens', { name: 'Para revocar' });
      return { url: `/api/auth/tokens/${res.json().id}` };
    },
    expect: SIGNED_IN,
  },

  // Mesas. The demo roles take part only in forestal; acuicola is for members, logistica public.
  { route: 'GET /api/mesas', call: () => ({ url: '/api/mesas' }), expect: SIGNED_IN },
  {
    route: 'POST /api/mesas',
    call: async () => ({
      url: '/api/mesas',
      body: {
        name: unique('Mesa nueva'),
        kind: 'factor',
        sector: 'Logística',
        hostOrganizationId: (await currentMesa(ids.forestal)).hostOrganizationId,
      },
    }),
    expect: created(COORDINATING),
  },
  { route: 'GET /api/mesas/:id', on: 'forestal', call: mesaRead('forestal'), expect: SIGNED_IN },
  {
    route: 'GET /api/mesas/:id',
    on: 'acuicola',
    call: mesaRead('acuicola'),
    expect: [200, 200, 200, 404, 404, 404, 404, 404, 401],
  },
  { route: 'GET /api/mesas/:id', on: 'logistica', call: mesaRead('logistica'), expect: SIGNED_IN },
  {
    route: 'GET /api/mesas/:id',
    on: 'team-only Mesa',
    call: mesaRead('teamOnly'),
    expect: [200, 200, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'PATCH /api/mesas/:id',
    on: 'forestal',
    call: mesaPatch('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/mesas/:id',
    on: 'acuicola',
    call: mesaPatch('acuicola'),
    expect: [200, 200, 403, 404, 404, 404, 404, 404, 401],
  },
  { route: 'PATCH /api/mesas/:id', on: 'logistica', call: mesaPatch('logistica'), expect: COORDINATING },
  {
    route: 'PATCH /api/mesas/:id',
    on: 'team-only Mesa',
    call: mesaPatch('teamOnly'),
    expect: [200, 200, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/mesas/:id/transitions',
    on: 'forestal',
    call: transition('forestal'),
    expect: COORDINATING,
  },
  {
    route: 'POST /api/mesas/:id/transitions',
    on: 'acuicola',
    call: transition('acuicola'),
    expect: [200, 200, 403, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/mesas/:id/transitions',
    on: 'logistica',
    call: transition('logistica'),
    expect: COORDINATING,
  },

  // Participations.
  {
    route: 'GET /api/mesas/:id/participations',
    on: 'forestal',
    call: mesaRead('forestal', '/participations'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/participations',
    on: 'acuicola',
    call: mesaRead('acuicola', '/participations'),
    expect: [200, 200, 200, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'GET /api/mesas/:id/participations',
    on: 'logistica',
    call: mesaRead('logistica', '/participations'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/participations',
    on: 'team-only Mesa',
    call: mesaRead('teamOnly', '/participations'),
    expect: [200, 200, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/mesas/:id/participations',
    on: 'forestal',
    call: addParticipation('forestal'),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'POST /api/mesas/:id/participations',
    on: 'acuicola',
    call: addParticipation('acuicola'),
    expect: [201, 201, 403, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/mesas/:id/participations',
    on: 'logistica',
    call: addParticipation('logistica'),
    expect: created(COORDINATING),
  },
  {
    route: 'PATCH /api/mesas/:id/participations/:participationId',
    on: 'forestal',
    call: patchParticipation('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/mesas/:id/participations/:participationId',
    on: 'acuicola',
    call: patchParticipation('acuicola'),
    expect: [200, 200, 403, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'PATCH /api/mesas/:id/participations/:participationId',
    on: 'logistica',
    call: patchParticipation('logistica'),
    expect: COORDINATING,
  },
  {
    // The forestal team may not reach another Mesa's participation through its own Mesa's URL.
    route: 'PATCH /api/mesas/:id/participations/:participationId',
    on: "forestal's URL, acuicola's participation",
    call: patchParticipation('forestal', 'acuicola'),
    expect: [404, 404, 403, 404, 404, 403, 403, 403, 401],
  },
  {
    route: 'DELETE /api/mesas/:id/participations/:participationId',
    on: 'forestal',
    call: deleteParticipation('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'DELETE /api/mesas/:id/participations/:participationId',
    on: 'acuicola',
    call: deleteParticipation('acuicola'),
    expect: [200, 200, 403, 404, 404, 404, 404, 404, 401],
  },

  // The Matrix.
  {
    route: 'GET /api/mesas/:id/matrix',
    on: 'forestal',
    call: mesaRead('forestal', '/matrix'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/matrix',
    on: 'acuicola',
    call: mesaRead('acuicola', '/matrix'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/mesas/:id/matrix',
    on: 'logistica',
    call: mesaRead('logistica', '/matrix'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/matrix',
    on: 'team-only Mesa',
    call: mesaRead('teamOnly', '/matrix'),
    expect: [200, 200, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/mesas/:id/problems',
    on: 'forestal',
    call: (role) => ({ url: `/api/mesas/${ids.forestal}/problems`, body: { title: `Problema de ${role}` } }),
    expect: created(REPS),
  },
  {
    route: 'POST /api/mesas/:id/problems',
    on: 'acuicola',
    call: (role) => ({ url: `/api/mesas/${ids.acuicola}/problems`, body: { title: `Problema de ${role}` } }),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'POST /api/mesas/:id/problems',
    on: 'logistica',
    call: (role) => ({ url: `/api/mesas/${ids.logistica}/problems`, body: { title: `Problema de ${role}` } }),
    expect: created(COORDINATING),
  },
  {
    route: 'GET /api/problems/:id',
    on: 'forestal, members',
    call: problemRead('forestal'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/problems/:id',
    on: 'forestal, team',
    call: problemRead('forestalTeam'),
    expect: [200, 200, 404, 200, 200, 404, 404, 404, 401],
  },
  {
    route: 'GET /api/problems/:id',
    on: 'acuicola, members',
    call: problemRead('acuicola'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/problems/:id',
    on: 'logistica, members',
    call: problemRead('logisticaMembers'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/problems/:id',
    on: 'logistica, public',
    call: problemRead('logisticaPublic'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/problems/:id',
    on: 'unknown problem',
    call: () => ({ url: `/api/problems/${unknownId()}` }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'PATCH /api/problems/:id',
    on: 'forestal, members',
    call: problemPatch('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/problems/:id',
    on: 'forestal, team',
    call: problemPatch('forestalTeam'),
    expect: [200, 200, 404, 200, 200, 404, 404, 404, 401],
  },
  {
    route: 'PATCH /api/problems/:id',
    on: 'acuicola, members',
    call: problemPatch('acuicola'),
    expect: MANAGE_ELSEWHERE,
  },
  {
    route: 'PATCH /api/problems/:id',
    on: 'logistica, public',
    call: problemPatch('logisticaPublic'),
    expect: COORDINATING,
  },
  {
    route: 'POST /api/problems/:id/transitions',
    on: 'forestal',
    call: problemTransition('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'POST /api/problems/:id/transitions',
    on: 'acuicola',
    call: problemTransition('acuicola'),
    expect: MANAGE_ELSEWHERE,
  },
  {
    route: 'POST /api/problems/:id/solutions',
    on: 'forestal',
    call: problemPost('forestal', '/solutions', (role) => ({ text: `Solución de ${role}` })),
    expect: created(REPS),
  },
  {
    route: 'POST /api/problems/:id/solutions',
    on: 'forestal, team',
    call: problemPost('forestalTeam', '/solutions', (role) => ({ text: `Solución de ${role}` })),
    expect: [201, 201, 404, 201, 201, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/problems/:id/solutions',
    on: 'acuicola',
    call: problemPost('acuicola', '/solutions', (role) => ({ text: `Solución de ${role}` })),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'POST /api/solutions/:id/versions',
    on: 'forestal',
    call: (role) => ({
      url: `/api/solutions/${ids.solution.forestal}/versions`,
      body: { text: `Texto revisado por ${role}`, reason: 'La implementación mostró otra cosa' },
    }),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'POST /api/solutions/:id/versions',
    on: 'acuicola',
    call: (role) => ({
      url: `/api/solutions/${ids.solution.acuicola}/versions`,
      body: { text: `Texto revisado por ${role}`, reason: 'La implementación mostró otra cosa' },
    }),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'POST /api/problems/:id/indicators',
    on: 'forestal',
    call: problemPost('forestal', '/indicators', (role) => ({
      name: `Indicador de ${role}`,
      unit: 'días',
      direction: 'lower_is_better',
    })),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'POST /api/problems/:id/indicators',
    on: 'acuicola',
    call: problemPost('acuicola', '/indicators', (role) => ({
      name: `Indicador de ${role}`,
      unit: 'días',
      direction: 'lower_is_better',
    })),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'PATCH /api/indicators/:id',
    on: 'forestal',
    call: () => ({ url: `/api/indicators/${ids.indicator.forestal}`, body: { currentValue: 3 } }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/indicators/:id',
    on: 'acuicola',
    call: () => ({ url: `/api/indicators/${ids.indicator.acuicola}`, body: { currentValue: 3 } }),
    expect: MANAGE_ELSEWHERE,
  },
  {
    route: 'POST /api/problems/:id/feedback',
    on: 'forestal',
    call: problemPost('forestal', '/feedback', (role) => ({ verdict: 'works', text: `Visto por ${role}` })),
    expect: created(REPS),
  },
  {
    route: 'POST /api/problems/:id/feedback',
    on: 'acuicola',
    call: problemPost('acuicola', '/feedback', (role) => ({ verdict: 'works', text: `Visto por ${role}` })),
    expect: created(MANAGE_ELSEWHERE),
  },
  { route: 'GET /api/categories', call: () => ({ url: '/api/categories' }), expect: SIGNED_IN },
  {
    route: 'POST /api/categories',
    call: () => ({
      url: '/api/categories',
      body: { key: unique('cat').replaceAll('-', '_'), nameEs: 'Nueva', nameEn: 'New' },
    }),
    expect: created(ADMIN_ONLY),
  },
  {
    route: 'PATCH /api/categories/:id',
    call: (role) => ({ url: `/api/categories/${ids.category}`, body: { nameEn: `Renamed by ${role}` } }),
    expect: ADMIN_ONLY,
  },

  // The directory.
  { route: 'GET /api/organizations', call: () => ({ url: '/api/organizations' }), expect: SIGNED_IN },
  {
    route: 'GET /api/organizations/:id',
    call: () => ({ url: `/api/organizations/${ids.organization}` }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/organizations',
    call: () => ({
      url: '/api/organizations',
      body: { name: unique('Gremio'), kind: 'business_association' },
    }),
    expect: created(COORDINATING),
  },
  {
    route: 'PATCH /api/organizations/:id',
    call: (role) => ({
      url: `/api/organizations/${ids.organization}`,
      body: { website: `https://${role}.example.org` },
    }),
    expect: COORDINATING,
  },
  { route: 'GET /api/people', call: () => ({ url: '/api/people' }), expect: COORDINATING_OR_TEAM },
  {
    route: 'GET /api/people/:id',
    call: () => ({ url: `/api/people/${ids.person}` }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'POST /api/people',
    call: () => ({ url: '/api/people', body: { fullName: unique('Persona nueva') } }),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'PATCH /api/people/:id',
    call: (role) => ({ url: `/api/people/${ids.person}`, body: { position: `Cargo según ${role}` } }),
    expect: COORDINATING_OR_TEAM,
  },

  // Administration.
  { route: 'GET /api/accounts', call: () => ({ url: '/api/accounts' }), expect: ADMIN_ONLY },
  {
    route: 'GET /api/accounts/:id',
    call: () => ({ url: `/api/accounts/${ids.account}` }),
    expect: ADMIN_ONLY,
  },
  {
    route: 'POST /api/accounts',
    call: () => ({
      url: '/api/accounts',
      body: {
        email: `${unique('cuenta')}@example.org`,
        password: 'una-clave-larga',
        fullName: 'Cuenta nueva',
      },
    }),
    expect: created(ADMIN_ONLY),
  },
  {
    route: 'PATCH /api/accounts/:id',
    call: () => ({ url: `/api/accounts/${ids.account}`, body: { locale: 'en' } }),
    expect: ADMIN_ONLY,
  },
  { route: 'GET /api/audit', call: () => ({ url: '/api/audit?limit=5' }), expect: ADMIN_ONLY },
  { route: 'GET /api/audit/verify', call: () => ({ url: '/api/audit/verify' }), expect: ADMIN_ONLY },

  // The Matrix as a spreadsheet, and search across Mesas.
  ...(['forestal', 'acuicola', 'logistica', 'teamOnly'] as const).flatMap((m): Row[] => {
    const read: Statuses = {
      forestal: SIGNED_IN,
      acuicola: [200, 200, 200, 404, 404, 404, 404, 404, 401] as Statuses,
      logistica: SIGNED_IN,
      teamOnly: [200, 200, 404, 404, 404, 404, 404, 404, 401] as Statuses,
    }[m];
    return [
      { route: 'GET /api/mesas/:id/matrix.xlsx', on: m, call: mesaRead(m, '/matrix.xlsx'), expect: read },
      { route: 'GET /api/mesas/:id/matrix.csv', on: m, call: mesaRead(m, '/matrix.csv'), expect: read },
    ];
  }),
  ...(['forestal', 'acuicola', 'logistica'] as const).flatMap((m): Row[] => {
    const allowed: Statuses = {
      forestal: COORDINATING_OR_TEAM,
      acuicola: [200, 200, 403, 404, 404, 404, 404, 404, 401] as Statuses,
      logistica: COORDINATING,
    }[m];
    return [
      {
        route: 'POST /api/mesas/:id/matrix/import/preview',
        on: m,
        call: async () => ({
          url: `/api/mesas/${ids[m]}/matrix/import/preview`,
          body: { file: await sheet('Vista') },
        }),
        expect: allowed,
      },
      {
        route: 'POST /api/mesas/:id/matrix/import',
        on: m,
        call: async (role) => ({
          url: `/api/mesas/${ids[m]}/matrix/import`,
          body: { file: await sheet(`Importado por ${role}`), mapping: { title: 0 } },
        }),
        expect: created(allowed),
      },
    ];
  }),
  { route: 'GET /api/search', call: () => ({ url: '/api/search?q=registro' }), expect: SIGNED_IN },
];

/** The interactive API documentation, served to anyone. */
const docsRoutes: Row[] = [
  { route: 'GET /api/docs', call: () => ({ url: '/api/docs' }), expect: ALL_200 },
  { route: 'GET /api/docs/json', call: () => ({ url: '/api/docs/json' }), expect: ALL_200 },
  { route: 'GET /api/docs/yaml', call: () => ({ url: '/api/docs/yaml' }), expect: ALL_200 },
  {
    route: 'GET /api/docs/static/index.html',
    call: () => ({ url: '/api/docs/static/index.html' }),
    expect: ALL_200.map(() => 302) as Statuses,
  },
  {
    route: 'GET /api/docs/static/swagger-initializer.js',
    call: () => ({ url: '/api/docs/static/swagger-initializer.js' }),
    expect: ALL_200,
  },
  {
    route: 'GET /api/docs/static/*',
    call: () => ({ url: '/api/docs/static/swagger-ui.css' }),
    expect: ALL_200,
  },
];

const canonicalCode: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

beforeAll(async () => {
  t = await createTestContext();
  for (const role of demoRoles) clients.set(role, await t.as(role));
  clients.set('anonymous', t.anonymous);

  const forestal = await mesaBySlug(t, 'forestal');
  if (!forestal) throw new Error('the demo Mesa forestal is missing');
  ids.forestal = forestal.id;
  ids.acuicola = await ensureMesa(t, 'acuicola', 'members');
  ids.logistica = await ensureMesa(t, 'logistica', 'public');
  ids.teamOnly = (await createMesa(t, { visibility: 'team' })).id;
  for (const m of ['forestal', 'acuicola', 'logistica'] as const) {
    ids.part[m] = await addParticipant(t, ids[m], { role: 'observer' });
  }
  const system = systemContext(t.database.db, 'test');
  const problem = async (mesa: string, visibility: 'public' | 'members' | 'team') =>
    (await createProblem(system, mesa, { title: unique(`Problema ${visibility}`), visibility })).id;
  ids.problem = {
    forestal: await problem(ids.forestal, 'members'),
    forestalTeam: await problem(ids.forestal, 'team'),
    acuicola: await problem(ids.acuicola, 'members'),
    logisticaMembers: await problem(ids.logistica, 'members'),
    logisticaPublic: await problem(ids.logistica, 'public'),
  };
  for (const m of ['forestal', 'acuicola'] as const) {
    ids.solution[m] = (await proposeSolution(system, ids.problem[m], { text: 'Propuesta inicial' })).id;
    ids.indicator[m] = (
      await addIndicator(system, ids.problem[m], {
        name: 'Plazo',
        unit: 'días',
        direction: 'lower_is_better',
      })
    ).id;
  }
  const categories = await clients.get('admin')!.post('/api/categories', {
    key: 'fija_para_permisos',
    nameEs: 'Fija',
    nameEn: 'Fixed',
  });
  ids.category = categories.json().id;
  const coordinator = clients.get('coordinator')!;
  ids.organization = (
    await coordinator.post('/api/organizations', { name: unique('Cámara'), kind: 'other' })
  ).json().id;
  ids.person = (await createPerson(t)).id;
  const account = await clients.get('admin')!.post('/api/accounts', {
    email: `${unique('fija')}@example.org`,
    password: 'otra-clave-larga',
    fullName: 'Fija',
  });
  ids.account = account.json().id;
  expect([ids.organization, ids.person, ids.account].every(Boolean)).toBe(true);
});
afterAll(() => t?.close());

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('the authorization table covers the whole API', () => {
  it('has a row for every registered route and no row for a route that does not exist', () => {
    const registered = new Set(t.app.routeList.map(key));
    const covered = new Set([...table, ...docsRoutes].map((r) => r.route));
    expect([...registered].filter((r) => !covered.has(r)).sort()).toEqual([]);
    expect([...covered].filter((r) => !registered.has(r)).sort()).toEqual([]);
  });

  it('knows the action every route declares, and every API route declares one', () => {
    const declared = Object.fromEntries(
      t.app.routeList.filter((r) => !r.url.startsWith('/api/docs')).map((r) => [key(r), r.access]),
    );
    expect(declared).toEqual(routeActions);
  });
});

describe.each(table.map((row) => ({ ...row, name: row.on ? `${row.route} (${row.on})` : row.route })))(
  '$name',
  (row) => {
    it('answers each role as the table says', async () => {
      const method = row.route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'DELETE';
      const actual: Record<string, number> = {};
      const expected: Record<string, number> = {};
      const wrongCodes: string[] = [];
      for (const [i, role] of roles.entries()) {
        let c = clients.get(role)!;
        if (row.ownSession && role !== 'anonymous') c = await newSession(t, demoEmail(role));
        const { url, body } = await row.call(role, c);
        const res: LightMyRequestResponse = await c.request(
          method,
          url,
          body ?? (method === 'GET' ? undefined : {}),
        );
        actual[role] = res.statusCode;
        expected[role] = row.expect[i]!;
        const code = canonicalCode[res.statusCode];
        if (code && res.json().error?.code !== code) wrongCodes.push(`${role}: ${res.body}`);
      }
      expect(actual).toEqual(expected);
      expect(wrongCodes).toEqual([]);
    });
  },
);

describe.each(docsRoutes)('$route', (row) => {
  it('is served to anyone', async () => {
    for (const [i, role] of roles.entries()) {
      const { url } = await row.call(role, clients.get(role)!);
      const res = await clients.get(role)!.get(url);
      expect(res.statusCode, `${role} ${url}`).toBe(row.expect[i]);
    }
  });
});

describe('what each role sees', () => {
  it('lists only the Mesas a role may see', async () => {
    const visible: Record<string, string[]> = {};
    for (const role of demoRoles) {
      const res = await clients.get(role)!.get('/api/mesas');
      const listed = new Set(res.json().mesas.map((m: { id: string }) => m.id));
      visible[role] = (['forestal', 'acuicola', 'logistica', 'teamOnly'] as const).filter((m) =>
        listed.has(ids[m]),
      );
    }
    const participant = ['forestal', 'logistica'];
    expect(visible).toEqual({
      admin: ['forestal', 'acuicola', 'logistica', 'teamOnly'],
      coordinator: ['forestal', 'acuicola', 'logistica', 'teamOnly'],
      high_level: ['forestal', 'acuicola', 'logistica'],
      team: participant,
      moderator: participant,
      public_rep: participant,
      private_rep: participant,
      observer: participant,
    });
  });

  it('tells each role what it may do with a Mesa', async () => {
    const can: Record<string, unknown> = {};
    for (const role of demoRoles)
      can[role] = (await clients.get(role)!.get(`/api/mesas/${ids.forestal}`)).json().can;
    const none = { update: false, transition: false, manageParticipants: false };
    const team = { update: true, transition: false, manageParticipants: true };
    const all = { update: true, transition: true, manageParticipants: true };
    expect(can).toEqual({
      admin: all,
      coordinator: all,
      high_level: none,
      team,
      moderator: team,
      public_rep: none,
      private_rep: none,
      observer: none,
    });
  });

  it('refuses an anonymous caller before looking at the request', async () => {
    const before = await t.database.db.select().from(mesas);
    for (const [method, url, body] of [
      ['POST', '/api/mesas', {}],
      ['POST', '/api/mesas', { name: 1 }],
      ['PATCH', '/api/mesas/not-a-uuid', { version: 'x' }],
      ['GET', '/api/mesas/not-a-uuid', undefined],
      ['GET', '/api/audit?limit=many', undefined],
      ['POST', '/api/people', { fullName: '' }],
    ] as const) {
      const res = await t.anonymous.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
    expect(await t.database.db.select().from(mesas)).toEqual(before);
  });
});
