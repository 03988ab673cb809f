import { inRecordLanguage, type RecordWords } from '../domain/languages';
import type { Locale } from '../domain/roles';
import { areaStrings } from './languages';

/**
 * A language's words for the records kept in Spanish and English, from its `record-words.<code>.json`
 * (English words → the language's): empty for Spanish and English, which the records hold themselves.
 */
export const recordWords = (locale: Locale): RecordWords =>
  areaStrings(locale, 'record-words') as RecordWords;

/** The words of a record kept in Spanish and English, in `locale` (inRecordLanguage). */
export const inLanguage = (locale: Locale, spanish: string, english: string): string =>
  inRecordLanguage(locale, spanish, english, recordWords(locale));
