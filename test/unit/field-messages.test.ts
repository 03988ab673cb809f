import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/strings.en';
import es from '../../src/i18n/strings.es';

/**
 * Field issues name a message by its key (`fields.*`, `matrixSheet.errors.*`); the error handler writes
 * it in the caller's language. Every key the code names must read in both languages, with the same values.
 */

type Messages = Record<string, string>;
const catalogues = {
  fields: { en: en.fields as Messages, es: es.fields as Messages },
  'matrixSheet.errors': { en: en.matrixSheet.errors as Messages, es: es.matrixSheet.errors as Messages },
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The field-message keys written out in the server's code, with the file that names each. */
function keysInSource(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles('src')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'(fields\.\w+)'/g)) used.set(m[1]!, file);
  }
  return used;
}

describe('field messages', () => {
  it.each(Object.entries(catalogues))('%s has the same keys and values in English and Spanish', (_, pair) => {
    expect(Object.keys(pair.es).sort()).toEqual(Object.keys(pair.en).sort());
    for (const [key, english] of Object.entries(pair.en)) {
      const spanish = pair.es[key]!;
      expect(english.trim(), key).not.toBe('');
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });

  it('every key the code names has an English and a Spanish message', () => {
    const used = keysInSource();
    expect(used.size).toBeGreaterThan(40);
    for (const [full, file] of used) {
      const key = full.slice('fields.'.length);
      expect(catalogues.fields.en[key], `${full} in ${file}`).toBeTypeOf('string');
      expect(catalogues.fields.es[key], `${full} in ${file}`).toBeTypeOf('string');
    }
  });

  it('no message in the catalogue is left unused', () => {
    const used = keysInSource();
    expect(Object.keys(catalogues.fields.en).filter((key) => !used.has(`fields.${key}`))).toEqual([]);
  });
});
