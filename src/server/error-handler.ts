import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldIssue } from '../domain/errors';
import { localeFromHeader, translator } from '../i18n';

interface ValidationEntry {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

function fieldsFromValidation(error: FastifyError): FieldIssue[] {
  const where = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as ValidationEntry[]).map((v) => {
    const path =
      v.params?.issue?.path?.map(String).join('.') ?? v.instancePath?.replace(/^\//, '').replaceAll('/', '.');
    return { path: path ? path : where, message: v.message ?? 'invalid' };
  });
}

function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) return new AppError('VALIDATION_FAILED', { fields: fieldsFromValidation(error) });
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
  const appError = toAppError(error);
  if (appError.code === 'INTERNAL') req.log.error({ err: error }, 'unhandled error');
  else req.log.info({ code: appError.code, details: appError.details }, 'request refused');
  const fallback = req.server.config.DEFAULT_LOCALE;
  const locale = req.headers['accept-language']
    ? localeFromHeader(req.headers['accept-language'], fallback)
    : (req.auth?.account.locale ?? fallback);
  const code: ErrorCode = appError.code;
  if (code === 'RATE_LIMITED' && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
  return reply.status(appError.status).send({
    error: { ...appError.details, code, message: translator(locale)(`errors.${code}`), requestId: req.id },
  });
}
