import type { Locale } from './roles';

/**
 * What the server and the web app both need to know of a language, from its code alone, so that a
 * language is added by its string files only.
 */

/** Spanish and English are written the way Peru and the English-speaking partners read them. */
const regions: Record<string, string> = { es: 'es-PE', en: 'en-GB' };

/**
 * A language's words for the records written in Spanish and English (a category's name, a question of
 * the Wheel or of a Mesa's assessment), by their English words: the way a translator gives them in the
 * language's `record-words.<code>.json` (docs/LANGUAGES.md). Keyed by the English, a translation stops
 * applying as soon as an administrator rewrites the record, so it can never show words the record no
 * longer says.
 */
export type RecordWords = Readonly<Record<string, string>>;

/**
 * The words of a record that is written in two languages: Spanish for Spanish; for any other language,
 * its translation of the English words where the language has one, else the English.
 */
export function inRecordLanguage(
  language: string,
  spanish: string,
  english: string,
  words: RecordWords = {},
): string {
  if (language.toLowerCase().split('-')[0] === 'es') return spanish;
  return Object.hasOwn(words, english) ? (words[english] ?? english) : english;
}

/** The formatting locale (dates, numbers) of a language: its code, or the region the product uses. */
export function intlLocale(locale: Locale): string {
  return regions[locale] ?? locale;
}

/** A language by its own name, as a language switch shows it: "Español", "English", "Português". */
export function languageName(locale: Locale): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  } catch {
    name = undefined;
  }
  if (!name || name === locale) return locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The language of `supported` a language tag names: the tag itself, else its language alone
 * (`pt-BR` → `pt`); undefined when none.
 */
export function matchLocale(tag: string, supported: readonly Locale[]): Locale | undefined {
  const code = tag.trim().toLowerCase();
  if (supported.includes(code)) return code;
  const language = code.split('-')[0] ?? '';
  return supported.includes(language) ? language : undefined;
}

/**
 * The first language of `supported` an Accept-Language header names, in the header's order of
 * preference (its q-values), else `fallback`.
 */
export function localeFromAcceptLanguage(
  header: string | undefined,
  supported: readonly Locale[],
  fallback: Locale,
): Locale {
  if (!header) return fallback;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const locale = matchLocale(range.tag, supported);
    if (locale) return locale;
  }
  return fallback;
}
