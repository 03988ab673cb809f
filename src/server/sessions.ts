import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, newToken, SESSION_COOKIE } from '../auth/tokens';

/** A new login session: the cookie's secret, and the row to store (only the secret's keyed hash). */
export interface NewSession {
  token: string;
  maxAgeSeconds: number;
  row: { tokenHash: string; csrfToken: string; expiresAt: Date; userAgent: string | null };
}

/**
 * The session every way of signing in ends with (password, identity provider): the caller stores
 * `row` for the account, in the transaction of whatever else the sign-in records, then sets the cookie.
 */
export function newSession(req: FastifyRequest): NewSession {
  return sessionOf(req.server, req.headers['user-agent']?.slice(0, 300) ?? null);
}

/** A new session of this server: its lifetime from the configuration, its token's keyed hash. */
export function sessionOf(
  server: Pick<FastifyInstance, 'config' | 'sessionSecret'>,
  userAgent: string | null,
): NewSession {
  const token = newToken('');
  const maxAgeSeconds = server.config.SESSION_TTL_HOURS * 3600;
  return {
    token,
    maxAgeSeconds,
    row: {
      tokenHash: hashToken(token, server.sessionSecret),
      csrfToken: newToken(''),
      expiresAt: new Date(Date.now() + maxAgeSeconds * 1000),
      userAgent,
    },
  };
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, session: NewSession) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.server.config.PUBLIC_URL.startsWith('https:'),
    maxAge: session.maxAgeSeconds,
  });
}

/**
 * Sign-in attempts per client address and minute (`LOGIN_RATE_LIMIT`), the same for every way of
 * signing in, so that none is a cheaper way to guess.
 */
export function signInRateLimit(app: FastifyInstance) {
  return {
    max: app.config.LOGIN_RATE_LIMIT,
    timeWindow: '1 minute',
    keyGenerator: (req: FastifyRequest) => req.ip,
  };
}
