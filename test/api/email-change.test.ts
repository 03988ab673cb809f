import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, emailChanges, mailOutbox, people, users } from '../../src/db/schema';
import { type Client, createTestContext, signIn, type TestContext } from '../support/app';
import { unique } from '../support/fixtures';

/**
 * Changing an e-mail address: an administrator's act, or the person's own with confirmation from the
 * new address (a single-use link that expires, mailed through the outbox in their language). Every
 * change shows in the audit log with the address before and after.
 */

let t: TestContext;
const PASSWORD = 'Roble-Cauce-Ventana-1842';

interface Holder {
  email: string;
  personId: string;
  client: Client;
}

/** A new account (in English) and a signed-in client of it. */
async function newHolder(): Promise<Holder> {
  const email = `${unique('titular')}@example.org`;
  const res = await (await t.as('admin')).post('/api/accounts', {
    email,
    password: PASSWORD,
    fullName: unique('Titular'),
    locale: 'en',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { email, personId: res.json().personId, client: await signIn(t.app, email, PASSWORD) };
}

async function addresses(personId: string) {
  const [row] = await t.database.db
    .select({ person: people.email, account: users.email })
    .from(people)
    .innerJoin(users, eq(users.personId, people.id))
    .where(eq(people.id, personId));
  return row;
}

/** The confirmation mailed to an address: its message and the token it carries. */
async function mailedTo(address: string) {
  const messages = await t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, address), eq(mailOutbox.kind, 'email_change')));
  expect(messages).toHaveLength(1);
  const message = messages[0]!;
  const token = /code: (\S+)/.exec(message.text)?.[1] ?? /código: (\S+)/.exec(message.text)?.[1];
  expect(token).toBeTruthy();
  return { message, token: token! };
}

async function auditOf(personId: string) {
  return t.database.db
    .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'person'), eq(auditEvents.entityId, personId)))
    .orderBy(desc(auditEvents.seq));
}

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t?.close());

describe('changing your own e-mail address', () => {
  it('mails a link to the new address, and changes nothing until it is opened', async () => {
    const holder = await newHolder();
    const wanted = `${unique('nueva')}@example.org`;
    const res = await holder.client.post('/api/me/email', { email: wanted });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().email).toBe(wanted);

    const { message, token } = await mailedTo(wanted);
    expect(message.locale).toBe('en');
    expect(message.subject).toBe('Confirm your new e-mail address for Mesas');
    expect(message.text).toContain(holder.email);
    expect(await addresses(holder.personId)).toEqual({ person: holder.email, account: holder.email });
    // Only the token's hash is stored.
    const stored = await t.database.db
      .select()
      .from(emailChanges)
      .where(eq(emailChanges.personId, holder.personId));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await auditOf(holder.personId))[0]).toMatchObject({
      action: 'email_change_requested',
      before: { email: holder.email },
      after: { email: wanted },
    });

    // Opening it applies the change to the person and the account together; the audit shows it.
    const confirmed = await holder.client.post('/api/me/email/confirm', { token });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().email).toBe(wanted);
    expect(await addresses(holder.personId)).toEqual({ person: wanted, account: wanted });
    expect((await auditOf(holder.personId))[0]).toMatchObject({
      action: 'email_change',
      before: { email: holder.email },
      after: { email: wanted },
    });
    await signIn(t.app, wanted, PASSWORD);

    // A link works once.
    const again = await holder.client.post('/api/me/email/confirm', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0]).toMatchObject({
      path: 'token',
      key: 'fields.emailChangeLinkInvalid',
    });
  });

  it("refuses another account's link, an expired link and a withdrawn one, changing nothing", async () => {
    const holder = await newHolder();
    const other = await newHolder();
    const first = `${unique('primera')}@example.org`;
    await holder.client.post('/api/me/email', { email: first });
    const { token: withdrawn } = await mailedTo(first);
    const second = `${unique('segunda')}@example.org`;
    await holder.client.post('/api/me/email', { email: second });
    const { token } = await mailedTo(second);
    const before = await auditOf(holder.personId);

    const refuse = async (c: Client, tok: string) => {
      const res = await c.post('/api/me/email/confirm', { token: tok });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    };
    await refuse(other.client, token);
    await refuse(holder.client, withdrawn);
    await t.database.db
      .update(emailChanges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailChanges.personId, holder.personId));
    await refuse(holder.client, token);
    expect(await addresses(holder.personId)).toEqual({ person: holder.email, account: holder.email });
    expect(await addresses(other.personId)).toEqual({ person: other.email, account: other.email });
    expect(await auditOf(holder.personId)).toEqual(before);
  });

  it('refuses the address you have, and one somebody else has', async () => {
    const holder = await newHolder();
    const other = await newHolder();
    const same = await holder.client.post('/api/me/email', { email: holder.email.toUpperCase() });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields[0]).toMatchObject({ path: 'email', key: 'fields.emailUnchanged' });
    const taken = await holder.client.post('/api/me/email', { email: other.email });
    expect(taken.statusCode).toBe(409);
    expect(
      await t.database.db.select().from(emailChanges).where(eq(emailChanges.personId, holder.personId)),
    ).toEqual([]);
  });
});

describe("an administrator changing someone's e-mail", () => {
  it('changes the sign-in address with it, and the audit shows before and after', async () => {
    const holder = await newHolder();
    const wanted = `${unique('corregida')}@example.org`;
    const res = await (await t.as('admin')).patch(`/api/people/${holder.personId}`, { email: wanted });
    expect(res.statusCode, res.body).toBe(200);
    expect(await addresses(holder.personId)).toEqual({ person: wanted, account: wanted });
    const [event] = await auditOf(holder.personId);
    expect(event).toMatchObject({
      action: 'update',
      before: { email: holder.email },
      after: { email: wanted },
    });
  });

  it('is refused to the coordinating office for an account, with the reason', async () => {
    const holder = await newHolder();
    const res = await (await t.as('coordinator')).patch(`/api/people/${holder.personId}`, {
      email: `${unique('intento')}@example.org`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'email', key: 'fields.emailOnlyByAdmin' });
    expect(await addresses(holder.personId)).toEqual({ person: holder.email, account: holder.email });
  });
});
