import type { FastifyRequest } from 'fastify';
import type { CommandContext } from '../commands/context';
import type { AccountSummary } from '../db/queries/actors';
import { type Action, type Actor, authorize } from '../domain/access';
import { AppError } from '../domain/errors';
import type { Visibility } from '../domain/roles';

export interface RequestAuth {
  actor: Actor;
  account: AccountSummary;
  via: 'cookie' | 'bearer';
  csrfToken: string | null;
  sessionTokenHash: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** The authorization-table action this route performs, or 'public' for routes open to anyone. */
    access?: Action | 'public';
  }
}

/** The signed-in actor, or 401. */
export function requireAuth(req: FastifyRequest): RequestAuth {
  if (!req.auth) throw new AppError('UNAUTHENTICATED');
  return req.auth;
}

/** Authorizes the route's action for this request (scope: the Mesa and the record's visibility). */
export function allow(
  req: FastifyRequest,
  action: Action,
  scope: { mesaId?: string; visibility?: Visibility } = {},
): RequestAuth {
  const auth = requireAuth(req);
  authorize(auth.actor, action, scope);
  return auth;
}

/** The command context of an authorized request. */
export function commandContext(req: FastifyRequest): CommandContext {
  const auth = requireAuth(req);
  return {
    db: req.server.database.db,
    actor: auth.actor,
    actorLabel: auth.account.email,
    requestId: req.id,
    timeZone: req.server.config.TIME_ZONE,
    publicUrl: req.server.config.PUBLIC_URL,
    mailFrom: req.server.config.MAIL_FROM,
    ...(req.idempotency ? { idempotency: req.idempotency } : {}),
  };
}
