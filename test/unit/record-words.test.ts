import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import pagesEn from '../../web/src/i18n/pages.en';
import pagesPt from '../../web/src/i18n/pages.pt';
import { recordText } from '../../web/src/i18n/recordWords';

/**
 * The web app names a record kept in Spanish and English (a category, a question) with the record words
 * its language's page strings bring: Portuguese from record-words.pt.json, English from the record.
 */
describe("the web app's record words", () => {
  it('come with the Portuguese page strings and name a category in Portuguese', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: pagesEn }, pt: { translation: pagesPt } } });
    const category = ['Trámites y procedimientos', 'Red tape and procedures'] as const;
    expect(recordText(i18n, 'pt', ...category)).toBe('Trâmites e procedimentos');
    expect(recordText(i18n, 'en', ...category)).toBe('Red tape and procedures');
    expect(recordText(i18n, 'es', ...category)).toBe('Trámites y procedimientos');
    // A question the administrator wrote after the translation: its English words.
    expect(recordText(i18n, 'pt', 'Pregunta nueva', 'A new question')).toBe('A new question');
  });
});
