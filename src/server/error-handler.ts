import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type ErrorCode, type FieldIssue } from '../domain/errors';
import type { Locale } from '../domain/roles';
import { localeFromHeader, translator } from '../i18n';

/** One entry of a zod validation failure as fastify-type-provider-zod reports it. */
interface ValidationEntry {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const zodSpanish = z.locales.es();

function valueAt(source: unknown, path: string[]): unknown {
  let current = source;
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  return current;
}

/** A field message in the caller's language: zod's own English text, or its Spanish locale. */
function fieldMessage(v: ValidationEntry, path: string[], input: unknown, locale: Locale): string {
  const english = v.message ?? 'invalid';
  if (locale === 'en' || !v.keyword) return english;
  const issue = { ...v.params, code: v.keyword, path, input, message: english };
  const spanish = zodSpanish.localeError(issue as never);
  return typeof spanish === 'string' ? spanish : (spanish?.message ?? english);
}

function fieldsFromValidation(error: FastifyError, req: FastifyRequest, locale: Locale): FieldIssue[] {
  const where = (error as { validationContext?: 'body' | 'querystring' | 'params' | 'headers' })
    .validationContext;
  const source = where === 'querystring' ? req.query : where ? req[where] : req.body;
  return ((error.validation ?? []) as ValidationEntry[]).map((v) => {
    const path = (v.instancePath ?? '').split('/').filter(Boolean);
    return {
      path: path.length ? path.join('.') : (where ?? 'body'),
      message: fieldMessage(v, path, valueAt(source, path), locale),
    };
  });
}

function toAppError(error: FastifyError | AppError, req: FastifyRequest, locale: Locale): AppError {
  if (error instanceof AppError) return error;
  if (error.validation)
    return new AppError('VALIDATION_FAILED', { fields: fieldsFromValidation(error, req, locale) });
  const status = error.statusCode ?? 500;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status === 404) return new AppError('NOT_FOUND');
  if (status >= 400 && status < 500) {
    return new AppError('VALIDATION_FAILED', { fields: [{ path: 'request', message: error.message }] });
  }
  return new AppError('INTERNAL');
}

/** The one JSON error envelope: `{ error: { code, message, requestId, ...details } }`. */
export function errorHandler(error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
  const fallback = req.server.config.DEFAULT_LOCALE;
  const locale = req.headers['accept-language']
    ? localeFromHeader(req.headers['accept-language'], fallback)
    : (req.auth?.account.locale ?? fallback);
  const appError = toAppError(error, req, locale);
  if (appError.code === 'INTERNAL') req.log.error({ err: error }, 'unhandled error');
  else req.log.info({ code: appError.code, details: appError.details }, 'request refused');
  const code: ErrorCode = appError.code;
  if (code === 'RATE_LIMITED' && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
  return reply.status(appError.status).send({
    error: { ...appError.details, code, message: translator(locale)(`errors.${code}`), requestId: req.id },
  });
}
