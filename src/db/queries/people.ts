import { and, asc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { emailChanges, organizations, participations, people, users } from '../schema';

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** Which people a list may show: everyone, or those of some Mesas and of no Mesa (see personReach). */
export type PeopleReach = 'all' | readonly string[];

function reachCondition(reach: PeopleReach) {
  if (reach === 'all') return undefined;
  const ofMesas = reach.length
    ? sql`exists (select 1 from ${participations} where ${participations.personId} = ${people.id}
        and ${inArray(participations.mesaId, [...reach])})`
    : sql`false`;
  // People of no Mesa yet, without an account of a global role.
  const unplaced = sql`(not exists (select 1 from ${participations} where ${participations.personId} = ${people.id})
    and ${users.globalRole} is null)`;
  return reach.length ? or(ofMesas, unplaced) : sql`false`;
}

export async function listPeople(
  db: Db,
  filter: { q?: string; organizationId?: string; id?: string } = {},
  reach: PeopleReach = 'all',
) {
  const text = filter.q ? `%${filter.q}%` : undefined;
  return db
    .select({
      id: people.id,
      fullName: people.fullName,
      email: people.email,
      phone: people.phone,
      position: people.position,
      organizationId: people.organizationId,
      organizationName: organizations.name,
      hasAccount: sql<boolean>`${users.id} is not null`,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .leftJoin(users, eq(users.personId, people.id))
    .where(
      and(
        text ? or(ilike(people.fullName, text), ilike(people.email, text)) : undefined,
        filter.organizationId ? eq(people.organizationId, filter.organizationId) : undefined,
        filter.id ? eq(people.id, filter.id) : undefined,
        reachCondition(reach),
      ),
    )
    .orderBy(asc(people.fullName));
}

/**
 * What the rules about a person need (src/domain/access.ts): the Mesas they take or took part in and
 * their account (its id and global role), or null when there is no such person.
 */
export async function personInDirectory(db: Db, id: string) {
  const [row] = await db
    .select({ id: people.id, email: people.email, userId: users.id, accountRole: users.globalRole })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(eq(people.id, id));
  if (!row) return null;
  const mesas = await db
    .selectDistinct({ mesaId: participations.mesaId })
    .from(participations)
    .where(eq(participations.personId, id));
  return {
    ...row,
    hasAccount: row.userId !== null,
    mesaIds: mesas.map((m) => m.mesaId),
  };
}

/**
 * The id and full name of every person who takes or took part in a Mesa, for matching the names in a
 * spreadsheet imported into it.
 */
export async function listPeopleNames(db: Db, mesaId: string) {
  return db
    .selectDistinct({ id: people.id, fullName: people.fullName })
    .from(people)
    .innerJoin(participations, eq(participations.personId, people.id))
    .where(eq(participations.mesaId, mesaId));
}

export async function getPerson(db: Db, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ?? null;
}

export async function insertPerson(db: Db, values: NewPerson) {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

export async function updatePerson(db: Db, id: string, values: Partial<NewPerson>) {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(people.id, id))
    .returning();
  return row ?? null;
}

/** Whether the person exists, and whether they take or once took part in the Mesa. */
export async function personInMesaHistory(db: Db, mesaId: string, personId: string) {
  const person = await getPerson(db, personId);
  if (!person) return null;
  const [participation] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(and(eq(participations.personId, personId), eq(participations.mesaId, mesaId)))
    .limit(1);
  return { id: person.id, tookPart: Boolean(participation) };
}

/** Keeps the sign-in address of a person's account (if any) the same as their directory address. */
export async function setAccountEmail(db: Db, personId: string, email: string) {
  await db.update(users).set({ email, updatedAt: new Date() }).where(eq(users.personId, personId));
}

/** Whether an address is taken by another person or account (case-insensitively). */
export async function emailTaken(db: Db, email: string, exceptPersonId: string) {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(
      and(
        sql`${people.id} <> ${exceptPersonId}`,
        or(sql`lower(${people.email}) = lower(${email})`, sql`lower(${users.email}) = lower(${email})`),
      ),
    )
    .limit(1);
  return Boolean(row);
}

// ── E-mail changes: asked by the person, confirmed from the new address ─────────────────────────────

export async function insertEmailChange(db: Db, values: typeof emailChanges.$inferInsert) {
  const [row] = await db.insert(emailChanges).values(values).returning();
  return row!;
}

/** Withdraws a person's earlier requests not yet confirmed: only the latest link works. */
export async function dropPendingEmailChanges(db: Db, personId: string) {
  await db
    .delete(emailChanges)
    .where(and(eq(emailChanges.personId, personId), isNull(emailChanges.confirmedAt)));
}

/** The request a link's token belongs to, locked until the transaction ends. */
export async function lockEmailChange(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(emailChanges)
    .where(eq(emailChanges.tokenHash, tokenHash))
    .for('update');
  return row ?? null;
}

export async function markEmailChangeConfirmed(db: Db, id: string, at: Date) {
  await db.update(emailChanges).set({ confirmedAt: at }).where(eq(emailChanges.id, id));
}
