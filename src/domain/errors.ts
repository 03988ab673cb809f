/**
 * The error catalogue: every failure a client can see has a stable code, an HTTP status and a
 * message key (translated in src/i18n/locales). Clients match on `code`, never on the message.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_WRITE: 409,
  ILLEGAL_TRANSITION: 409,
  /** A closed meeting's record is frozen: corrections are new minutes versions. */
  MEETING_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

type Catalogue = typeof import('../i18n/locales/en.json');

/**
 * The key of a field message in src/i18n/locales (`fields.*`, or `matrixSheet.errors.*` for a
 * spreadsheet being imported). Rules name the key; the error handler writes the message in the caller's
 * language.
 */
export type FieldKey =
  | `fields.${keyof Catalogue['fields'] & string}`
  | `matrixSheet.errors.${keyof Catalogue['matrixSheet']['errors'] & string}`;

/** What is wrong with one field of a request: where, and the key (with its values) of the message. */
export interface FieldIssue {
  path: string;
  key: FieldKey;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: { fields?: FieldIssue[]; allowed?: string[]; [k: string]: unknown },
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.status = errorCatalogue[code];
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
