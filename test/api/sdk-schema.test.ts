import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaFile, schemaSource } from '../../src/sdk/generate';

/**
 * The SDK's types (src/sdk/schema.ts) are generated from the OpenAPI document and committed, so the web
 * app and the CLI are type-checked against them. A schema changed without `npm run sdk` fails here.
 */
describe('the SDK types', () => {
  it('are what the current OpenAPI document generates (run `npm run sdk` after changing a schema)', {
    timeout: 180_000,
  }, async () => {
    const committed = await readFile(schemaFile, 'utf8');
    const current = await schemaSource();
    expect(current.length).toBeGreaterThan(10_000);
    expect(committed === current, 'src/sdk/schema.ts is stale: run `npm run sdk`').toBe(true);
  });
});
