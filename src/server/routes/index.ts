import type { FastifyPluginAsync } from 'fastify';
import { accountRoutes } from './accounts';
import { authRoutes } from './auth';
import { healthRoutes } from './health';
import { mesaRoutes } from './mesas';
import { organizationRoutes } from './organizations';
import { participationRoutes } from './participations';
import { peopleRoutes } from './people';

export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(mesaRoutes);
  await app.register(participationRoutes);
  await app.register(organizationRoutes);
  await app.register(peopleRoutes);
  await app.register(accountRoutes);
};
