import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdMigratedDatabase, runMesas, temporaryDataDir } from '../support/cli';

const source = temporaryDataDir('mesas-archive-source-');
const target = temporaryDataDir('mesas-archive-target-');
// Two installations, migrated: the source loads the demo with `mesas seed-demo`.
beforeAll(() => Promise.all([holdMigratedDatabase(source), holdMigratedDatabase(target)]));

// Generous: on a busy machine a first start (a new embedded database, the demo) is slow.
const on = (dataDir: string) => (args: string[]) =>
  runMesas(args, { DATA_DIR: dataDir, DEFAULT_LOCALE: 'en' }, 240_000);

describe('mesas archive export / import', () => {
  it('moves a Mesa to another installation, refuses a taken slug and a tampered file', {
    timeout: 900_000,
  }, async () => {
    const seeded = await on(source)(['seed-demo']);
    expect(seeded.code, seeded.stderr).toBe(0);
    const file = path.join(source, 'forestal.zip');
    const exported = await on(source)(['archive', 'export', '--mesa', 'forestal', '--out', file]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/without contact details/);
    expect(exported.stdout).toMatch(/SHA-256 [0-9a-f]{64}/);
    const text = Object.values(unzipSync(await readFile(file)))
      .map((d) => new TextDecoder().decode(d))
      .join('');
    expect(text).not.toMatch(/@demo\.mesas\.local/);

    const dry = await on(target)(['archive', 'import', file, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Dry run \(nothing written\): would import .* as forestal/);
    expect(dry.stdout).toMatch(/organization: .* — created/);
    // Nothing was written: the real import still finds the slug free.
    const imported = await on(target)(['archive', 'import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported ".*" as forestal/);
    expect(imported.stdout).toMatch(/person: .* — created/);

    const again = await on(target)(['archive', 'import', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/forestal.* already exists here/);
    const renamed = await on(target)(['archive', 'import', file, '--slug', 'forestal-2017']);
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.stdout).toMatch(/as forestal-2017/);
    // The second import matched what the first created.
    expect(renamed.stdout).toMatch(/organization: .* — matched by name/);

    const files = unzipSync(await readFile(file));
    files['tables/decisions.json'] = strToU8(
      new TextDecoder().decode(files['tables/decisions.json']).replace('"text":"', '"text":"Not decided: '),
    );
    const tampered = path.join(source, 'tampered.zip');
    await writeFile(tampered, zipSync(files));
    const refused = await on(target)(['archive', 'import', tampered, '--slug', 'forestal-tampered']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/tables\/decisions\.json does not match its SHA-256/);

    const verified = await on(target)(['verify-audit']);
    expect(verified.code, verified.stderr).toBe(0);
  });
});
