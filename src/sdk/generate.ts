/**
 * The SDK's types, generated from the OpenAPI document: the app is built in this process (no server
 * listening, an empty in-memory database it never reads) and asked for the document `/api/openapi.json`
 * serves; openapi-typescript turns it into `schema.ts`, formatted the way the rest of the tree is.
 *
 * `npm run sdk` rewrites `src/sdk/schema.ts`; test/api/sdk-schema.test.ts fails while the committed file
 * differs from what the current document gives, so a changed schema cannot go unnoticed.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openapiToTypeScript } from '@mesas/sdk-generator';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/client';
import { buildApp } from '../server/app';

export const schemaFile = fileURLToPath(new URL('./schema.ts', import.meta.url));
const biome = fileURLToPath(new URL('../../node_modules/@biomejs/biome/bin/biome', import.meta.url));

const header = `/**
 * The Mesas API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the zod schemas of src/server and run \`npm run sdk\`.
 */

`;

/** The OpenAPI document of the API, as `/api/openapi.json` serves it. */
export async function openApiDocument(): Promise<object> {
  const database = await openDatabase({ kind: 'pglite' });
  try {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', API_DOCS: 'public' });
    const app = await buildApp({ config, database, sessionSecret: 'x'.repeat(32) });
    try {
      await app.ready();
      return app.swagger() as object;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

type Parameter = { name?: string; schema?: unknown };
type Operation = { parameters?: Parameter[] };

/**
 * Leaves out the entries of `parameters` that are no parameter at all: a query string declared as a
 * record (any names) comes out of the zod transform as its JSON Schema's keywords (`type`,
 * `additionalProperties`) listed as parameters, `type` with the string "object" for a schema.
 * openapi-typescript refuses a document with such an entry; the record's names are free anyway.
 */
export function withoutBrokenParameters<T extends object>(document: T): T {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      if (!Array.isArray(operation?.parameters)) continue;
      const broken = operation.parameters.some((p) => typeof p.schema !== 'object');
      if (broken) operation.parameters = [];
    }
  }
  return document;
}

/** Formats TypeScript source with the project's Biome settings, as if it were `path`. */
function format(source: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [biome, 'format', `--stdin-file-path=${path}`],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)),
    );
    child.stdin?.end(source);
  });
}

/** What `schema.ts` should hold for the current document. */
export async function schemaSource(document?: object): Promise<string> {
  const types = await openapiToTypeScript(withoutBrokenParameters(document ?? (await openApiDocument())));
  return format(header + types, schemaFile);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = await schemaSource();
  await writeFile(schemaFile, source);
  process.stdout.write(`wrote ${schemaFile} (${Math.round(source.length / 1024)} KiB)\n`);
}
