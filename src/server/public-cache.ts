import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PortalOptions } from '../portal/read';

/** How long a proxy, a CDN or a browser may reuse a public answer before revalidating it. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * A weak ETag for a public answer: a hash of the revision it was built from and whatever else makes
 * the answer differ (the route, the language), plus today's date, since overdue counts move with
 * the day. The revision itself is not shown, so the ETag tells nothing of the Mesa's activity.
 */
export function publicEtag(revision: string, ...variant: string[]): string {
  const day = new Date().toISOString().slice(0, 10);
  const hash = createHash('sha256')
    .update([revision, day, ...variant].join('\n'))
    .digest('base64url');
  return `W/"${hash.slice(0, 27)}"`;
}

/** Whether an If-None-Match header matches this ETag (weak comparison, lists and `*`). */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  const mine = bare(etag);
  return value.split(',').some((tag) => tag.trim() === '*' || bare(tag) === mine);
}

/**
 * Sets the caching headers of a public answer (`Cache-Control: public, max-age=60`, the ETag and, when
 * known, Last-Modified) and tells whether the caller already holds it: then answer
 * `reply.code(304).send()` without building the body.
 */
export function publicCache(
  req: FastifyRequest,
  reply: FastifyReply,
  etag: string,
  lastModified?: string | Date | null,
): boolean {
  reply.header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
  reply.header('etag', etag);
  if (lastModified) setLastModified(reply, lastModified);
  return etagMatches(req.headers['if-none-match'], etag);
}

/** Sets Last-Modified (an HTTP date) from an ISO instant or a Date. */
export function setLastModified(reply: FastifyReply, when: string | Date) {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (!Number.isNaN(date.getTime())) reply.header('last-modified', date.toUTCString());
}

/** The options the portal reads need from the server (the deployment's time zone). */
export function portalOptions(req: FastifyRequest): PortalOptions {
  return { timeZone: req.server.config.TIME_ZONE };
}
