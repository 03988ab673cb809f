import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { signInThrottle } from '../schema';

/** Failures of one e-mail that cost nothing: a person mistyping their password a few times. */
export const FREE_FAILURES = 5;
/** The longest an account is blocked after a failure: an attacker cannot lock its owner out for long. */
export const MAX_BLOCK_SECONDS = 15 * 60;
/** A day without failures forgets the earlier ones. */
const FORGET_AFTER = sql.raw(`interval '24 hours'`);

/** The throttle key of an e-mail: one per account (or unknown address), whatever its case. */
export const emailKey = (email: string) => email.trim().toLowerCase();

export type SignInAdmission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Admits one sign-in attempt for an e-mail, counting it as a failure in advance, or refuses it while the
 * e-mail is blocked. One upsert decides, so concurrent attempts cannot all slip in before the first
 * failure is written: each one takes its number. From the sixth failure on, each admitted attempt
 * blocks the e-mail for 2^(n-5) seconds (2 s, 4 s, 8 s, … up to 15 minutes); a success clears the row
 * (clearSignInFailures), and an attempt refused while blocked neither counts nor extends the block.
 */
export async function admitSignInAttempt(db: Db, key: string): Promise<SignInAdmission> {
  const t = signInThrottle;
  const failures = sql`(case when ${t.lastFailedAt} < now() - ${FORGET_AFTER} then 1 else ${t.failures} + 1 end)`;
  const admitted = await db
    .insert(t)
    .values({ emailKey: key, failures: 1, lastFailedAt: sql`now()`, blockedUntil: null })
    .onConflictDoUpdate({
      target: t.emailKey,
      set: {
        failures,
        lastFailedAt: sql`now()`,
        // The exponent is capped too, so the power never overflows however long an attack lasts.
        blockedUntil: sql`case when ${failures} > ${FREE_FAILURES}
          then now() + make_interval(secs => least(power(2, least(${failures} - ${FREE_FAILURES}, 10)), ${MAX_BLOCK_SECONDS}))
          end`,
      },
      setWhere: sql`${t.blockedUntil} is null or ${t.blockedUntil} <= now()`,
    })
    .returning({ failures: t.failures });
  if (admitted.length > 0) return { admitted: true };
  const [row] = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from ${t.blockedUntil} - now()))::int` })
    .from(t)
    .where(eq(t.emailKey, key));
  return { admitted: false, retryAfterSeconds: Math.max(1, row?.seconds ?? 1) };
}

/** A successful sign-in forgets the e-mail's failures. */
export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.emailKey, key));
}
