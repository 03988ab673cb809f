import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMesaArchive } from '../../src/archive/export';
import { hashToken, newToken } from '../../src/auth/tokens';
import { saveAgenda } from '../../src/commands/agenda';
import { rotateCalendarFeed } from '../../src/commands/calendar-feeds';
import { createCommitment } from '../../src/commands/commitments';
import { systemContext } from '../../src/commands/context';
import { attachDocument } from '../../src/commands/documents';
import { createEscalation, returnEscalation } from '../../src/commands/escalations';
import { createFeedbackLink } from '../../src/commands/feedback-links';
import { addIndicator } from '../../src/commands/indicators';
import { createLesson } from '../../src/commands/lessons';
import { createMatrixView } from '../../src/commands/matrix-views';
import { closeMeeting } from '../../src/commands/meeting-minutes';
import { addDecision, startMeeting } from '../../src/commands/meeting-record';
import { createMeeting, type MeetingInput } from '../../src/commands/meetings';
import { createProblem, transitionProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import {
  agendaItems,
  commitments,
  mailOutbox,
  meetings,
  mesas,
  problems,
  solutions,
  users,
} from '../../src/db/schema';
import { DEMO_PASSWORD } from '../../src/demo/seed';
import type { Action } from '../../src/domain/access';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { queueMail } from '../../src/mail/outbox';
import { openDataTables } from '../../src/open-data/tables';
import { CALENDAR_TOKEN_PREFIX } from '../../src/server/routes/calendar';
import { mesaMetricNames, portfolioChartNames } from '../../src/server/schemas/dashboards';
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
import {
  answersOf,
  closeOpenRounds,
  freshRound,
  linkToken,
  openRoundOf,
  testWheelQuestion,
} from '../support/wheel';

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
  /** Headers of the request (a body that is not JSON says its type). */
  headers?: Record<string, string>;
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
  'GET /api/auth/options': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/auth/me': 'token.own',
  'PATCH /api/auth/me': 'token.own',
  'POST /api/auth/password': 'token.own',
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
  'POST /api/me/email': 'token.own',
  'POST /api/me/email/confirm': 'token.own',
  'GET /api/accounts': 'account.manage',
  'GET /api/accounts/:id': 'account.manage',
  'POST /api/accounts': 'account.manage',
  'PATCH /api/accounts/:id': 'account.manage',
  'GET /api/audit': 'audit.read',
  'GET /api/audit/verify': 'audit.read',
  'GET /api/mesas/:id/audit': 'audit.trail',
  'GET /api/admin/outbox': 'mail.outbox',
  'GET /api/admin/outbox/:id': 'mail.outbox',
  'GET /api/mesas/:id/matrix': 'matrix.read',
  'GET /api/mesas/:id/matrix/events': 'matrix.read',
  'POST /api/mesas/:id/problems': 'problem.create',
  'GET /api/problems/:id': 'matrix.read',
  'PATCH /api/problems/:id': 'problem.update',
  'POST /api/problems/:id/transitions': 'problem.update',
  'POST /api/problems/:id/solutions': 'solution.propose',
  'POST /api/solutions/:id/versions': 'solution.revise',
  'PATCH /api/solutions/:id': 'solution.revise',
  'POST /api/problems/:id/indicators': 'indicator.manage',
  'PATCH /api/indicators/:id': 'indicator.manage',
  'POST /api/problems/:id/feedback': 'feedback.report',
  'POST /api/problems/:id/reopen': 'problem.update',
  'POST /api/problems/:id/feedback-links': 'problem.update',
  'GET /api/feedback-links/:token': 'public',
  'POST /api/feedback-links/:token': 'public',
  'GET /api/categories': 'category.read',
  'POST /api/categories': 'category.manage',
  'PATCH /api/categories/:id': 'category.manage',
  'GET /api/mesas/:id/matrix.xlsx': 'matrix.read',
  'GET /api/mesas/:id/archive': 'archive.export',
  'POST /api/archives/import': 'archive.import',
  'GET /api/mesas/:id/matrix.csv': 'matrix.read',
  'POST /api/mesas/:id/matrix/import/preview': 'matrix.import',
  'POST /api/mesas/:id/matrix/import': 'matrix.import',
  'GET /api/search': 'matrix.read',
  'GET /api/mesas/:id/matrix-views': 'matrix.read',
  'POST /api/mesas/:id/matrix-views': 'matrixView.manage',
  'PATCH /api/matrix-views/:id': 'matrixView.manage',
  'DELETE /api/matrix-views/:id': 'matrixView.manage',
  'GET /api/problems/:id/documents': 'document.read',
  'POST /api/problems/:id/documents': 'document.manage',
  'GET /api/solutions/:id/documents': 'document.read',
  'POST /api/solutions/:id/documents': 'document.manage',
  'GET /api/meetings/:id/documents': 'document.read',
  'POST /api/meetings/:id/documents': 'document.manage',
  'GET /api/commitments/:id/documents': 'document.read',
  'POST /api/commitments/:id/documents': 'document.manage',
  'GET /api/documents/:id': 'document.read',
  'DELETE /api/documents/:id': 'document.manage',
  'GET /api/mesas/:id/lessons': 'lesson.read',
  'POST /api/mesas/:id/lessons': 'lesson.manage',
  'GET /api/lessons/:id': 'lesson.read',
  'PATCH /api/lessons/:id': 'lesson.manage',
  'DELETE /api/lessons/:id': 'lesson.manage',
  'GET /api/problems/:id/lessons': 'lesson.read',
  'GET /api/problems/:id/similar-lessons': 'lesson.read',
  'GET /api/public/documents/:id': 'public',
  'GET /api/mesas/:id/reforms': 'reform.read',
  'GET /api/mesas/:id/reforms.xlsx': 'reform.read',
  'GET /api/portfolio/reforms.xlsx': 'portfolio.read',
  'GET /api/mesas/:id/commitments': 'commitment.read',
  'POST /api/mesas/:id/commitments': 'commitment.manage',
  'GET /api/commitments/:id': 'commitment.read',
  'PATCH /api/commitments/:id': 'commitment.manage',
  'POST /api/commitments/:id/progress': 'commitment.report',
  'GET /api/me/commitments': 'commitment.read',
  'GET /api/me/home': 'mesa.list',
  'GET /api/mesas/:id/commitments/board': 'commitment.read',
  'GET /api/mesas/:id/commitments/chase': 'commitment.manage',
  'POST /api/mesas/:id/commitments/chase': 'commitment.manage',
  'GET /api/organizations/:id/commitments': 'commitment.read',
  'GET /api/mesas/:id/calendar.ics': 'calendar.read',
  'GET /api/me/calendar-feed': 'calendar.read',
  'POST /api/me/calendar-feed': 'calendar.read',
  'DELETE /api/me/calendar-feed': 'calendar.read',
  ...(Object.fromEntries(
    ['problems', 'commitments'].flatMap((kind) =>
      ['GET', 'PUT', 'DELETE'].map((method) => [`${method} /api/${kind}/:id/follow`, 'follow.manage']),
    ),
  ) as Record<string, Action>),
  'GET /api/me/follows': 'follow.manage',
  'GET /api/calendar/:token.ics': 'public',
  'GET /api/public/mesas': 'public',
  'GET /api/public/mesas/:slug': 'public',
  'GET /api/public/mesas/:slug/problems/:code': 'public',
  'GET /portal': 'public',
  'GET /portal/mesas/:slug': 'public',
  'GET /portal/mesas/:slug/problems/:code': 'public',
  'GET /portal/sitemap.xml': 'public',
  'GET /robots.txt': 'public',
  'GET /open-data/datapackage.json': 'public',
  ...(Object.fromEntries(
    openDataTables.flatMap((name) => [
      [`GET /open-data/${name}.csv`, 'public'],
      [`GET /open-data/${name}.json`, 'public'],
    ]),
  ) as Record<string, 'public'>),
  'GET /portal/feed.atom': 'public',
  'GET /portal/mesas/:slug/feed.atom': 'public',
  'GET /api/mesas/:id/meetings': 'meeting.read',
  'GET /api/mesas/:id/session-plan': 'meeting.read',
  'GET /api/mesas/:id/metrics': 'metrics.read',
  ...(Object.fromEntries(
    mesaMetricNames.map((m) => [`GET /api/mesas/:id/metrics/${m}.csv`, 'metrics.read']),
  ) as Record<string, Action>),
  'GET /api/portfolio': 'portfolio.read',
  'GET /api/portfolio.csv': 'portfolio.read',
  ...(Object.fromEntries(
    portfolioChartNames.map((c) => [`GET /api/portfolio/${c}.csv`, 'portfolio.read']),
  ) as Record<string, Action>),
  'POST /api/mesas/:id/meetings': 'meeting.manage',
  'GET /api/meetings/:id': 'meeting.read',
  'PATCH /api/meetings/:id': 'meeting.manage',
  'DELETE /api/meetings/:id': 'meeting.manage',
  'POST /api/meetings/:id/start': 'meeting.manage',
  'PUT /api/meetings/:id/attendance': 'meeting.manage',
  'PUT /api/meetings/:id/current-item': 'meeting.manage',
  'POST /api/meetings/:id/decisions': 'meeting.manage',
  'DELETE /api/meetings/:id/decisions/:decisionId': 'meeting.manage',
  'POST /api/meetings/:id/close': 'meeting.manage',
  'GET /api/meetings/:id/agenda': 'meeting.read',
  'PUT /api/meetings/:id/agenda': 'meeting.manage',
  'PATCH /api/meetings/:id/agenda/items/:itemId': 'meeting.manage',
  'GET /api/meetings/:id/minutes': 'meeting.read',
  'POST /api/meetings/:id/minutes': 'meeting.manage',
  'GET /api/meetings/:id/minutes.md': 'meeting.read',
  'GET /api/meetings/:id/minutes.pdf': 'meeting.read',
  'GET /api/meetings/:id/events': 'meeting.read',
  'GET /api/mesas/:id/assessments': 'assessment.read',
  'POST /api/mesas/:id/assessments': 'assessment.manage',
  'GET /api/assessments/:id': 'assessment.read',
  'POST /api/assessments/:id/decision': 'assessment.manage',
  'GET /api/assessment-questions': 'assessment.read',
  'POST /api/assessment-questions': 'assessment.questions',
  'PATCH /api/assessment-questions/:id': 'assessment.questions',
  'POST /api/problems/:id/escalations': 'escalation.create',
  'GET /api/problems/:id/escalations': 'escalation.read',
  'GET /api/mesas/:id/escalations': 'escalation.read',
  'GET /api/escalations': 'escalation.inbox',
  'GET /api/escalations/:id': 'escalation.read',
  'POST /api/escalations/:id/decision': 'escalation.decide',
  'POST /api/escalations/:id/return': 'escalation.decide',
  'POST /api/escalations/:id/answer': 'escalation.create',
  'POST /api/escalations/:id/withdraw': 'escalation.create',
  'GET /api/wheel/questions': 'wheelQuestion.read',
  'POST /api/wheel/questions': 'wheelQuestion.manage',
  'PATCH /api/wheel/questions/:id': 'wheelQuestion.manage',
  'GET /api/mesas/:id/wheel': 'wheel.read',
  'POST /api/mesas/:id/wheel': 'wheel.manage',
  'GET /api/wheel-rounds/:id': 'wheel.read',
  'GET /api/wheel-rounds/:id/results': 'wheel.read',
  'GET /api/wheel-rounds/:id/results.csv': 'wheel.read',
  'POST /api/wheel-rounds/:id/close': 'wheel.manage',
  'POST /api/wheel-rounds/:id/remind': 'wheel.manage',
  'GET /api/wheel-rounds/:id/form': 'wheel.answer',
  'POST /api/wheel-rounds/:id/answers': 'wheel.answer',
  'GET /api/wheel-links/:token': 'public',
  'POST /api/wheel-links/:token': 'public',
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
  /** People of the directory placed in a Mesa (see "whose people a team reaches"). */
  people: {
    /** Takes part only in acuicola, a members-only Mesa the demo team does not serve. */
    elsewhere: '',
    /** Takes part in forestal, without an account. */
    forestal: '',
    /** Takes part in forestal, with an account (no global role). */
    forestalAccount: '',
    /** An administrator's person (no Mesa). */
    admin: '',
    /** A high-level account's person, who also takes part in forestal as high_level. */
    highLevel: '',
  },
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

/** A message in the mail outbox, queued once. */
let outboxMessageId: string | null = null;
async function outboxMessage(): Promise<string> {
  if (!outboxMessageId) {
    await queueMail(t.database.db, {
      dedupeKey: 'test:authorization',
      kind: 'invitation',
      to: 'invitado@example.org',
      locale: 'es',
      subject: 'Invitación',
      text: 'Texto',
    });
    const [row] = await t.database.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(eq(mailOutbox.dedupeKey, 'test:authorization'));
    outboxMessageId = row!.id;
  }
  return outboxMessageId;
}

async function solutionEditVersion(id: string) {
  const [row] = await t.database.db
    .select({ version: solutions.version })
    .from(solutions)
    .where(eq(solutions.id, id));
  return row!.version;
}

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

/** A new enacted problem of a Mesa, with a solution: each allowed reopen or link gets its own. */
async function enactedProblem(m: 'forestal' | 'acuicola') {
  const system = systemContext(t.database.db, 'test');
  const { id } = await createProblem(system, ids[m], { title: unique('Aplicado') });
  await proposeSolution(system, id, { text: 'Solución aprobada' });
  for (const to of ['in_progress', 'enacted'] as const) await transitionProblem(system, id, { to });
  return id;
}

/** The token of a field-feedback link for a forestal participant, made once. */
let feedbackLinkMade: Promise<string> | null = null;
const feedbackLinkToken = () => {
  feedbackLinkMade ??= (async () => {
    const system = systemContext(t.database.db, 'test');
    const link = await createFeedbackLink(system, await enactedProblem('forestal'), {
      personId: ids.people.forestal,
    });
    return link.url.split('/f/')[1]!;
  })();
  return feedbackLinkMade;
};

/** A one-problem XLSX workbook, base64-encoded, for the import routes. */
async function sheet(title: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Matriz');
  ws.addRow(['Problema']);
  ws.addRow([title]);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** A question of the Evaluation Wheel made for these tests, once. */
let wheelQuestionMade: Promise<string> | null = null;
const wheelQuestionId = () => {
  wheelQuestionMade ??= testWheelQuestion(t.database.db, 'outreach.authorization_test');
  return wheelQuestionMade;
};

/** A new saved view of the Matrix of a Mesa: each allowed rename or delete gets its own. */
async function savedView(m: 'forestal' | 'acuicola') {
  const system = systemContext(t.database.db, 'test');
  return (await createMatrixView(system, ids[m], { name: unique('Vista'), query: { status: 'open' } })).id;
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
/** A person who takes part only in a Mesa none of the demo participants serve: out of the team's reach. */
const PERSON_ELSEWHERE: Statuses = [200, 200, 403, 404, 404, 403, 403, 403, 401];
/** Rounds of the Evaluation Wheel of forestal: the coordinating office, the high-level body and the team. */
const WHEEL_READERS: Statuses = [200, 200, 200, 200, 200, 403, 403, 403, 401];
/** The forestal participants a round of the Wheel asks: the team and the reps (not observers, nor accounts of no Mesa). */
const WHEEL_ASKED: Statuses = [404, 404, 404, 200, 200, 200, 200, 404, 401];

/**
 * Commitments and calendars. Their records are made once, on first use: commitments of each
 * visibility (owned by the forestal private and public representatives and by the team), one in
 * acuicola, and a secret calendar feed of another account's.
 */
const commitmentFixtures = (() => {
  let made: Promise<{
    forestal: string;
    forestalPublicRep: string;
    forestalTeam: string;
    acuicola: string;
    acuicolaPerson: string;
    teamPerson: string;
    feedPath: string;
  }> | null = null;
  const personOf = async (role: (typeof demoRoles)[number]) => {
    const [row] = await t.database.db
      .select({ personId: users.personId })
      .from(users)
      .where(eq(users.email, demoEmail(role)));
    return row!.personId;
  };
  return () => {
    made ??= (async () => {
      const ctx = systemContext(t.database.db, 'test', 'America/Lima');
      const dueOn = addDays(todayIn(new Date(), 'America/Lima'), 10);
      const commit = async (mesaId: string, personId: string, visibility: 'members' | 'team' = 'members') =>
        (await createCommitment(ctx, mesaId, { personId, text: 'Compromiso de prueba', dueOn, visibility }))
          .id;
      const acuicolaPerson = (await createPerson(t)).id;
      await addParticipant(t, ids.acuicola, { role: 'observer', personId: acuicolaPerson });
      const teamPerson = await personOf('team');
      // The feed of an account outside the demo roles, whose own rows below do not rotate it.
      const [holder] = await t.database.db
        .select({ personId: users.personId })
        .from(users)
        .where(eq(users.id, ids.account));
      const token = newToken(CALENDAR_TOKEN_PREFIX);
      await rotateCalendarFeed(
        { ...ctx, actor: { ...ctx.actor, personId: holder!.personId } },
        hashToken(token, t.app.sessionSecret),
      );
      return {
        forestal: await commit(ids.forestal, await personOf('private_rep')),
        forestalPublicRep: await commit(ids.forestal, await personOf('public_rep')),
        forestalTeam: await commit(ids.forestal, teamPerson, 'team'),
        acuicola: await commit(ids.acuicola, acuicolaPerson),
        acuicolaPerson,
        teamPerson,
        feedPath: `/api/calendar/${token}.ics`,
      };
    })();
    return made;
  };
})();

type CommitmentKey = 'forestal' | 'forestalPublicRep' | 'forestalTeam' | 'acuicola';

async function commitmentVersion(id: string) {
  const [row] = await t.database.db.select().from(commitments).where(eq(commitments.id, id));
  return row!.version;
}

const commitmentCall =
  (c: CommitmentKey, path = ''): Row['call'] =>
  async () => ({ url: `/api/commitments/${(await commitmentFixtures())[c]}${path}` });
const commitmentPatch =
  (c: CommitmentKey): Row['call'] =>
  async (role) => {
    const id = (await commitmentFixtures())[c];
    return {
      url: `/api/commitments/${id}`,
      body: { version: await commitmentVersion(id), text: `Editado por ${role}` },
    };
  };
const progress =
  (c: CommitmentKey): Row['call'] =>
  async (role) => ({
    url: `/api/commitments/${(await commitmentFixtures())[c]}/progress`,
    body: { text: `Avance según ${role}` },
  });
const newCommitment =
  (m: 'forestal' | 'acuicola'): Row['call'] =>
  async (role) => {
    const f = await commitmentFixtures();
    return {
      url: `/api/mesas/${ids[m]}/commitments`,
      body: {
        personId: m === 'forestal' ? f.teamPerson : f.acuicolaPerson,
        text: `Compromiso de ${role}`,
        dueOn: addDays(todayIn(new Date(), 'America/Lima'), 7),
      },
    };
  };
const TEAM_RECORD: Statuses = [200, 200, 404, 200, 200, 404, 404, 404, 401];

const commitmentRows: Row[] = [
  {
    route: 'GET /api/mesas/:id/commitments',
    on: 'forestal',
    call: mesaRead('forestal', '/commitments'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/commitments',
    on: 'acuicola',
    call: mesaRead('acuicola', '/commitments'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/mesas/:id/commitments/board',
    on: 'forestal',
    call: mesaRead('forestal', '/commitments/board'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/commitments/board',
    on: 'acuicola',
    call: mesaRead('acuicola', '/commitments/board'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/mesas/:id/commitments/chase',
    on: 'forestal',
    call: mesaRead('forestal', '/commitments/chase'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'GET /api/mesas/:id/commitments/chase',
    on: 'acuicola',
    call: mesaRead('acuicola', '/commitments/chase'),
    expect: MANAGE_ELSEWHERE,
  },
  {
    route: 'POST /api/mesas/:id/commitments/chase',
    on: 'forestal',
    call: () => ({ url: `/api/mesas/${ids.forestal}/commitments/chase`, body: {} }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'POST /api/mesas/:id/commitments/chase',
    on: 'acuicola',
    call: () => ({ url: `/api/mesas/${ids.acuicola}/commitments/chase`, body: {} }),
    expect: MANAGE_ELSEWHERE,
  },
  {
    route: 'POST /api/mesas/:id/commitments',
    on: 'forestal',
    call: newCommitment('forestal'),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'POST /api/mesas/:id/commitments',
    on: 'acuicola',
    call: newCommitment('acuicola'),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'GET /api/commitments/:id',
    on: 'forestal, members',
    call: commitmentCall('forestal'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/commitments/:id',
    on: 'forestal, team',
    call: commitmentCall('forestalTeam'),
    expect: TEAM_RECORD,
  },
  {
    route: 'GET /api/commitments/:id',
    on: 'acuicola, members',
    call: commitmentCall('acuicola'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/commitments/:id',
    on: 'unknown commitment',
    call: () => ({ url: `/api/commitments/${unknownId()}` }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'PATCH /api/commitments/:id',
    on: 'forestal, members',
    call: commitmentPatch('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/commitments/:id',
    on: 'forestal, team',
    call: commitmentPatch('forestalTeam'),
    expect: TEAM_RECORD,
  },
  {
    route: 'PATCH /api/commitments/:id',
    on: 'acuicola, members',
    call: commitmentPatch('acuicola'),
    expect: MANAGE_ELSEWHERE,
  },
  {
    // The team reports on any commitment; a representative only on their own.
    route: 'POST /api/commitments/:id/progress',
    on: "forestal, the private representative's",
    call: progress('forestal'),
    expect: [201, 201, 403, 201, 201, 403, 201, 403, 401],
  },
  {
    route: 'POST /api/commitments/:id/progress',
    on: "forestal, the public representative's",
    call: progress('forestalPublicRep'),
    expect: [201, 201, 403, 201, 201, 201, 403, 403, 401],
  },
  {
    route: 'POST /api/commitments/:id/progress',
    on: 'forestal, team',
    call: progress('forestalTeam'),
    expect: [201, 201, 404, 201, 201, 404, 404, 404, 401],
  },
  {
    route: 'POST /api/commitments/:id/progress',
    on: 'acuicola',
    call: progress('acuicola'),
    expect: created(MANAGE_ELSEWHERE),
  },
  { route: 'GET /api/me/home', call: () => ({ url: '/api/me/home' }), expect: SIGNED_IN },
  { route: 'GET /api/me/commitments', call: () => ({ url: '/api/me/commitments' }), expect: SIGNED_IN },
  {
    route: 'GET /api/organizations/:id/commitments',
    on: 'known organization',
    call: () => ({ url: `/api/organizations/${ids.organization}/commitments` }),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/organizations/:id/commitments',
    on: 'unknown organization',
    call: () => ({ url: `/api/organizations/${unknownId()}/commitments` }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  ...(['forestal', 'acuicola', 'logistica', 'teamOnly'] as const).map(
    (m): Row => ({
      route: 'GET /api/mesas/:id/calendar.ics',
      on: m,
      call: mesaRead(m, '/calendar.ics'),
      expect: {
        forestal: SIGNED_IN,
        acuicola: MEMBERS_ELSEWHERE,
        logistica: SIGNED_IN,
        teamOnly: [200, 200, 404, 404, 404, 404, 404, 404, 401] as Statuses,
      }[m],
    }),
  ),
  { route: 'GET /api/me/calendar-feed', call: () => ({ url: '/api/me/calendar-feed' }), expect: SIGNED_IN },
  {
    route: 'POST /api/me/calendar-feed',
    call: () => ({ url: '/api/me/calendar-feed' }),
    expect: created(SIGNED_IN),
  },
  {
    route: 'DELETE /api/me/calendar-feed',
    call: () => ({ url: '/api/me/calendar-feed' }),
    expect: SIGNED_IN,
  },
  {
    // The secret address is the authorization: it opens the feed for anyone who has it.
    route: 'GET /api/calendar/:token.ics',
    on: 'valid token',
    call: async () => ({ url: (await commitmentFixtures()).feedPath }),
    expect: ALL_200,
  },
  {
    route: 'GET /api/calendar/:token.ics',
    on: 'unknown token',
    call: () => ({ url: '/api/calendar/mesas_cal_unknown.ics' }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 404],
  },
];

/**
 * Meetings. Each is made on first use through the commands, as the system: in forestal (where the
 * demo roles take part) one for members, one among public entities only and one for the team; one in
 * acuicola; some in progress or closed. Routes that use a meeting up (start, close, delete) get a
 * fresh one per call.
 */
const meetingFixtures = (() => {
  const made = new Map<string, Promise<string>>();
  const system = () => systemContext(t.database.db, 'test', 'America/Lima');
  const plan = async (mesaId: string, fields: Partial<MeetingInput> = {}) =>
    (
      await createMeeting(system(), mesaId, {
        kind: 'intersessional',
        title: unique('Reunión'),
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        ...fields,
      })
    ).id;
  const live = async (mesaId: string, fields: Partial<MeetingInput> = {}) => {
    const id = await plan(mesaId, fields);
    await startMeeting(system(), id);
    return id;
  };
  const closed = async (mesaId: string, fields: Partial<MeetingInput> = {}) => {
    const id = await live(mesaId, fields);
    await closeMeeting(system(), id);
    return id;
  };
  const once = (name: string, make: () => Promise<string>) => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name)!;
  };
  const publicSectorOnly = { publicSectorOnly: true } as const;
  return {
    fresh: (state: 'scheduled' | 'in_progress') =>
      state === 'scheduled' ? plan(ids.forestal) : live(ids.forestal),
    forestal: () => once('forestal', () => plan(ids.forestal)),
    publicSectorOnly: () => once('publicSectorOnly', () => plan(ids.forestal, publicSectorOnly)),
    teamOnly: () => once('teamOnly', () => plan(ids.forestal, { visibility: 'team' })),
    acuicola: () => once('acuicola', () => plan(ids.acuicola)),
    live: () => once('live', () => live(ids.forestal)),
    closed: () => once('closed', () => closed(ids.forestal)),
    closedPublicSectorOnly: () =>
      once('closedPublicSectorOnly', () => closed(ids.forestal, publicSectorOnly)),
    /** An item of the live meeting's agenda, added by hand. */
    agendaItem: () =>
      once('agendaItem', async () => {
        const id = await meetingFixtures.live();
        const [meeting] = await t.database.db.select().from(meetings).where(eq(meetings.id, id));
        await saveAgenda(system(), id, {
          version: meeting!.version,
          edits: [{ op: 'add', title: 'Varios' }],
        });
        const [item] = await t.database.db.select().from(agendaItems).where(eq(agendaItems.meetingId, id));
        return item!.id;
      }),
    decision: async () =>
      (await addDecision(system(), await meetingFixtures.live(), { text: unique('Decisión') })).id,
  };
})();
type MeetingFixture = Exclude<keyof typeof meetingFixtures, 'fresh' | 'agendaItem' | 'decision'>;

async function meetingVersion(id: string) {
  const [row] = await t.database.db.select().from(meetings).where(eq(meetings.id, id));
  return row!.version;
}

const meetingCall =
  (m: MeetingFixture, path = ''): Row['call'] =>
  async () => ({ url: `/api/meetings/${await meetingFixtures[m]()}${path}` });
const meetingPatch =
  (m: MeetingFixture): Row['call'] =>
  async (role) => {
    const id = await meetingFixtures[m]();
    return {
      url: `/api/meetings/${id}`,
      body: { version: await meetingVersion(id), place: `Sala de ${role}` },
    };
  };
const freshMeeting =
  (state: 'scheduled' | 'in_progress', path = ''): Row['call'] =>
  async () => ({ url: `/api/meetings/${await meetingFixtures.fresh(state)}${path}` });
const newMeeting =
  (m: 'forestal' | 'acuicola'): Row['call'] =>
  (role) => ({
    url: `/api/mesas/${ids[m]}/meetings`,
    body: {
      kind: 'intersessional',
      title: `Reunión de ${role}`,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
    },
  });
/** Everyone who may see a meeting among public entities only: not private representatives nor observers. */
const PUBLIC_SECTOR: Statuses = [200, 200, 200, 200, 200, 200, 404, 404, 401];
const noContent = (s: Statuses) => s.map((x) => (x === 200 ? 204 : x)) as Statuses;

const meetingRows: Row[] = [
  {
    route: 'GET /api/mesas/:id/meetings',
    on: 'forestal',
    call: mesaRead('forestal', '/meetings'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/meetings',
    on: 'acuicola',
    call: mesaRead('acuicola', '/meetings'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/mesas/:id/session-plan',
    on: 'forestal',
    call: mesaRead('forestal', '/session-plan'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/mesas/:id/session-plan',
    on: 'acuicola',
    call: mesaRead('acuicola', '/session-plan'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'POST /api/mesas/:id/meetings',
    on: 'forestal',
    call: newMeeting('forestal'),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'POST /api/mesas/:id/meetings',
    on: 'acuicola',
    call: newMeeting('acuicola'),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'GET /api/meetings/:id',
    on: 'forestal, members',
    call: meetingCall('forestal'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/meetings/:id',
    on: 'forestal, public sector only',
    call: meetingCall('publicSectorOnly'),
    expect: PUBLIC_SECTOR,
  },
  {
    route: 'GET /api/meetings/:id',
    on: 'forestal, team',
    call: meetingCall('teamOnly'),
    expect: TEAM_RECORD,
  },
  {
    route: 'GET /api/meetings/:id',
    on: 'acuicola',
    call: meetingCall('acuicola'),
    expect: MEMBERS_ELSEWHERE,
  },
  {
    route: 'GET /api/meetings/:id',
    on: 'unknown meeting',
    call: () => ({ url: `/api/meetings/${unknownId()}` }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 401],
  },
  {
    route: 'PATCH /api/meetings/:id',
    on: 'forestal, members',
    call: meetingPatch('forestal'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/meetings/:id',
    on: 'forestal, public sector only',
    call: meetingPatch('publicSectorOnly'),
    expect: [200, 200, 403, 200, 200, 403, 404, 404, 401],
  },
  {
    route: 'PATCH /api/meetings/:id',
    on: 'acuicola',
    call: meetingPatch('acuicola'),
    expect: MANAGE_ELSEWHERE,
  },
  { route: 'DELETE /api/meetings/:id', call: freshMeeting('scheduled'), expect: COORDINATING_OR_TEAM },
  {
    route: 'POST /api/meetings/:id/start',
    call: freshMeeting('scheduled', '/start'),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PUT /api/meetings/:id/attendance',
    call: async () => ({
      url: `/api/meetings/${await meetingFixtures.live()}/attendance`,
      body: { entries: [{ personId: (await commitmentFixtures()).teamPerson, status: 'present' }] },
    }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PUT /api/meetings/:id/current-item',
    call: async () => ({
      url: `/api/meetings/${await meetingFixtures.live()}/current-item`,
      body: { itemId: null },
    }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'POST /api/meetings/:id/decisions',
    call: async (role) => ({
      url: `/api/meetings/${await meetingFixtures.live()}/decisions`,
      body: { text: `Decisión de ${role}` },
    }),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'DELETE /api/meetings/:id/decisions/:decisionId',
    call: async () => ({
      url: `/api/meetings/${await meetingFixtures.live()}/decisions/${await meetingFixtures.decision()}`,
    }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'POST /api/meetings/:id/close',
    call: freshMeeting('in_progress', '/close'),
    expect: COORDINATING_OR_TEAM,
  },
  { route: 'GET /api/meetings/:id/agenda', call: meetingCall('forestal', '/agenda'), expect: SIGNED_IN },
  {
    route: 'PUT /api/meetings/:id/agenda',
    call: async () => {
      const id = await meetingFixtures.forestal();
      return { url: `/api/meetings/${id}/agenda`, body: { version: await meetingVersion(id), edits: [] } };
    },
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/meetings/:id/agenda/items/:itemId',
    call: async (role) => ({
      url: `/api/meetings/${await meetingFixtures.live()}/agenda/items/${await meetingFixtures.agendaItem()}`,
      body: { notes: `Notas de ${role}` },
    }),
    expect: COORDINATING_OR_TEAM,
  },
  { route: 'GET /api/meetings/:id/minutes', call: meetingCall('closed', '/minutes'), expect: SIGNED_IN },
  {
    route: 'GET /api/meetings/:id/minutes',
    on: 'public sector only',
    call: meetingCall('closedPublicSectorOnly', '/minutes'),
    expect: PUBLIC_SECTOR,
  },
  {
    route: 'POST /api/meetings/:id/minutes',
    call: async (role) => ({
      url: `/api/meetings/${await meetingFixtures.closed()}/minutes`,
      body: { reason: `Corrección de ${role}` },
    }),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'GET /api/meetings/:id/minutes.md',
    call: meetingCall('closed', '/minutes.md'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/meetings/:id/minutes.pdf',
    call: meetingCall('closed', '/minutes.pdf'),
    expect: SIGNED_IN,
  },
  {
    // The live stream itself is tested over real HTTP (test/api/meeting-live.test.ts); a closed
    // meeting's answers at once (204: no live session), which is what lets this table inject it.
    route: 'GET /api/meetings/:id/events',
    call: meetingCall('closed', '/events'),
    expect: noContent(SIGNED_IN),
  },
  {
    route: 'GET /api/meetings/:id/events',
    on: 'public sector only',
    call: meetingCall('closedPublicSectorOnly', '/events'),
    expect: noContent(PUBLIC_SECTOR),
  },
];

// Feasibility assessments: read by the coordinating office, the high-level body and the Mesa's team;
// made and decided by the coordinating office; the checklist is edited by administrators.
const ASSESSMENT_READERS: Statuses = [200, 200, 200, 200, 200, 403, 403, 403, 401];
const GLOBAL_READERS: Statuses = [200, 200, 200, 403, 403, 403, 403, 403, 401];
async function checklistQuestion(): Promise<{ id: string; version: number }> {
  const res = await clients.get('coordinator')!.get('/api/assessment-questions');
  const q = res.json().questions.find((x: { key: string }) => x.key === 'convener.willing');
  return { id: q.id, version: q.version };
}
async function openAssessment(mesa: 'forestal' | 'acuicola'): Promise<string> {
  const q = await checklistQuestion();
  const res = await clients
    .get('coordinator')!
    .post(`/api/mesas/${ids[mesa]}/assessments`, { answers: [{ questionId: q.id, answer: 'yes' }] });
  return res.json().id;
}
const assessmentBody = async () => ({
  answers: [{ questionId: (await checklistQuestion()).id, answer: 'yes' }],
});
const assessmentRows: Row[] = [
  ...(['forestal', 'acuicola'] as const).flatMap((m): Row[] => [
    {
      route: 'GET /api/mesas/:id/assessments',
      on: m,
      call: () => ({ url: `/api/mesas/${ids[m]}/assessments` }),
      expect: m === 'forestal' ? ASSESSMENT_READERS : MEMBERS_ELSEWHERE,
    },
    {
      route: 'POST /api/mesas/:id/assessments',
      on: m,
      call: async () => ({ url: `/api/mesas/${ids[m]}/assessments`, body: await assessmentBody() }),
      expect: created(m === 'forestal' ? COORDINATING : MANAGE_ELSEWHERE),
    },
    {
      route: 'GET /api/assessments/:id',
      on: m,
      call: async () => ({ url: `/api/assessments/${await openAssessment(m)}` }),
      expect: m === 'forestal' ? ASSESSMENT_READERS : MEMBERS_ELSEWHERE,
    },
    {
      route: 'POST /api/assessments/:id/decision',
      on: m,
      call: async (role) => ({
        url: `/api/assessments/${await openAssessment(m)}/decision`,
        body: { decision: 'not_now', rationale: `Decidido por ${role}` },
      }),
      expect: m === 'forestal' ? COORDINATING : MANAGE_ELSEWHERE,
    },
  ]),
  {
    route: 'GET /api/assessment-questions',
    call: () => ({ url: '/api/assessment-questions' }),
    expect: GLOBAL_READERS,
  },
  {
    route: 'POST /api/assessment-questions',
    call: () => ({
      url: '/api/assessment-questions',
      body: {
        key: unique('sector.q').replaceAll('-', '_'),
        area: 'sector',
        textEs: 'Pregunta',
        textEn: 'Question',
      },
    }),
    expect: created(ADMIN_ONLY),
  },
  {
    route: 'PATCH /api/assessment-questions/:id',
    call: async () => {
      const q = await checklistQuestion();
      return {
        url: `/api/assessment-questions/${q.id}`,
        body: { version: q.version, flagOnPartly: false },
      };
    },
    expect: ADMIN_ONLY,
  },
];

// Escalations: made and answered by the coordinating office or the Mesa's team; decided or returned
// by the high-level body (and administrators); the cross-Mesa inbox is for the high-level body and the
// coordinating office. Each call that changes one gets a fresh escalation (of a fresh problem).
const INBOX: Statuses = [200, 200, 200, 403, 403, 403, 403, 403, 401];
const DECIDERS: Statuses = [200, 403, 200, 403, 403, 403, 403, 403, 401];
const DECIDERS_ELSEWHERE: Statuses = [200, 403, 200, 404, 404, 404, 404, 404, 401];
async function freshEscalation(
  m: 'forestal' | 'acuicola',
  options: { visibility?: 'members' | 'team'; returned?: boolean } = {},
): Promise<string> {
  const system = systemContext(t.database.db, 'test', 'America/Lima');
  const problem = await createProblem(system, ids[m], { title: unique('Problema escalado') });
  const e = await createEscalation(system, problem.id, {
    reason: 'budget',
    brief: 'Falta presupuesto',
    ...(options.visibility ? { visibility: options.visibility } : {}),
  });
  if (options.returned) await returnEscalation(system, e.id, { questions: '¿Cuánto cuesta?' });
  return e.id;
}
const escalationRows: Row[] = [
  ...(['forestal', 'acuicola'] as const).flatMap((m): Row[] => {
    const elsewhere = m === 'acuicola';
    return [
      {
        route: 'POST /api/problems/:id/escalations',
        on: m,
        call: async () => {
          const system = systemContext(t.database.db, 'test', 'America/Lima');
          const problem = await createProblem(system, ids[m], { title: unique('Problema por escalar') });
          return {
            url: `/api/problems/${problem.id}/escalations`,
            body: { reason: 'budget', brief: 'Falta presupuesto', options: ['Sí', 'No'] },
          };
        },
        expect: created(elsewhere ? MANAGE_ELSEWHERE : COORDINATING_OR_TEAM),
      },
      {
        route: 'GET /api/problems/:id/escalations',
        on: m,
        call: () => ({ url: `/api/problems/${ids.problem[m]}/escalations` }),
        expect: elsewhere ? MEMBERS_ELSEWHERE : SIGNED_IN,
      },
      {
        route: 'GET /api/mesas/:id/escalations',
        on: m,
        call: () => ({ url: `/api/mesas/${ids[m]}/escalations` }),
        expect: elsewhere ? MEMBERS_ELSEWHERE : SIGNED_IN,
      },
      {
        route: 'GET /api/escalations/:id',
        on: m,
        call: async () => ({ url: `/api/escalations/${await freshEscalation(m)}` }),
        expect: elsewhere ? MEMBERS_ELSEWHERE : SIGNED_IN,
      },
      {
        route: 'POST /api/escalations/:id/decision',
        on: m,
        call: async (role) => ({
          url: `/api/escalations/${await freshEscalation(m)}/decision`,
          body: { decision: `Decidido por ${role}` },
        }),
        expect: elsewhere ? DECIDERS_ELSEWHERE : DECIDERS,
      },
      {
        route: 'POST /api/escalations/:id/return',
        on: m,
        call: async () => ({
          url: `/api/escalations/${await freshEscalation(m)}/return`,
          body: { questions: '¿Qué opina SERFOR?' },
        }),
        expect: elsewhere ? DECIDERS_ELSEWHERE : DECIDERS,
      },
      {
        route: 'POST /api/escalations/:id/answer',
        on: m,
        call: async () => ({
          url: `/api/escalations/${await freshEscalation(m, { returned: true })}/answer`,
          body: { text: 'Opina a favor' },
        }),
        expect: elsewhere ? MANAGE_ELSEWHERE : COORDINATING_OR_TEAM,
      },
      {
        route: 'POST /api/escalations/:id/withdraw',
        on: m,
        call: async () => ({
          url: `/api/escalations/${await freshEscalation(m)}/withdraw`,
          body: { reason: 'Se resolvió en la Mesa' },
        }),
        expect: elsewhere ? MANAGE_ELSEWHERE : COORDINATING_OR_TEAM,
      },
    ];
  }),
  {
    route: 'GET /api/escalations/:id',
    on: 'team-only escalation',
    call: async () => ({
      url: `/api/escalations/${await freshEscalation('forestal', { visibility: 'team' })}`,
    }),
    // A team record, but addressed to the high-level body: it sees it too.
    expect: [200, 200, 200, 200, 200, 404, 404, 404, 401],
  },
  { route: 'GET /api/escalations', call: () => ({ url: '/api/escalations?status=all' }), expect: INBOX },
];

/** The dashboards: a Mesa's, read like the Mesa; the portfolio, by the coordinating office and the high-level body. */
const dashboardRows: Row[] = [
  ...(['forestal', 'acuicola', 'logistica', 'teamOnly'] as const).flatMap((m): Row[] => {
    const read: Statuses = {
      forestal: SIGNED_IN,
      acuicola: [200, 200, 200, 404, 404, 404, 404, 404, 401] as Statuses,
      logistica: SIGNED_IN,
      teamOnly: [200, 200, 404, 404, 404, 404, 404, 404, 401] as Statuses,
    }[m];
    return [
      { route: 'GET /api/mesas/:id/metrics', on: m, call: mesaRead(m, '/metrics'), expect: read },
      ...(m === 'forestal' || m === 'teamOnly'
        ? mesaMetricNames.map(
            (metric): Row => ({
              route: `GET /api/mesas/:id/metrics/${metric}.csv`,
              on: m,
              call: mesaRead(m, `/metrics/${metric}.csv`),
              expect: read,
            }),
          )
        : []),
    ];
  }),
  { route: 'GET /api/portfolio', call: () => ({ url: '/api/portfolio' }), expect: GLOBAL_READERS },
  { route: 'GET /api/portfolio.csv', call: () => ({ url: '/api/portfolio.csv' }), expect: GLOBAL_READERS },
  ...portfolioChartNames.map(
    (c): Row => ({
      route: `GET /api/portfolio/${c}.csv`,
      call: () => ({ url: `/api/portfolio/${c}.csv` }),
      expect: GLOBAL_READERS,
    }),
  ),
];

/**
 * Documents and the reform tracking table. A members meeting and commitment of forestal are made once;
 * each allowed delete gets a document of its own.
 */
const documentFixtures = (() => {
  let made: Promise<{ meeting: string; commitment: string; forestalDoc: string; publicDoc: string }> | null =
    null;
  return () => {
    made ??= (async () => {
      const system = systemContext(t.database.db, 'test');
      const startsAt = new Date(Date.now() + 9 * 86_400_000);
      const meeting = (
        await createMeeting(system, ids.forestal, {
          kind: 'intersessional',
          title: 'Reunión con documentos',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          visibility: 'members',
        })
      ).id;
      const commitment = (
        await createCommitment(system, ids.forestal, {
          personId: ids.people.forestal,
          text: 'Compromiso con documentos',
          dueOn: addDays(todayIn(new Date(), 'America/Lima'), 12),
          visibility: 'members',
        })
      ).id;
      return {
        meeting,
        commitment,
        forestalDoc: await documentOn(ids.problem.forestal, 'members'),
        publicDoc: await documentOn(ids.problem.logisticaPublic, 'public'),
      };
    })();
    return made;
  };
})();

const PDF_BYTES = Buffer.from('%PDF-1.4\n%%EOF\n');
const pdfUpload = (url: string): Call => ({
  url: `${url}?title=Documento&filename=documento.pdf`,
  body: PDF_BYTES,
  headers: { 'content-type': 'application/pdf' },
});

/** A PDF attached to a problem, by the system. */
async function documentOn(problemId: string, visibility: 'public' | 'members') {
  const [problem] = await t.database.db.select().from(problems).where(eq(problems.id, problemId));
  const row = await attachDocument(
    systemContext(t.database.db, 'test'),
    { kind: 'problem', id: problemId, mesaId: problem!.mesaId, visibility: problem!.visibility },
    {
      title: 'Documento',
      filename: 'documento.pdf',
      contentType: 'application/pdf',
      bytes: PDF_BYTES,
      visibility,
    },
    { maxBytes: 1024 * 1024 },
  );
  return row.id;
}

const PORTFOLIO_READERS: Statuses = [200, 200, 200, 403, 403, 403, 403, 403, 401];

const documentRows: Row[] = [
  ...(['forestal', 'acuicola'] as const).flatMap((m): Row[] => {
    const read = m === 'forestal' ? SIGNED_IN : MEMBERS_ELSEWHERE;
    const manage = m === 'forestal' ? COORDINATING_OR_TEAM : MANAGE_ELSEWHERE;
    return [
      {
        route: 'GET /api/problems/:id/documents',
        on: m,
        call: () => ({ url: `/api/problems/${ids.problem[m]}/documents` }),
        expect: read,
      },
      {
        route: 'POST /api/problems/:id/documents',
        on: m,
        call: () => pdfUpload(`/api/problems/${ids.problem[m]}/documents`),
        expect: created(manage),
      },
      {
        route: 'GET /api/solutions/:id/documents',
        on: m,
        call: () => ({ url: `/api/solutions/${ids.solution[m]}/documents` }),
        expect: read,
      },
      {
        route: 'POST /api/solutions/:id/documents',
        on: m,
        call: () => pdfUpload(`/api/solutions/${ids.solution[m]}/documents`),
        expect: created(manage),
      },
      { route: 'GET /api/mesas/:id/reforms', on: m, call: mesaRead(m, '/reforms'), expect: read },
    ];
  }),
  {
    route: 'GET /api/problems/:id/documents',
    on: 'forestalTeam',
    call: () => ({ url: `/api/problems/${ids.problem.forestalTeam}/documents` }),
    expect: [200, 200, 404, 200, 200, 404, 404, 404, 401],
  },
  {
    route: 'GET /api/meetings/:id/documents',
    call: async () => ({ url: `/api/meetings/${(await documentFixtures()).meeting}/documents` }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/meetings/:id/documents',
    call: async () => pdfUpload(`/api/meetings/${(await documentFixtures()).meeting}/documents`),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'GET /api/commitments/:id/documents',
    call: async () => ({ url: `/api/commitments/${(await documentFixtures()).commitment}/documents` }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/commitments/:id/documents',
    call: async () => pdfUpload(`/api/commitments/${(await documentFixtures()).commitment}/documents`),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'GET /api/documents/:id',
    call: async () => ({ url: `/api/documents/${(await documentFixtures()).forestalDoc}` }),
    expect: SIGNED_IN,
  },
  {
    route: 'DELETE /api/documents/:id',
    call: async () => ({ url: `/api/documents/${await documentOn(ids.problem.forestal, 'members')}` }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'GET /api/public/documents/:id',
    call: async () => ({ url: `/api/public/documents/${(await documentFixtures()).publicDoc}` }),
    expect: ALL_200,
  },
  {
    route: 'GET /api/mesas/:id/reforms.xlsx',
    call: mesaRead('forestal', '/reforms.xlsx'),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/portfolio/reforms.xlsx',
    call: () => ({ url: '/api/portfolio/reforms.xlsx' }),
    expect: PORTFOLIO_READERS,
  },
];

/** Following: whoever sees the record may follow it (each role its own follow). */
const problemFollow =
  (p: ProblemKey): Row['call'] =>
  () => ({ url: `/api/problems/${ids.problem[p]}/follow` });
const followRows: Row[] = [
  ...(['GET', 'PUT', 'DELETE'] as const).flatMap((method): Row[] => [
    {
      route: `${method} /api/problems/:id/follow`,
      on: 'forestal, members',
      call: problemFollow('forestal'),
      expect: SIGNED_IN,
    },
    {
      route: `${method} /api/problems/:id/follow`,
      on: 'forestal, team',
      call: problemFollow('forestalTeam'),
      expect: TEAM_RECORD,
    },
    {
      route: `${method} /api/problems/:id/follow`,
      on: 'acuicola, members',
      call: problemFollow('acuicola'),
      expect: MEMBERS_ELSEWHERE,
    },
    {
      route: `${method} /api/commitments/:id/follow`,
      on: 'forestal, members',
      call: commitmentCall('forestal', '/follow'),
      expect: SIGNED_IN,
    },
    {
      route: `${method} /api/commitments/:id/follow`,
      on: 'forestal, team',
      call: commitmentCall('forestalTeam', '/follow'),
      expect: TEAM_RECORD,
    },
    {
      route: `${method} /api/commitments/:id/follow`,
      on: 'acuicola, members',
      call: commitmentCall('acuicola', '/follow'),
      expect: MEMBERS_ELSEWHERE,
    },
  ]),
  { route: 'GET /api/me/follows', call: () => ({ url: '/api/me/follows' }), expect: SIGNED_IN },
];

/** A lesson of a Mesa written by the system, of the given visibility. */
async function lessonIn(m: 'forestal' | 'acuicola', visibility: 'members' | 'team' = 'members') {
  const row = await createLesson(systemContext(t.database.db, 'test'), ids[m], {
    whatHappened: 'Lo que pasó',
    whatWasLearned: 'Lo que se aprendió',
    visibility,
    links: { problemIds: [ids.problem[m]] },
  });
  return row.id;
}
const lessonBody = { whatHappened: 'Lo que pasó', whatWasLearned: 'Lo que se aprendió' };

const lessonRows: Row[] = [
  ...(['forestal', 'acuicola'] as const).flatMap((m): Row[] => {
    const read = m === 'forestal' ? SIGNED_IN : MEMBERS_ELSEWHERE;
    const manage = m === 'forestal' ? COORDINATING_OR_TEAM : MANAGE_ELSEWHERE;
    return [
      { route: 'GET /api/mesas/:id/lessons', on: m, call: mesaRead(m, '/lessons'), expect: read },
      {
        route: 'POST /api/mesas/:id/lessons',
        on: m,
        call: () => ({ url: `/api/mesas/${ids[m]}/lessons`, body: lessonBody }),
        expect: created(manage),
      },
      {
        route: 'GET /api/lessons/:id',
        on: m,
        call: async () => ({ url: `/api/lessons/${await lessonIn(m)}` }),
        expect: read,
      },
      {
        route: 'PATCH /api/lessons/:id',
        on: m,
        call: async () => ({ url: `/api/lessons/${await lessonIn(m)}`, body: { tags: ['etiqueta'] } }),
        expect: manage,
      },
      {
        route: 'DELETE /api/lessons/:id',
        on: m,
        call: async () => ({ url: `/api/lessons/${await lessonIn(m)}` }),
        expect: manage,
      },
      {
        route: 'GET /api/problems/:id/lessons',
        on: m,
        call: () => ({ url: `/api/problems/${ids.problem[m]}/lessons` }),
        expect: read,
      },
      {
        route: 'GET /api/problems/:id/similar-lessons',
        on: m,
        call: () => ({ url: `/api/problems/${ids.problem[m]}/similar-lessons` }),
        expect: read,
      },
    ];
  }),
  {
    route: 'GET /api/lessons/:id',
    on: 'forestal, team',
    call: async () => ({ url: `/api/lessons/${await lessonIn('forestal', 'team')}` }),
    expect: TEAM_RECORD,
  },
  {
    route: 'GET /api/problems/:id/lessons',
    on: 'forestalTeam',
    call: () => ({ url: `/api/problems/${ids.problem.forestalTeam}/lessons` }),
    expect: TEAM_RECORD,
  },
];

const table: Row[] = [
  // Open to anyone.
  { route: 'GET /healthz', call: () => ({ url: '/healthz' }), expect: ALL_200 },
  { route: 'GET /readyz', call: () => ({ url: '/readyz' }), expect: ALL_200 },
  { route: 'GET /api/openapi.json', call: () => ({ url: '/api/openapi.json' }), expect: ALL_200 },
  // The public portal's JSON: published Mesas and their public records, for anyone.
  { route: 'GET /api/public/mesas', call: () => ({ url: '/api/public/mesas' }), expect: ALL_200 },
  {
    route: 'GET /api/public/mesas/:slug',
    call: () => ({ url: '/api/public/mesas/forestal' }),
    expect: ALL_200,
  },
  {
    route: 'GET /api/public/mesas/:slug/problems/:code',
    call: () => ({ url: '/api/public/mesas/forestal/problems/P-1' }),
    expect: ALL_200,
  },
  // The portal's HTML pages, for anyone (their 404 is an HTML page: test/api/portal-pages.test.ts).
  { route: 'GET /portal', call: () => ({ url: '/portal' }), expect: ALL_200 },
  { route: 'GET /portal/mesas/:slug', call: () => ({ url: '/portal/mesas/forestal' }), expect: ALL_200 },
  {
    route: 'GET /portal/mesas/:slug/problems/:code',
    call: () => ({ url: '/portal/mesas/forestal/problems/P-1' }),
    expect: ALL_200,
  },
  { route: 'GET /portal/sitemap.xml', call: () => ({ url: '/portal/sitemap.xml' }), expect: ALL_200 },
  { route: 'GET /robots.txt', call: () => ({ url: '/robots.txt' }), expect: ALL_200 },
  // Open data and the Atom feeds: published Mesas' public records, for anyone.
  {
    route: 'GET /open-data/datapackage.json',
    call: () => ({ url: '/open-data/datapackage.json' }),
    expect: ALL_200,
  },
  ...openDataTables.flatMap((name): Row[] =>
    (['csv', 'json'] as const).map((format) => ({
      route: `GET /open-data/${name}.${format}`,
      call: () => ({ url: `/open-data/${name}.${format}` }),
      expect: ALL_200,
    })),
  ),
  { route: 'GET /portal/feed.atom', call: () => ({ url: '/portal/feed.atom' }), expect: ALL_200 },
  {
    route: 'GET /portal/mesas/:slug/feed.atom',
    call: () => ({ url: '/portal/mesas/forestal/feed.atom' }),
    expect: ALL_200,
  },
  {
    route: 'GET /portal/mesas/:slug/feed.atom',
    on: 'an unknown Mesa',
    call: () => ({ url: '/portal/mesas/no-such-mesa/feed.atom' }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 404],
  },
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
  { route: 'GET /api/auth/options', call: () => ({ url: '/api/auth/options' }), expect: ALL_200 },
  // Sign-in with an identity provider, not configured here (test/api/oidc.test.ts has one).
  {
    route: 'GET /api/auth/oidc/start',
    call: () => ({ url: '/api/auth/oidc/start' }),
    expect: ALL_200.map(() => 404) as Statuses,
  },
  {
    route: 'GET /api/auth/oidc/callback',
    call: () => ({ url: '/api/auth/oidc/callback?code=c&state=s' }),
    expect: ALL_200.map(() => 404) as Statuses,
  },

  // One's own account and tokens.
  { route: 'GET /api/auth/me', call: () => ({ url: '/api/auth/me' }), expect: SIGNED_IN },
  {
    route: 'PATCH /api/auth/me',
    call: () => ({ url: '/api/auth/me', body: { locale: 'es' } }),
    expect: SIGNED_IN,
  },
  {
    // A wrong current password, so that the demo accounts keep theirs: refused as a bad field, not as a right.
    route: 'POST /api/auth/password',
    call: () => ({
      url: '/api/auth/password',
      body: { currentPassword: 'not-the-current-one', newPassword: 'aguacate-tiburón-lápiz-9' },
    }),
    expect: SIGNED_IN.map((x) => (x === 200 ? 400 : x)) as Statuses,
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
    // An open stream never ends, so only refusals can be injected here: who may follow a Matrix live
    // is tested over real HTTP (test/api/matrix-live.test.ts).
    route: 'GET /api/mesas/:id/matrix/events',
    on: 'no such Mesa',
    call: () => ({ url: `/api/mesas/${unknownId()}/matrix/events` }),
    expect: [404, 404, 404, 404, 404, 404, 404, 404, 401],
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
    // Alternates the confirmed flag, so that every allowed call changes something.
    route: 'PATCH /api/solutions/:id',
    on: 'forestal',
    call: async (role) => ({
      url: `/api/solutions/${ids.solution.forestal}`,
      body: {
        version: await solutionEditVersion(ids.solution.forestal),
        filterFlags: role.length % 2 ? ['subsidy'] : [],
        dismissedFlags: ['declaratory'],
      },
    }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/solutions/:id',
    on: 'acuicola',
    call: async () => ({
      url: `/api/solutions/${ids.solution.acuicola}`,
      body: { version: await solutionEditVersion(ids.solution.acuicola), instrument: 'procedure' },
    }),
    expect: MANAGE_ELSEWHERE,
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
  {
    route: 'POST /api/problems/:id/reopen',
    on: 'forestal',
    call: async (role) => ({
      url: `/api/problems/${await enactedProblem('forestal')}/reopen`,
      body: { reason: `No se aplica (${role})`, solution: { text: 'Nueva versión' } },
    }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'POST /api/problems/:id/reopen',
    on: 'acuicola',
    call: async (role) => ({
      url: `/api/problems/${await enactedProblem('acuicola')}/reopen`,
      body: { reason: `No se aplica (${role})`, solution: { text: 'Nueva versión' } },
    }),
    expect: MANAGE_ELSEWHERE,
  },
  {
    route: 'POST /api/problems/:id/feedback-links',
    on: 'forestal',
    call: async () => ({
      url: `/api/problems/${await enactedProblem('forestal')}/feedback-links`,
      body: { personId: ids.people.forestal },
    }),
    expect: created(COORDINATING_OR_TEAM),
  },
  {
    route: 'POST /api/problems/:id/feedback-links',
    on: 'acuicola',
    call: async () => ({
      url: `/api/problems/${await enactedProblem('acuicola')}/feedback-links`,
      body: { personId: ids.people.elsewhere },
    }),
    expect: created(MANAGE_ELSEWHERE),
  },
  {
    route: 'GET /api/feedback-links/:token',
    call: async () => ({ url: `/api/feedback-links/${await feedbackLinkToken()}` }),
    expect: ALL_200,
  },
  {
    route: 'POST /api/feedback-links/:token',
    call: async (role) => ({
      url: `/api/feedback-links/${await feedbackLinkToken()}`,
      body: { verdict: 'works', text: `Enviado con el enlace (${role})` },
    }),
    expect: created(ALL_200),
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
  // Whose people a team reaches: those of the Mesas it serves (and of no Mesa yet), not the others'.
  {
    route: 'GET /api/people/:id',
    on: 'a person of another, members-only Mesa',
    call: () => ({ url: `/api/people/${ids.people.elsewhere}` }),
    expect: PERSON_ELSEWHERE,
  },
  {
    route: 'PATCH /api/people/:id',
    on: 'a person of another, members-only Mesa',
    call: (role) => ({
      url: `/api/people/${ids.people.elsewhere}`,
      body: { position: `Cargo según ${role}` },
    }),
    expect: PERSON_ELSEWHERE,
  },
  {
    route: 'GET /api/people/:id',
    on: "a person of the team's Mesa",
    call: () => ({ url: `/api/people/${ids.people.forestal}` }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/people/:id',
    on: "the e-mail of a person of the team's Mesa without an account",
    call: (role) => ({
      url: `/api/people/${ids.people.forestal}`,
      body: { email: `${unique(role)}@example.org` },
    }),
    expect: COORDINATING_OR_TEAM,
  },
  {
    route: 'PATCH /api/people/:id',
    on: "the e-mail of an account in the team's Mesa",
    call: (role) => ({
      url: `/api/people/${ids.people.forestalAccount}`,
      body: { email: `${unique(role)}@example.org` },
    }),
    expect: ADMIN_ONLY,
  },
  {
    route: 'PATCH /api/people/:id',
    on: "an administrator's e-mail",
    call: (role) => ({
      url: `/api/people/${ids.people.admin}`,
      body: { email: `${unique(role)}@example.org` },
    }),
    //     admin coord high team  mod  pub  priv  obs  anon
    expect: [200, 403, 403, 404, 404, 403, 403, 403, 401],
  },
  {
    route: 'PATCH /api/people/:id',
    on: "the high-level person's e-mail",
    call: (role) => ({
      url: `/api/people/${ids.people.highLevel}`,
      body: { email: `${unique(role)}@example.org` },
    }),
    expect: ADMIN_ONLY,
  },
  {
    route: 'PATCH /api/people/:id',
    on: "the high-level person's position",
    call: (role) => ({
      url: `/api/people/${ids.people.highLevel}`,
      body: { position: `Cargo según ${role}` },
    }),
    expect: ADMIN_ONLY,
  },
  // One's own e-mail: asked by anyone signed in, applied from the mailed link (an unknown token is refused).
  {
    route: 'POST /api/me/email',
    call: (role) => ({ url: '/api/me/email', body: { email: `${unique(role)}@example.org` } }),
    expect: SIGNED_IN.map((x) => (x === 200 ? 202 : x)) as Statuses,
  },
  {
    route: 'POST /api/me/email/confirm',
    call: () => ({ url: '/api/me/email/confirm', body: { token: 'not-a-token-of-yours' } }),
    expect: SIGNED_IN.map((x) => (x === 200 ? 400 : x)) as Statuses,
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
  {
    route: 'GET /api/mesas/:id/audit',
    on: 'forestal',
    call: () => ({ url: `/api/mesas/${ids.forestal}/audit?limit=5` }),
    expect: COORDINATING,
  },
  {
    route: 'GET /api/mesas/:id/audit',
    on: 'acuicola',
    call: () => ({ url: `/api/mesas/${ids.acuicola}/audit?limit=5` }),
    expect: [200, 200, 403, 404, 404, 404, 404, 404, 401],
  },
  { route: 'GET /api/admin/outbox', call: () => ({ url: '/api/admin/outbox' }), expect: ADMIN_ONLY },
  {
    route: 'GET /api/admin/outbox/:id',
    call: async () => ({ url: `/api/admin/outbox/${await outboxMessage()}` }),
    expect: ADMIN_ONLY,
  },

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
  // Saved views of the Matrix: read like the Matrix, kept by whoever edits it.
  ...(['forestal', 'acuicola', 'logistica', 'teamOnly'] as const).map(
    (m): Row => ({
      route: 'GET /api/mesas/:id/matrix-views',
      on: m,
      call: mesaRead(m, '/matrix-views'),
      expect: {
        forestal: SIGNED_IN,
        acuicola: MEMBERS_ELSEWHERE,
        logistica: SIGNED_IN,
        teamOnly: [200, 200, 404, 404, 404, 404, 404, 404, 401] as Statuses,
      }[m],
    }),
  ),
  ...(['forestal', 'acuicola'] as const).flatMap((m): Row[] => {
    const allowed = m === 'forestal' ? COORDINATING_OR_TEAM : MANAGE_ELSEWHERE;
    return [
      {
        route: 'POST /api/mesas/:id/matrix-views',
        on: m,
        call: (role) => ({
          url: `/api/mesas/${ids[m]}/matrix-views`,
          body: { name: unique(`Vista de ${role}`), query: { focus: 'yes' } },
        }),
        expect: created(allowed),
      },
      {
        route: 'PATCH /api/matrix-views/:id',
        on: m,
        call: async (role) => ({
          url: `/api/matrix-views/${await savedView(m)}`,
          body: { name: unique(`Renombrada por ${role}`) },
        }),
        expect: allowed,
      },
      {
        route: 'DELETE /api/matrix-views/:id',
        on: m,
        call: async () => ({ url: `/api/matrix-views/${await savedView(m)}` }),
        expect: allowed,
      },
    ];
  }),
  // The Evaluation Wheel: the question set is the administrators'; rounds are read and run by the
  // coordinating office and the team (the high-level body reads them); answering takes being asked.
  { route: 'GET /api/wheel/questions', call: () => ({ url: '/api/wheel/questions' }), expect: SIGNED_IN },
  {
    route: 'POST /api/wheel/questions',
    call: (role) => ({
      url: '/api/wheel/questions',
      body: {
        key: `outreach.by_${role}`,
        dimension: 'outreach',
        textEs: `Pregunta de ${role}.`,
        textEn: `Question by ${role}.`,
      },
    }),
    expect: created(ADMIN_ONLY),
  },
  {
    route: 'PATCH /api/wheel/questions/:id',
    call: async (role) => ({
      url: `/api/wheel/questions/${await wheelQuestionId()}`,
      body: { textEn: `Reworded by ${role}.` },
    }),
    expect: ADMIN_ONLY,
  },
  ...(['forestal', 'acuicola'] as const).flatMap((m): Row[] => {
    const reads: Statuses = m === 'forestal' ? WHEEL_READERS : MEMBERS_ELSEWHERE;
    const manages = m === 'forestal' ? COORDINATING_OR_TEAM : MANAGE_ELSEWHERE;
    const round = async (path = '') => ({
      url: `/api/wheel-rounds/${await openRoundOf(t.database.db, ids[m])}${path}`,
    });
    return [
      { route: 'GET /api/mesas/:id/wheel', on: m, call: mesaRead(m, '/wheel'), expect: reads },
      {
        route: 'POST /api/mesas/:id/wheel',
        on: m,
        call: async () => {
          await closeOpenRounds(t.database.db, ids[m]);
          return {
            url: `/api/mesas/${ids[m]}/wheel`,
            body: { closesOn: addDays(todayIn(new Date(), 'America/Lima'), 7) },
          };
        },
        expect: created(manages),
      },
      { route: 'GET /api/wheel-rounds/:id', on: m, call: () => round(), expect: reads },
      { route: 'GET /api/wheel-rounds/:id/results', on: m, call: () => round('/results'), expect: reads },
      {
        route: 'GET /api/wheel-rounds/:id/results.csv',
        on: m,
        call: () => round('/results.csv'),
        expect: reads,
      },
      {
        route: 'POST /api/wheel-rounds/:id/close',
        on: m,
        call: async () => ({ ...(await round('/close')), body: {} }),
        expect: manages,
      },
      {
        route: 'POST /api/wheel-rounds/:id/remind',
        on: m,
        call: async () => ({ ...(await round('/remind')), body: {} }),
        expect: manages,
      },
    ];
  }),
  // Only the participants a round asks (not observers) see its form and answer it, once each.
  {
    route: 'GET /api/wheel-rounds/:id/form',
    call: async () => ({ url: `/api/wheel-rounds/${await openRoundOf(t.database.db, ids.forestal)}/form` }),
    expect: WHEEL_ASKED,
  },
  {
    route: 'POST /api/wheel-rounds/:id/answers',
    call: async () => {
      const id = await freshRound(t.database.db, ids.forestal);
      return { url: `/api/wheel-rounds/${id}/answers`, body: await answersOf(t.database.db, id) };
    },
    expect: created(WHEEL_ASKED),
  },
  {
    route: 'GET /api/wheel-links/:token',
    call: async () => {
      const id = await openRoundOf(t.database.db, ids.forestal);
      return { url: `/api/wheel-links/${await linkToken(t.database.db, id)}` };
    },
    expect: ALL_200,
  },
  {
    route: 'POST /api/wheel-links/:token',
    call: async () => {
      const id = await openRoundOf(t.database.db, ids.forestal);
      return {
        url: `/api/wheel-links/${await linkToken(t.database.db, id)}`,
        body: await answersOf(t.database.db, id),
      };
    },
    expect: created(ALL_200),
  },
  // The continuity archive: the coordinating office (a dry run, so that nothing is imported).
  {
    route: 'GET /api/mesas/:id/archive',
    call: () => ({ url: `/api/mesas/${ids.forestal}/archive` }),
    expect: COORDINATING,
  },
  {
    route: 'POST /api/archives/import',
    call: async () => ({
      url: '/api/archives/import?dryRun=true',
      body: Buffer.from((await exportMesaArchive(t.database.db, ids.logistica)).bytes),
      headers: { 'content-type': 'application/zip' },
    }),
    expect: COORDINATING,
  },
  ...commitmentRows,
  ...meetingRows,
  ...dashboardRows,
  ...assessmentRows,
  ...escalationRows,
  ...documentRows,
  ...followRows,
  ...lessonRows,
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
  ids.people.elsewhere = (await createPerson(t)).id;
  await addParticipant(t, ids.acuicola, { role: 'private_rep', personId: ids.people.elsewhere });
  ids.people.forestal = (await createPerson(t)).id;
  await addParticipant(t, ids.forestal, { role: 'private_rep', personId: ids.people.forestal });
  const newAccount = async (globalRole: 'admin' | 'high_level' | null) => {
    const res = await clients.get('admin')!.post('/api/accounts', {
      email: `${unique('cuenta')}@example.org`,
      password: 'Roble-Cauce-Ventana-1842',
      fullName: unique('Titular'),
      globalRole,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().personId as string;
  };
  ids.people.forestalAccount = await newAccount(null);
  await addParticipant(t, ids.forestal, { role: 'private_rep', personId: ids.people.forestalAccount });
  ids.people.admin = await newAccount('admin');
  ids.people.highLevel = await newAccount('high_level');
  await addParticipant(t, ids.forestal, { role: 'high_level', personId: ids.people.highLevel });
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
        const { url, body, headers } = await row.call(role, c);
        const res: LightMyRequestResponse = await c.request(
          method,
          url,
          body ?? (method === 'GET' ? undefined : {}),
          headers,
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

  it("lists to a team only the people of its Mesas and of no Mesa, never another Mesa's or a global role's", async () => {
    const listed = async (role: Role) =>
      new Set(
        ((await clients.get(role)!.get('/api/people')).json().people as { id: string }[]).map((p) => p.id),
      );
    const team = await listed('team');
    expect(team.has(ids.people.forestal)).toBe(true);
    expect(team.has(ids.people.highLevel)).toBe(true);
    expect(team.has(ids.person)).toBe(true);
    expect(team.has(ids.people.elsewhere)).toBe(false);
    expect(team.has(ids.people.admin)).toBe(false);
    const coordinator = await listed('coordinator');
    expect(Object.values(ids.people).every((id) => coordinator.has(id))).toBe(true);
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
