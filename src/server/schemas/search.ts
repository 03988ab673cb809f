import { z } from 'zod';
import { problemStatuses } from '../../domain/problem-status';
import { supportedLocales } from '../../i18n/languages';
import { lesson } from './lessons';

/** Control characters other than tab and line breaks (PostgreSQL refuses NUL in a query). */
const hasControlCharacters = (s: string) =>
  [...s].some((c) => c.charCodeAt(0) < 32 && c !== '\t' && c !== '\n' && c !== '\r');

/** Words to search for: trimmed, at most 200 characters, no control characters. */
export const searchWords = z
  .string()
  .trim()
  .max(200)
  .refine((s) => !hasControlCharacters(s), 'Control characters are not allowed');

export const searchQuery = z.object({
  q: searchWords.min(1).describe('Words to find; "quoted phrases", OR and -excluded words work'),
  lang: z
    .enum(supportedLocales)
    .optional()
    .describe('The language of the query (es by default); both are searched'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const problemHit = z.object({
  kind: z.literal('problem'),
  problem: z.object({
    id: z.uuid(),
    number: z.number().int(),
    code: z.string(),
    title: z.string(),
    status: z.enum(problemStatuses),
  }),
  mesa: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
  rank: z.number(),
  headline: z
    .string()
    .describe('An excerpt around the words found, HTML-escaped, the words themselves in <mark>…</mark>'),
});

const lessonHit = z.object({
  kind: z.literal('lesson'),
  lesson,
  mesa: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
  rank: z.number(),
  headline: z
    .string()
    .describe('An excerpt around the words found, HTML-escaped, the words themselves in <mark>…</mark>'),
});

/** A problem or a lesson found: `kind` says which. */
export const searchHit = z.discriminatedUnion('kind', [problemHit, lessonHit]);

export const searchResult = z.object({
  q: z.string(),
  lang: z.enum(supportedLocales),
  results: z.array(searchHit),
});
