import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { TurnAbandoned } from '../db/turns';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, type ErrorCode } from '../domain/errors';
import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { validationMessage } from '../i18n/validation';
import { requestLocale, routeLang } from './language';

/** One entry of a zod validation failure as fastify-type-provider-zod reports it. */
interface ValidationEntry {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function valueAt(source: unknown, path: string[]): unknown {
  let current = source;
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  return current;
}

/** A field message in the caller's language, in the catalogue's words (src/i18n/validation.ts). */
function fieldMessage(v: ValidationEntry, input: unknown, locale: Locale): string {
  return validationMessage(
    { code: v.keyword, params: v.params, message: v.message, input },
    translator(locale),
  );
}

/** A field issue as the API answers it: the message written out in the caller's language. */
interface FieldMessage {
  path: string;
  key: string;
  message: string;
}

function fieldsFromValidation(error: FastifyError, req: FastifyRequest, locale: Locale): FieldMessage[] {
  const where = (error as { validationContext?: 'body' | 'querystring' | 'params' | 'headers' })
    .validationContext;
  const source = where === 'querystring' ? req.query : where ? req[where] : req.body;
  return ((error.validation ?? []) as ValidationEntry[]).map((v) => {
    const path = (v.instancePath ?? '').split('/').filter(Boolean);
    return {
      path: path.length ? path.join('.') : (where ?? 'body'),
      key: v.keyword ?? 'invalid',
      message: fieldMessage(v, valueAt(source, path), locale),
    };
  });
}

function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE');
  // A read skipped because its client had gone (src/db/turns.ts): nobody receives this answer.
  if (error instanceof TurnAbandoned) return new AppError('UNAVAILABLE');
  if (error.validation) return new AppError('VALIDATION_FAILED');
  const status = error.statusCode ?? 500;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status === 404) return new AppError('NOT_FOUND');
  if (status >= 400 && status < 500) {
    return new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'request', key: 'fields.unreadableRequest', params: { detail: error.message } }],
    });
  }
  return new AppError('INTERNAL');
}

/**
 * The one JSON error envelope: `{ error: { code, message, requestId, ...details } }`. The message and
 * each field's message are written in the caller's language: field issues carry a catalogue key
 * (`fields.*`) and its values, request-schema failures zod's own message.
 */
export function errorHandler(error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
  // A route's own `lang` names the language of its refusals too (see requestLocale for the rule).
  const locale = requestLocale(req, routeLang(req));
  const appError = toAppError(error);
  const t = translator(locale);
  const fields: FieldMessage[] | undefined =
    !(error instanceof AppError) && error.validation
      ? fieldsFromValidation(error, req, locale)
      : appError.details?.fields?.map((f) => ({
          path: f.path,
          key: f.key,
          message: t(f.key, f.params ?? {}),
        }));
  if (appError.code === 'INTERNAL') req.log.error({ err: error }, 'unhandled error');
  else if (appError.code === 'DATABASE_UNAVAILABLE') {
    // Expected while the database restarts: one line, no stack; /readyz tells the load balancer.
    req.log.warn({ code: appError.code, reason: error.message }, 'database unavailable');
  } else req.log.info({ code: appError.code, details: { ...appError.details, fields } }, 'request refused');
  const code: ErrorCode = appError.code;
  if (code === 'RATE_LIMITED' && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
  if (code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', '1');
  return reply.status(appError.status).send({
    error: {
      ...appError.details,
      ...(fields ? { fields } : {}),
      code,
      message: t(`errors.${code}`),
      requestId: req.id,
    },
  });
}
