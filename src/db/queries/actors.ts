import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access';
import type { MesaRole } from '../../domain/roles';
import type { Db } from '../client';
import { apiTokens, authSessions, participations, people, users } from '../schema';

export interface AccountSummary {
  id: string;
  email: string;
  personId: string;
  fullName: string;
  globalRole: Actor['globalRole'];
  locale: 'es' | 'en';
}

export interface AuthenticatedActor {
  actor: Actor;
  account: AccountSummary;
}

async function loadActor(db: Db, userId: string): Promise<AuthenticatedActor | null> {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      personId: users.personId,
      fullName: people.fullName,
      globalRole: users.globalRole,
      locale: users.locale,
    })
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!account) return null;
  const rows = await db
    .select({ mesaId: participations.mesaId, role: participations.role })
    .from(participations)
    .where(and(eq(participations.personId, account.personId), isNull(participations.endedOn)));
  const mesaRoles = new Map<string, MesaRole[]>();
  for (const row of rows) mesaRoles.set(row.mesaId, [...(mesaRoles.get(row.mesaId) ?? []), row.role]);
  return {
    account,
    actor: { userId: account.id, personId: account.personId, globalRole: account.globalRole, mesaRoles },
  };
}

export async function actorFromSession(
  db: Db,
  tokenHash: string,
): Promise<(AuthenticatedActor & { csrfToken: string }) | null> {
  const [session] = await db
    .select({ userId: authSessions.userId, csrfToken: authSessions.csrfToken })
    .from(authSessions)
    .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, sql`now()`)));
  if (!session) return null;
  const loaded = await loadActor(db, session.userId);
  return loaded ? { ...loaded, csrfToken: session.csrfToken } : null;
}

export async function actorFromApiToken(db: Db, tokenHash: string): Promise<AuthenticatedActor | null> {
  const [token] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  if (!token) return null;
  // "Last used" is kept to the minute, so that reading with a token does not write on every request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, token.id));
  }
  return loadActor(db, token.userId);
}

/** The actor of a person's (enabled) account, or null: for access granted by a secret link of theirs. */
export async function actorForPerson(db: Db, personId: string): Promise<AuthenticatedActor | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.personId, personId));
  return user ? loadActor(db, user.id) : null;
}

export async function findAccountForLogin(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function createAuthSession(
  db: Db,
  values: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; userAgent: string | null },
) {
  await db.insert(authSessions).values(values);
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, values.userId));
}

export async function deleteAuthSession(db: Db, tokenHash: string) {
  await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db) {
  await db.delete(authSessions).where(sql`${authSessions.expiresAt} <= now()`);
}
