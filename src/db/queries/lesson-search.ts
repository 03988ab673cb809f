import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access';
import { searchConfiguration } from '../../domain/lessons';
import { foldForSearch } from '../../domain/search-text';
import type { Db } from '../client';
import { lessons, mesas } from '../schema';
import { MARK_END, MARK_START, type SearchInput, visibleTo } from './search';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export interface LessonHitRow {
  id: string;
  rank: number;
  headline: string;
}

/**
 * Full-text search over the lessons of every Mesa the actor may see, only those the actor may see: the
 * same matching and ranking as the search of problems (src/db/queries/search.ts), on the lesson's
 * accent-folded text in Spanish and English, the caller's language ranked first.
 */
export async function searchLessons(db: Db, actor: Actor, input: SearchInput): Promise<LessonHitRow[]> {
  const q = foldForSearch(input.q);
  const primary = searchConfiguration(input.lang);
  const secondary = primary === 'spanish' ? 'english' : 'spanish';
  const doc = (config: string) => (config === 'spanish' ? lessons.searchEs : lessons.searchEn);
  const query = (config: string) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${q})`;
  const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const result = await db.execute(sql`
    select best.id, best.rank::float8 as rank,
      case when ${sql.raw(`l.${primary === 'spanish' ? 'search_es' : 'search_en'}`)} @@ ${query(primary)}
        then ts_headline(${sql.raw(`'${primary}'`)}, l.search_document, ${query(primary)}, ${headlineOptions})
        else ts_headline(${sql.raw(`'${secondary}'`)}, l.search_document, ${query(secondary)}, ${headlineOptions})
      end as headline
    from (
      select ${lessons.id} as id, ${lessons.updatedAt} as updated_at,
        ts_rank(${doc(primary)}, ${query(primary)}) + 0.5 * ts_rank(${doc(secondary)}, ${query(secondary)}) as rank
      from ${lessons}
      inner join ${mesas} on ${mesas.id} = ${lessons.mesaId}
      where (${lessons.searchEs} @@ ${query('spanish')} or ${lessons.searchEn} @@ ${query('english')})
        and ${visibleTo(actor, sql`${mesas.visibility}`, sql`${mesas.id}`)}
        and ${visibleTo(actor, sql`${lessons.visibility}`, sql`${lessons.mesaId}`)}
      order by rank desc, updated_at desc, id
      limit ${input.limit}
    ) best
    inner join ${lessons} l on l.id = best.id
    order by best.rank desc, best.updated_at desc, best.id
  `);
  return rowsOf<LessonHitRow>(result).map((r) => ({ ...r, rank: Number(r.rank) }));
}

/** Accented letters folded in SQL, for problem titles read as they are stored (not folded). */
const ACCENTED = 'áàäâãéèëêíìïîóòöôõúùüûñç';
const PLAIN = 'aaaaaeeeeiiiiooooouuuunc';
/** Lexemes that would need escaping in a tsquery (never made of the words people type, but kept out). */
const UNQUOTABLE = "['\\\\]";

export interface SimilarTo {
  /** The problem's Mesa: its own lessons are not "similar lessons from another Mesa". */
  mesaId: string;
  title: string;
  description: string;
  /** The problem's Mesa's language: its text is read in that configuration. */
  locale: string;
}

export interface SimilarLessonRow {
  id: string;
  rank: number;
}

/**
 * Lessons of other Mesas about a problem like this one: the problem's title and description, read in
 * its Mesa's language, against each lesson's text and the titles of the problems it draws on (those the
 * actor may see). A lesson must share two words (stems) with the problem's title (one when the title
 * has only one) and two with its title and description; the best first by `ts_rank` of any of the problem's words. Only lessons of Mesas
 * the actor may see, and that the actor may see.
 */
export async function similarLessons(
  db: Db,
  actor: Actor,
  to: SimilarTo,
  limit: number,
): Promise<SimilarLessonRow[]> {
  const config = searchConfiguration(to.locale);
  const cfg = sql.raw(`'${config}'`);
  const vector = sql.raw(config === 'spanish' ? 'l.search_es' : 'l.search_en');
  const wordsOf = (text: string): SQL =>
    sql`array(select w from unnest(tsvector_to_array(to_tsvector(${cfg}, ${foldForSearch(text)}))) w where w !~ ${UNQUOTABLE})`;
  const result = await db.execute(sql`
    with q as (
      select ${wordsOf(to.title)} as title_words, ${wordsOf(`${to.title}\n${to.description}`)} as words
    ),
    candidates as (
      select l.id, l.created_at,
        ${vector} || to_tsvector(${cfg}, coalesce((
          select string_agg(translate(lower(p.title), ${ACCENTED}, ${PLAIN}), ' ')
          from lesson_links k inner join problems p on p.id = k.problem_id
          where k.lesson_id = l.id and ${visibleTo(actor, sql`p.visibility`, sql`p.mesa_id`)}
        ), '')) as doc
      from lessons l
      inner join mesas m on m.id = l.mesa_id
      where l.mesa_id <> ${to.mesaId}
        and ${visibleTo(actor, sql`m.visibility`, sql`m.id`)}
        and ${visibleTo(actor, sql`l.visibility`, sql`l.mesa_id`)}
    ),
    scored as (
      select c.id, c.created_at,
        (select count(*) from unnest(tsvector_to_array(c.doc)) w where w = any(q.words))::int as shared,
        (select count(*) from unnest(tsvector_to_array(c.doc)) w where w = any(q.title_words))::int as shared_title,
        ts_rank(c.doc, (select string_agg('''' || w || '''', ' | ') from unnest(q.words) w)::tsquery) as rank
      from candidates c cross join q
      where cardinality(q.words) > 0
    )
    select s.id, s.rank::float8 as rank
    from scored s cross join q
    where s.shared_title >= least(2, cardinality(q.title_words)) and s.shared >= least(2, cardinality(q.words))
    order by s.shared_title desc, s.rank desc, s.created_at desc, s.id
    limit ${limit}
  `);
  return rowsOf<SimilarLessonRow>(result).map((r) => ({ id: r.id, rank: Number(r.rank) }));
}
