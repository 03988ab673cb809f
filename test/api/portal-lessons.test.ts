import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { createProblem } from '../../src/commands/problems';
import { problems } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, unique } from '../support/fixtures';

/**
 * Lessons on the portal: a public problem's page of a published Mesa shows the public lessons drawn on
 * it under "Lo que aprendimos", in every language; a lesson kept for members or the team, one drawn
 * only on a problem that is not public, and one of an unpublished Mesa never show.
 */

let t: TestContext;
let team: Client;
let coordinator: Client;
const problem = { public: '', members: '', unpublished: '' };
let forestal = { id: '', slug: '' };
let unpublished = { id: '', slug: '' };

async function write(as: Client, mesaId: string, visibility: string, problemIds: string[]) {
  const texts = { whatHappened: unique('Qué pasó'), whatWasLearned: unique('Qué se aprendió') };
  const res = await as.post(`/api/mesas/${mesaId}/lessons`, {
    ...texts,
    tags: ['viveros'],
    visibility,
    links: { problemIds },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, version: res.json().version as number, ...texts };
}

async function pageOf(slug: string, problemId: string, lang = 'es') {
  const [row] = await t.database.db
    .select({ number: problems.number })
    .from(problems)
    .where(eq(problems.id, problemId));
  return t.anonymous.get(`/portal/mesas/${slug}/problems/P-${row!.number}?lang=${lang}`);
}

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('team');
  coordinator = await t.as('coordinator');
  const system = systemContext(t.database.db, 'test');
  const row = (await mesaBySlug(t, 'forestal'))!;
  forestal = { id: row.id, slug: row.slug };
  const created = await createMesa(t, { slug: unique('sin-publicar'), visibility: 'public' });
  unpublished = { id: created.id, slug: created.slug };
  const make = async (mesaId: string, visibility: 'public' | 'members') =>
    (await createProblem(system, mesaId, { title: unique('Registro de viveros'), visibility })).id;
  problem.public = await make(forestal.id, 'public');
  problem.members = await make(forestal.id, 'members');
  problem.unpublished = await make(unpublished.id, 'public');
});
afterAll(async () => t?.close());

describe('lessons on the portal', () => {
  it('shows a public lesson on its public problem, and no lesson kept for members or the team', async () => {
    const shown = await write(team, forestal.id, 'public', [problem.public, problem.members]);
    const members = await write(team, forestal.id, 'members', [problem.public]);
    const teamOnly = await write(team, forestal.id, 'team', [problem.public]);
    const onMembersProblem = await write(team, forestal.id, 'public', [problem.members]);

    const page = await pageOf(forestal.slug, problem.public);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lo que aprendimos');
    expect(page.body).toContain(shown.whatHappened);
    expect(page.body).toContain(shown.whatWasLearned);
    expect(page.body).toContain('Temas: viveros');
    for (const hidden of [members, teamOnly, onMembersProblem]) {
      expect(page.body).not.toContain(hidden.whatHappened);
      expect(page.body).not.toContain(hidden.whatWasLearned);
    }
    expect((await pageOf(forestal.slug, problem.members)).statusCode).toBe(404);

    const headings = { en: 'What we learned', pt: 'O que aprendemos' };
    for (const [lang, heading] of Object.entries(headings)) {
      const translated = await pageOf(forestal.slug, problem.public, lang);
      expect(translated.body).toContain(heading);
      expect(translated.body).toContain(shown.whatWasLearned);
    }
  });

  it('takes a lesson off the page once it is kept for members, and shows none of an unpublished Mesa', async () => {
    const lesson = await write(team, forestal.id, 'public', [problem.public]);
    const before = await pageOf(forestal.slug, problem.public);
    expect(before.body).toContain(lesson.whatWasLearned);
    const res = await team.patch(`/api/lessons/${lesson.id}`, {
      version: lesson.version,
      visibility: 'members',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await pageOf(forestal.slug, problem.public);
    expect(after.statusCode).toBe(200);
    expect(after.body).not.toContain(lesson.whatWasLearned);

    const elsewhere = await write(coordinator, unpublished.id, 'public', [problem.unpublished]);
    expect((await pageOf(unpublished.slug, problem.unpublished)).statusCode).toBe(404);
    const portfolio = await t.anonymous.get('/portal');
    expect(portfolio.body).not.toContain(elsewhere.whatWasLearned);
  });

  it('leaves the heading out on a problem without public lessons', async () => {
    const system = systemContext(t.database.db, 'test');
    const bare = (
      await createProblem(system, forestal.id, { title: unique('Sin lecciones'), visibility: 'public' })
    ).id;
    const page = await pageOf(forestal.slug, bare);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Lo que aprendimos');
  });
});
