import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config/config';

/** pino options: JSON lines in production, readable lines on a terminal in development. */
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  const pretty = !config.isProduction && process.stdout.isTTY;
  return {
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}
