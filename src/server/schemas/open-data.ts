import { z } from 'zod';
import { supportedLocales } from '../../i18n/languages';

export const openDataLangQuery = z.object({
  lang: z
    .enum(supportedLocales)
    .optional()
    .describe(
      "Language of the titles and descriptions; the deployment's default language (Spanish) otherwise",
    ),
});

const constraints = z.object({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  enum: z.array(z.string()).readonly().optional(),
});

const tableSchema = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      description: z.string(),
      type: z.enum(['string', 'integer', 'number', 'boolean', 'date', 'datetime']),
      format: z.enum(['uuid', 'uri']).optional(),
      constraints: constraints.optional(),
    }),
  ),
  missingValues: z.array(z.string()),
  primaryKey: z.array(z.string()),
  foreignKeys: z
    .array(
      z.object({
        fields: z.array(z.string()),
        reference: z.object({ resource: z.string(), fields: z.array(z.string()) }),
      }),
    )
    .optional(),
});

export const dataPackageSchema = z
  .object({
    profile: z.literal('tabular-data-package'),
    name: z.string(),
    id: z.string(),
    title: z.string(),
    description: z.string(),
    homepage: z.string(),
    language: z.enum(supportedLocales),
    keywords: z.array(z.string()),
    licenses: z.array(
      z.object({ name: z.string(), path: z.string().optional(), title: z.string().optional() }),
    ),
    created: z.string().describe('The latest public change of any published Mesa (RFC 3339)'),
    lastModified: z.string().describe('The same instant: when the data last changed'),
    sources: z.array(z.object({ title: z.string(), path: z.string() })),
    resources: z.array(
      z.object({
        profile: z.literal('tabular-data-resource'),
        name: z.string(),
        path: z.string().describe('Relative to the descriptor: /open-data/<path>'),
        title: z.string(),
        description: z.string(),
        format: z.enum(['csv', 'json']),
        mediatype: z.enum(['text/csv', 'application/json']),
        encoding: z.literal('utf-8'),
        dialect: z
          .object({
            delimiter: z.string(),
            lineTerminator: z.string(),
            quoteChar: z.string(),
            doubleQuote: z.boolean(),
            header: z.boolean(),
          })
          .optional(),
        schema: tableSchema,
      }),
    ),
  })
  .describe('A Frictionless Data Package (v1) with a Table Schema for every resource');

export const openDataJsonTable = z
  .array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))
  .describe("The table's rows as objects keyed by the field names of its Table Schema");

export const feedSlugParam = z.object({ slug: z.string().min(1).max(200) });
