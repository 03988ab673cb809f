import { z } from 'zod';
import { auditBreaks } from '../../db/audit';
import { timestamp } from './common';

export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.enum(auditBreaks).nullable().describe('Which check failed, or null when the log is intact'),
});

export const auditTrailQuery = z
  .object({
    entityType: z.string().trim().min(1).max(50).optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    before: z.coerce.number().int().min(1).optional().describe('The `nextBefore` of the previous page'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => (q.entityType === undefined) === (q.entityId === undefined), {
    message: 'validation.entityTypeWithId',
    path: ['entityId'],
  });

export const auditTrailEntry = z.object({
  seq: z.number().int(),
  occurredAt: timestamp,
  actor: z.object({ label: z.string(), name: z.string().nullable() }),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.array(
    z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});

export const auditTrail = z.object({
  events: z.array(auditTrailEntry),
  nextBefore: z
    .number()
    .int()
    .nullable()
    .describe('Pass as `before` for the next (older) page; null at the end'),
});
