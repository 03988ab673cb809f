import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config';
import type { Database } from '../db/client';
import type { Action } from '../domain/access';
import { AppError } from '../domain/errors';
import { authenticate } from './authenticate';
import { errorHandler } from './error-handler';
import { refuseHostileInput } from './hostile-input';
import { supportIdempotencyKeys } from './idempotency';
import { nameOperations, swaggerOptions } from './openapi/document';
import { registerRoutes } from './routes';
import { docsPolicy, helmetOptions, requireSignIn } from './security-headers';
import { serveWebApp } from './web';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    sessionSecret: string;
    /** Every route of the app as registered (HEAD twins left out), with its authorization action. */
    routeList: readonly RouteInfo[];
  }
}

export interface RouteInfo {
  method: string;
  url: string;
  access: Action | 'public' | undefined;
}

export interface AppOptions {
  config: Config;
  database: Database;
  sessionSecret: string;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from this folder (production); omitted in API tests. */
  webRoot?: string | null;
}

export type App = FastifyInstance;

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Believe X-Forwarded-For only from the proxies TRUST_PROXY names (none by default): req.ip, and the
    // sign-in rate limit keyed on it, is then the client such a proxy saw, never an address a client made up.
    trustProxy: options.config.TRUST_PROXY.length > 0 ? options.config.TRUST_PROXY : false,
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('config', options.config);
  app.decorate('database', options.database);
  app.decorate('sessionSecret', options.sessionSecret);
  app.decorateRequest('auth', null);
  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeList.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  refuseHostileInput(app);
  supportIdempotencyKeys(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyHelmet, helmetOptions(options.config));
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  nameOperations(app);
  await app.register(fastifySwagger, swaggerOptions(options.config));
  // API_DOCS decides who reads the API description; `off` serves neither the page nor the document.
  const docs = options.config.API_DOCS;
  const docsHooks = docs === 'signed_in' ? { onRequest: requireSignIn } : {};
  if (docs !== 'off') {
    await app.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      transformStaticCSP: docsPolicy(options.config),
      uiHooks: docsHooks,
    });
  }

  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs')) await authenticate(req);
    // Refuse anonymous callers of non-public routes before their input is validated or parsed.
    const access = req.routeOptions.config.access;
    if (access && access !== 'public' && !req.auth) throw new AppError('UNAUTHENTICATED');
  });

  await app.register(registerRoutes);
  if (docs !== 'off') {
    app.get(
      '/api/openapi.json',
      { schema: { hide: true }, config: { access: 'public' }, ...docsHooks },
      async () => app.swagger(),
    );
  }
  await serveWebApp(app, options.webRoot ?? null);
  return app;
}
