import { z } from 'zod';
import { problemStatuses } from '../../domain/problem-status';
import { supportedLocales } from '../../i18n/languages';
import { text, timestamp } from './common';

const verdict = z.enum(['works', 'partly', 'not_applied']);

export const reopenBody = z.object({
  reason: text(2000).describe('Why the fix goes back to work (e.g. what field feedback showed); required'),
  solution: z
    .object({
      text: text(5000).describe('The text of the new solution version'),
      solutionId: z
        .uuid()
        .nullable()
        .optional()
        .describe(
          'The solution to revise; by default the one most recently proposed or revised (a first solution when there is none)',
        ),
    })
    .describe('The new solution version, recorded with the reopen reason'),
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The problem version you read; a stale one answers 409 STALE_WRITE'),
});

export const feedbackLinkBody = z.object({
  personId: z.uuid().describe('The participant asked to report; they must be allowed to see the problem'),
  send: z.boolean().optional().describe('Also e-mail the link to the person, in their language'),
});

export const feedbackLinkCreated = z.object({
  url: z.string().describe('The short address to open on a phone (`/f/<token>`); shown once, never stored'),
  expiresAt: timestamp,
  mailed: z
    .boolean()
    .describe('Whether the link was queued by e-mail (asked for, and the person has an address)'),
});

export const feedbackLinkTokenParam = z.object({
  token: z.string().min(1).max(200).describe('The secret token of a field-feedback link'),
});

export const feedbackLinkView = z.object({
  problem: z.object({
    code: z.string().describe('P-1, P-2…'),
    title: z.string(),
    status: z.enum(problemStatuses),
  }),
  solution: z.string().nullable().describe('The text of the solution most recently proposed or revised'),
  mesa: z.object({ name: z.string() }),
  person: z.object({ fullName: z.string() }).describe('Who reports through this link'),
  locale: z.enum(supportedLocales).describe("The person's language (their account's, else the Mesa's)"),
  expiresAt: timestamp,
});

export const feedbackLinkReport = z.object({
  verdict,
  text: text(5000).describe('What the person sees on the ground'),
});

export const feedbackLinkReported = z.object({ id: z.uuid(), verdict });
