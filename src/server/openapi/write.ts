/**
 * Writes the OpenAPI document of the API to a file, as `/api/openapi.json` serves it, without a server
 * listening: the app is built in this process on a database it never reaches (a PostgreSQL pool that
 * connects on a first statement, which never comes). An embedded database would cost an `initdb`,
 * seconds of CPU, for nothing; a statement sent by mistake fails the writing at once.
 *
 *   tsx src/server/openapi/write.ts [file]     (default: dist/openapi.json)
 *
 * `npm run lint:api` writes it and lints it with Redocly (redocly.yaml).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config/config';
import { openDatabase } from '../../db/client';
import { buildApp } from '../app';

/** The OpenAPI document of the API, with the default configuration (documentation readable by all). */
export async function openApiDocument(): Promise<object> {
  const database = await openDatabase({
    kind: 'postgres',
    url: 'postgres://127.0.0.1:9/unreached',
    poolSize: 1,
  });
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

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = path.resolve(process.argv[2] ?? 'dist/openapi.json');
  const document = await openApiDocument();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
  const operations = Object.values((document as { paths: Record<string, object> }).paths).reduce(
    (n, item) => n + Object.keys(item).length,
    0,
  );
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)} (${operations} operations)\n`);
}
