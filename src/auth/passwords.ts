import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * The scrypt cost of new hashes: N=2^15 (with r=8, p=1), above OWASP's minimum. Under NODE_ENV=test
 * new hashes take N=2^10, 32 times less work, as Rails and Django lower theirs in their test settings:
 * the test suite makes and checks a few hundred hashes, each 60-100 ms of processor time at full cost.
 * A hash keeps its parameters (a self-describing string), so each checks at the cost it was made with
 * and the cost can be raised later without breaking existing hashes.
 */
export const scryptCost = (nodeEnv: string | undefined) => (nodeEnv === 'test' ? 2 ** 10 : 2 ** 15);
const N = scryptCost(process.env.NODE_ENV);
const r = 8;
const p = 1;
const KEYLEN = 64;

function derive(password: string, salt: Buffer, n: number, rr: number, pp: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEYLEN,
      { N: n, r: rr, p: pp, maxmem: 256 * n * rr },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, r, p);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !rr || !pp || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(rr), Number(pp));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash that never verifies, used to spend the same time when the e-mail is unknown. */
export const DUMMY_HASH = `scrypt$${N}$${r}$${p}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEYLEN).toString('base64')}`;
