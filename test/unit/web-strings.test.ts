import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/strings.en';
import es from '../../web/src/i18n/strings.es';

/** Every key path of a nested strings object, plural forms folded into their base key. */
function keys(strings: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    return value !== null && typeof value === 'object'
      ? keys(value as Record<string, unknown>, `${path}.`)
      : [path];
  });
}

describe("the web app's strings", () => {
  // Each language is loaded alone (a chunk of its own, no fallback to another): a key missing from
  // one would show as its bare name.
  it('has every string in Spanish and in English', () => {
    const inSpanish = new Set(keys(es));
    const inEnglish = new Set(keys(en));
    expect(
      [...inSpanish].filter((k) => !inEnglish.has(k)),
      'only in Spanish',
    ).toEqual([]);
    expect(
      [...inEnglish].filter((k) => !inSpanish.has(k)),
      'only in English',
    ).toEqual([]);
    expect(inSpanish.size).toBeGreaterThan(1000);
  });
});
