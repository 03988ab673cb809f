import type { TFunction } from 'i18next';
import type { Locale } from '../domain/roles';
import type { PackageLicense } from './license';
import {
  datetimeCell,
  type OpenDataTable,
  openDataTables,
  type TableDefinition,
  tableDefinitions,
} from './tables';

/**
 * The Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/) that describes the
 * open data: each table twice, as CSV (`<table>.csv`) and as JSON (`<table>.json`), both beside the
 * descriptor, with their Table Schema. Paths are relative to the descriptor, so a downloaded copy of
 * the folder is a valid package too.
 */

export const PACKAGE_NAME = 'mesas-ejecutivas-open-data';

export type OpenDataFormat = 'csv' | 'json';

/** A resource's name: the table's for its CSV, with `-json` for its JSON twin. */
export const resourceName = (table: OpenDataTable, format: OpenDataFormat) =>
  format === 'csv' ? table : `${table}-json`;

export const resourcePath = (table: OpenDataTable, format: OpenDataFormat) => `${table}.${format}`;

interface PackageInput {
  locale: Locale;
  t: TFunction;
  license: PackageLicense;
  /** The deployment's address (PUBLIC_URL). */
  publicUrl: string;
  /** The latest public change of any published Mesa; null when none is published. */
  lastModified: string | null;
  /** When this answer was made, for `created` when nothing is published. */
  now: Date;
}

function schemaOf(table: TableDefinition, format: OpenDataFormat, t: TFunction) {
  return {
    fields: table.fields.map((f) => ({
      name: f.name,
      title: t(`openData.fields.${f.name}.title`),
      description: t(`openData.fields.${f.name}.description`),
      type: f.type,
      ...(f.format ? { format: f.format } : {}),
      ...(f.constraints ? { constraints: f.constraints } : {}),
    })),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length
      ? {
          foreignKeys: table.foreignKeys.map((k) => ({
            fields: k.fields,
            reference: { resource: resourceName(k.reference.resource, format), fields: k.reference.fields },
          })),
        }
      : {}),
  };
}

function resourceOf(table: OpenDataTable, format: OpenDataFormat, t: TFunction) {
  const definition = tableDefinitions[table];
  return {
    profile: 'tabular-data-resource' as const,
    name: resourceName(table, format),
    path: resourcePath(table, format),
    title: t(`openData.resources.${table}.title`),
    description: t(`openData.resources.${table}.description`),
    format,
    mediatype: format === 'csv' ? ('text/csv' as const) : ('application/json' as const),
    encoding: 'utf-8' as const,
    ...(format === 'csv'
      ? {
          dialect: {
            delimiter: ',',
            lineTerminator: '\r\n',
            quoteChar: '"',
            doubleQuote: true,
            header: true,
          },
        }
      : {}),
    schema: schemaOf(definition, format, t),
  };
}

export function dataPackage(input: PackageInput) {
  const { t, publicUrl } = input;
  const base = publicUrl.replace(/\/+$/, '');
  const modified = datetimeCell(input.lastModified ?? input.now)!;
  return {
    profile: 'tabular-data-package' as const,
    name: PACKAGE_NAME,
    id: `${base}/open-data/datapackage.json`,
    title: t('openData.package.title'),
    description: t('openData.package.description'),
    homepage: `${base}/portal`,
    language: input.locale,
    keywords: t('openData.package.keywords')
      .split(',')
      .map((k) => k.trim()),
    licenses: [input.license],
    created: modified,
    lastModified: modified,
    sources: [{ title: t('openData.package.source'), path: `${base}/portal` }],
    resources: (['csv', 'json'] as const).flatMap((format) =>
      openDataTables.map((table) => resourceOf(table, format, t)),
    ),
  };
}
