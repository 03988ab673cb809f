import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { visibility } from './common';
import { users } from './directory';
import { problems, solutions } from './matrix';
import { commitments, meetings } from './meetings';
import { mesas } from './mesas';

/** Raw bytes; PGlite hands back a Uint8Array and node-postgres a Buffer, so both are read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => 'bytea',
  fromDriver: (value) => {
    if (typeof value === 'string') return Buffer.from(value.replace(/^\\x/, ''), 'hex');
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  },
});

/**
 * A file that proves or explains a record — the decree that enacts a fix, a study, a presentation, the
 * signed minutes — attached to exactly one problem, solution (optionally one of its versions), meeting or
 * commitment. The bytes live in the database so one backup holds everything. Its visibility is never
 * wider than the record's it is attached to (src/domain/documents.ts).
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id').references(() => problems.id, { onDelete: 'cascade' }),
    solutionId: uuid('solution_id').references(() => solutions.id, { onDelete: 'cascade' }),
    /** The solution's version the file goes with (e.g. the study behind version 2); null: the solution. */
    solutionVersion: integer('solution_version'),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    commitmentId: uuid('commitment_id').references(() => commitments.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the bytes: the download's ETag and the archive's proof that a file came back whole. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    visibility: visibility('visibility').notNull().default('members'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_mesa_idx').on(t.mesaId, t.createdAt),
    index('documents_problem_idx').on(t.problemId),
    index('documents_solution_idx').on(t.solutionId),
    index('documents_meeting_idx').on(t.meetingId),
    index('documents_commitment_idx').on(t.commitmentId),
    check(
      'documents_one_record',
      sql`num_nonnulls(${t.problemId}, ${t.solutionId}, ${t.meetingId}, ${t.commitmentId}) = 1`,
    ),
    check('documents_version_of_solution', sql`${t.solutionVersion} is null or ${t.solutionId} is not null`),
  ],
);
