import { z } from 'zod';
import { problemStatuses } from '../../domain/problem-status';
import { reformStages } from '../../domain/reform-tracking';
import { solutionInstruments } from '../../domain/solutions';
import { isoDate } from './common';

export const reformRow = z.object({
  mesa: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
  problemId: z.uuid(),
  code: z.string().describe('The problem code in its Matrix, e.g. P-3'),
  problem: z.string().describe('The problem’s title'),
  solutionId: z
    .uuid()
    .describe('The solution that stands for the reform: the furthest along, else the latest'),
  reform: z.string().describe('The text of that solution’s current version'),
  instrument: z.enum(solutionInstruments),
  entities: z.array(z.string()).describe('The responsible public entities'),
  norm: z
    .object({
      name: z.string().nullable(),
      number: z.string().nullable(),
      date: isoDate.nullable(),
      url: z.string().nullable(),
    })
    .nullable()
    .describe('The norm that enacts it, when cited'),
  dates: z
    .object(
      Object.fromEntries(reformStages.map((s) => [s, isoDate.nullable()])) as Record<
        (typeof reformStages)[number],
        z.ZodNullable<typeof isoDate>
      >,
    )
    .describe(
      'The day of each stage: proposed (the first solution), agreed and drafted (recorded on the solution), enacted and implemented (the problem’s moves to enacted and verified, while it stays there)',
    ),
  stage: z.enum(reformStages).describe('The furthest stage reached'),
  status: z.enum(problemStatuses).describe('The problem’s status in the Matrix'),
  impact: z.string().describe('The problem’s outcome indicators, before → now (target)'),
});

export const reformTable = z.object({
  reforms: z.array(reformRow).describe('One row per problem with a solution, by Mesa and problem number'),
});
