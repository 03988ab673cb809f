import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, commitments, mailOutbox } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { createMailJob } from '../../src/jobs/mail-job';
import { type Client, createTestContext, type TestContext } from '../support/app';
import {
  addParticipant,
  createMesa,
  createPerson,
  demoPersonId,
  snapshot,
  unique,
  unknownId,
} from '../support/fixtures';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

/**
 * The Monday chase: one reminder per late owner listing all their late commitments, in their language,
 * queued in the outbox and delivered to a real SMTP server started here; once a day; the team only.
 */

const TZ = 'America/Lima';
let smtp: TestSmtpServer;
let t: TestContext;
let team: Client;
let mesaId: string;
let mesaName: string;
let today: string;
const people = {} as Record<
  'ana' | 'john' | 'nomail' | 'ontime',
  { id: string; email: string | null; name: string }
>;

async function insert(
  personId: string,
  text: string,
  dueOn: string,
  extra: Partial<typeof commitments.$inferInsert> = {},
) {
  await t.database.db
    .insert(commitments)
    .values({ mesaId, personId, text, dueOn, visibility: 'members', ...extra });
}

const chaseMails = () =>
  t.database.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'commitment_chase'));

async function chaseAudits() {
  const [row] = await t.database.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, mesaId), eq(auditEvents.action, 'chase')));
  return row!.n;
}

/** The chase mails the SMTP server received for an address (the job also sends other kinds). */
const receivedChase = (email: string) => smtp.to(email).filter((m) => m.subject.startsWith(`${mesaName}:`));

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestContext({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    MAIL_FROM: 'Mesas <mesas@example.org>',
    PUBLIC_URL: 'https://mesas.example.org',
  });
  today = todayIn(new Date(), TZ);
  const mesa = await createMesa(t, { locale: 'es' });
  mesaId = mesa.id;
  mesaName = mesa.name as string;
  const admin = await t.as('admin');
  // Ana has no account: she is written to in the Mesa's language. John's account is in English.
  const anaEmail = `${unique('ana')}@example.org`.toLowerCase();
  const ana = await createPerson(t, { fullName: 'Ana Prueba', email: anaEmail });
  const johnEmail = `${unique('john')}@example.org`.toLowerCase();
  const john = await admin.post('/api/accounts', {
    email: johnEmail,
    password: 'una-clave-bastante-larga',
    fullName: 'John Test',
    locale: 'en',
  });
  expect(john.statusCode, john.body).toBe(201);
  const nomail = await createPerson(t, { fullName: 'Sin Correo' });
  const ontimeEmail = `${unique('ontime')}@example.org`.toLowerCase();
  const ontime = await createPerson(t, { fullName: 'Al Día', email: ontimeEmail });
  people.ana = { id: ana.id, email: anaEmail, name: 'Ana Prueba' };
  people.john = { id: john.json().personId, email: johnEmail, name: 'John Test' };
  people.nomail = { id: nomail.id, email: null, name: 'Sin Correo' };
  people.ontime = { id: ontime.id, email: ontimeEmail, name: 'Al Día' };
  for (const p of Object.values(people))
    await addParticipant(t, mesaId, { role: 'public_rep', personId: p.id });
  await addParticipant(t, mesaId, { role: 'team', personId: await demoPersonId(t, 'team') });
  await addParticipant(t, mesaId, { role: 'public_rep', personId: await demoPersonId(t, 'public_rep') });
  team = await t.as('team');
  const problem = await team.post(`/api/mesas/${mesaId}/problems`, { title: 'Trámite lento' });
  expect(problem.statusCode, problem.body).toBe(201);
  // Late by more than a week, so the job's own overdue notices leave them alone.
  await insert(people.ana.id, 'Enviar el padrón de productores', addDays(today, -12), {
    problemId: problem.json().id,
  });
  await insert(people.ana.id, 'Publicar la resolución', addDays(today, -20));
  await insert(people.ana.id, 'Informe reservado al equipo', addDays(today, -15), { visibility: 'team' });
  await insert(people.ana.id, 'Tarea aún a tiempo', addDays(today, 20));
  await insert(people.john.id, 'Send the export figures', addDays(today, -9));
  await insert(people.nomail.id, 'Compromiso sin correo', addDays(today, -11));
  await insert(people.ontime.id, 'Compromiso a tiempo', addDays(today, 25));
  await insert(people.ontime.id, 'Compromiso cumplido', addDays(today, -13), {
    status: 'done',
    completedAt: new Date(),
  });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the chase', () => {
  it('previews who will get a reminder without sending anything', async () => {
    const before = await snapshot(t, mailOutbox);
    const res = await team.get(`/api/mesas/${mesaId}/commitments/chase`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      date: today,
      sent: [
        { personId: people.ana.id, name: 'Ana Prueba', count: 2 },
        { personId: people.john.id, name: 'John Test', count: 1 },
      ],
      skipped: [{ personId: people.nomail.id, name: 'Sin Correo', count: 1, reason: 'no_email' }],
    });
    expect(await snapshot(t, mailOutbox)).toEqual(before);
  });

  it('refuses a participant and an unknown Mesa, writing nothing', async () => {
    const before = await snapshot(t, mailOutbox);
    const rep = await t.as('public_rep');
    expect((await rep.post(`/api/mesas/${mesaId}/commitments/chase`)).statusCode).toBe(403);
    expect((await rep.get(`/api/mesas/${mesaId}/commitments/chase`)).statusCode).toBe(403);
    expect((await team.post(`/api/mesas/${unknownId()}/commitments/chase`)).statusCode).toBe(404);
    expect((await t.anonymous.post(`/api/mesas/${mesaId}/commitments/chase`)).statusCode).toBe(401);
    expect(await snapshot(t, mailOutbox)).toEqual(before);
  });

  it('sends one mail per late owner, in their language, listing all their late items', async () => {
    const res = await team.post(`/api/mesas/${mesaId}/commitments/chase`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sent.map((s: { personId: string; count: number }) => [s.personId, s.count])).toEqual([
      [people.ana.id, 2],
      [people.john.id, 1],
    ]);
    expect(res.json().skipped).toEqual([
      { personId: people.nomail.id, name: 'Sin Correo', count: 1, reason: 'no_email' },
    ]);
    expect(await chaseAudits()).toBe(1);
    const queued = await chaseMails();
    expect(queued.map((m) => [m.toAddress, m.locale, m.dedupeKey]).sort()).toEqual(
      [
        [people.ana.email, 'es', `chase:${mesaId}:${people.ana.id}:${today}`],
        [people.john.email, 'en', `chase:${mesaId}:${people.john.id}:${today}`],
      ].sort(),
    );

    const job = createMailJob({ db: t.database.db, config: t.app.config });
    try {
      const run = await job.runOnce();
      expect(run.sent).toBeGreaterThanOrEqual(2);
    } finally {
      await job.stop();
    }
    const [toAna] = receivedChase(people.ana.email!);
    expect(receivedChase(people.ana.email!)).toHaveLength(1);
    expect(toAna!.subject).toBe(`${mesaName}: tiene 2 compromisos vencidos`);
    expect(toAna!.text).toContain('Hola, Ana Prueba');
    expect(toAna!.text).toMatch(
      /P-\d+: Enviar el padrón de productores \(vencía el .+, 12 días de retraso\)/,
    );
    expect(toAna!.text).toContain('Publicar la resolución');
    expect(toAna!.text).toContain('20 días de retraso');
    expect(toAna!.text).toContain('https://mesas.example.org/commitments');
    // Not what is not late, nor what Ana may not see.
    expect(toAna!.text).not.toContain('Tarea aún a tiempo');
    expect(toAna!.text).not.toContain('Informe reservado');
    const toJohn = receivedChase(people.john.email!);
    expect(toJohn).toHaveLength(1);
    expect(toJohn[0]!.subject).toBe(`${mesaName}: you have 1 late commitment`);
    expect(toJohn[0]!.text).toContain('Send the export figures');
    expect(toJohn[0]!.text).toContain('9 days late');
    expect(receivedChase(people.ontime.email!)).toHaveLength(0);
    const sent = await chaseMails();
    expect(sent.every((m) => m.status === 'sent' && m.messageId)).toBe(true);
  });

  it('sends nothing new the same day, and says so', async () => {
    const res = await team.post(`/api/mesas/${mesaId}/commitments/chase`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sent).toEqual([]);
    expect(
      res.json().skipped.map((s: { personId: string; reason: string }) => [s.personId, s.reason]),
    ).toEqual([
      [people.ana.id, 'already_sent'],
      [people.john.id, 'already_sent'],
      [people.nomail.id, 'no_email'],
    ]);
    expect(await chaseMails()).toHaveLength(2);
    const preview = await team.get(`/api/mesas/${mesaId}/commitments/chase`);
    expect(preview.json().sent).toEqual([]);
    expect(
      preview.json().skipped.filter((s: { reason: string }) => s.reason === 'already_sent'),
    ).toHaveLength(2);
  });
});
