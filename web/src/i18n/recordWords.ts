import type { i18n as I18n } from 'i18next';
import { inRecordLanguage, type RecordWords } from '../../../src/domain/languages';

/**
 * The words of a record kept in Spanish and English (a category's name, a question of the Wheel or of
 * an assessment) in `language`, with that language's record words where its page strings bring them
 * (`recordWords` in ./pages.<code>.ts, from the server's record-words.<code>.json).
 */
export function recordText(i18n: I18n, language: string, spanish: string, english: string): string {
  const words = i18n.getResource(language, 'translation', 'recordWords') as RecordWords | undefined;
  return inRecordLanguage(language, spanish, english, words);
}
