import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './common';
import { users } from './directory';
import { mesas } from './mesas';

/**
 * A named view of a Mesa's Matrix that its team saved ("for Thursday's session", "late with SUNAT"):
 * the query string of the view (src/domain/matrix-view.ts), normalized when it is written, so that a
 * saved view always opens. Names are unique within the Mesa whatever their case.
 */
export const matrixViews = pgTable(
  'matrix_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mesaId: uuid('mesa_id')
      .notNull()
      .references(() => mesas.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The view's query string as a record: only what differs from the default view. */
    query: jsonb('query').$type<Record<string, string>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('matrix_views_mesa_name_key').on(t.mesaId, sql`lower(${t.name})`)],
);
