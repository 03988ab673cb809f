import { foldForSearch } from './search-text';

/**
 * Lessons: what a Mesa's team learned when a problem was verified, dropped or escalated, written so
 * that another Mesa facing a similar problem can use it (paper section 6 is a list of such lessons).
 */

export const LESSON_TEXT_MAX = 4000;
export const LESSON_TAG_MAX = 60;
export const LESSON_TAGS_MAX = 20;
/** Records a lesson may draw on, of each kind. */
export const LESSON_LINKS_MAX = 20;
/** How many lessons of other Mesas a problem's page shows as similar. */
export const SIMILAR_LESSONS_LIMIT = 3;

/** The kinds of record a lesson draws on: a problem, a session (meeting) or an escalation of its Mesa. */
export const lessonLinkKinds = ['problem', 'meeting', 'escalation'] as const;
export type LessonLinkKind = (typeof lessonLinkKinds)[number];

/** The moments at which a team is offered to write a lesson about a problem. */
export const lessonMoments = ['verified', 'dropped', 'escalated'] as const;

/** The search document of a lesson: what happened, what was learned and its tags, accent-folded. */
export function lessonSearchDocument(l: {
  whatHappened: string;
  whatWasLearned: string;
  tags: readonly string[];
}): string {
  return foldForSearch([l.whatHappened, l.whatWasLearned, l.tags.join(' ')].join('\n'));
}

/** Tags as kept: trimmed, single-spaced, without empties or repeats (case aside). */
export function lessonTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const t = tag.replace(/\s+/g, ' ').trim();
    const key = foldForSearch(t);
    if (!t || seen.has(key)) continue;
    seen.add(key);
    kept.push(t);
  }
  return kept;
}

/** The full-text configuration a Mesa's language is read in. */
export function searchConfiguration(locale: string): 'spanish' | 'english' {
  return locale === 'en' ? 'english' : 'spanish';
}
