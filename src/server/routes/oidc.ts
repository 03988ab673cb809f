import fastifyCookie from '@fastify/cookie';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  OIDC_TRANSACTION_SECONDS,
  type OidcRelyingParty,
  type OidcTransaction,
  oidcRelyingParty,
} from '../../auth/oidc';
import { hashToken } from '../../auth/tokens';
import type { CommandContext } from '../../commands/context';
import { signInWithOidc } from '../../commands/oidc';
import { AppError } from '../../domain/errors';
import { translator } from '../../i18n';
import { errorHandler } from '../error-handler';
import { requestLocale } from '../language';
import { errors } from '../schemas/common';
import { signInOptions } from '../schemas/oidc';
import { newSession, setSessionCookie, signInRateLimit } from '../sessions';

/**
 * The sign-in in progress (PKCE verifier, state, nonce) lives in a signed, HttpOnly cookie scoped to
 * these routes, not in a table: it is bound to the browser that started, needs no clean-up of abandoned
 * sign-ins, and works on any instance. Its signature stops a forged or altered one; it is used once.
 */
const TRANSACTION_COOKIE = 'mesas_oidc';
const COOKIE_PATH = '/api/auth/oidc';

const transactionCookie = z.object({
  codeVerifier: z.string().min(43).max(128),
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  redirect: z.string(),
  startedAt: z.number(),
});

/** Only a path inside the web app: a sign-in never sends the browser to another site. */
const appPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/, 'must be a path in the web app, starting with one /');

const redirectResponse = z.null().describe('A redirect (Location header); no body');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Refusals of these browser navigations: a short page in the person's language with a way back to the
 * sign-in page; other callers (scripts, tests) get the JSON error envelope every route answers.
 */
function browserErrorHandler(error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(TRANSACTION_COOKIE, { path: COOKIE_PATH });
  if (!(error instanceof AppError)) return errorHandler(error, req, reply);
  // Why the provider's answer was refused (e.g. an expired ID token) is for the operator's log only.
  req.log.info({ code: error.code, reason: error.message }, 'sign-in with the identity provider refused');
  if (!(req.headers.accept ?? '').includes('text/html')) return errorHandler(error, req, reply);
  const locale = requestLocale(req);
  const t = translator(locale);
  const page = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('oidc.failedTitle'))} · Mesas</title></head>
<body><main>
<h1>${escapeHtml(t('oidc.failedTitle'))}</h1>
<p>${escapeHtml(t(`errors.${error.code}`))}</p>
<p><a href="/login">${escapeHtml(t('oidc.backToSignIn'))}</a></p>
<p><small>${escapeHtml(error.code)} · ${escapeHtml(req.id)}</small></p>
</main></body>
</html>
`;
  return reply.status(error.status).type('text/html; charset=utf-8').send(page);
}

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = app.config.oidc;
  const relyingParty: OidcRelyingParty | null = settings
    ? oidcRelyingParty(settings, app.config.PUBLIC_URL)
    : null;
  const cookieSecret = hashToken('oidc-transaction', app.sessionSecret);
  const secure = app.config.PUBLIC_URL.startsWith('https:');

  function readTransaction(req: FastifyRequest): OidcTransaction {
    const signed = req.cookies[TRANSACTION_COOKIE];
    const unsigned = signed ? fastifyCookie.unsign(signed, cookieSecret) : null;
    if (!unsigned?.valid || unsigned.value === null) {
      throw new AppError('OIDC_FAILED', undefined, 'no sign-in in progress in this browser');
    }
    let parsed: z.infer<typeof transactionCookie>;
    try {
      parsed = transactionCookie.parse(JSON.parse(Buffer.from(unsigned.value, 'base64url').toString()));
    } catch {
      throw new AppError('OIDC_FAILED', undefined, 'unreadable sign-in cookie');
    }
    if (Date.now() - parsed.startedAt > OIDC_TRANSACTION_SECONDS * 1000) {
      throw new AppError('OIDC_FAILED', undefined, 'the sign-in took too long');
    }
    return parsed;
  }

  app.get(
    '/api/auth/options',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'The ways to sign in this deployment offers, for the sign-in page',
        response: { 200: signInOptions },
      },
    },
    async () => ({ oidc: settings ? { name: settings.name } : null }),
  );

  app.get(
    '/api/auth/oidc/start',
    {
      config: { access: 'public' },
      errorHandler: browserErrorHandler,
      schema: {
        tags: ['auth'],
        summary: 'Sign in at the identity provider: redirects there (authorization code with PKCE)',
        querystring: z.object({ redirect: appPath.optional() }),
        response: { 302: redirectResponse, ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      if (!relyingParty) throw new AppError('NOT_FOUND');
      const { url, transaction } = await relyingParty.start(req.query.redirect ?? '/');
      const value = Buffer.from(JSON.stringify({ ...transaction, startedAt: Date.now() })).toString(
        'base64url',
      );
      reply.setCookie(TRANSACTION_COOKIE, fastifyCookie.sign(value, cookieSecret), {
        path: COOKIE_PATH,
        httpOnly: true,
        // Lax, not Strict: the provider sends the browser back with a cross-site top-level GET.
        sameSite: 'lax',
        secure,
        maxAge: OIDC_TRANSACTION_SECONDS,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: {
        access: 'public',
        // Each callback costs a request to the provider: limited like password sign-in.
        rateLimit: signInRateLimit(app),
      },
      errorHandler: browserErrorHandler,
      schema: {
        tags: ['auth'],
        summary:
          "The identity provider's answer: verifies it, signs in the account linked to the person (or the one " +
          'with their verified e-mail), sets the session cookie and redirects to the web app',
        querystring: z.record(z.string(), z.string().max(4000)),
        response: { 303: redirectResponse, ...errors(400, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      if (!relyingParty) throw new AppError('NOT_FOUND');
      const transaction = readTransaction(req);
      reply.clearCookie(TRANSACTION_COOKIE, { path: COOKIE_PATH });
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      const identity = await relyingParty.finish(query, transaction);
      const session = newSession(req);
      const ctx: CommandContext = {
        db: app.database.db,
        // Nobody is signed in yet: the command records the account it signs in as the actor.
        actor: { userId: '', personId: null, globalRole: null, mesaRoles: new Map() },
        actorLabel: 'anonymous',
        requestId: req.id,
      };
      await signInWithOidc(ctx, identity, session.row);
      setSessionCookie(req, reply, session);
      return reply.redirect(transaction.redirect, 303);
    },
  );
};
