import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  inRecordLanguage,
  languageName,
  localeFromAcceptLanguage,
  matchLocale,
} from '../../src/domain/languages';
import { translator } from '../../src/i18n';
import { areaStrings, isLocale, sharedStrings, supportedLocales } from '../../src/i18n/languages';
import { inLanguage, recordWords } from '../../src/i18n/record-words';
import { portalTranslator } from '../../src/portal/i18n';
import firstEs from '../../web/src/i18n/first.es';
import firstPt from '../../web/src/i18n/first.pt';
import { supportedLocales as webLocales } from '../../web/src/i18n/index';
import wheelWebEs from '../../web/src/i18n/wheel.es.json';
import wheelWebPt from '../../web/src/i18n/wheel.pt.json';

/**
 * A language is its string files: the server's languages are the `<code>.json` files of
 * src/i18n/locales, the web app's the chunks web/src/i18n/{first,pages}.<code>.ts. Portuguese is
 * complete for the public portal (its pages, feeds and open data) and the web app's first page.
 */

type Strings = Record<string, unknown>;

/** Every key path of a nested strings object, plural forms folded into their base key. */
function keys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    return value !== null && typeof value === 'object' ? keys(value as Strings, `${path}.`) : [path];
  });
}

const missingFrom = (reference: Strings, other: Strings) => {
  const present = new Set(keys(other));
  return [...new Set(keys(reference))].filter((k) => !present.has(k));
};

/** The sources of the server-rendered portal, its feeds and its open data. */
const portalSources = [
  ...readdirSync('src/portal').map((f) => `src/portal/${f}`),
  ...readdirSync('src/open-data').map((f) => `src/open-data/${f}`),
  'src/server/routes/portal.ts',
  'src/server/routes/feeds.ts',
  'src/server/routes/open-data.ts',
].filter((f) => /\.tsx?$/.test(f));

/** The shared keys (outside `portal.` and `openData.`) the portal's sources pass to `t(...)`: prefixes. */
function sharedKeysOfThePortal(): string[] {
  const used = portalSources.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([\w.]+?)(\.?\$\{|['"`])/g)].map((m) => m[1]!),
  );
  return [...new Set(used)].filter((k) => !k.startsWith('portal.') && !k.startsWith('openData.'));
}

/** The value at a dotted path. */
function at(strings: Strings, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Strings | undefined)?.[part], strings);
}

describe('the languages', () => {
  it('are the shared string files present, on the server and in the web app', () => {
    const files = readdirSync('src/i18n/locales')
      .map((f) => /^([a-z]{2,3})\.json$/.exec(f)?.[1])
      .filter((code): code is string => code !== undefined)
      .sort();
    expect(supportedLocales).toEqual(files);
    expect(supportedLocales).toEqual(['en', 'es', 'pt']);
    const chunks = readdirSync('web/src/i18n')
      .map((f) => /^first\.([a-z]{2,3})\.ts$/.exec(f)?.[1])
      .filter((code): code is string => code !== undefined)
      .sort();
    expect([...webLocales]).toEqual(chunks);
    expect([...webLocales]).toEqual([...supportedLocales]);
    expect(isLocale('pt')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });

  it('are named each in its own language', () => {
    expect(supportedLocales.map(languageName)).toEqual(['English', 'Español', 'Português']);
  });

  it('are picked from Accept-Language by language or by tag, in order of preference', () => {
    expect(matchLocale('pt-BR', supportedLocales)).toBe('pt');
    expect(matchLocale('PT', supportedLocales)).toBe('pt');
    expect(matchLocale('fr-TN', supportedLocales)).toBeUndefined();
    expect(localeFromAcceptLanguage('pt-BR,pt;q=0.9,en;q=0.8', supportedLocales, 'es')).toBe('pt');
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.5', supportedLocales, 'es')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.4,pt;q=0.8', supportedLocales, 'es')).toBe('pt');
    expect(localeFromAcceptLanguage('fr, *', supportedLocales, 'es')).toBe('es');
    expect(localeFromAcceptLanguage(undefined, supportedLocales, 'en')).toBe('en');
  });
});

describe('Portuguese', () => {
  it('has every string of the portal and of the open data and feeds', () => {
    expect(missingFrom(areaStrings('es', 'portal'), areaStrings('pt', 'portal'))).toEqual([]);
    expect(missingFrom(areaStrings('es', 'open-data'), areaStrings('pt', 'open-data'))).toEqual([]);
  });

  it('has every shared string the portal uses (statuses, instruments, verdicts) and every error', () => {
    const used = sharedKeysOfThePortal();
    expect(used).toEqual(
      expect.arrayContaining(['matrixSheet.status', 'mesaStatus', 'fieldFeedback.verdicts']),
    );
    const es = sharedStrings('es');
    const pt = sharedStrings('pt');
    for (const key of used) {
      const reference = at(es, key);
      expect(reference, key).toBeDefined();
      const own = at(pt, key);
      expect(own, `${key} in Portuguese`).toBeDefined();
      if (typeof reference === 'object')
        expect(missingFrom(reference as Strings, own as Strings), key).toEqual([]);
    }
    expect(missingFrom(sharedStringsOf('es'), sharedStringsOf('pt'))).toEqual([]);
  });

  it('has every string of the Evaluation Wheel: its mails, its answer page and its results', () => {
    expect(missingFrom(areaStrings('es', 'wheel'), areaStrings('pt', 'wheel'))).toEqual([]);
    expect(missingFrom(wheelWebEs, wheelWebPt)).toEqual([]);
    expect(translator('pt')('wheel.invitationMail.link')).toBe('Responder à Roda de Avaliação');
  });

  it("has every string of the web app's first page (sign-in and frame)", () => {
    expect(missingFrom(firstEs, firstPt)).toEqual([]);
  });

  it('reads in English where a string is missing, and in Portuguese where it exists', () => {
    const t = translator('pt');
    expect(t('errors.NOT_FOUND')).toBe('Não encontrado.');
    // Not translated yet: the English string, never the bare key.
    expect(sharedStrings('pt').dashboards).toBeUndefined();
    expect(t('dashboards.buckets.over_90')).toBe('Over 90 days');
    expect(portalTranslator('pt')('portal.portfolio.title')).toBe('Mesas Executivas');
  });
});

/** A language's own `<code>.json` (errors, roles, statuses). */
function sharedStringsOf(locale: string): Strings {
  return JSON.parse(readFileSync(`src/i18n/locales/${locale}.json`, 'utf8')) as Strings;
}

describe('a record written in two languages', () => {
  it('reads in Spanish for Spanish and in English for every other language without its words', () => {
    const name = (language: string) => inRecordLanguage(language, 'Permisos', 'Permits');
    expect(name('es')).toBe('Permisos');
    expect(name('es-PE')).toBe('Permisos');
    expect(name('en')).toBe('Permits');
    expect(name('pt')).toBe('Permits');
    expect(name('pt-BR')).toBe('Permits');
  });

  it("reads in another language's words for its English ones, and in English once they are rewritten", () => {
    const words = { Permits: 'Licenças' };
    expect(inRecordLanguage('pt', 'Permisos', 'Permits', words)).toBe('Licenças');
    expect(inRecordLanguage('es', 'Permisos', 'Permits', words)).toBe('Permisos');
    // An administrator rewrote the English: the translation of the old words no longer applies.
    expect(inRecordLanguage('pt', 'Permisos', 'Permits and licences', words)).toBe('Permits and licences');
    // Words are looked up as the record's own, never through the object's prototype.
    expect(inRecordLanguage('pt', 'x', 'constructor', words)).toBe('constructor');
  });

  it('reads the categories in Portuguese from record-words.pt.json, and in English or Spanish from the record', () => {
    expect(recordWords('es')).toEqual({});
    expect(recordWords('en')).toEqual({});
    expect(inLanguage('pt', 'Trámites y procedimientos', 'Red tape and procedures')).toBe(
      'Trâmites e procedimentos',
    );
    expect(inLanguage('en', 'Trámites y procedimientos', 'Red tape and procedures')).toBe(
      'Red tape and procedures',
    );
    // Not in the shared strings, whose keys are string keys, not sentences.
    expect(sharedStrings('pt')['Red tape and procedures']).toBeUndefined();
  });
});
