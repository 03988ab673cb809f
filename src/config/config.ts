import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Mesas reads from the environment, validated once at start.
 * docs/CONFIGURATION.md documents each variable; keep the two in step.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
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
  /** Memory for serialized Matrices kept between changes (0 turns the cache off). */
  MATRIX_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  DEFAULT_LOCALE: z.enum(['es', 'en']).default('es'),
  TIME_ZONE: z
    .string()
    .default('America/Lima')
    .refine(isTimeZone, 'must be an IANA time zone such as America/Lima'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'DATA_DIR' | 'PUBLIC_URL'> & {
  DATA_DIR: string;
  /** The address people use; defaults to http://localhost:<PORT>. */
  PUBLIC_URL: string;
  /** The database this process uses: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  isProduction: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

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
  const dataDir = path.resolve(c.DATA_DIR);
  return {
    ...c,
    DATA_DIR: dataDir,
    PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    isProduction,
    database: c.DATABASE_URL
      ? { kind: 'postgres', url: c.DATABASE_URL }
      : { kind: 'pglite', dir: path.join(dataDir, 'pglite') },
  };
}
