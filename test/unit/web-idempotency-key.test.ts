import { afterEach, describe, expect, it, vi } from 'vitest';

// The web app calls its own origin; here, a page's origin before the client is made.
vi.hoisted(() => vi.stubGlobal('location', new URL('http://mesas.test/')));
// The unit tier shares modules between files: make the client again, under this origin.
vi.resetModules();
const { api, client, unwrap } = await import('../../web/src/api');

/** The web app's client: one Idempotency-Key per submission, the same one on its retries. */

const keysSent: (string | null)[] = [];

function answering(...outcomes: ('network' | number)[]) {
  keysSent.length = 0;
  const fetch = vi.fn(async (request: Request) => {
    keysSent.push(request.headers.get('idempotency-key'));
    const outcome = outcomes.shift() ?? 201;
    if (outcome === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ ok: true }), { status: outcome });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Idempotency-Key from the web app', () => {
  it('sends a new key with each submission and none with reads or edits', async () => {
    answering(201, 201, 200, 200);
    await api.people.create({ fullName: 'Ana' });
    await api.people.create({ fullName: 'Ana' });
    await api.people.list();
    await api.people.update('1', { fullName: 'Ana' });
    expect(keysSent[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keysSent[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(keysSent[0]).not.toBe(keysSent[1]);
    expect(keysSent.slice(2)).toEqual([null, null]);
  });

  it('sends a submission again with the same key when its answer was lost', async () => {
    vi.useFakeTimers();
    const fetch = answering('network', 503, 201);
    const done = unwrap(client.POST('/api/people', { body: { fullName: 'Ana' } }));
    await vi.runAllTimersAsync();
    await expect(done).resolves.toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(new Set(keysSent).size).toBe(1);
  });

  it('gives up after its retries with a network error', async () => {
    vi.useFakeTimers();
    answering('network', 'network', 'network');
    const done = api.people.create({ fullName: 'Ana' });
    const outcome = expect(done).rejects.toMatchObject({ code: 'NETWORK' });
    await vi.runAllTimersAsync();
    await outcome;
    expect(keysSent).toHaveLength(3);
  });
});
