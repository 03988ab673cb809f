import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, mesaEvents, mesas, participations, people, users } from '../../src/db/schema';
import { participantGroups } from '../../src/domain/participation';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoEmail,
  organizationId,
  snapshot,
  unique,
} from '../support/fixtures';

let t: TestContext;
let coordinator: Client;
let admin: Client;
const orgs = { produce: '', minagri: '', mef: '' };
let coordinatorUserId = '';

beforeAll(async () => {
  t = await createTestContext();
  coordinator = await t.as('coordinator');
  admin = await t.as('admin');
  orgs.produce = await organizationId(t, 'PRODUCE');
  orgs.minagri = await organizationId(t, 'MINAGRI');
  orgs.mef = await organizationId(t, 'MEF');
  coordinatorUserId = (await coordinator.get('/api/auth/me')).json().user.id;
});
afterAll(() => t?.close());

const auditOf = (entityId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(asc(auditEvents.seq));
const eventsOf = (mesaId: string) =>
  t.database.db
    .select()
    .from(mesaEvents)
    .where(eq(mesaEvents.mesaId, mesaId))
    .orderBy(asc(mesaEvents.recordedAt));
const mesaRow = async (id: string) => (await t.database.db.select().from(mesas).where(eq(mesas.id, id)))[0]!;
const detail = async (id: string, as: Client = coordinator) => {
  const res = await as.get(`/api/mesas/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('creating a Mesa', () => {
  it('stores it, its first lifecycle event and an audit event naming the actor', async () => {
    const res = await coordinator.post('/api/mesas', {
      name: 'Mesa Ejecutiva de Vivienda',
      kind: 'sector',
      sector: 'Vivienda',
      hostOrganizationId: orgs.mef,
      description: '  Vivienda social  ',
    });
    expect(res.statusCode, res.body).toBe(201);
    const mesa = res.json();
    expect(mesa).toMatchObject({
      slug: 'mesa-ejecutiva-de-vivienda',
      status: 'candidate',
      description: 'Vivienda social',
      host: { id: orgs.mef, acronym: 'MEF' },
      cadence: 'biweekly',
      visibility: 'members',
      version: 1,
      participantCount: 0,
      participants: [],
      allowedTransitions: ['assessing', 'active', 'closed'],
    });
    expect(mesa.events).toEqual([
      expect.objectContaining({ kind: 'status', fromStatus: null, toStatus: 'candidate', reason: 'created' }),
    ]);

    const audit = await auditOf(mesa.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: coordinatorUserId,
      actorLabel: demoEmail('coordinator'),
      entityType: 'mesa',
      mesaId: mesa.id,
      action: 'create',
      before: null,
      requestId: res.headers['x-request-id'],
    });
    expect(audit[0]!.after).toMatchObject({
      id: mesa.id,
      name: 'Mesa Ejecutiva de Vivienda',
      status: 'candidate',
    });
  });

  it('gives a second Mesa of the same name a free slug', async () => {
    const body = {
      name: 'Mesa Ejecutiva de Vivienda',
      kind: 'sector',
      sector: 'Vivienda',
      hostOrganizationId: orgs.mef,
    };
    expect((await coordinator.post('/api/mesas', body)).json().slug).toBe('mesa-ejecutiva-de-vivienda-2');
  });

  it('takes the request id from X-Request-Id into the audit event', async () => {
    const res = await coordinator.request(
      'POST',
      '/api/mesas',
      { name: unique('Mesa'), kind: 'factor', sector: 'Agua', hostOrganizationId: orgs.produce },
      { 'x-request-id': 'trace-abc.123' },
    );
    expect(res.headers['x-request-id']).toBe('trace-abc.123');
    expect((await auditOf(res.json().id))[0]!.requestId).toBe('trace-abc.123');
  });
});

describe('editing a Mesa', () => {
  it('records before and after in the audit log and bumps the version', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa editable') });
    const res = await coordinator.patch(`/api/mesas/${mesa.id}`, {
      version: 1,
      sector: 'Turismo',
      cadence: 'weekly',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, sector: 'Turismo', cadence: 'weekly' });
    const [, update] = await auditOf(mesa.id);
    expect(update).toMatchObject({ action: 'update', actorLabel: demoEmail('coordinator') });
    expect(update!.before).toMatchObject({ version: 1, sector: 'Pruebas', cadence: 'biweekly' });
    expect(update!.after).toMatchObject({ version: 2, sector: 'Turismo', cadence: 'weekly' });
  });

  it('refuses a stale version with 409 STALE_WRITE and changes nothing', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa concurrida') });
    expect(
      (await coordinator.patch(`/api/mesas/${mesa.id}`, { version: 1, sector: 'Primero' })).statusCode,
    ).toBe(200);
    const before = await mesaRow(mesa.id);
    const counts = await snapshot(t, mesas, mesaEvents);
    const res = await (await t.as('admin')).patch(`/api/mesas/${mesa.id}`, { version: 1, sector: 'Segundo' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'STALE_WRITE', currentVersion: 2 });
    expect(await mesaRow(mesa.id)).toEqual(before);
    expect(await snapshot(t, mesas, mesaEvents)).toEqual(counts);
  });
});

describe('concurrent writes', () => {
  it('let exactly one of two edits of the same version through', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa disputada') });
    const [a, b] = await Promise.all([
      coordinator.patch(`/api/mesas/${mesa.id}`, { version: 1, sector: 'Uno' }),
      admin.patch(`/api/mesas/${mesa.id}`, { version: 1, sector: 'Dos' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'Uno' : 'Dos';
    expect(await mesaRow(mesa.id)).toMatchObject({ version: 2, sector: winner });
    expect((await auditOf(mesa.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('keep the audit chain linear', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? coordinator : admin).post('/api/people', { fullName: unique('Persona concurrente') }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ ok: true, firstBrokenSeq: null });
  });
});

describe('the lifecycle', () => {
  it('records a move to another host as two dated, explained events: status and host', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa itinerante'), launchedOn: null });
    const launch = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
      to: 'active',
      reason: 'Instalación',
      occurredOn: '2024-03-01',
    });
    expect(launch.statusCode, launch.body).toBe(200);
    expect(launch.json()).toMatchObject({ status: 'active', launchedOn: '2024-03-01' });
    await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
      to: 'paused',
      reason: 'Cambio de gobierno',
      occurredOn: '2024-07-28',
    });
    const eventsBefore = (await eventsOf(mesa.id)).length;

    const res = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
      to: 'active',
      host: orgs.minagri,
      reason: 'Reinstalada en el Ministerio de Agricultura',
      occurredOn: '2025-02-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'active', host: { id: orgs.minagri }, launchedOn: '2024-03-01' });
    const added = (await eventsOf(mesa.id)).slice(eventsBefore);
    expect(added).toHaveLength(2);
    expect(added.map((e) => e.kind).sort()).toEqual(['host', 'status']);
    for (const e of added) {
      expect(e).toMatchObject({
        occurredOn: '2025-02-01',
        reason: 'Reinstalada en el Ministerio de Agricultura',
        recordedBy: coordinatorUserId,
      });
    }
    expect(added.find((e) => e.kind === 'status')).toMatchObject({
      fromStatus: 'paused',
      toStatus: 'active',
    });
    expect(added.find((e) => e.kind === 'host')).toMatchObject({
      fromHostId: orgs.produce,
      toHostId: orgs.minagri,
    });
    expect(body.events.filter((e: { occurredOn: string }) => e.occurredOn === '2025-02-01')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'status',
          fromStatus: 'paused',
          toStatus: 'active',
          occurredOn: '2025-02-01',
        }),
        expect.objectContaining({
          kind: 'host',
          fromHost: expect.objectContaining({ acronym: 'PRODUCE' }),
          toHost: expect.objectContaining({ acronym: 'MINAGRI' }),
        }),
      ]),
    );

    const transition = (await auditOf(mesa.id)).at(-1)!;
    expect(transition).toMatchObject({
      action: 'transition',
      before: { status: 'paused', hostOrganizationId: orgs.produce },
      after: {
        status: 'active',
        hostOrganizationId: orgs.minagri,
        reason: 'Reinstalada en el Ministerio de Agricultura',
        occurredOn: '2025-02-01',
      },
    });
  });

  it('moves the host without a change of status as a single host event', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa mudada') });
    const before = (await eventsOf(mesa.id)).length;
    const res = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
      to: 'candidate',
      host: orgs.mef,
      reason: 'Traslado',
    });
    expect(res.statusCode, res.body).toBe(200);
    const added = (await eventsOf(mesa.id)).slice(before);
    expect(added).toEqual([
      expect.objectContaining({ kind: 'host', fromHostId: orgs.produce, toHostId: orgs.mef }),
    ]);
  });

  it.each([
    ['candidate', 'paused', ['assessing', 'active', 'closed']],
    ['active', 'active', ['paused', 'closed']],
    ['active', 'candidate', ['paused', 'closed']],
    ['closed', 'active', []],
  ] as const)(
    'refuses %s → %s with 409 ILLEGAL_TRANSITION listing what is allowed',
    async (from, to, allowed) => {
      const mesa = await createMesa(t, { name: unique('Mesa rígida') });
      if (from !== 'candidate') {
        const moved = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
          to: from,
          reason: 'Preparación',
        });
        expect(moved.statusCode, moved.body).toBe(200);
      }
      const before = await mesaRow(mesa.id);
      const counts = await snapshot(t, mesaEvents);
      const res = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, { to, reason: 'No se puede' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from, to, allowed });
      expect(await mesaRow(mesa.id)).toEqual(before);
      expect(await snapshot(t, mesaEvents)).toEqual(counts);
      expect((await detail(mesa.id)).allowedTransitions).toEqual(allowed);
    },
  );
});

describe('participants', () => {
  it('are grouped as the paper groups them, the moderator leading the dedicated team', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa completa') });
    const add = (role: string, fields: Record<string, unknown> = {}) =>
      addParticipant(t, mesa.id, { role, ...fields });
    await add('observer');
    await add('team');
    await add('high_level');
    await add('private_rep', { isFirstHandOperator: true, designatedById: orgs.produce });
    await add('public_rep');
    await add('moderator');
    await add('private_rep', { isFirstHandOperator: true });
    const former = await add('public_rep', { startedOn: '2023-01-01', endedOn: '2024-01-01' });

    const body = await detail(mesa.id);
    const groups = body.participants.map((g: { group: string }) => g.group);
    expect(groups).toEqual([...participantGroups]);
    const byGroup = Object.fromEntries(
      body.participants.map((g: { group: string; participants: { role: string }[] }) => [
        g.group,
        g.participants.map((p) => p.role),
      ]),
    );
    expect(byGroup).toEqual({
      private: ['private_rep', 'private_rep'],
      public: ['public_rep'],
      team: ['moderator', 'team'],
      high_level: ['high_level'],
      observers: ['observer'],
    });
    expect(body.formerParticipants.map((p: { id: string }) => p.id)).toEqual([former]);
    expect(body.participantCount).toBe(7);
    const designated = body.participants[0].participants.find(
      (p: { designatedBy: unknown }) => p.designatedBy,
    );
    expect(designated.designatedBy).toMatchObject({ id: orgs.produce, acronym: 'PRODUCE' });

    const list = (await coordinator.get(`/api/mesas/${mesa.id}/participations`)).json();
    expect(list.groups).toEqual(body.participants);
    expect(list.all).toHaveLength(8);
  });

  it('raise composition warnings when private representatives are mostly association staff', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa gremial') });
    const warnings = async () => (await detail(mesa.id)).compositionWarnings;
    expect(await warnings()).toEqual(['no_private_reps', 'no_dedicated_team']);
    await addParticipant(t, mesa.id, { role: 'moderator' });
    expect(await warnings()).toEqual(['no_private_reps']);

    const staff1 = await addParticipant(t, mesa.id, { role: 'private_rep' });
    expect(await warnings()).toEqual(['private_reps_mostly_staff']);
    await addParticipant(t, mesa.id, { role: 'private_rep', isFirstHandOperator: true });
    expect(await warnings()).toEqual([]); // half, not most
    await addParticipant(t, mesa.id, { role: 'private_rep' });
    expect(await warnings()).toEqual(['private_reps_mostly_staff']);

    const res = await coordinator.patch(`/api/mesas/${mesa.id}/participations/${staff1}`, {
      isFirstHandOperator: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await warnings()).toEqual([]);
  });

  it('record departures with an end date, and the audit log keeps removals', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa cambiante') });
    const id = await addParticipant(t, mesa.id, { role: 'team', startedOn: '2024-01-10' });
    const ended = await coordinator.patch(`/api/mesas/${mesa.id}/participations/${id}`, {
      endedOn: '2024-06-30',
    });
    expect(ended.json()).toMatchObject({ id, endedOn: '2024-06-30' });
    expect((await detail(mesa.id)).formerParticipants.map((p: { id: string }) => p.id)).toEqual([id]);

    expect((await coordinator.delete(`/api/mesas/${mesa.id}/participations/${id}`)).statusCode).toBe(200);
    expect(await t.database.db.select().from(participations).where(eq(participations.id, id))).toEqual([]);
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[2]).toMatchObject({ mesaId: mesa.id, after: null, before: { id, endedOn: '2024-06-30' } });
  });

  it('give a team member rights in the Mesa once they join it, and take them away when they leave', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa nueva para el equipo') });
    const team = await t.as('team');
    expect((await team.get(`/api/mesas/${mesa.id}`)).statusCode).toBe(404);
    const teamPerson = (await team.get('/api/auth/me')).json().user.personId;
    const id = await addParticipant(t, mesa.id, { role: 'team', personId: teamPerson });
    const joined = await detail(mesa.id, team);
    expect(joined.myRoles).toEqual(['team']);
    expect(joined.can).toEqual({ update: true, transition: false, manageParticipants: true });
    await coordinator.patch(`/api/mesas/${mesa.id}/participations/${id}`, { endedOn: '2024-12-31' });
    expect((await team.get(`/api/mesas/${mesa.id}`)).statusCode).toBe(404);
  });
});

describe('the audit log', () => {
  it('lists events newest first, filtered by entity', async () => {
    const mesa = await createMesa(t, { name: unique('Mesa auditada') });
    await coordinator.patch(`/api/mesas/${mesa.id}`, { version: 1, sector: 'Auditoría' });
    const res = await admin.get(`/api/audit?entityType=mesa&entityId=${mesa.id}`);
    expect(res.statusCode).toBe(200);
    const events = res.json().events;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(events[0].seq).toBeGreaterThan(events[1].seq);
    expect(events[0]).toMatchObject({
      entityType: 'mesa',
      entityId: mesa.id,
      actorLabel: demoEmail('coordinator'),
    });
    expect((await admin.get('/api/audit?limit=2')).json().events).toHaveLength(2);
  });

  it('verifies, and finds the first row edited or deleted behind its back', async () => {
    const verify = async () => (await admin.get('/api/audit/verify')).json();
    const ok = await verify();
    expect(ok).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(ok.checked).toBeGreaterThan(10);

    const mesa = await createMesa(t, { name: unique('Mesa manipulada') });
    await coordinator.patch(`/api/mesas/${mesa.id}`, { version: 1, sector: 'Antes' });
    await coordinator.patch(`/api/mesas/${mesa.id}`, { version: 2, sector: 'Después' });
    const [created, edited, last] = await auditOf(mesa.id);
    // The database refuses these changes; the table's owner can still lift the guard, as an
    // attacker with that privilege would.
    await t.database.db.execute(sql`alter table audit_events disable trigger user`);

    // An edited row.
    await t.database.db.execute(
      sql`update audit_events set after = jsonb_set(after, '{sector}', '"Otro"') where seq = ${edited!.seq}`,
    );
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: edited!.seq });
    await t.database.db
      .update(auditEvents)
      .set({ after: edited!.after })
      .where(eq(auditEvents.seq, edited!.seq));
    expect(await verify()).toMatchObject({ ok: true });

    // A changed actor.
    await t.database.db.execute(
      sql`update audit_events set actor_label = 'otra persona' where seq = ${created!.seq}`,
    );
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: created!.seq });
    await t.database.db
      .update(auditEvents)
      .set({ actorLabel: created!.actorLabel })
      .where(eq(auditEvents.seq, created!.seq));

    // A deleted row breaks the link of the next one.
    await t.database.db.execute(sql`delete from audit_events where seq = ${edited!.seq}`);
    const next = await t.database.db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(gt(auditEvents.seq, edited!.seq))
      .orderBy(asc(auditEvents.seq))
      .limit(1);
    expect(next[0]!.seq).toBe(last!.seq);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: last!.seq });
    await t.database.db.insert(auditEvents).values(edited!);
    expect(await verify()).toMatchObject({ ok: true, firstBrokenSeq: null });
  });
});

describe('atomicity', () => {
  it('leaves no person behind when creating an account fails on its e-mail', async () => {
    const email = `${unique('repetido')}@example.org`;
    await createPerson(t, { email });
    const before = await snapshot(t, people, users);
    const res = await admin.post('/api/accounts', {
      email,
      password: 'clave-larga-de-prueba',
      fullName: 'Otra',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'email' }] });
    expect(await snapshot(t, people, users)).toEqual(before);
  });

  describe('when the audit record fails after the change was written', () => {
    const marker = 'Falla a medias';
    beforeAll(async () => {
      await t.database.db.execute(
        sql.raw(`create function fail_marked_audit() returns trigger language plpgsql as $$
          begin
            if new.after::text like '%${marker}%' then raise exception 'audit refused'; end if;
            return new;
          end $$`),
      );
      await t.database.db.execute(
        sql.raw(`create trigger fail_marked_audit before insert on audit_events
          for each row execute function fail_marked_audit()`),
      );
    });
    afterAll(async () => {
      await t.database.db.execute(sql.raw('drop trigger fail_marked_audit on audit_events'));
      await t.database.db.execute(sql.raw('drop function fail_marked_audit()'));
    });

    it('creates neither the Mesa nor its lifecycle event', async () => {
      const before = await snapshot(t, mesas, mesaEvents);
      const res = await coordinator.post('/api/mesas', {
        name: marker,
        kind: 'sector',
        sector: 'Fallas',
        hostOrganizationId: orgs.produce,
      });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('INTERNAL');
      expect(await snapshot(t, mesas, mesaEvents)).toEqual(before);
    });

    it('neither moves the Mesa nor records its events', async () => {
      const mesa = await createMesa(t, { name: unique('Mesa que no se mueve') });
      const before = await mesaRow(mesa.id);
      const counts = await snapshot(t, mesas, mesaEvents);
      const res = await coordinator.post(`/api/mesas/${mesa.id}/transitions`, {
        to: 'active',
        host: orgs.minagri,
        reason: marker,
      });
      expect(res.statusCode).toBe(500);
      expect(await mesaRow(mesa.id)).toEqual(before);
      expect(await snapshot(t, mesas, mesaEvents)).toEqual(counts);
      expect(
        await t.database.db
          .select()
          .from(mesaEvents)
          .where(and(eq(mesaEvents.mesaId, mesa.id), eq(mesaEvents.reason, marker))),
      ).toEqual([]);
    });
  });
});
