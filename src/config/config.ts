import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../domain/calendar-days';
import { supportedLocales } from '../i18n/languages';

/**
 * Every setting Mesas reads from the environment, validated once at start.
 * docs/CONFIGURATION.md documents each variable; keep the two in step.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The address to listen on; by default 127.0.0.1 for the embedded demo, 0.0.0.0 with DATABASE_URL. */
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Seals the audit chain and its head (HMAC); whoever lacks it cannot rewrite the log unnoticed. */
  AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  MAIL_FROM: z.string().min(3).default('Mesas <no-reply@mesas.local>'),
  /** Seconds between two runs of the mail job (reminders, then sending); 0 turns it off here. */
  MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** A reminder goes out this many days before a commitment is due. */
  MAIL_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(2),
  /** Sending attempts before a message is given up as failed. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** A message still unsent after this many hours (e.g. kept while no mail server was set up) expires. */
  MAIL_MAX_AGE_HOURS: z.coerce.number().int().min(1).default(72),
  /** Months between two rounds of a Mesa's Evaluation Wheel: when the next one is due. */
  WHEEL_INTERVAL_MONTHS: z.coerce.number().int().min(1).max(36).default(6),
  /** A round's results (and each respondent group's) show only when at least this many answered. */
  WHEEL_MIN_ANSWERS: z.coerce.number().int().min(3).max(100).default(5),
  /** Memory for serialized Matrices kept between changes (0 turns the cache off). */
  MATRIX_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** The largest document (decree, study, minutes…) that may be attached to a record, in bytes. */
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  DEFAULT_LOCALE: z.enum(supportedLocales).default('es'),
  TIME_ZONE: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isTimeZone, 'must be an IANA time zone such as America/Lima'),
  PUBLIC_URL: z.url().optional(),
  /**
   * The licence of the open data (/open-data/datapackage.json): an Open Definition / SPDX identifier
   * such as CC-BY-4.0 (the default), CC0-1.0, ODbL-1.0; OPEN_DATA_LICENSE_URL gives the text of one
   * Mesas does not know.
   */
  OPEN_DATA_LICENSE: z
    .string()
    .regex(/^[A-Za-z0-9][-A-Za-z0-9._]*$/, 'must be a licence identifier such as CC-BY-4.0')
    .default('CC-BY-4.0'),
  OPEN_DATA_LICENSE_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs, comma-separated); none by
   * default, so a client cannot choose the address its sign-in attempts are counted under.
   */
  TRUST_PROXY: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine(
      (entries) => entries.every(isProxyAddress),
      'must be IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal), comma-separated',
    )
    .default([]),
  DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  /**
   * Who may read the API description (/api/docs and /api/openapi.json): anyone, signed-in callers, or
   * nobody. Defaults to `public`, and to `signed_in` when NODE_ENV=production.
   */
  API_DOCS: z.enum(['public', 'signed_in', 'off']).optional(),
  /** Sign-in with an OpenID Connect provider: its issuer, and this client's id and secret there. */
  OIDC_ISSUER: z
    .url()
    .refine(
      isSafeIssuer,
      'must be an https:// URL (http:// only on this machine: localhost, 127.0.0.1, [::1])',
    )
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The provider's name on the sign-in button, e.g. "ID Gob.pe". */
  OIDC_NAME: z.string().min(1).max(60).optional(),
});

export type Config = Omit<z.infer<typeof configSchema>, 'DATA_DIR' | 'PUBLIC_URL' | 'API_DOCS' | 'HOST'> & {
  DATA_DIR: string;
  HOST: string;
  API_DOCS: 'public' | 'signed_in' | 'off';
  /** The address people use; defaults to http://localhost:<PORT>. */
  PUBLIC_URL: string;
  /** The database this process uses: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  isProduction: boolean;
  /** OpenID Connect sign-in, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. */
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string | null } | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** An address, a CIDR range, or one of the named ranges Fastify's trustProxy (proxy-addr) knows. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** An identity provider is reached over TLS; plain HTTP only to one on this machine (tests, a local Keycloak). */
function isSafeIssuer(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    protocol === 'https:' || (protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname))
  );
}

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  if (isProduction && !c.SESSION_SECRET) {
    throw new ConfigError(['SESSION_SECRET: required when NODE_ENV=production (at least 32 characters)']);
  }
  if (isProduction && !c.AUDIT_KEY) {
    throw new ConfigError(['AUDIT_KEY: required when NODE_ENV=production (at least 32 characters)']);
  }
  const oidcMissing = OIDC_VARIABLES.filter((name) => !c[name]);
  if (oidcMissing.length > 0 && oidcMissing.length < OIDC_VARIABLES.length) {
    throw new ConfigError(
      oidcMissing.map(
        (name) =>
          `${name}: required for OpenID Connect sign-in (set all of ${OIDC_VARIABLES.join(', ')}, or none)`,
      ),
    );
  }
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    ...c,
    DATA_DIR: dataDir,
    PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    // The embedded demo (its passwords are in the README) serves only this computer unless HOST says
    // otherwise; a server on PostgreSQL is a deployment, reached through a proxy or a container's port.
    HOST: c.HOST ?? (c.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    API_DOCS: c.API_DOCS ?? (isProduction ? 'signed_in' : 'public'),
    isProduction,
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID && c.OIDC_CLIENT_SECRET
        ? {
            issuer: c.OIDC_ISSUER,
            clientId: c.OIDC_CLIENT_ID,
            clientSecret: c.OIDC_CLIENT_SECRET,
            name: c.OIDC_NAME ?? null,
          }
        : null,
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL }
      : { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
  };
}
