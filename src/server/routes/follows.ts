import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { followRecord, unfollowRecord } from '../../commands/follows';
import { type FollowTarget, getFollow, listFollows } from '../../db/queries/follows';
import { allow, commandContext, requireAuth } from '../context';
import { commitmentFor, problemFor } from '../load';
import { presentFollows } from '../presenters/follows';
import { errors, idParam } from '../schemas/common';
import { followList, followState } from '../schemas/follows';

/**
 * Following a problem or a commitment: PUT follows, DELETE stops, both idempotent; GET says whether
 * you follow it. A record you may not see answers 404, as everywhere.
 */

type Kind = 'problem' | 'commitment';

/** The record, after checking that the caller may see it (404 otherwise). */
async function targetFor(req: FastifyRequest, kind: Kind, id: string): Promise<FollowTarget> {
  if (kind === 'problem') {
    await problemFor(req, id, 'follow.manage');
    return { problemId: id };
  }
  await commitmentFor(req, id, 'follow.manage');
  return { commitmentId: id };
}

const what: Record<Kind, string> = { problem: 'a problem', commitment: 'a commitment' };
const tags = ['follows'];

export const followRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const kind of ['problem', 'commitment'] as const) {
    const url = `/api/${kind}s/:id/follow`;
    const config = { access: 'follow.manage' as const };

    app.get(
      url,
      {
        config,
        schema: {
          tags,
          summary: `Whether you follow ${what[kind]}`,
          params: idParam,
          response: { 200: followState, ...errors(401, 404) },
        },
      },
      async (req) => {
        const target = await targetFor(req, kind, req.params.id);
        const found = await getFollow(app.database.db, requireAuth(req).actor.userId, target);
        return { following: Boolean(found), since: found?.createdAt ?? null };
      },
    );

    app.put(
      url,
      {
        config,
        schema: {
          tags,
          summary: `Follow ${what[kind]}: its status and progress changes are mailed to you, at most hourly`,
          params: idParam,
          response: { 200: followState, ...errors(401, 403, 404) },
        },
      },
      async (req) => {
        const target = await targetFor(req, kind, req.params.id);
        return { following: true, since: await followRecord(commandContext(req), target) };
      },
    );

    app.delete(
      url,
      {
        config,
        schema: {
          tags,
          summary: `Stop following ${what[kind]}; what was waiting to be mailed about it is dropped`,
          params: idParam,
          response: { 200: followState, ...errors(401, 403, 404) },
        },
      },
      async (req) => {
        const target = await targetFor(req, kind, req.params.id);
        await unfollowRecord(commandContext(req), target);
        return { following: false, since: null };
      },
    );
  }

  app.get(
    '/api/me/follows',
    {
      config: { access: 'follow.manage' },
      schema: {
        tags,
        summary: 'The problems and commitments you follow',
        response: { 200: followList, ...errors(401) },
      },
    },
    async (req) => {
      const { actor } = allow(req, 'follow.manage');
      return { follows: presentFollows(await listFollows(app.database.db, actor.userId), actor) };
    },
  );
};
