import { z } from 'zod';
import { ARCHIVE_LIMITS } from '../../archive/read';

export const archiveExportQuery = z.object({
  contacts: z
    .enum(['true', 'false'])
    .optional()
    .describe('Include people’s e-mail addresses and phones (left out by default)'),
});

export const archiveImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .describe('Report what would be created and matched, and write nothing'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes')
    .max(60)
    .optional()
    .describe('The address the Mesa takes here, when its own is taken'),
});

export const archiveBody = z.any().meta({
  type: 'string',
  format: 'binary',
  description: `The archive (a ZIP file, as GET /api/mesas/{id}/archive gives it), at most ${ARCHIVE_LIMITS.fileBytes / 1024 / 1024} MB`,
});

const match = z.object({
  archiveId: z.uuid().describe('Its id in the archive'),
  name: z.string(),
  action: z
    .enum(['matched', 'created', 'label'])
    .describe('`label`: an author with no account here, kept by name'),
  by: z.enum(['email', 'name', 'key']).nullable().describe('What it was matched by'),
  id: z.uuid().nullable().describe('Its id here (null in a dry run for what would be created)'),
});

export const importReport = z.object({
  dryRun: z.boolean(),
  archive: z.object({
    sha256: z.string(),
    formatVersion: z.number().int(),
    exportedAt: z.string(),
    withContacts: z.boolean(),
    mesa: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  }),
  mesa: z.object({
    id: z.uuid().nullable().describe('The new Mesa (null in a dry run)'),
    slug: z.string(),
    name: z.string(),
    slugAvailable: z
      .boolean()
      .describe('False: the slug is taken here; import with `slug` set to another one'),
  }),
  created: z.record(z.string(), z.number().int()).describe('Rows written (or that would be), by table'),
  organizations: z.array(match),
  people: z.array(match),
  authors: z.array(match),
  categories: z.array(match),
  questions: z.array(match),
  historyEvents: z
    .number()
    .int()
    .describe('Audit events of the archive, kept as history in the import’s event'),
});
