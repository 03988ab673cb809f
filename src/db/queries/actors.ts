import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access';
import type { Locale, MesaRole } from '../../domain/roles';
import type { Db } from '../client';
import { prepared } from '../prepared';
import { apiTokens, authSessions, participations, people, users } from '../schema';

export interface AccountSummary {
  id: string;
  email: string;
  personId: string;
  fullName: string;
  globalRole: Actor['globalRole'];
  locale: Locale;
}

export interface AuthenticatedActor {
  actor: Actor;
  account: AccountSummary;
}

/**
 * The account and, in the same statement, its roles in every Mesa (current participations): one round
 * trip per request to know who is calling.
 */
const accountColumns = {
  id: users.id,
  email: users.email,
  personId: users.personId,
  fullName: people.fullName,
  globalRole: users.globalRole,
  locale: users.locale,
  roles: sql<{ mesaId: string; role: MesaRole }[]>`coalesce((
    select json_agg(json_build_object('mesaId', p.mesa_id, 'role', p.role))
    from ${participations} p where p.person_id = ${users.personId} and p.ended_on is null), '[]'::json)`,
};

type AccountRow = AccountSummary & { roles: { mesaId: string; role: MesaRole }[] };

function actorOf({ roles, ...account }: AccountRow): AuthenticatedActor {
  const mesaRoles = new Map<string, MesaRole[]>();
  for (const row of roles) mesaRoles.set(row.mesaId, [...(mesaRoles.get(row.mesaId) ?? []), row.role]);
  return {
    account,
    actor: { userId: account.id, personId: account.personId, globalRole: account.globalRole, mesaRoles },
  };
}

async function loadActor(db: Db, userId: string): Promise<AuthenticatedActor | null> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  return row ? actorOf(row) : null;
}

const sessionActor = prepared((db) =>
  db
    .select({ ...accountColumns, csrfToken: authSessions.csrfToken })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .innerJoin(people, eq(people.id, users.personId))
    .where(
      and(
        eq(authSessions.tokenHash, sql.placeholder('tokenHash')),
        gt(authSessions.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    )
    .prepare('actor_from_session'),
);

export async function actorFromSession(
  db: Db,
  tokenHash: string,
): Promise<(AuthenticatedActor & { csrfToken: string }) | null> {
  const [row] = await sessionActor(db).execute({ tokenHash });
  if (!row) return null;
  const { csrfToken, ...account } = row;
  return { ...actorOf(account), csrfToken };
}

const tokenActor = prepared((db) =>
  db
    .select({ ...accountColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(people, eq(people.id, users.personId))
    .where(
      and(
        eq(apiTokens.tokenHash, sql.placeholder('tokenHash')),
        isNull(apiTokens.revokedAt),
        isNull(users.disabledAt),
      ),
    )
    .prepare('actor_from_api_token'),
);

export async function actorFromApiToken(db: Db, tokenHash: string): Promise<AuthenticatedActor | null> {
  const [row] = await tokenActor(db).execute({ tokenHash });
  if (!row) return null;
  const { tokenId, lastUsedAt, ...account } = row;
  // "Last used" is kept to the minute, so that reading with a token does not write on every request.
  if (!lastUsedAt || Date.now() - lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, tokenId));
  }
  return actorOf(account);
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
