import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, mailOutbox, mesas, users } from '../../src/db/schema';
import { addDays, todayIn } from '../../src/domain/calendar-days';
import { createMailJob } from '../../src/jobs/mail-job';
import { isoWeekOf } from '../../src/mail/digest';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { createMesa, unique } from '../support/fixtures';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

/**
 * The weekly digest, sent by the mail job to a real SMTP server started here: each member of a
 * dedicated team learns what moved, what is late and what waits for them; the high-level body learns
 * what waits for it and what moved across the portfolio. One digest per recipient per ISO week.
 */

const TZ = 'America/Lima';
let smtp: TestSmtpServer;
let t: TestContext;
let coordinator: Client;
let mesa: { id: string; name: string };
const lead = { email: '', personId: '', fullName: '' };
const rep = { email: '', personId: '' };
let highLevelEmail: string;
let highLevelPersonId: string;
let overdueText: string;
let problemTitle: string;
let returnedTitle: string;
let openTitle: string;
let teamOnlyTitle: string;

async function runJob(at: Date) {
  const job = createMailJob({ db: t.database.db, config: t.app.config, now: () => at });
  try {
    return await job.runOnce();
  } finally {
    await job.stop();
  }
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestContext({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    MAIL_FROM: 'Mesas <mesas@example.org>',
    PUBLIC_URL: 'https://mesas.example.org',
  });
  coordinator = await t.as('coordinator');
  const created = await createMesa(t, { locale: 'es', visibility: 'members', status: 'active' });
  mesa = { id: created.id, name: created.name as string };
  expect(created.status).toBe('active');
  // Launched seven months ago and never evaluated: a round of the Evaluation Wheel is due.
  const launchedOn = addDays(todayIn(new Date(), TZ), -214);
  await t.database.db.update(mesas).set({ launchedOn }).where(eq(mesas.id, mesa.id));

  // A team member with an account in Spanish, and a private representative: only the first gets a digest.
  lead.email = `${unique('lead')}@example.org`.toLowerCase();
  lead.fullName = unique('Lucía');
  const account = await (await t.as('admin')).post('/api/accounts', {
    email: lead.email,
    password: 'una-clave-bastante-larga',
    fullName: lead.fullName,
    locale: 'es',
  });
  expect(account.statusCode, account.body).toBe(201);
  lead.personId = account.json().personId;
  rep.email = `${unique('rep')}@example.org`.toLowerCase();
  rep.personId = (
    await coordinator.post('/api/people', { fullName: unique('Rep'), email: rep.email })
  ).json().id;
  for (const [personId, role] of [
    [lead.personId, 'team'],
    [rep.personId, 'private_rep'],
  ] as const) {
    const res = await coordinator.post(`/api/mesas/${mesa.id}/participations`, { personId, role });
    expect(res.statusCode, res.body).toBe(201);
  }
  const [hl] = await t.database.db
    .select({ email: users.email, personId: users.personId })
    .from(users)
    .where(eq(users.email, 'high_level@demo.mesas.local'));
  highLevelEmail = hl!.email;
  highLevelPersonId = hl!.personId;

  // What happened this week: a problem moved, a commitment is late, one escalation was returned with
  // questions and another waits for the high-level body.
  const problem = async (title: string) => {
    const res = await coordinator.post(`/api/mesas/${mesa.id}/problems`, { title });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };
  problemTitle = unique('Registro de plantaciones');
  const moved = await problem(problemTitle);
  const moveRes = await coordinator.post(`/api/problems/${moved.id}/transitions`, { to: 'in_progress' });
  expect(moveRes.statusCode, moveRes.body).toBe(200);
  overdueText = unique('Abrir la ventanilla de Pucallpa');
  const today = todayIn(new Date(), TZ);
  await t.database.db
    .insert(commitments)
    .values({ mesaId: mesa.id, personId: rep.personId, text: overdueText, dueOn: addDays(today, -3) });
  returnedTitle = unique('Pequeños productores');
  const returned = await problem(returnedTitle);
  const e1 = await coordinator.post(`/api/problems/${returned.id}/escalations`, {
    reason: 'legal_authority',
    brief: 'Reconocer en la ley a los muy pequeños productores.',
    options: ['Decreto legislativo'],
  });
  expect(e1.statusCode, e1.body).toBe(201);
  const back = await (await t.as('high_level')).post(`/api/escalations/${e1.json().id}/return`, {
    questions: '¿Qué artículo de la ley se modifica?',
  });
  expect(back.statusCode, back.body).toBe(200);
  openTitle = unique('Catastro forestal');
  const open = await problem(openTitle);
  const e2 = await coordinator.post(`/api/problems/${open.id}/escalations`, {
    reason: 'budget',
    brief: 'Financiar el catastro.',
  });
  expect(e2.statusCode, e2.body).toBe(201);
  // An escalation only the dedicated team may see: it still reaches the high-level body it is sent to.
  teamOnlyTitle = unique('Discrepancia reservada');
  const reserved = await coordinator.post(`/api/mesas/${mesa.id}/problems`, {
    title: teamOnlyTitle,
    visibility: 'team',
  });
  expect(reserved.statusCode, reserved.body).toBe(201);
  const e3 = await coordinator.post(`/api/problems/${reserved.json().id}/escalations`, {
    reason: 'inter_agency_dispute',
    brief: 'Reservado.',
  });
  expect(e3.statusCode, e3.body).toBe(201);
  expect(e3.json().visibility).toBe('team');
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the weekly digest', () => {
  it('tells the dedicated team what moved, what is late and what waits for them, in their language', async () => {
    const now = new Date();
    const run = await runJob(now);
    expect(run.digests).toBeGreaterThanOrEqual(2);
    const mails = smtp.to(lead.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.rcptTo).toEqual([lead.email]);
    expect(mail.subject).toMatch(/^Resumen semanal de Mesas: del /);
    expect(mail.text).toContain(`Hola, ${lead.fullName}:`);
    expect(mail.text).toContain(mesa.name);
    expect(mail.text).toMatch(new RegExp(`P-\\d+ ${problemTitle}: Identificado → En curso`));
    expect(mail.text).toContain(`${overdueText} (`);
    expect(mail.text).toContain('3 días de retraso');
    expect(mail.text).toContain(
      `${returnedTitle} (escalado hace 0 días): ¿Qué artículo de la ley se modifica?`,
    );
    // The open escalation waits for the high-level body, not for the team.
    expect(mail.text).not.toContain(openTitle);
    // Never evaluated since its launch seven months ago: the team is reminded to open a Wheel round.
    expect(mail.text).toMatch(/Corresponde una ronda de la Rueda de Evaluación desde el \p{L}+, \d+ de /u);
    expect(mail.parts.map((p) => p.contentType).sort()).toEqual(['text/html', 'text/plain']);
    const [row] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.dedupeKey, `digest:${isoWeekOf(now, TZ)}:${lead.personId}`));
    expect(row).toMatchObject({
      kind: 'weekly_digest',
      status: 'sent',
      locale: 'es',
      personId: lead.personId,
    });
    // A private representative gets no digest (only the notice of their own overdue commitment).
    expect(smtp.to(rep.email).map((m) => m.subject)).toEqual([`Compromiso vencido: ${overdueText}`]);
  });

  it('tells the high-level body what waits for it, oldest first with its age, and what moved', async () => {
    const mails = smtp.to(highLevelEmail);
    expect(mails).toHaveLength(1);
    const text = mails[0]!.text;
    expect(text).toContain('Para la instancia de alto nivel');
    expect(text).toContain(`${mesa.name} — `);
    expect(text).toMatch(
      new RegExp(`P-\\d+ ${openTitle} \\(Asignación presupuestal\\): espera desde hace 0 días`),
    );
    expect(text).toContain(teamOnlyTitle);
    // A returned escalation waits for the team, not for the high-level body.
    expect(text).not.toContain(`${returnedTitle} (Competencia legal)`);
    expect(text).toMatch(new RegExp(`${mesa.name}: \\d+ cambios de estado`));
    expect(text).toContain('https://mesas.example.org/escalations');
    expect(highLevelPersonId).toBeTruthy();
  });

  it('is sent once per recipient per week, however often the job runs', async () => {
    const received = smtp.received.length;
    const again = await runJob(new Date());
    expect(again.digests).toBe(0);
    expect(smtp.received.length).toBe(received);

    // The team opens a round of the Wheel: next week's digest no longer asks for one.
    const round = await coordinator.post(`/api/mesas/${mesa.id}/wheel`, {
      closesOn: addDays(todayIn(new Date(), TZ), 21),
    });
    expect(round.statusCode, round.body).toBe(201);
    // Next week there is a new digest: the late commitment is still late.
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    const later = await runJob(nextWeek);
    expect(later.digests).toBeGreaterThanOrEqual(1);
    const mails = smtp.to(lead.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('10 días de retraso');
    expect(mails[1]!.text).not.toContain('Rueda de Evaluación');
    expect(
      await t.database.db
        .select({ key: mailOutbox.dedupeKey })
        .from(mailOutbox)
        .where(eq(mailOutbox.dedupeKey, `digest:${isoWeekOf(nextWeek, TZ)}:${lead.personId}`)),
    ).toHaveLength(1);
  });
});
