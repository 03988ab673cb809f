/**
 * The error catalogue: every failure a client can see has a stable code, an HTTP status and a
 * message key (translated in src/i18n/locales). Clients match on `code`, never on the message.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  /** Sign-in at the identity provider did not complete: refused there, or its answer was forged or expired. */
  OIDC_FAILED: 400,
  /** The identity provider has not verified the e-mail it gives, so it cannot name an account. */
  OIDC_EMAIL_UNVERIFIED: 403,
  /** No account has the identity provider's e-mail: accounts are created by an administrator, never here. */
  OIDC_NO_ACCOUNT: 403,
  OIDC_ACCOUNT_DISABLED: 403,
  /** The account with that e-mail is already linked to another identity at the provider. */
  OIDC_OTHER_IDENTITY: 409,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_WRITE: 409,
  ILLEGAL_TRANSITION: 409,
  /** A closed meeting's record is frozen: corrections are new minutes versions. */
  MEETING_CLOSED: 409,
  /** A session started more than a day before its scheduled day, without `confirmEarly: true`. */
  EARLY_START_UNCONFIRMED: 409,
  /** A launch decided while checklist questions are unanswered, without `confirmIncomplete: true`. */
  ASSESSMENT_INCOMPLETE: 409,
  /** An Idempotency-Key already used for another request (another body, method or path). */
  IDEMPOTENCY_KEY_REUSED: 409,
  /** An Idempotency-Key whose first request wrote its change but has no answer stored to replay. */
  IDEMPOTENCY_KEY_IN_USE: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** A continuity archive that is not one, was altered, or does not fit its format (nothing is written). */
  ARCHIVE_REFUSED: 400,
  /** An uploaded spreadsheet that would unpack to more than the server reads (a zip bomb, or too big). */
  SPREADSHEET_TOO_LARGE: 400,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  /** The database cannot be reached (down, restarting); it answers again by itself: retry shortly. */
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

type Catalogue = typeof import('../i18n/locales/content.en.json');

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

/** Throws VALIDATION_FAILED naming what is wrong with each field: the one way rules and commands refuse input. */
export function invalidFields(fields: FieldIssue[]): never {
  throw new AppError('VALIDATION_FAILED', { fields });
}

/** Throws VALIDATION_FAILED for one field: where, and the key (with its values) of the message. */
export function invalid(path: string, key: FieldKey, params?: FieldIssue['params']): never {
  invalidFields([params ? { path, key, params } : { path, key }]);
}

/**
 * Optimistic locking: `expected` is the version the caller read (when it sent one); a stored record
 * that moved on since answers 409 STALE_WRITE with its current version, and nothing is written.
 */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current)
    throw new AppError('STALE_WRITE', { currentVersion: current });
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
