import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimOutbox } from '../../src/db/queries/mail';
import {
  agendaItems,
  commitments,
  mailOutbox,
  meetingParticipants,
  meetings,
  minutesVersions,
} from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { buildMinutes, type MinutesRecord } from '../../src/domain/minutes';
import type { Locale } from '../../src/domain/roles';
import { translator } from '../../src/i18n';
import { createMailJob, type MailJobOptions } from '../../src/jobs/mail-job';
import { queueMeetingInvitations, queueMinutes } from '../../src/mail/messages';
import { queueMail } from '../../src/mail/outbox';
import { outboxMail, smtpTransport } from '../../src/mail/transport';
import { type App, buildApp } from '../../src/server/app';
import { type Client, createTestContext, signIn, type TestContext, testConfig } from '../support/app';
import { mesaBySlug, unique } from '../support/fixtures';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

/**
 * E-mail against a real SMTP server started here: reminders before a commitment is due and once it is
 * overdue, invitations with their calendar file, minutes, retries and the outbox that administrators
 * read. The job's clock is injected, so retries and lock expiry need no waiting.
 */

const TZ = 'America/Lima';
const PUBLIC_URL = 'https://mesas.example.org';
let smtp: TestSmtpServer;
let t: TestContext;
let admin: Client;
let forestal: { id: string; name: string };

interface Recipient {
  personId: string;
  email: string;
  fullName: string;
}

const people: Record<'ana' | 'john' | 'busy' | 'gone' | 'stubborn' | 'kept' | 'lead', Recipient> =
  {} as never;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestContext({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    MAIL_FROM: 'Mesas <mesas@example.org>',
    PUBLIC_URL,
  });
  admin = await t.as('admin');
  const mesa = await mesaBySlug(t, 'forestal');
  forestal = { id: mesa!.id, name: mesa!.name };
  const coordinator = await t.as('coordinator');
  // Ana has no account: she is written to in her Mesa's language (Spanish). John's account is in English.
  const person = async (key: keyof typeof people, role: string, locale?: Locale) => {
    const email = `${unique(key)}@example.org`.toLowerCase();
    const fullName = `${key[0]!.toUpperCase()}${key.slice(1)} ${unique('Prueba')}`;
    let personId: string;
    if (locale) {
      const res = await admin.post('/api/accounts', {
        email,
        password: 'una-clave-bastante-larga',
        fullName,
        locale,
      });
      expect(res.statusCode, res.body).toBe(201);
      personId = res.json().personId;
    } else {
      const res = await coordinator.post('/api/people', { fullName, email });
      expect(res.statusCode, res.body).toBe(201);
      personId = res.json().id;
    }
    const part = await coordinator.post(`/api/mesas/${forestal.id}/participations`, { personId, role });
    expect(part.statusCode, part.body).toBe(201);
    people[key] = { personId, email, fullName };
  };
  await person('ana', 'private_rep');
  await person('john', 'public_rep', 'en');
  await person('busy', 'private_rep');
  await person('gone', 'private_rep');
  await person('stubborn', 'private_rep');
  await person('kept', 'private_rep');
  await person('lead', 'team', 'es');
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const today = () => todayIn(new Date(), TZ);
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** One run of a fresh mail job (as after a restart) with the given clock. */
async function runJob(at: Date = new Date(), options: Partial<MailJobOptions> = {}) {
  const job = createMailJob({ db: t.database.db, config: t.app.config, now: () => at, ...options });
  try {
    return await job.runOnce();
  } finally {
    await job.stop();
  }
}

async function addCommitment(who: Recipient, dueOn: string, text: string, status: 'open' | 'done' = 'open') {
  const [row] = await t.database.db
    .insert(commitments)
    .values({ mesaId: forestal.id, personId: who.personId, text, dueOn, status })
    .returning({ id: commitments.id });
  return row!.id;
}

async function outboxRow(dedupeKey: string) {
  const [row] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.dedupeKey, dedupeKey));
  return row;
}

async function outboxCount() {
  const [row] = await t.database.db.select({ n: count() }).from(mailOutbox);
  return Number(row?.n ?? 0);
}

describe('commitment reminders', () => {
  it('sends one reminder two days before the due date, in each recipient’s language, and never again', async () => {
    const due = addDays(today(), 2);
    const anaId = await addCommitment(people.ana, due, 'Publicar el reglamento de plantaciones');
    const johnId = await addCommitment(people.john, due, 'Send the export figures to the Mesa');
    // Not yet: due in three days; and a commitment already done gets no reminder.
    await addCommitment(people.ana, addDays(today(), 3), 'Compromiso que vence en tres días');
    await addCommitment(people.john, due, 'Already done', 'done');

    const first = await runJob();
    expect(first.reminders).toBeGreaterThanOrEqual(2);

    const toAna = smtp.to(people.ana.email);
    const toJohn = smtp.to(people.john.email);
    expect(toAna).toHaveLength(1);
    expect(toJohn).toHaveLength(1);
    expect(toAna[0]!.subject).toBe(
      'Recordatorio: compromiso que vence en 2 días: Publicar el reglamento de plantaciones',
    );
    expect(toJohn[0]!.subject).toBe(
      'Reminder: commitment due in 2 days: Send the export figures to the Mesa',
    );
    expect(toAna[0]!.header('from')).toBe('Mesas <mesas@example.org>');
    expect(toAna[0]!.text).toContain(`Hola, ${people.ana.fullName}:`);
    expect(toAna[0]!.text).toContain(`> Publicar el reglamento de plantaciones`);
    expect(toAna[0]!.text).toContain(`${PUBLIC_URL}/commitments`);
    expect(toJohn[0]!.text).toContain(`Your commitment in ${forestal.name} is due in 2 days:`);
    expect(toJohn[0]!.parts.map((p) => p.contentType).sort()).toEqual(['text/html', 'text/plain']);

    const row = await outboxRow(`reminder:${anaId}:${due}`);
    expect(row).toMatchObject({ kind: 'commitment_reminder', status: 'sent', attempts: 1, lastError: null });
    expect(row!.messageId).toBe(toAna[0]!.messageId);
    expect(row!.messageId).toBe(`<${row!.id}@example.org>`);
    expect((await outboxRow(`reminder:${johnId}:${due}`))?.locale).toBe('en');

    // Running again, as after a restart, queues and sends nothing.
    const received = smtp.received.length;
    const rows = await outboxCount();
    const second = await runJob();
    expect(second).toMatchObject({ reminders: 0, overdue: 0, sent: 0 });
    expect(smtp.received.length).toBe(received);
    expect(await outboxCount()).toBe(rows);
  });

  it('sends an overdue notice once the due day has passed, and not for long-past deadlines', async () => {
    const yesterday = addDays(today(), -1);
    const lateId = await addCommitment(people.ana, yesterday, 'Enviar el informe de trazabilidad');
    const ancientId = await addCommitment(people.ana, addDays(today(), -30), 'Compromiso muy antiguo');

    await runJob();
    const notices = smtp.to(people.ana.email).filter((m) => m.subject.startsWith('Compromiso vencido'));
    expect(notices.map((m) => m.subject)).toEqual(['Compromiso vencido: Enviar el informe de trazabilidad']);
    expect(notices[0]!.text).toContain('sigue abierto (1 día de retraso)');
    expect(await outboxRow(`overdue:${lateId}:${yesterday}`)).toMatchObject({
      kind: 'commitment_overdue',
      status: 'sent',
    });
    expect(await outboxRow(`overdue:${ancientId}:${addDays(today(), -30)}`)).toBeUndefined();
  });

  it('follows the clock: the reminded commitment gets its overdue notice when the due day passes', async () => {
    const due = addDays(today(), 1);
    const id = await addCommitment(people.john, due, 'Draft the port procedures');
    await runJob();
    expect(smtp.to(people.john.email).filter((m) => m.subject.includes('Draft the port'))).toHaveLength(1);

    // Two days later (the day after the due day), the job finds it overdue.
    await runJob(later(new Date(), 2 * 24 * HOUR));
    const mail = smtp.to(people.john.email).filter((m) => m.subject.includes('Draft the port'));
    expect(mail.map((m) => m.subject)).toEqual([
      'Reminder: commitment due tomorrow: Draft the port procedures',
      'Overdue commitment: Draft the port procedures',
    ]);
    expect(mail[1]!.text).toContain('and is still open (1 day late):');
    expect((await outboxRow(`overdue:${id}:${due}`))?.status).toBe('sent');
  });
});

describe('delivery', () => {
  it('retries a message the server refused for now, and delivers it later with the attempts recorded', async () => {
    const t0 = new Date();
    const due = addDays(today(), 1);
    const id = await addCommitment(people.busy, due, 'Coordinar la visita de campo');
    smtp.refuse(people.busy.email, 451, 1);

    const first = await runJob(t0);
    expect(first.retried).toBeGreaterThanOrEqual(1);
    const afterFirst = await outboxRow(`reminder:${id}:${due}`);
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
    expect(afterFirst!.lastError).toMatch(/451/);
    expect(afterFirst!.sendAfter.getTime()).toBe(t0.getTime() + MINUTE);
    expect(smtp.to(people.busy.email)).toHaveLength(0);

    // Before the backoff has passed nothing is tried.
    await runJob(later(t0, 30_000));
    expect((await outboxRow(`reminder:${id}:${due}`))?.attempts).toBe(1);

    await runJob(later(t0, MINUTE + 1000));
    expect(smtp.to(people.busy.email)).toHaveLength(1);
    expect(await outboxRow(`reminder:${id}:${due}`)).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
  });

  it('gives up at once when the server refuses the recipient for good (5xx)', async () => {
    const t0 = new Date();
    const due = addDays(today(), 2);
    const id = await addCommitment(people.gone, due, 'Compromiso de un buzón inexistente');
    smtp.refuse(people.gone.email, 550, 100);
    const run = await runJob(t0);
    expect(run.failed).toBeGreaterThanOrEqual(1);
    const row = await outboxRow(`reminder:${id}:${due}`);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.lastError).toMatch(/550/);
    await runJob(later(t0, 2 * HOUR));
    expect((await outboxRow(`reminder:${id}:${due}`))?.attempts).toBe(1);
    expect(smtp.to(people.gone.email)).toHaveLength(0);
  });

  it('gives up as failed after MAIL_MAX_ATTEMPTS temporary refusals, backing off between them', async () => {
    const maxAttempts = t.app.config.MAIL_MAX_ATTEMPTS;
    const due = addDays(today(), 2);
    const id = await addCommitment(people.stubborn, due, 'Compromiso de un servidor ocupado');
    smtp.refuse(people.stubborn.email, 421, 1000);
    let at = new Date();
    const waits: number[] = [];
    for (let i = 0; i < maxAttempts; i++) {
      await runJob(at);
      const row = (await outboxRow(`reminder:${id}:${due}`))!;
      expect(row.attempts).toBe(i + 1);
      if (row.status === 'pending') waits.push(row.sendAfter.getTime() - at.getTime());
      at = later(row.sendAfter, 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60].slice(0, maxAttempts - 1).map((m) => m * MINUTE));
    const row = await outboxRow(`reminder:${id}:${due}`);
    expect(row).toMatchObject({ status: 'failed', attempts: maxAttempts });
    expect(smtp.to(people.stubborn.email)).toHaveLength(0);
  });

  it('a sender that stops after claiming loses nothing: the message goes out once its lock expires', async () => {
    const to = `${unique('crash')}@example.org`;
    await queueMail(t.database.db, {
      dedupeKey: unique('test:crash'),
      kind: 'commitment_reminder',
      to,
      locale: 'es',
      subject: 'Mensaje reclamado por un proceso que se detuvo',
      text: 'Texto',
    });
    const t0 = new Date();
    const claimed = await claimOutbox(t.database.db, {
      now: t0,
      lockedUntil: later(t0, 5 * MINUTE),
      limit: 100,
    });
    expect(claimed.map((r) => r.toAddress)).toEqual([to]);
    // …and the process dies here, before sending.

    expect((await runJob(later(t0, MINUTE))).sent).toBe(0);
    expect(smtp.to(to)).toHaveLength(0);
    expect((await runJob(later(t0, 5 * MINUTE + 1000))).sent).toBe(1);
    expect(smtp.to(to)).toHaveLength(1);
    const [row] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a sender that stops after sending but before marking sends it once more, with the same Message-ID', async () => {
    const to = `${unique('twice')}@example.org`;
    await queueMail(t.database.db, {
      dedupeKey: unique('test:twice'),
      kind: 'commitment_reminder',
      to,
      locale: 'en',
      subject: 'Sent, then the process died',
      text: 'Text',
    });
    const t0 = new Date();
    const [row] = await claimOutbox(t.database.db, {
      now: t0,
      lockedUntil: later(t0, 5 * MINUTE),
      limit: 100,
    });
    const transport = smtpTransport(t.app.config)!;
    await transport.sendMail(outboxMail(row!, t.app.config.MAIL_FROM));
    transport.close();
    // …and the process dies here, before marking it sent.

    await runJob(later(t0, 5 * MINUTE + 1000));
    const copies = smtp.to(to);
    expect(copies).toHaveLength(2);
    expect(copies[0]!.messageId).toBe(`<${row!.id}@example.org>`);
    expect(copies[1]!.messageId).toBe(copies[0]!.messageId);
    expect((await runJob(later(t0, HOUR))).sent).toBe(0);
    expect(smtp.to(to)).toHaveLength(2);
  });

  it('two instances sending at once deliver every message exactly once', async () => {
    const addresses = Array.from({ length: 24 }, () => `${unique('pair')}@example.org`);
    for (const to of addresses) {
      await queueMail(t.database.db, {
        dedupeKey: `test:pair:${to}`,
        kind: 'commitment_reminder',
        to,
        locale: 'es',
        subject: 'Uno de muchos',
        text: 'Texto',
      });
    }
    // A moment after the last was queued: the outbox stores microseconds, a Date only milliseconds.
    const at = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([runJob(at, { batchSize: 4 }), runJob(at, { batchSize: 4 })]);
    // Both runs also send whatever else was waiting (the digests of the week, when this test runs alone).
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(addresses.length);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(addresses.map((to) => smtp.to(to).length)).toEqual(addresses.map(() => 1));
    const sent = await t.database.db
      .select({ status: mailOutbox.status, attempts: mailOutbox.attempts })
      .from(mailOutbox)
      .where(inArray(mailOutbox.toAddress, addresses));
    expect(sent.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});

describe('invitations and minutes', () => {
  async function newMeeting(fields: Partial<typeof meetings.$inferInsert> = {}) {
    const startsAt = later(new Date(), 3 * 24 * HOUR);
    const [meeting] = await t.database.db
      .insert(meetings)
      .values({
        mesaId: forestal.id,
        kind: 'intersessional',
        title: unique('Permisos forestales'),
        startsAt,
        endsAt: later(startsAt, 2 * HOUR),
        timeZone: TZ,
        place: 'Sala 3, Ministerio de la Producción',
        ...fields,
      })
      .returning();
    return meeting!;
  }

  async function invite(meetingId: string, ...who: Recipient[]) {
    await t.database.db
      .insert(meetingParticipants)
      .values(who.map((p) => ({ meetingId, personId: p.personId, invited: true })));
  }

  const ctx = () => ({ db: t.database.db, publicUrl: PUBLIC_URL, mailFrom: t.app.config.MAIL_FROM });

  it('invites each person in their language, with the agenda and a calendar file, once', async () => {
    const meeting = await newMeeting();
    await invite(meeting.id, people.ana, people.john);
    await t.database.db.insert(agendaItems).values([
      { meetingId: meeting.id, position: 0, kind: 'custom', title: 'Plazos de los permisos', minutes: 20 },
      { meetingId: meeting.id, position: 1, kind: 'custom', title: 'Próximos pasos', minutes: 10 },
    ]);

    // Queued in the caller's transaction: if it rolls back, nothing is queued.
    const before = await outboxCount();
    await expect(
      t.database.db.transaction(async (tx) => {
        expect(await queueMeetingInvitations({ ...ctx(), db: tx }, meeting.id)).toBe(2);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outboxCount()).toBe(before);

    expect(
      await t.database.db.transaction((tx) => queueMeetingInvitations({ ...ctx(), db: tx }, meeting.id)),
    ).toBe(2);
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(0);
    await runJob();

    const [toAna] = smtp.to(people.ana.email).filter((m) => m.subject.includes(meeting.title));
    const [toJohn] = smtp.to(people.john.email).filter((m) => m.subject.includes(meeting.title));
    expect(toAna!.subject).toMatch(
      new RegExp(`^Invitación: Reunión intersesional de ${forestal.name}: ${meeting.title}, `),
    );
    expect(toJohn!.subject).toMatch(
      new RegExp(`^Invitation: Inter-sessional meeting of ${forestal.name}: ${meeting.title}, `),
    );
    expect(toAna!.text).toContain('1. Plazos de los permisos (20 min)');
    expect(toAna!.text).toContain('Lugar: Sala 3, Ministerio de la Producción');
    expect(toAna!.text).toContain(`${PUBLIC_URL}/meetings/${meeting.id}`);
    const calendar = toJohn!.parts.find((p) => p.contentType === 'text/calendar');
    expect(calendar?.body).toContain('METHOD:REQUEST');
    expect(calendar?.body).toContain(`UID:meeting-${meeting.id}@mesas`);
    expect(calendar?.body.replace(/\r?\n /g, '').toLowerCase()).toContain(`mailto:${people.john.email}`);
    expect(calendar?.body).toMatch(/^ORGANIZER;CN="Mesas":mailto:mesas@example\.org\r?$/m);
    expect(calendar?.body).toContain('TZID=America/Lima');
  });

  it('sends an update when the meeting moves or its agenda appears, nothing for other edits or drafts', async () => {
    const meeting = await newMeeting();
    const set = (values: Partial<typeof meetings.$inferInsert>) =>
      t.database.db.update(meetings).set(values).where(eq(meetings.id, meeting.id));
    await invite(meeting.id, people.ana, people.john);
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(2);
    // A day later.
    const startsAt = later(meeting.startsAt, 24 * HOUR);
    await set({ startsAt, endsAt: later(startsAt, HOUR), version: 2 });
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(2);
    // Other edits (its notes, say) send nothing; a new place does.
    await set({ notes: 'Notas previas' });
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(0);
    await set({ place: 'Sala 5', version: 3 });
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(2);
    // The agenda appears: everyone gets it; editing it further sends nothing.
    await t.database.db.insert(agendaItems).values({
      meetingId: meeting.id,
      position: 0,
      kind: 'custom',
      title: 'Revisión de plazos',
      minutes: 15,
    });
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(2);
    await t.database.db.update(agendaItems).set({ minutes: 25 }).where(eq(agendaItems.meetingId, meeting.id));
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(0);
    // Back to the first date and place: that is news again.
    await set({ startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, version: 4 });
    expect(await queueMeetingInvitations(ctx(), meeting.id)).toBe(2);
    await runJob();

    const toJohn = smtp.to(people.john.email).filter((m) => m.subject.includes(meeting.title));
    expect(toJohn.map((m) => m.subject.split(':')[0])).toEqual([
      'Invitation',
      'Updated invitation',
      'Updated invitation',
      'Agenda',
      'Updated invitation',
    ]);
    expect(toJohn[1]!.text).toContain('The date, time or place of Inter-sessional meeting of');
    expect(toJohn[1]!.parts.find((p) => p.contentType === 'text/calendar')?.body).toContain('SEQUENCE:2');
    expect(toJohn[2]!.text).toContain('Place: Sala 5');
    expect(toJohn[3]!.text).toContain(`The agenda of Inter-sessional meeting of ${forestal.name}`);
    expect(toJohn[3]!.text).toContain('1. Revisión de plazos (15 min)');
    expect(toJohn[4]!.text).toContain('Place: Sala 3, Ministerio de la Producción');
    expect(toJohn[4]!.text).toContain('1. Revisión de plazos (25 min)');
    const toAna = smtp.to(people.ana.email).filter((m) => m.subject.includes(meeting.title));
    expect(toAna.map((m) => m.subject.split(':')[0])).toEqual([
      'Invitación',
      'Invitación actualizada',
      'Invitación actualizada',
      'Agenda',
      'Invitación actualizada',
    ]);

    const draft = await newMeeting({ state: 'draft' });
    await invite(draft.id, people.ana);
    expect(await queueMeetingInvitations(ctx(), draft.id)).toBe(0);
  });

  it('sends the minutes to the participants who may see them', async () => {
    const meeting = await newMeeting({ state: 'closed', closedAt: new Date() });
    await invite(meeting.id, people.ana, people.lead);
    const record: MinutesRecord = {
      mesaName: forestal.name,
      meeting: { ...meeting, moderatorName: null, state: 'closed' },
      attendance: [],
      agenda: [],
      decisions: [{ text: 'Simplificar el registro de plantaciones', problemTitle: null }],
      commitments: [],
      problemsUpdated: [],
    };
    const doc = buildMinutes(record, translator('es'), 'es');
    await t.database.db
      .insert(minutesVersions)
      .values({ meetingId: meeting.id, number: 1, locale: 'es', content: doc, visibility: 'team' });
    // Team-only minutes go to the dedicated team only.
    expect(await queueMinutes(ctx(), meeting.id)).toBe(1);
    await t.database.db.insert(minutesVersions).values({
      meetingId: meeting.id,
      number: 2,
      locale: 'es',
      content: doc,
      reason: 'Publicadas a los miembros',
      visibility: 'members',
    });
    expect(await queueMinutes(ctx(), meeting.id)).toBe(2);
    expect(await queueMinutes(ctx(), meeting.id)).toBe(0);
    await runJob();

    const toLead = smtp.to(people.lead.email).filter((m) => m.subject.includes(meeting.title));
    const toAna = smtp.to(people.ana.email).filter((m) => m.subject.includes(meeting.title));
    expect(toLead.map((m) => m.subject)).toEqual([
      `Acta: Reunión intersesional de ${forestal.name}: ${meeting.title}`,
      `Acta corregida (versión 2): Reunión intersesional de ${forestal.name}: ${meeting.title}`,
    ]);
    expect(toAna).toHaveLength(1);
    expect(toAna[0]!.text).toContain(`# ${doc.title}`);
    expect(toAna[0]!.text).toContain('Simplificar el registro de plantaciones');
    const html = toAna[0]!.parts.find((p) => p.contentType === 'text/html')?.body ?? '';
    expect(html).toContain(
      '<td style="border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top">Simplificar el registro de plantaciones</td>',
    );
  });
});

describe('the outbox without a mail server', () => {
  let outboxApp: App;
  let outboxAdmin: Client;

  beforeAll(async () => {
    const config = testConfig({ PUBLIC_URL });
    outboxApp = await buildApp({ config, database: t.database, sessionSecret: config.SESSION_SECRET! });
    await outboxApp.ready();
    outboxAdmin = await signIn(outboxApp, 'admin@demo.mesas.local');
  });
  afterAll(() => outboxApp?.close());

  it('keeps messages pending in the outbox, where administrators read them', async () => {
    const due = addDays(today(), 2);
    const id = await addCommitment(people.kept, due, 'Revisar el <borrador> & enviarlo');
    const received = smtp.received.length;
    const job = createMailJob({ db: t.database.db, config: outboxApp.config });
    expect(job.delivery).toBe('outbox');
    const run = await job.runOnce();
    await job.stop();
    expect(run.reminders).toBeGreaterThanOrEqual(1);
    expect(run.sent).toBe(0);
    expect(smtp.received.length).toBe(received);
    const kept = await outboxRow(`reminder:${id}:${due}`);
    expect(kept).toMatchObject({ status: 'pending', attempts: 0, toAddress: people.kept.email });

    const list = await outboxAdmin.get('/api/admin/outbox?status=pending');
    expect(list.statusCode, list.body).toBe(200);
    const page = list.json();
    expect(page.delivery).toBe('outbox');
    const listed = page.messages.find((m: { id: string }) => m.id === kept!.id);
    expect(listed).toMatchObject({
      kind: 'commitment_reminder',
      to: people.kept.email,
      status: 'pending',
      attempts: 0,
      lastError: null,
      sentAt: null,
      mesa: { id: forestal.id, name: forestal.name },
      person: { id: people.kept.personId, fullName: people.kept.fullName },
    });
    expect(page.messages.every((m: { status: string }) => m.status === 'pending')).toBe(true);

    const one = await outboxAdmin.get(`/api/admin/outbox/${kept!.id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().text).toContain('> Revisar el <borrador> & enviarlo');
    expect(one.json().html).toContain('Revisar el &lt;borrador&gt; &amp; enviarlo');
    expect(one.json().subject).toBe(
      'Recordatorio: compromiso que vence en 2 días: Revisar el <borrador> & enviarlo',
    );
  });

  it('lists the outbox newest first, a page at a time, with sent and failed messages and their errors', async () => {
    const all = (await admin.get('/api/admin/outbox?limit=100')).json();
    expect(all.delivery).toBe('smtp');
    expect(all.total).toBeGreaterThan(20);
    const created = all.messages.map((m: { createdAt: string }) => Date.parse(m.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    const first = (await admin.get('/api/admin/outbox?limit=2')).json();
    const second = (await admin.get('/api/admin/outbox?limit=2&offset=2')).json();
    expect(first.messages).toHaveLength(2);
    expect(first.total).toBe(all.total);
    expect(second.messages.map((m: { id: string }) => m.id)).toEqual(
      all.messages.slice(2, 4).map((m: { id: string }) => m.id),
    );

    const failed = (await admin.get('/api/admin/outbox?status=failed')).json();
    const gone = failed.messages.find((m: { to: string }) => m.to === people.gone.email);
    expect(gone).toMatchObject({ status: 'failed', attempts: 1 });
    expect(gone.lastError).toMatch(/550/);
    const sent = (await admin.get('/api/admin/outbox?status=sent&kind=invitation')).json();
    expect(sent.messages.length).toBeGreaterThanOrEqual(4);
    expect(
      sent.messages.every(
        (m: { kind: string; hasCalendar: boolean }) => m.kind === 'invitation' && m.hasCalendar,
      ),
    ).toBe(true);
  });

  it('refuses bad queries and unknown messages', async () => {
    for (const query of ['limit=0', 'limit=101', 'status=lost', 'offset=-1', 'kind=spam']) {
      const res = await admin.get(`/api/admin/outbox?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await admin.get('/api/admin/outbox/not-a-uuid')).statusCode).toBe(400);
    const missing = await admin.get('/api/admin/outbox/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('is for administrators only', async () => {
    const [any] = await t.database.db.select({ id: mailOutbox.id }).from(mailOutbox).limit(1);
    for (const role of ['coordinator', 'team', 'private_rep'] as const) {
      const c = await t.as(role);
      expect((await c.get('/api/admin/outbox')).statusCode, role).toBe(403);
      expect((await c.get(`/api/admin/outbox/${any!.id}`)).statusCode, role).toBe(403);
    }
    expect((await t.anonymous.get('/api/admin/outbox')).statusCode).toBe(401);
  });
});

describe('the job’s own loop', () => {
  it('runs on start, and stop() waits for the run in progress', async () => {
    const due = addDays(today(), 2);
    const id = await addCommitment(people.ana, due, 'Compromiso del bucle');
    const job = createMailJob({
      db: t.database.db,
      config: { ...t.app.config, MAIL_INTERVAL_SECONDS: 3600 },
    });
    job.start();
    await expect
      .poll(async () => (await outboxRow(`reminder:${id}:${due}`))?.status, { timeout: 10_000 })
      .toBe('sent');
    await job.stop();
    expect(smtp.to(people.ana.email).filter((m) => m.subject.includes('Compromiso del bucle'))).toHaveLength(
      1,
    );
    const [pending] = await t.database.db
      .select({ n: count() })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), eq(mailOutbox.toAddress, people.ana.email)));
    expect(Number(pending?.n)).toBe(0);
  });
});
