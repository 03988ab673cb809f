import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config';
import { canonicalJson, hashAuditRow } from '../../src/db/audit';
import { localeFromHeader } from '../../src/i18n';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
}

describe('configuration', () => {
  it('has sensible defaults: embedded PGlite under ./data, port 3000, Spanish, Lima', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.database.kind).toBe('pglite');
    expect(c.DEFAULT_LOCALE).toBe('es');
    expect(c.TIME_ZONE).toBe('America/Lima');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/mesas' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@localhost:5432/mesas' });
  });

  it('serves only this computer by default when embedded; HOST says otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    // On PostgreSQL the server is a deployment behind a proxy or a container's port: every interface.
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/mesas' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/mesas', HOST: '10.0.0.5' }).HOST).toBe(
      '10.0.0.5',
    );
  });

  it('names each wrong variable', () => {
    const problems = problemsOf({ PORT: 'eighty', TIME_ZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' });
    expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(problems.some((p) => p.startsWith('TIME_ZONE'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
  });

  it('requires a strong SESSION_SECRET in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(/^SESSION_SECRET/);
    expect(problemsOf({ SESSION_SECRET: 'short' })[0]).toMatch(/^SESSION_SECRET/);
  });

  it('requires a strong AUDIT_KEY in production', () => {
    const secret = 'x'.repeat(32);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: secret })[0]).toMatch(/^AUDIT_KEY: required/);
    expect(problemsOf({ AUDIT_KEY: 'short' })[0]).toMatch(/^AUDIT_KEY/);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: secret, AUDIT_KEY: secret })).toEqual([]);
  });
});

describe('language negotiation', () => {
  it('picks es or en from Accept-Language and falls back to the default', () => {
    expect(localeFromHeader('en-GB,en;q=0.9', 'es')).toBe('en');
    expect(localeFromHeader('fr-FR, es-PE;q=0.8', 'en')).toBe('es');
    expect(localeFromHeader('de', 'es')).toBe('es');
    expect(localeFromHeader(undefined, 'en')).toBe('en');
  });
});

describe('audit hashing', () => {
  it('hashes the same whatever the key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    const row = {
      occurredAt: new Date('2026-01-01T00:00:00Z'),
      actorUserId: null,
      actorLabel: 'x',
      entityType: 'mesa',
      entityId: '1',
      mesaId: null,
      action: 'create',
      before: null,
      after: { name: 'A', kind: 'sector' },
      prevHash: '0'.repeat(64),
    };
    expect(hashAuditRow(row)).toBe(hashAuditRow({ ...row, after: { kind: 'sector', name: 'A' } }));
    expect(hashAuditRow(row)).not.toBe(hashAuditRow({ ...row, after: { name: 'B', kind: 'sector' } }));
  });

  it('takes OpenID Connect with all three settings or none: a partial set names what is missing', () => {
    expect(problemsOf({ OIDC_ISSUER: 'https://id.gob.pe', OIDC_CLIENT_ID: 'mesas' })).toEqual([
      expect.stringMatching(/^OIDC_CLIENT_SECRET: required/),
    ]);
    expect(problemsOf({ OIDC_CLIENT_SECRET: 's' }).map((p) => p.split(':')[0])).toEqual([
      'OIDC_ISSUER',
      'OIDC_CLIENT_ID',
    ]);
    expect(
      problemsOf({ OIDC_ISSUER: 'http://id.gob.pe', OIDC_CLIENT_ID: 'm', OIDC_CLIENT_SECRET: 's' }),
    ).toEqual([expect.stringMatching(/^OIDC_ISSUER: must be an https:\/\/ URL/)]);
    expect(
      loadConfig({ OIDC_ISSUER: 'https://id.gob.pe', OIDC_CLIENT_ID: 'm', OIDC_CLIENT_SECRET: 's' }).oidc,
    ).toEqual({ issuer: 'https://id.gob.pe', clientId: 'm', clientSecret: 's', name: null });
  });
});
