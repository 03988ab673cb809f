import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, scryptCost, verifyPassword } from '../../src/auth/passwords';

describe('password hashes', () => {
  it('cost N=2^15 everywhere but the test suite, which makes them at N=2^10', () => {
    expect(scryptCost('production')).toBe(32_768);
    expect(scryptCost('development')).toBe(32_768);
    expect(scryptCost(undefined)).toBe(32_768);
    expect(scryptCost('test')).toBe(1_024);
  });

  it('keep their parameters, and check the password they were made from', async () => {
    const hash = await hashPassword('Roble-Cauce-Ventana-1842');
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(await verifyPassword('Roble-Cauce-Ventana-1842', hash)).toBe(true);
    expect(await verifyPassword('roble-cauce-ventana-1842', hash)).toBe(false);
    expect(await verifyPassword('Roble-Cauce-Ventana-1842', DUMMY_HASH)).toBe(false);
  });

  it('check a hash at the cost it was made with, not the current one', async () => {
    const salt = randomBytes(16);
    const key = scryptSync('clave-de-otra-epoca', salt, 64, {
      N: 2 ** 14,
      r: 8,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    const older = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('clave-de-otra-epoca', older)).toBe(true);
    expect(await verifyPassword('otra-clave', older)).toBe(false);
  });
});
