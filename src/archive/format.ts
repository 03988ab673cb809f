import type { Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { addedColumns, columnsOf, tableOfPart, tablePartNames } from './tables';

/**
 * The continuity archive's format, as zod schemas: the importer validates with them, and
 * docs/archive.schema.json is their JSON Schema output (`mesas archive schema`), so the two never part.
 * The row schemas are read from the database schema: a change to a table changes the format, and the
 * test comparing docs/archive.schema.json says so (then raise FORMAT_VERSION when old archives no
 * longer fit).
 */
export const FORMAT = 'mesas-archive';
export const FORMAT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestPart = z
  .object({
    path: z
      .string()
      .regex(/^(tables\/[a-z_]+\.json|minutes\/[0-9a-f-]{36}\.pdf)$/)
      .describe('Where the part is in the ZIP file'),
    kind: z.enum(['table', 'pdf']),
    table: z.string().optional().describe('For a table part: the table it holds'),
    rows: z.number().int().min(0).optional().describe('For a table part: how many rows'),
    minutesVersionId: z.uuid().optional().describe('For a PDF: the minutes version it renders'),
    mediaType: z.enum(['application/json', 'application/pdf']),
    bytes: z.number().int().min(0),
    sha256: sha256.describe('SHA-256 of the part, hex'),
  })
  .strict();

export const manifestSchema = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.string(),
    mesa: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).strict(),
    withContacts: z.boolean().describe('Whether people’s e-mail addresses and phones are included'),
    parts: z.array(manifestPart),
  })
  .strict()
  .describe('manifest.json: what the archive holds, with the SHA-256 of every part');

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestPart = z.infer<typeof manifestPart>;

/** The JSON value of one column, from its type in the database schema. */
function columnSchema(column: Column): z.ZodType {
  const c = column as Column & { enumValues?: string[] };
  let type: z.ZodType;
  switch (column.columnType) {
    case 'PgUUID':
      type = z.uuid();
      break;
    case 'PgText':
      type = z.string();
      break;
    case 'PgEnumColumn':
      type = z.enum(c.enumValues as [string, ...string[]]);
      break;
    case 'PgInteger':
    case 'PgSmallInt':
    case 'PgBigSerial53':
    case 'PgBigInt53':
      type = z.number().int();
      break;
    case 'PgNumericNumber':
      type = z.number();
      break;
    case 'PgBoolean':
      type = z.boolean();
      break;
    case 'PgTimestamp':
      type = z.iso.datetime({ offset: true });
      break;
    case 'PgDateString':
      type = z.iso.date();
      break;
    case 'PgJsonb':
      type = z.json();
      break;
    case 'PgArray':
      type = z.array(z.string());
      break;
    case 'PgCustomColumn':
      if (column.getSQLType() !== 'bytea') {
        throw new Error(`the archive format has no JSON type for ${column.getSQLType()} (${column.name})`);
      }
      type = z.base64().describe('The bytes, base64-encoded');
      break;
    default:
      throw new Error(`the archive format has no JSON type for ${column.columnType} (${column.name})`);
  }
  return column.notNull ? type : type.nullable();
}

/** A row: every column, but those added since the format's first archives may be absent. */
function rowSchema(name: string, table: PgTable) {
  const added = new Set(addedColumns[name] ?? []);
  return z
    .object(
      Object.fromEntries(
        columnsOf(table).map((c) => {
          const type = columnSchema(c.column);
          return [c.name, added.has(c.name) ? type.optional() : type];
        }),
      ),
    )
    .strict();
}

/** The users part: authors, never accounts. */
export const userRow = z
  .object({
    id: z.uuid().describe('The id the archive’s rows use for this author'),
    label: z.string().describe('The author’s name as shown'),
    email: z.email().nullable().describe('Only in an archive with contacts'),
  })
  .strict();

/** The schema of every table part: an array of rows. */
export const partSchemas: Record<string, z.ZodType<Record<string, unknown>[]>> = Object.fromEntries(
  tablePartNames.map((name) => [
    name,
    z.array(name === 'users' ? userRow : rowSchema(name, tableOfPart(name))) as z.ZodType<
      Record<string, unknown>[]
    >,
  ]),
);

/** The JSON Schema of the format (docs/archive.schema.json): the manifest and every table part. */
export function archiveJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = { manifest: strip(z.toJSONSchema(manifestSchema)) };
  for (const name of tablePartNames) {
    defs[`tables/${name}.json`] = strip(z.toJSONSchema(partSchemas[name]!, { unrepresentable: 'any' }));
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://mesas.example.org/schemas/archive.schema.json',
    title: `Mesas continuity archive, format version ${FORMAT_VERSION}`,
    description:
      'A ZIP file: manifest.json (the "manifest" definition), one JSON part per table (tables/<table>.json, an array of rows with the database column names) and the PDF of every minutes version (minutes/<minutes version id>.pdf). See docs/ARCHIVE.md.',
    $ref: '#/$defs/manifest',
    $defs: defs,
  };
}

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _, ...rest } = schema;
  return rest;
}
