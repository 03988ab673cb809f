import { and, asc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { ensureMesa, inDays } from '../support/fixtures';

/**
 * The current agenda item of a live session ("Tratar ahora"): the moderator takes the room to an item,
 * the meeting page of every reader names it, and the live stream tells every open screen.
 */

let t: TestContext;
let base: string;
let forestal: string;
const aborts: AbortController[] = [];

interface Detail {
  id: string;
  version: number;
  state: string;
  currentItemId: string | null;
  agenda: { items: { id: string; title: string; discussedAt: string | null }[] };
}

beforeAll(async () => {
  t = await createTestContext();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  base = `http://127.0.0.1:${address.port}`;
  forestal = await ensureMesa(t, 'forestal', 'members');
});
afterEach(() => {
  for (const a of aborts.splice(0)) a.abort();
});
afterAll(() => t?.close());

const detail = async (c: Client, id: string) => {
  const res = await c.get(`/api/meetings/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
};
const setCurrent = (c: Client, id: string, itemId: string | null) =>
  c.request('PUT', `/api/meetings/${id}/current-item`, { itemId });
const markDiscussed = (c: Client, id: string, itemId: string) =>
  c.patch(`/api/meetings/${id}/agenda/items/${itemId}`, { discussed: true });

/** A session of the Forestry Mesa with an agenda of six items of its own, started unless told not to. */
async function liveSession(team: Client, start = true): Promise<Detail> {
  const created = await team.post(`/api/mesas/${forestal}/meetings`, {
    kind: 'session',
    startsAt: inDays(0, 9),
    endsAt: inDays(0, 23),
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id, version } = created.json() as Detail;
  const saved = await team.request('PUT', `/api/meetings/${id}/agenda`, {
    version,
    base: 'draft',
    edits: [1, 2, 3, 4, 5, 6].map((n) => ({ op: 'add', title: `Punto ${n}`, at: n - 1 })),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  if (start) {
    const started = await team.post(`/api/meetings/${id}/start`, { confirmEarly: true });
    expect(started.statusCode, started.body).toBe(200);
  }
  return detail(team, id);
}

/** Opens the meeting's live stream and collects the event types that arrive. */
async function listen(c: Client, meetingId: string) {
  const abort = new AbortController();
  aborts.push(abort);
  const res = await fetch(`${base}/api/meetings/${meetingId}/events`, {
    headers: { cookie: c.headers.cookie ?? '', accept: 'text/event-stream' },
    signal: abort.signal,
  });
  expect(res.status).toBe(200);
  const types: string[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const m of decoder.decode(value, { stream: true }).matchAll(/^event: (.+)$/gm))
          types.push(m[1]!);
      }
    } catch {
      /* aborted */
    }
  })();
  const until = async (type: string) => {
    const deadline = Date.now() + 10_000;
    while (!types.includes(type)) {
      if (Date.now() > deadline) throw new Error(`no ${type} event; got ${types.join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await until('ready');
  return { types, until };
}

describe('PUT /api/meetings/:id/current-item', () => {
  it('takes the room to an item: every reader’s meeting names it, audited, the meeting’s version kept', async () => {
    const team = await t.as('team');
    const planned = await liveSession(team, false);
    expect(planned.currentItemId).toBeNull();
    const meeting = await liveSession(team);
    const items = meeting.agenda.items;
    expect(items.length).toBeGreaterThanOrEqual(6);
    // Nobody took an item up yet: the first not discussed is current.
    expect(meeting.currentItemId).toBe(items[0]!.id);

    const res = await setCurrent(team, meeting.id, items[4]!.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().currentItemId).toBe(items[4]!.id);
    expect(res.json().version).toBe(meeting.version);
    for (const role of ['moderator', 'public_rep', 'private_rep'] as const) {
      expect((await detail(await t.as(role), meeting.id)).currentItemId, role).toBe(items[4]!.id);
    }
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, meeting.id), eq(auditEvents.action, 'update')))
      .orderBy(asc(auditEvents.seq));
    expect(audited.at(-1)?.before).toEqual({ currentAgendaItemId: null });
    expect(audited.at(-1)?.after).toMatchObject({ currentAgendaItemId: items[4]!.id });

    // The same item again changes and records nothing.
    expect((await setCurrent(team, meeting.id, items[4]!.id)).statusCode).toBe(200);
    const again = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, meeting.id));
    expect(again.filter((e) => e.action === 'update')).toHaveLength(audited.length);

    // null: back to the first item not discussed.
    expect((await setCurrent(team, meeting.id, null)).json().currentItemId).toBe(items[0]!.id);
  });

  it('lets the moderator take the room too, and refuses a participant (403) without changing anything', async () => {
    const team = await t.as('team');
    const meeting = await liveSession(team);
    const items = meeting.agenda.items;
    const moderator = await setCurrent(await t.as('moderator'), meeting.id, items[2]!.id);
    expect(moderator.statusCode, moderator.body).toBe(200);
    for (const role of ['public_rep', 'private_rep'] as const) {
      const refused = await setCurrent(await t.as(role), meeting.id, items[3]!.id);
      expect(refused.statusCode, role).toBe(403);
    }
    expect((await setCurrent(t.anonymous, meeting.id, items[3]!.id)).statusCode).toBe(401);
    expect((await detail(team, meeting.id)).currentItemId).toBe(items[2]!.id);
  });

  it('refuses an item not on this meeting’s agenda (400) and an unknown meeting (404)', async () => {
    const team = await t.as('team');
    const meeting = await liveSession(team);
    const other = await liveSession(team);
    const before = await detail(team, meeting.id);
    const foreign = await setCurrent(team, meeting.id, other.agenda.items[1]!.id);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual([expect.objectContaining({ path: 'itemId' })]);
    expect((await setCurrent(team, meeting.id, crypto.randomUUID())).statusCode).toBe(400);
    expect((await setCurrent(team, meeting.id, 'not-an-id' as string)).statusCode).toBe(400);
    expect((await team.request('PUT', `/api/meetings/${meeting.id}/current-item`, {})).statusCode).toBe(400);
    expect((await setCurrent(team, crypto.randomUUID(), before.agenda.items[1]!.id)).statusCode).toBe(404);
    expect((await detail(team, meeting.id)).currentItemId).toBe(before.currentItemId);
  });

  it('answers 409 unless the meeting is being held', async () => {
    const team = await t.as('team');
    const planned = await liveSession(team, false);
    const scheduled = await setCurrent(team, planned.id, planned.agenda.items[1]!.id);
    expect(scheduled.statusCode).toBe(409);
    expect(scheduled.json().error.code).toBe('CONFLICT');

    const held = await liveSession(team);
    expect((await team.post(`/api/meetings/${held.id}/close`, {})).statusCode).toBe(200);
    const closed = await setCurrent(team, held.id, held.agenda.items[1]!.id);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('MEETING_CLOSED');
    expect((await detail(team, held.id)).currentItemId).toBeNull();
  });

  it('tells every open screen with a current_item.changed notice, and nothing for a refused change', async () => {
    const team = await t.as('team');
    const meeting = await liveSession(team);
    const rep = await listen(await t.as('public_rep'), meeting.id);
    const refused = await setCurrent(team, meeting.id, crypto.randomUUID());
    expect(refused.statusCode).toBe(400);
    expect((await setCurrent(team, meeting.id, meeting.agenda.items[4]!.id)).statusCode).toBe(200);
    await rep.until('current_item.changed');
    expect(rep.types.filter((x) => x === 'current_item.changed')).toHaveLength(1);
  });
});

describe('marking the current item discussed', () => {
  it('moves the room to the next item not discussed, wrapping to an earlier one at the end', async () => {
    const team = await t.as('team');
    const meeting = await liveSession(team);
    const ids = meeting.agenda.items.map((i) => i.id);
    const last = ids.length - 1;
    expect((await setCurrent(team, meeting.id, ids[2]!)).statusCode).toBe(200);
    // Discussing another item leaves the room where it is.
    expect((await markDiscussed(team, meeting.id, ids[3]!)).statusCode).toBe(200);
    expect((await detail(team, meeting.id)).currentItemId).toBe(ids[2]);
    // Discussing the current one moves on past the discussed item 4 to item 5.
    const rep = await listen(await t.as('public_rep'), meeting.id);
    expect((await markDiscussed(team, meeting.id, ids[2]!)).statusCode).toBe(200);
    expect((await detail(team, meeting.id)).currentItemId).toBe(ids[4]);
    await rep.until('current_item.changed');
    // At the end of the agenda it comes back to the first item not discussed.
    expect((await setCurrent(team, meeting.id, ids[last]!)).statusCode).toBe(200);
    expect((await markDiscussed(team, meeting.id, ids[last]!)).statusCode).toBe(200);
    expect((await detail(team, meeting.id)).currentItemId).toBe(ids[0]);
  });

  it('has no current item once every item was discussed', async () => {
    const team = await t.as('team');
    const meeting = await liveSession(team);
    for (const item of meeting.agenda.items) {
      expect((await markDiscussed(team, meeting.id, item.id)).statusCode).toBe(200);
    }
    expect((await detail(team, meeting.id)).currentItemId).toBeNull();
  });
});
