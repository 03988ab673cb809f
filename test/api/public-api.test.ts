import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, problems } from '../../src/db/schema';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, unique } from '../support/fixtures';

/** The public JSON API (`/api/public/…`): published Mesas and their public records, without signing in. */

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());

interface Org {
  id: string;
  name: string;
  acronym: string | null;
}
interface PublicMesa {
  slug: string;
  sessionsHeld: number;
  problemsSolved: number;
  problemCount: number;
  headlineAchievements: {
    name: string;
    baselineValue: number | null;
    currentValue: number | null;
    source: string;
  }[];
  participants: Record<'public' | 'private' | 'team' | 'high_level', Org[]>;
  sessions: { heldOn: string; attendingOrganizations: Org[] }[];
  problems: {
    code: string;
    title: string;
    status: string;
    currentSolution: { text: string } | null;
    timeline: unknown[];
  }[];
  achievements: {
    name: string;
    baselineValue: number | null;
    currentValue: number | null;
    source: string | null;
  }[];
  minutes: { decisions: { text: string }[] }[];
  entityCommitments: {
    organization: Org;
    record: { total: number; onTime: number; late: number };
    commitments: { text: string }[];
  }[];
}

const get = (url: string, headers: Record<string, string> = {}) =>
  t.anonymous.request('GET', url, undefined, headers);

async function publicProblemNumber(slug: string, visibility: 'public' | 'members') {
  const mesa = await mesaBySlug(t, slug);
  const [row] = await t.database.db
    .select({ number: problems.number, title: problems.title })
    .from(problems)
    .where(and(eq(problems.mesaId, mesa!.id), eq(problems.visibility, visibility)))
    .limit(1);
  return row!;
}

describe('the demo publishes', () => {
  it('lists the three Peru Mesas, without a cookie, with the achievements the paper reports', async () => {
    const res = await get('/api/public/mesas');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const body = res.json() as { mesas: PublicMesa[] };
    expect(body.mesas.map((m) => m.slug).sort()).toEqual(['acuicola', 'forestal', 'logistica']);
    for (const m of body.mesas) {
      expect(m.sessionsHeld, m.slug).toBeGreaterThan(0);
      expect(m.problemsSolved, m.slug).toBeGreaterThan(0);
      expect(m.headlineAchievements.length, m.slug).toBeGreaterThan(0);
      for (const a of m.headlineAchievements) {
        expect(a.baselineValue).not.toBeNull();
        expect(a.currentValue).not.toBeNull();
        expect(a.source).toMatch(/sección 5\.[123]/);
      }
    }
    // The truck wait at the port: six hours down to two (section 5.3).
    const logistics = body.mesas.find((m) => m.slug === 'logistica')!;
    expect(JSON.stringify(logistics)).toMatch(/APM Terminals/);
  });

  it('shows a Mesa: organizations by group, sessions with attendance, Matrix items, public commitments', async () => {
    const res = await get('/api/public/mesas/forestal');
    expect(res.statusCode, res.body).toBe(200);
    const mesa = res.json() as PublicMesa;
    expect(mesa.participants.public.length).toBeGreaterThan(0);
    expect(mesa.participants.private.length).toBeGreaterThan(0);
    expect(mesa.sessions.length).toBe(mesa.sessionsHeld);
    expect(mesa.sessions.every((s) => s.attendingOrganizations.length > 0)).toBe(true);
    const registry = mesa.problems.find((p) => p.title.startsWith('Registrar una plantación forestal'))!;
    expect(registry.status).toMatch(/enacted|verified/);
    expect(registry.currentSolution?.text).toBeTruthy();
    expect(registry.timeline.length).toBeGreaterThan(1);
    expect(mesa.achievements.some((a) => a.baselineValue !== null && a.currentValue !== null)).toBe(true);
    expect(mesa.minutes.some((m) => m.decisions.length > 0)).toBe(true);
    expect(mesa.entityCommitments.length).toBeGreaterThan(0);
    expect(mesa.entityCommitments.every((e) => e.record.total === e.commitments.length)).toBe(true);
    const text = res.body;
    // Kept for members: a declaratory request, and the companies of a pilot.
    expect(text).not.toContain('Declarar de interés nacional la actividad forestal');
    expect(text).not.toContain('Reunir a diez empresas de plantaciones');
    // No person's name or contact details: organizations only.
    expect(text).not.toContain('Lucía Paredes Villanueva');
    expect(text).not.toMatch(/@demo\.mesas\.local/);
  });

  it('shows a public problem with its history and answers 404 for a problem kept for members', async () => {
    const open = await publicProblemNumber('forestal', 'public');
    const res = await get(`/api/public/mesas/forestal/problems/P-${open.number}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      code: `P-${open.number}`,
      title: open.title,
      mesa: { slug: 'forestal' },
    });
    expect(res.json().timeline.length).toBeGreaterThan(0);

    const hidden = await publicProblemNumber('forestal', 'members');
    const refused = await get(`/api/public/mesas/forestal/problems/P-${hidden.number}`);
    const unknown = await get('/api/public/mesas/forestal/problems/P-99999');
    const garbage = await get('/api/public/mesas/forestal/problems/drop-table');
    for (const r of [refused, unknown, garbage]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
      expect(r.body).not.toContain(hidden.title);
    }
  });
});

describe('publication', () => {
  it('answers the same 404 for an unpublished and an unknown Mesa until the team publishes it', async () => {
    const mesa = await createMesa(t, { slug: unique('sin-publicar') });
    const unpublished = await get(`/api/public/mesas/${mesa.slug}`);
    const unknown = await get(`/api/public/mesas/${unique('no-existe')}`);
    expect(unpublished.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(unpublished.json().error.code).toBe(unknown.json().error.code);
    expect((await get('/api/public/mesas')).json().mesas.map((m: PublicMesa) => m.slug)).not.toContain(
      mesa.slug,
    );

    const coordinator = await t.as('coordinator');
    const on = await coordinator.patch(`/api/mesas/${mesa.id}`, { version: mesa.version, published: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().published).toBe(true);
    const publishedAt = on.json().publishedAt as string;
    expect(Date.parse(publishedAt)).not.toBeNaN();
    expect((await get(`/api/public/mesas/${mesa.slug}`)).statusCode).toBe(200);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, mesa.id), eq(auditEvents.action, 'update')));
    expect(event?.before).toMatchObject({ published: false });
    expect(event?.after).toMatchObject({ published: true });

    const off = await coordinator.patch(`/api/mesas/${mesa.id}`, {
      version: on.json().version,
      published: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ published: false, publishedAt });
    expect((await get(`/api/public/mesas/${mesa.slug}`)).statusCode).toBe(404);
  });

  it('lets the dedicated team publish its Mesa, and refuses a value that is not a boolean', async () => {
    const before = await mesaBySlug(t, 'forestal');
    const team = await t.as('team');
    const bad = await team.patch(`/api/mesas/${before!.id}`, { version: before!.version, published: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect((await mesaBySlug(t, 'forestal'))!.version).toBe(before!.version);
    const observer = await t.as('observer');
    const refused = await observer.patch(`/api/mesas/${before!.id}`, {
      version: before!.version,
      published: false,
    });
    expect(refused.statusCode).toBe(403);
    const off = await team.patch(`/api/mesas/${before!.id}`, { version: before!.version, published: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().published).toBe(false);
    expect((await get('/api/public/mesas/forestal')).statusCode).toBe(404);
    const on = await team.patch(`/api/mesas/${before!.id}`, { version: off.json().version, published: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().published).toBe(true);
    expect((await get('/api/public/mesas/forestal')).statusCode).toBe(200);
  });
});

describe('caching', () => {
  it('sends Cache-Control and an ETag, answers 304 on revalidation, and a new ETag after a change', async () => {
    const first = await get('/api/public/mesas/acuicola');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers['last-modified']).toBeTruthy();
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await get('/api/public/mesas/acuicola', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    // Another Mesa's change leaves this one's ETag alone.
    const other = await mesaBySlug(t, 'logistica');
    const coordinator = await t.as('coordinator');
    const touch = await coordinator.patch(`/api/mesas/${other!.id}`, {
      version: other!.version,
      focusLimit: 3,
    });
    expect(touch.statusCode, touch.body).toBe(200);
    expect((await get('/api/public/mesas/acuicola', { 'if-none-match': etag })).statusCode).toBe(304);

    // A change to a public problem shows at once.
    const p = await publicProblemNumber('acuicola', 'public');
    const mesa = await mesaBySlug(t, 'acuicola');
    const [row] = await t.database.db
      .select({ id: problems.id, version: problems.version })
      .from(problems)
      .where(and(eq(problems.mesaId, mesa!.id), eq(problems.number, p.number)));
    const title = `${p.title} (${unique('revisado')})`;
    const edit = await coordinator.patch(`/api/problems/${row!.id}`, { version: row!.version, title });
    expect(edit.statusCode, edit.body).toBe(200);
    const changed = await get('/api/public/mesas/acuicola', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain(title);
  });

  it('caches the portfolio and a problem the same way', async () => {
    for (const url of ['/api/public/mesas', '/api/public/mesas/forestal/problems/P-1']) {
      const first = await get(url);
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const again = await get(url, { 'if-none-match': `"x", ${first.headers.etag}` });
      expect(again.statusCode, url).toBe(304);
    }
  });
});

describe('the OpenAPI document', () => {
  it('lists the public routes under the tag "public", without security', async () => {
    const spec = (await get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { tags: string[]; summary: string; security?: unknown[] }>>;
    };
    for (const path of [
      '/api/public/mesas',
      '/api/public/mesas/{slug}',
      '/api/public/mesas/{slug}/problems/{code}',
    ]) {
      const op = spec.paths[path]?.get;
      expect(op, path).toBeDefined();
      expect(op!.tags).toEqual(['public']);
      expect(op!.summary.length).toBeGreaterThan(10);
      expect(op!.security).toEqual([]);
    }
  });
});
