import type { FastifyRequest } from 'fastify';
import type { Locale } from '../domain/roles';
import { localeFromHeader } from '../i18n';
import { isLocale } from '../i18n/languages';

/**
 * The `lang` a request gave, when its route takes one: read from the query string as sent, since a
 * refused request may not have been validated.
 */
export function routeLang(req: FastifyRequest): Locale | undefined {
  const schema = req.routeOptions.schema?.querystring as { shape?: Record<string, unknown> } | undefined;
  if (!schema?.shape || !('lang' in schema.shape)) return undefined;
  const given = (req.query as { lang?: unknown } | undefined)?.lang;
  return isLocale(given) ? given : undefined;
}

/**
 * The language of an answer (messages, errors, export headers and labels), by one rule for every
 * route:
 *
 * 1. the `lang` the request gave, on routes that take one;
 * 2. else the signed-in account's language, whether it signed in with the session cookie or an API token;
 * 3. else Accept-Language, when it names a supported language (pt-BR → pt);
 * 4. else `fallback`: the deployment's DEFAULT_LOCALE unless the route names another.
 *
 * The account's choice comes before Accept-Language because browsers and HTTP libraries send that
 * header on their own (the browser's language, or `*`); the web app keeps it equal to the account's.
 */
export function requestLocale(
  req: FastifyRequest,
  lang?: Locale,
  fallback: Locale = req.server.config.DEFAULT_LOCALE,
): Locale {
  if (lang) return lang;
  const account = req.auth?.account.locale;
  if (account) return account;
  return localeFromHeader(req.headers['accept-language'], fallback);
}
