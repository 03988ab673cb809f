import { z } from 'zod';
import { errorCatalogue } from '../../domain/errors';

/** Timestamps travel as ISO-8601 strings and are Dates inside the server. */
export const timestamp = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

export const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');
export const idParam = z.object({ id: z.uuid() });

/** A required, trimmed, bounded text. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const errorEnvelope = z
  .object({
    error: z
      .object({
        code: z.enum(Object.keys(errorCatalogue) as [keyof typeof errorCatalogue]),
        message: z.string(),
        requestId: z.string(),
        fields: z
          .array(
            z.object({
              path: z.string(),
              key: z
                .string()
                .describe(
                  'Stable name of the message: a catalogue key (`fields.*`, `matrixSheet.errors.*`), or the zod issue code when the request does not match its schema',
                ),
              message: z.string().describe("In the caller's language"),
            }),
          )
          .optional(),
        allowed: z.array(z.string()).optional(),
      })
      .catchall(z.unknown()),
  })
  .describe('Every error has this shape; match on `code`, show `message`.');

/** The error responses a route may give, for the OpenAPI description. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 429)[]) {
  return Object.fromEntries(statuses.map((s) => [s, errorEnvelope])) as Record<number, typeof errorEnvelope>;
}

export const orgRef = z.object({ id: z.uuid(), name: z.string(), acronym: z.string().nullable() });
export const personRef = z.object({ id: z.uuid(), fullName: z.string() });
export const ok = z.object({ ok: z.literal(true) });
