import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../domain/roles';

/**
 * The languages of the server are the string files found at startup in src/i18n/locales: a language is
 * supported when its shared strings, `<code>.json`, exist; its areas' strings are `<area>.<code>.json`.
 * Adding a language is adding its files (docs/LANGUAGES.md); nothing else names the languages.
 *
 * The path is the same from the sources and from the server bundle (dist/server/ sits two levels below
 * the root, like src/i18n/).
 */
export const localesDirectory = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));

export type Strings = Record<string, unknown>;

/** `es.json` (a language's shared strings) or `open-data.es.json` (an area's). */
const stringFile = /^(?:([a-z][a-z-]*)\.)?([a-z]{2,3})\.json$/;

/**
 * The areas with a translator of their own (a namespace apart), left out of the shared strings; the
 * record words are keyed by English sentences, not by string keys (./record-words.ts).
 */
const areasApart = new Set(['portal', 'open-data', 'record-words']);

interface LanguageFiles {
  shared?: Strings;
  areas: Map<string, Strings>;
}

function readStringFiles(directory: string): Map<Locale, LanguageFiles> {
  const languages = new Map<Locale, LanguageFiles>();
  for (const name of readdirSync(directory).sort()) {
    const match = stringFile.exec(name);
    if (!match) continue;
    const [, area, locale = ''] = match;
    const files: LanguageFiles = languages.get(locale) ?? { areas: new Map() };
    const strings = JSON.parse(readFileSync(path.join(directory, name), 'utf8')) as Strings;
    if (area) files.areas.set(area, strings);
    else files.shared = strings;
    languages.set(locale, files);
  }
  return languages;
}

const files = readStringFiles(localesDirectory);

/** The supported languages, by code in alphabetical order: those whose `<code>.json` exists. */
export const supportedLocales: readonly Locale[] = [...files]
  .filter(([, f]) => f.shared !== undefined)
  .map(([locale]) => locale)
  .sort();

if (!supportedLocales.includes('en') || !supportedLocales.includes('es'))
  throw new Error(`the Spanish and English strings are missing from ${localesDirectory}`);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && supportedLocales.includes(value);
}

/** The strings of one area in a language (`portal`, `open-data`…); empty when it has no such file. */
export function areaStrings(locale: Locale, area: string): Strings {
  return files.get(locale)?.areas.get(area) ?? {};
}

/**
 * The shared strings of a language (errors, mails, exports, labels): `<code>.json` and every area's
 * file but those with a translator of their own, merged into one namespace (the areas' top-level keys
 * are their own).
 */
export function sharedStrings(locale: Locale): Strings {
  const language = files.get(locale);
  if (!language?.shared) return {};
  const areas = [...language.areas].filter(([area]) => !areasApart.has(area)).map(([, s]) => s);
  return Object.assign({}, language.shared, ...areas);
}

function overEnglish(english: unknown, own: unknown): unknown {
  if (!english || typeof english !== 'object' || !own || typeof own !== 'object') return own ?? english;
  const merged: Strings = { ...(english as Strings) };
  for (const [key, value] of Object.entries(own)) merged[key] = overEnglish(merged[key], value);
  return merged;
}

/**
 * An area's strings in every language, each read over the English ones it lacks: for what is read back
 * in any language (the headers and labels of an imported spreadsheet).
 */
export function areaInEveryLanguage<T>(area: string): T[] {
  const english = areaStrings('en', area);
  return supportedLocales.map((locale) => overEnglish(english, areaStrings(locale, area)) as T);
}
