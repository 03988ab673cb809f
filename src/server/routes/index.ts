import type { FastifyPluginAsync } from 'fastify';
import { accountRoutes } from './accounts';
import { authRoutes } from './auth';
import { categoryRoutes } from './categories';
import { exportRoutes } from './exports';
import { healthRoutes } from './health';
import { matrixRoutes } from './matrix';
import { mesaRoutes } from './mesas';
import { organizationRoutes } from './organizations';
import { participationRoutes } from './participations';
import { peopleRoutes } from './people';
import { problemRoutes } from './problems';
import { searchRoutes } from './search';

export const registerRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(mesaRoutes);
  await app.register(participationRoutes);
  await app.register(organizationRoutes);
  await app.register(peopleRoutes);
  await app.register(accountRoutes);
  await app.register(matrixRoutes);
  await app.register(problemRoutes);
  await app.register(categoryRoutes);
  await app.register(exportRoutes);
  await app.register(searchRoutes);
};
