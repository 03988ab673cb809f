import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchLessons } from '../../db/queries/lesson-search';
import { lessonRows } from '../../db/queries/lessons';
import { MARK_END, MARK_START, searchLanguage, searchProblems } from '../../db/queries/search';
import { problemCode } from '../../domain/problem-code';
import { foldText } from '../../domain/search-text';
import { escapeHtml } from '../../mail/format';
import { allow } from '../context';
import { presentLesson } from '../presenters/lessons';
import { errors } from '../schemas/common';
import { searchQuery, searchResult } from '../schemas/search';

/**
 * A text folded as the search document is (lower case, no accents, single spaces), with, for each
 * folded character, where its source character starts and ends in the original text.
 */
function foldWithMap(original: string) {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  let lastSpace = true;
  const push = (f: string, start: number, end: number) => {
    folded += f;
    for (let k = 0; k < f.length; k++) {
      from.push(start);
      to.push(end);
    }
  };
  for (const ch of original) {
    const end = i + ch.length;
    const code = ch.charCodeAt(0);
    // ASCII, nearly every character, without the Unicode work below.
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(ch);
    if (space) {
      if (!lastSpace) push(' ', i, end);
      lastSpace = true;
    } else {
      const f = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : foldText(ch);
      push(f, i, end);
      if (f) lastSpace = false;
    }
    i = end;
  }
  return { folded, from, to };
}

/** The words of a headline fragment, each with whether PostgreSQL marked it. */
function markedWords(fragment: string) {
  const words: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of fragment.split(new RegExp(`([${MARK_START}${MARK_END}])`))) {
    if (part === MARK_START) marked = true;
    else if (part === MARK_END) marked = false;
    else for (const w of part.match(/[\p{L}\p{N}]+/gu) ?? []) words.push({ text: w, marked });
  }
  return words;
}

/** What may lie between two headline words in the source: punctuation, spaces, and the tags the parser drops. */
const GAP = '(?:[^\\p{L}\\p{N}<]|<[^>]*>|<)+';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The headline as safe HTML, with its accents, capitals and punctuation given back: the words
 * PostgreSQL picked from the folded search document are found again, in order, in the text the
 * document was folded from. When they cannot be (the text changed meanwhile), the folded words show.
 */
export function headlineHtml(headline: string, originals: readonly string[]): string {
  // Each text is folded only when a fragment is looked for in it, and once.
  const folds = new Map<string, ReturnType<typeof foldWithMap>>();
  const maps = function* () {
    for (const source of originals) {
      if (!source) continue;
      let fold = folds.get(source);
      if (!fold) {
        fold = foldWithMap(source);
        folds.set(source, fold);
      }
      yield { source, ...fold };
    }
  };
  return headline
    .split(' … ')
    .map((fragment) => {
      const words = markedWords(fragment);
      if (!words.length) return '';
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${words.map((w) => `(${escapeRegExp(w.text)})`).join(GAP)}(?![\\p{L}\\p{N}])`,
        'du',
      );
      for (const m of maps()) {
        const found = pattern.exec(m.folded);
        if (!found?.indices) continue;
        let html = '';
        let cursor = m.from[found.index]!;
        words.forEach((w, i) => {
          const [a, b] = found.indices![i + 1]!;
          const start = m.from[a]!;
          const end = m.to[b - 1]!;
          const word = escapeHtml(m.source.slice(start, end));
          html += escapeHtml(m.source.slice(cursor, start)) + (w.marked ? `<mark>${word}</mark>` : word);
          cursor = end;
        });
        return html;
      }
      return words
        .map((w) => (w.marked ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text)))
        .join(' ');
    })
    .filter(Boolean)
    .join(' … ');
}

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/search',
    {
      config: { access: 'matrix.read' },
      schema: {
        tags: ['matrix'],
        summary:
          'Find problems and lessons across the Mesas you can see (similar bottlenecks in other sectors)',
        description:
          'Full-text search in Spanish and English, accent-insensitive, ranked; only Mesas, problems and lessons you may see. Each result is a problem or a lesson (`kind`), the best matches first.',
        querystring: searchQuery,
        response: { 200: searchResult, ...errors(400, 401) },
      },
    },
    async (req) => {
      const { actor, account } = allow(req, 'matrix.read');
      const lang = req.query.lang ?? account.locale ?? 'es';
      const input = { q: req.query.q, lang: searchLanguage(lang), limit: req.query.limit };
      const [rows, lessonHits] = await Promise.all([
        searchProblems(app.database.db, actor, input),
        searchLessons(app.database.db, actor, input),
      ]);
      const problemHits = rows.map((r) => ({
        kind: 'problem' as const,
        problem: {
          id: r.id,
          number: r.number,
          code: problemCode(r.number),
          title: r.title,
          status: r.status,
        },
        mesa: { id: r.mesaId, name: r.mesaName, slug: r.mesaSlug },
        rank: r.rank,
        headline: headlineHtml(r.headline, [r.sourceText]),
      }));
      const lessonRowsById = new Map(
        (
          await lessonRows(
            app.database.db,
            lessonHits.map((h) => h.id),
          )
        ).map((r) => [r.lesson.id, r]),
      );
      const lessons = lessonHits.flatMap((h) => {
        const row = lessonRowsById.get(h.id);
        if (!row) return [];
        const { whatHappened, whatWasLearned, tags } = row.lesson;
        return [
          {
            kind: 'lesson' as const,
            lesson: presentLesson(row, actor),
            mesa: { id: row.mesa.id, name: row.mesa.name, slug: row.mesa.slug },
            rank: h.rank,
            headline: headlineHtml(h.headline, [[whatHappened, whatWasLearned, tags.join(' ')].join('\n')]),
          },
        ];
      });
      // Problems and lessons in one list, the best matches first (both ranked by ts_rank alike).
      const results = [...problemHits, ...lessons].sort((a, b) => b.rank - a.rank).slice(0, req.query.limit);
      return { q: req.query.q, lang, results };
    },
  );
};
