import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/app';
import { createMesa, mesaBySlug, unique } from '../support/fixtures';

/**
 * The Atom feeds of public changes (/portal/feed.atom, /portal/mesas/:slug/feed.atom), read by an
 * outside parser: Python's feedparser (Debian's python3-feedparser, installed by .ci/run).
 */

const PUBLIC_URL = 'https://transparencia.example.gob.pe';

interface Parsed {
  bozo: number;
  bozoException: string;
  version: string;
  feed: { id: string; title: string; link: string; updated: string; language: string | null };
  entries: { id: string; title: string; link: string; updated: string; summary: string }[];
}

/** The feed as feedparser reads it. */
function feedparser(xml: string): Parsed {
  const script = `
import sys, json, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": int(d.bozo),
  "bozoException": str(d.get("bozo_exception", "")),
  "version": d.version,
  "feed": {k: d.feed.get(k) for k in ("id", "title", "link", "updated", "language")},
  "entries": [{k: e.get(k) for k in ("id", "title", "link", "updated", "summary")} for e in d.entries],
}))`;
  const out = execFileSync('/usr/bin/python3', ['-c', script], { input: xml, encoding: 'utf8' });
  return JSON.parse(out) as Parsed;
}

let t: TestContext;
const markers = {
  publicProblem: unique('Barrera pública <b>"urgente"</b> & más'),
  membersProblem: unique('Barrera reservada a miembros'),
  unpublishedProblem: unique('Barrera de Mesa sin publicar'),
};
const ids: Record<string, string> = {};

const get = (url: string, headers: Record<string, string> = {}) =>
  t.anonymous.request('GET', url, undefined, headers);

beforeAll(async () => {
  t = await createTestContext({ PUBLIC_URL });
  const coordinator = await t.as('coordinator');
  const forestal = await mesaBySlug(t, 'forestal');
  const problem = async (mesaId: string, title: string, visibility: 'public' | 'members') => {
    const res = await coordinator.post(`/api/mesas/${mesaId}/problems`, { title, visibility });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  ids.publicProblem = await problem(forestal!.id, markers.publicProblem, 'public');
  ids.membersProblem = await problem(forestal!.id, markers.membersProblem, 'members');
  const unpublished = await createMesa(t, { slug: unique('mesa-oculta'), visibility: 'public' });
  ids.unpublishedSlug = unpublished.slug;
  ids.unpublishedProblem = await problem(unpublished.id, markers.unpublishedProblem, 'public');
});
afterAll(async () => t?.close());

describe('/portal/feed.atom', () => {
  it('is an Atom feed feedparser reads without complaint, with entries linking to portal pages', async () => {
    const res = await get('/portal/feed.atom');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['set-cookie']).toBeUndefined();
    const parsed = feedparser(res.body);
    expect(parsed.bozoException).toBe('');
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe('atom10');
    expect(parsed.feed.title).toBe('Mesas Ejecutivas: novedades');
    expect(parsed.feed.link).toBe(`${PUBLIC_URL}/portal?lang=es`);
    expect(parsed.entries.length).toBeGreaterThan(5);
    expect(parsed.entries.length).toBeLessThanOrEqual(50);
    for (const e of parsed.entries) {
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.link).toMatch(
        new RegExp(`^${PUBLIC_URL}/portal/mesas/(acuicola|forestal|logistica)(/problems/P-\\d+)?\\?lang=es$`),
      );
      expect(e.id).toMatch(
        /^tag:transparencia\.example\.gob\.pe,\d{4}-\d{2}-\d{2}:mesas\/(problem|status|session|indicator):/,
      );
      expect(Date.parse(e.updated)).not.toBeNaN();
    }
    expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
    // Newest first: the public problem just added leads, with its Mesa named, its text shown as text.
    const newest = parsed.entries[0]!;
    expect(newest.title).toContain('Mesa Ejecutiva Forestal');
    expect(newest.title).toContain('Nuevo problema P-');
    expect(newest.title).toContain('&lt;b&gt;');
    expect(newest.title).not.toContain('<b>');
    expect(newest.link).toMatch(/\/portal\/mesas\/forestal\/problems\/P-\d+\?lang=es$/);

    expect(res.body).not.toContain(markers.membersProblem);
    expect(res.body).not.toContain(ids.membersProblem);
    expect(res.body).not.toContain(markers.unpublishedProblem);
    expect(res.body).not.toContain(ids.unpublishedSlug);
    expect(res.body).not.toContain(ids.unpublishedProblem);
  });

  it('speaks English when asked, with the same entries', async () => {
    const es = feedparser((await get('/portal/feed.atom?lang=es')).body);
    const en = feedparser((await get('/portal/feed.atom?lang=en')).body);
    expect(en.bozo).toBe(0);
    expect(en.feed.title).toBe('Mesas Ejecutivas: what changed');
    expect(en.entries.map((e) => e.id)).toEqual(es.entries.map((e) => e.id));
    expect(en.entries[0]!.title).toContain('New problem P-');
    expect(en.entries.every((e) => e.link.endsWith('?lang=en'))).toBe(true);
    expect((await get('/portal/feed.atom?lang=de')).statusCode).toBe(400);
  });

  it('answers 304 on revalidation and changes when a public record does', async () => {
    const first = await get('/portal/feed.atom');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(Date.parse(first.headers['last-modified'] as string)).not.toBeNaN();
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/portal/feed.atom', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // Another language is another answer.
    expect((await get('/portal/feed.atom?lang=en', { 'if-none-match': etag })).statusCode).toBe(200);

    const coordinator = await t.as('coordinator');
    const res = await coordinator.post(`/api/problems/${ids.publicProblem}/transitions`, {
      to: 'prioritized',
    });
    expect(res.statusCode, res.body).toBe(200);
    const changed = await get('/portal/feed.atom', { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    const parsed = feedparser(changed.body);
    expect(parsed.entries[0]!.id).toMatch(/:mesas\/status:/);
    expect(parsed.entries[0]!.title).toMatch(/Identificado → Priorizado/);
  });
});

describe('/portal/mesas/:slug/feed.atom', () => {
  it("lists one Mesa's public changes only", async () => {
    const res = await get('/portal/mesas/acuicola/feed.atom?lang=en');
    expect(res.statusCode, res.body).toBe(200);
    const parsed = feedparser(res.body);
    expect(parsed.bozo).toBe(0);
    expect(parsed.feed.title).toMatch(/: what changed$/);
    expect(parsed.feed.link).toBe(`${PUBLIC_URL}/portal/mesas/acuicola?lang=en`);
    expect(parsed.entries.length).toBeGreaterThan(0);
    expect(parsed.entries.every((e) => e.link.startsWith(`${PUBLIC_URL}/portal/mesas/acuicola`))).toBe(true);
    expect(res.body).not.toContain(markers.publicProblem.slice(0, 20));

    const forestal = feedparser((await get('/portal/mesas/forestal/feed.atom')).body);
    expect(forestal.entries.some((e) => e.title.includes('Nuevo problema P-'))).toBe(true);

    const first = await get('/portal/mesas/acuicola/feed.atom?lang=en');
    const again = await get('/portal/mesas/acuicola/feed.atom?lang=en', {
      'if-none-match': first.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
  });

  it('answers the same 404 for an unknown and an unpublished Mesa', async () => {
    const unknown = await get(`/portal/mesas/${unique('no-existe')}/feed.atom`);
    const unpublished = await get(`/portal/mesas/${ids.unpublishedSlug}/feed.atom`);
    for (const r of [unknown, unpublished]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
      expect(r.body).not.toContain(markers.unpublishedProblem);
    }
  });
});
