import { z } from 'zod';
import { commitmentStatuses } from '../../domain/commitments';
import { problemStatuses } from '../../domain/problem-status';
import { isoDate, timestamp } from './common';

export const followState = z
  .object({
    following: z.boolean().describe('Whether you follow the record'),
    since: timestamp.nullable().describe('When you started following it'),
  })
  .describe('Whether you follow a problem or a commitment: its changes are mailed to you, at most hourly');

export const followedRecord = z.object({
  kind: z.enum(['problem', 'commitment']),
  /** The id of the problem or the commitment. */
  id: z.uuid(),
  since: timestamp.describe('When you started following it'),
  mesa: z.object({ id: z.uuid(), name: z.string() }),
  problem: z
    .object({ code: z.string(), title: z.string(), status: z.enum(problemStatuses) })
    .nullable()
    .describe('The problem, when the record is one'),
  commitment: z
    .object({ text: z.string(), status: z.enum(commitmentStatuses), dueOn: isoDate })
    .nullable()
    .describe('The commitment, when the record is one'),
});

export const followList = z.object({
  follows: z.array(followedRecord).describe('Newest first; only records you may still see'),
});
