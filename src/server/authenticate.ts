import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { API_TOKEN_PREFIX, hashToken, SESSION_COOKIE } from '../auth/tokens';
import { actorFromApiToken, actorFromSession } from '../db/queries/actors';
import { AppError } from '../domain/errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Finds who is calling: a Bearer API token, else the session cookie. Cookie-authenticated writes must
 * carry the session's CSRF token in `X-CSRF-Token`; bearer tokens are not sent by browsers on their
 * own, so they need none.
 */
export async function authenticate(req: FastifyRequest): Promise<void> {
  req.auth = null;
  const { db } = req.server.database;
  const secret = req.server.sessionSecret;
  const header = req.headers.authorization;
  if (header) {
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token?.startsWith(API_TOKEN_PREFIX)) {
      throw new AppError('UNAUTHENTICATED');
    }
    const found = await actorFromApiToken(db, hashToken(token, secret));
    if (!found) throw new AppError('UNAUTHENTICATED');
    req.auth = { ...found, via: 'bearer', csrfToken: null, sessionTokenHash: null };
    return;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const tokenHash = hashToken(cookie, secret);
  const found = await actorFromSession(db, tokenHash);
  if (!found) return;
  req.auth = { ...found, via: 'cookie', sessionTokenHash: tokenHash };
  // Signing in again over a live session needs no token: login creates a new session and CSRF token.
  if (!SAFE_METHODS.has(req.method) && req.routeOptions.url !== '/api/auth/login') {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, found.csrfToken))
      throw new AppError('CSRF_TOKEN_INVALID');
  }
}
