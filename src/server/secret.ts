import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config';

/** A secret generated once for this installation and kept in DATA_DIR, for when none is configured. */
function keptSecret(config: Config, name: string): string {
  const file = path.join(config.DATA_DIR, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The key that hashes session and API tokens. SESSION_SECRET when set (required in production, and the
 * same on every instance); otherwise one generated once and kept in DATA_DIR for this installation.
 */
export function resolveSessionSecret(config: Config): string {
  return config.SESSION_SECRET ?? keptSecret(config, 'session-secret');
}

/**
 * The key that seals the audit chain. AUDIT_KEY when set (required in production, the same on every
 * instance, and kept as long as the log); otherwise one generated once and kept in DATA_DIR.
 */
export function resolveAuditKey(config: Config): string {
  return config.AUDIT_KEY ?? keptSecret(config, 'audit-key');
}
