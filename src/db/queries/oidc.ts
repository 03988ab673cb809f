import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';

const linkColumns = {
  id: users.id,
  email: users.email,
  disabledAt: users.disabledAt,
  oidcIssuer: users.oidcIssuer,
  oidcSubject: users.oidcSubject,
};

/** The account already linked to this identity at the provider. */
export async function findAccountByOidcIdentity(db: Db, issuer: string, subject: string) {
  const [row] = await db
    .select(linkColumns)
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  return row ?? null;
}

/** The account signing in with this e-mail, to link on a first sign-in at the provider. */
export async function findAccountByOidcEmail(db: Db, email: string) {
  const [row] = await db
    .select(linkColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function linkOidcIdentity(db: Db, userId: string, issuer: string, subject: string) {
  await db
    .update(users)
    .set({ oidcIssuer: issuer, oidcSubject: subject, updatedAt: new Date() })
    .where(eq(users.id, userId));
}
