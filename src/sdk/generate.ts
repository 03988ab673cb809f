/**
 * The SDK's types, generated from the OpenAPI document: the document `/api/openapi.json` serves, built
 * in this process without a server listening (src/server/openapi/write.ts), turned by openapi-typescript
 * into `schema.ts`, formatted the way the rest of the tree is.
 *
 * A language is typed as a string (withLanguagesAsStrings). `npm run sdk` rewrites `src/sdk/schema.ts`; test/api/sdk-schema.test.ts fails while the committed file
 * differs from what the current document gives, so a changed schema cannot go unnoticed.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openapiToTypeScript } from '@mesas/sdk-generator';
import { supportedLocales } from '../i18n/languages';
import { openApiDocument } from '../server/openapi/write';

export const schemaFile = fileURLToPath(new URL('./schema.ts', import.meta.url));
const biome = fileURLToPath(new URL('../../node_modules/@biomejs/biome/bin/biome', import.meta.url));

const header = `/**
 * The Mesas API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the zod schemas of src/server and run \`npm run sdk\`.
 */

`;

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

const localeList = [...supportedLocales].sort().join();

/**
 * The document with each list of languages made a plain string: a deployment's document lists the
 * languages whose string files it holds, and a language added by its files must not change the typed
 * client (the server refuses a language it does not have).
 */
export function withLanguagesAsStrings(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withLanguagesAsStrings);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, withLanguagesAsStrings(value)] as const);
  const languages =
    Array.isArray((node as { enum?: unknown }).enum) &&
    [...(node as { enum: string[] }).enum].sort().join() === localeList;
  return Object.fromEntries(languages ? entries.filter(([key]) => key !== 'enum') : entries);
}

/** What `schema.ts` should hold for the current document. */
export async function schemaSource(document?: object): Promise<string> {
  const types = await openapiToTypeScript(
    withLanguagesAsStrings(document ?? (await openApiDocument())) as object,
  );
  return format(header + types, schemaFile);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = await schemaSource();
  await writeFile(schemaFile, source);
  process.stdout.write(`wrote ${schemaFile} (${Math.round(source.length / 1024)} KiB)\n`);
}
