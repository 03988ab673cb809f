import { z } from 'zod';
import { supportedLocales } from '../../i18n/languages';
import { mailKinds } from '../../mail/kinds';
import { timestamp } from './common';

export const outboxStatus = z
  .enum(['pending', 'sent', 'failed'])
  .describe(
    '`pending`: waiting to be sent, or kept in the outbox when no mail server is configured; `sent`: the mail ' +
      'server accepted it; `failed`: given up (too many attempts, refused, or expired)',
  );

export const outboxQuery = z.object({
  status: outboxStatus.optional(),
  kind: z.enum(mailKinds).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const outboxMessage = z.object({
  id: z.uuid(),
  kind: z.enum(mailKinds),
  dedupeKey: z.string(),
  to: z.string(),
  locale: z.enum(supportedLocales),
  subject: z.string(),
  status: outboxStatus,
  attempts: z.number().int().describe('Sending attempts made so far'),
  lastError: z.string().nullable().describe('Why the last attempt failed'),
  sendAfter: timestamp.describe('Not sent before this time (the next retry of a failed attempt)'),
  lockedUntil: timestamp.nullable().describe('Held by a sender until then'),
  messageId: z.string().nullable().describe('The Message-ID it was sent with'),
  sentAt: timestamp.nullable(),
  createdAt: timestamp,
  hasCalendar: z.boolean().describe('Whether it carries an .ics calendar file'),
  mesa: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  person: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
});

export const outboxPage = z.object({
  delivery: z
    .enum(['smtp', 'outbox'])
    .describe('`smtp`: pending messages are sent; `outbox`: no mail server is configured, they stay here'),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  messages: z.array(outboxMessage).describe('Newest first'),
});

export const outboxMessageDetail = outboxMessage.extend({
  text: z.string(),
  html: z.string().nullable(),
  ics: z.string().nullable(),
});
