import { z } from 'zod';
import { supportedLocales } from '../../i18n/languages';
import { timestamp } from './common';

/** An iCalendar file in an OpenAPI response. */
export const icsDownload = (what: string) => ({
  description: what,
  content: { 'text/calendar': { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
});

export const calendarLangQuery = z.object({
  lang: z
    .enum(supportedLocales)
    .optional()
    .describe("The language of event titles and descriptions; by default your account's"),
});

export const feedTokenParam = z.object({
  token: z.string().min(1).max(200).describe('The secret token of a personal calendar feed'),
});

export const calendarFeedStatus = z.object({
  active: z.boolean().describe('Whether you have a secret feed address in use'),
  createdAt: timestamp.nullable().describe('When the address in use was made'),
});

export const calendarFeedCreated = z.object({
  url: z
    .url()
    .describe(
      'Your secret feed address: anyone who has it can read your meetings and due dates. Shown only now; make a new one to stop this one.',
    ),
  webcalUrl: z
    .string()
    .describe('The same address with the webcal: scheme, which calendar apps open to subscribe'),
  createdAt: timestamp,
});

export const calendarFeedRevoked = z.object({
  revoked: z.boolean().describe('Whether a feed address was in use (it no longer works)'),
});
