import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const escalationRoutes: FastifyPluginAsyncZod = async (_app) => {};
