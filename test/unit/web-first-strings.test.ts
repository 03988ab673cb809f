import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import firstEn from '../../web/src/i18n/first.en';
import firstEs from '../../web/src/i18n/first.es';
import pagesEs from '../../web/src/i18n/pages.es';

/**
 * The sign-in page loads only the first chunk of strings (web/src/i18n/index.ts): every key that the
 * page, the frame around it and what they use can show must be in that chunk, or it would show as its
 * bare name.
 */
const firstPageFiles = [
  'web/src/App.tsx',
  'web/src/components/Layout.tsx',
  'web/src/components/common.tsx',
  'web/src/components/AppModal.tsx',
  'web/src/components/PasswordInput.tsx',
  'web/src/components/SignedInHeader.tsx',
  'web/src/pages/LoginPage.tsx',
  'web/src/session.tsx',
];

/** The keys a file passes to `t(...)`: literal ones whole, template ones up to their first `${`. */
function keysUsed(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bt\(\s*['"`]([\w.]+)(\$\{)?/g)].map((m) => (m[2] ? `${m[1]}*` : m[1]!));
}

function has(strings: Record<string, unknown>, key: string): boolean {
  const prefix = key.endsWith('*');
  const parts = (prefix ? key.slice(0, -1) : key).split('.').filter(Boolean);
  let node: unknown = strings;
  for (const [i, part] of parts.entries()) {
    if (node === null || typeof node !== 'object') return false;
    const record = node as Record<string, unknown>;
    const last = i === parts.length - 1;
    // A plural key (`nav.awaiting`) is stored as its forms (`awaiting_one`, `awaiting_other`).
    if (last && !prefix && !(part in record)) return `${part}_other` in record;
    node = record[part];
  }
  return node !== undefined;
}

describe('the strings of the first page', () => {
  const used = [...new Set(firstPageFiles.flatMap(keysUsed))];

  it('finds the keys the sign-in page and its frame use', () => {
    expect(used).toContain('login.title');
    expect(used).toContain('nav.signOut');
    expect(used.length).toBeGreaterThan(20);
  });

  it('has every one of them in both languages', () => {
    expect(used.filter((key) => !has(firstEs, key))).toEqual([]);
    expect(used.filter((key) => !has(firstEn, key))).toEqual([]);
  });

  it('leaves the other pages out', () => {
    expect(has(firstEs, 'matrix')).toBe(false);
    expect(has(pagesEs, 'matrix')).toBe(true);
    expect(JSON.stringify(firstEs).length).toBeLessThan(JSON.stringify(pagesEs).length / 4);
  });
});
