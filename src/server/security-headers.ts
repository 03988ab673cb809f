import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config/config';
import { AppError } from '../domain/errors';
import { authenticate } from './authenticate';

const isHttps = (config: Config) => config.PUBLIC_URL.startsWith('https:');

/**
 * The security headers of every answer (API, web app, errors, 404s), set by @fastify/helmet. The
 * policy allows no inline or foreign script: the built web app loads only its own module files.
 * Styles allow 'unsafe-inline' because Mantine (and the charts) inject <style> elements and style
 * attributes at run time. Framing is refused everywhere. HSTS is sent only when PUBLIC_URL is https:
 * over plain HTTP the header is meaningless, and on a test address it would pin the host to https.
 */
export function helmetOptions(config: Config): FastifyHelmetOptions {
  const https = isHttps(config);
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    // Downloads (XLSX, PDF, calendar files) are opened by other programs, not embedded cross-origin.
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * The Swagger UI page needs its own policy: @fastify/swagger-ui's (its scripts and styles by hash),
 * kept unframeable like the rest, and upgrading requests only where the site is served over https.
 */
export function docsPolicy(config: Config) {
  const https = isHttps(config);
  return (header: string) => {
    let policy = header.replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'");
    if (!https) policy = policy.replace(/\s*upgrade-insecure-requests;?/, '');
    return policy;
  };
}

/** For API_DOCS=signed_in: the API description answers only a signed-in caller (cookie or token). */
export async function requireSignIn(req: FastifyRequest): Promise<void> {
  if (req.auth === null) await authenticate(req);
  if (!req.auth) throw new AppError('UNAUTHENTICATED');
}
