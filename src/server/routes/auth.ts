import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from '../../auth/passwords';
import { SESSION_COOKIE } from '../../auth/tokens';
import {
  changeOwnPassword,
  createApiToken,
  recordFailedSignIn,
  revokeApiToken,
  updateAccount,
} from '../../commands/accounts';
import { listApiTokens } from '../../db/queries/accounts';
import {
  actorFromSession,
  createAuthSession,
  deleteAuthSession,
  findAccountForLogin,
} from '../../db/queries/actors';
import { admitSignInAttempt, clearSignInFailures, emailKey } from '../../db/queries/sign-in-throttle';
import { AppError } from '../../domain/errors';
import { allow, commandContext, type RequestAuth, requireAuth } from '../context';
import {
  changePasswordBody,
  createdToken,
  loginBody,
  me,
  tokenBody,
  tokenSummary,
  updateMeBody,
} from '../schemas/auth';
import { errors, idParam, ok } from '../schemas/common';
import { newSession, setSessionCookie, signInRateLimit } from '../sessions';

function presentMe(
  req: FastifyRequest,
  auth: Pick<RequestAuth, 'actor' | 'account'>,
  csrfToken: string | null,
) {
  return {
    user: {
      ...auth.account,
      mesas: [...auth.actor.mesaRoles].map(([mesaId, roles]) => ({ mesaId, roles: [...roles] })),
    },
    csrfToken,
    timeZone: req.server.config.TIME_ZONE,
  };
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: signInRateLimit(app),
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginBody,
        response: { 200: me, ...errors(400, 401, 429) },
      },
    },
    async (req, reply) => {
      const db = app.database.db;
      const key = emailKey(req.body.email);
      const failed = (reason: 'invalid_credentials' | 'throttled') =>
        recordFailedSignIn(db, { emailKey: key, address: req.ip, reason, requestId: req.id });
      // The e-mail's own throttle is checked before the password costs a hash, whatever the address.
      const admission = await admitSignInAttempt(db, key);
      if (!admission.admitted) {
        await failed('throttled');
        reply.header('retry-after', String(admission.retryAfterSeconds));
        throw new AppError('RATE_LIMITED');
      }
      const account = await findAccountForLogin(db, req.body.email);
      // Verify against a dummy hash when the account is unknown so timing does not reveal it.
      const valid = await verifyPassword(req.body.password, account?.passwordHash ?? DUMMY_HASH);
      if (!account || !valid || account.disabledAt) {
        await failed('invalid_credentials');
        throw new AppError('INVALID_CREDENTIALS');
      }
      await clearSignInFailures(db, key);
      const session = newSession(req);
      await createAuthSession(app.database.db, { ...session.row, userId: account.id });
      const signedIn = await actorFromSession(app.database.db, session.row.tokenHash);
      if (!signedIn) throw new AppError('INTERNAL');
      setSessionCookie(req, reply, session);
      return presentMe(req, signedIn, session.row.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 200: ok, ...errors(403) } },
    },
    async (req, reply) => {
      if (req.auth?.sessionTokenHash) await deleteAuthSession(app.database.db, req.auth.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'token.own' },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and the CSRF token',
        response: { 200: me, ...errors(401) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      return presentMe(req, auth, auth.csrfToken);
    },
  );

  app.patch(
    '/api/auth/me',
    {
      config: { access: 'token.own' },
      schema: {
        tags: ['auth'],
        summary: 'Change your own preferences (language)',
        body: updateMeBody,
        response: { 200: me, ...errors(400, 401) },
      },
    },
    async (req) => {
      const auth = allow(req, 'token.own');
      const updated = await updateAccount(commandContext(req), auth.account.id, { locale: req.body.locale });
      return presentMe(
        req,
        { ...auth, account: { ...auth.account, locale: updated.locale } },
        auth.csrfToken,
      );
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: {
        access: 'token.own',
        // Each try checks the current password (a hash) and scores the new one: a few a minute per account.
        rateLimit: {
          max: app.config.LOGIN_RATE_LIMIT,
          timeWindow: '1 minute',
          keyGenerator: (req) => req.auth?.account.id ?? req.ip,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; your other sessions end, your API tokens stay',
        body: changePasswordBody,
        response: { 200: ok, ...errors(400, 401, 403, 429) },
      },
    },
    async (req) => {
      const auth = allow(req, 'token.own');
      await changeOwnPassword(commandContext(req), {
        currentPassword: req.body.currentPassword,
        newPassword: req.body.newPassword,
        keepSessionTokenHash: auth.sessionTokenHash,
      });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { access: 'token.own' },
      schema: {
        tags: ['auth'],
        summary: 'Your personal API tokens',
        response: { 200: z.object({ tokens: z.array(tokenSummary) }), ...errors(401) },
      },
    },
    async (req) => {
      const auth = allow(req, 'token.own');
      return { tokens: await listApiTokens(app.database.db, auth.account.id) };
    },
  );

  app.post(
    '/api/auth/tokens',
    {
      config: { access: 'token.own', secretAnswer: true },
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token (shown once)',
        body: tokenBody,
        response: { 201: createdToken, ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const auth = allow(req, 'token.own');
      const created = await createApiToken(
        commandContext(req),
        app.sessionSecret,
        auth.account.id,
        req.body.name,
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      config: { access: 'token.own' },
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of your API tokens',
        params: idParam,
        response: { 200: ok, ...errors(401, 404) },
      },
    },
    async (req) => {
      allow(req, 'token.own');
      await revokeApiToken(commandContext(req), req.params.id);
      return { ok: true as const };
    },
  );
};
