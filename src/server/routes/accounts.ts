import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAccount, updateAccount } from '../../commands/accounts';
import { listAuditEvents, verifyAuditChain } from '../../db/audit';
import { getAccount, listAccounts } from '../../db/queries/accounts';
import { AppError } from '../../domain/errors';
import { allow, commandContext } from '../context';
import { auditVerification } from '../schemas/audit';
import { errors, idParam } from '../schemas/common';
import { account, accountBody, auditEvent, auditQuery, updateAccountBody } from '../schemas/directory';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/accounts',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'User accounts (administrators)',
        response: { 200: z.object({ accounts: z.array(account) }), ...errors(401, 403) },
      },
    },
    async (req) => {
      allow(req, 'account.manage');
      return { accounts: await listAccounts(app.database.db) };
    },
  );

  app.get(
    '/api/accounts/:id',
    {
      config: { access: 'account.manage' },
      schema: { tags: ['accounts'], params: idParam, response: { 200: account, ...errors(401, 403, 404) } },
    },
    async (req) => {
      allow(req, 'account.manage');
      const row = await getAccount(app.database.db, req.params.id);
      if (!row) throw new AppError('NOT_FOUND');
      return row;
    },
  );

  app.post(
    '/api/accounts',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Create an account, for an existing person or a new one',
        body: accountBody,
        response: { 201: account, ...errors(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      allow(req, 'account.manage');
      return reply.status(201).send(await createAccount(commandContext(req), req.body));
    },
  );

  app.patch(
    '/api/accounts/:id',
    {
      config: { access: 'account.manage' },
      schema: {
        tags: ['accounts'],
        summary: 'Change role, language or password; disable or enable',
        params: idParam,
        body: updateAccountBody,
        response: { 200: account, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      allow(req, 'account.manage');
      return updateAccount(commandContext(req), req.params.id, req.body);
    },
  );

  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: auditQuery,
        response: { 200: z.object({ events: z.array(auditEvent) }), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      allow(req, 'audit.read');
      return { events: await listAuditEvents(app.database.db, req.query) };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Check the whole audit log: every hash and link, and its end against the signed head',
        response: { 200: auditVerification, ...errors(401, 403) },
      },
    },
    async (req) => {
      allow(req, 'audit.read');
      return verifyAuditChain(app.database.db);
    },
  );
};
