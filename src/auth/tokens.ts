import { createHmac, randomBytes } from 'node:crypto';

/** A random secret for a cookie or API token; only its keyed hash is stored. */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export const SESSION_COOKIE = 'mesas_session';
export const API_TOKEN_PREFIX = 'mesas_pat_';
