import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from '../db/audit';
import {
  findIdempotencyKey,
  type IdempotencyClaim,
  pruneIdempotencyKeys,
  type StoredKey,
  storeIdempotentAnswer,
} from '../db/queries/idempotency';
import { AppError } from '../domain/errors';

/**
 * The `Idempotency-Key` header on POST, as payment APIs use it: the first request with a key writes its
 * change and its key row in one transaction (see inTransaction) and its answer is stored; a retry with
 * the same key and the same request gets that answer again, marked `Idempotent-Replayed: true`, and
 * writes nothing. The same key with another request is refused. Keys are per user and kept 24 hours.
 *
 * A key whose write committed but whose answer was never stored (the process died in between) cannot be
 * replayed: the retry answers 409 IDEMPOTENCY_KEY_IN_USE rather than write a second time.
 */

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotencyClaim | null;
  }
  interface FastifyContextConfig {
    /**
     * The answer holds a secret shown once (a token): it is not kept for replay, so a retry of a write
     * that succeeded answers IDEMPOTENCY_KEY_IN_USE instead of writing again or storing the secret.
     */
    secretAnswer?: true;
  }
}

const HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** How long a request waits for the answer of a twin that committed moments before it. */
const TWIN_WAIT_MS = 5_000;
const POLL_MS = 25;
const PRUNE_EVERY_MS = 3600_000;

function requestHash(req: FastifyRequest): string {
  // A file sent as the body (a continuity archive) counts by its bytes' digest.
  const body = Buffer.isBuffer(req.body)
    ? { sha256: createHash('sha256').update(req.body).digest('hex') }
    : (req.body ?? null);
  const material = canonicalJson({ method: req.method, path: req.url, body });
  return createHash('sha256').update(material).digest('hex');
}

/** The stored answer of a key, waiting a moment while its request may still be storing it. */
async function answerOf(
  req: FastifyRequest,
  claim: IdempotencyClaim,
  wait: boolean,
): Promise<StoredKey | null> {
  const deadline = Date.now() + TWIN_WAIT_MS;
  for (;;) {
    const row = await findIdempotencyKey(req.server.database.db, claim.userId, claim.key);
    if (!row || row.statusCode !== null || !(wait || row.recent) || Date.now() > deadline) return row;
    await sleep(POLL_MS);
  }
}

function replay(reply: FastifyReply, row: StoredKey & { statusCode: number }) {
  reply.code(row.statusCode).header('idempotent-replayed', 'true');
  if (row.responseType) reply.header('content-type', row.responseType);
  return row.responseBody ?? '';
}

export function supportIdempotencyKeys(app: FastifyInstance) {
  app.decorateRequest('idempotency', null);
  let lastPrune = 0;

  app.addHook('preHandler', async (req, reply) => {
    const header = req.headers[HEADER];
    if (req.method !== 'POST' || header === undefined || !req.auth) return;
    const key = [header].flat().join(',');
    if (!KEY_FORMAT.test(key)) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'Idempotency-Key', key: 'fields.idempotencyKeyFormat' }],
      });
    }
    const claim: IdempotencyClaim = {
      userId: req.auth.account.id,
      key,
      method: req.method,
      path: req.url,
      requestHash: requestHash(req),
      claimed: false,
      twin: false,
    };
    const row = await answerOf(req, claim, false);
    if (row && row.requestHash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (row && (row.statusCode === null || row.responseBody === null)) {
      throw new AppError('IDEMPOTENCY_KEY_IN_USE');
    }
    if (row) return reply.send(replay(reply, row as StoredKey & { statusCode: number }));
    req.idempotency = claim;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    if (claim.twin) {
      // A twin with the same key committed first: answer what it answered.
      const row = await answerOf(req, claim, true);
      if (row?.requestHash === claim.requestHash && row.statusCode !== null && row.responseBody !== null) {
        return replay(reply, row as StoredKey & { statusCode: number });
      }
      return payload;
    }
    if (!claim.claimed) return payload;
    // A streamed answer, or one holding a secret, is not kept: a retry then gets IDEMPOTENCY_KEY_IN_USE.
    const body = req.routeOptions.config.secretAnswer || typeof payload !== 'string' ? null : payload;
    const type = reply.getHeader('content-type');
    await storeIdempotentAnswer(req.server.database.db, claim, {
      statusCode: reply.statusCode,
      body,
      type: typeof type === 'string' ? type : null,
    });
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      await pruneIdempotencyKeys(req.server.database.db);
    }
    return payload;
  });
}
