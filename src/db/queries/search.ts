import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/access';
import type { Locale } from '../../domain/roles';
import { teamRoles } from '../../domain/roles';
import { foldForSearch } from '../../domain/search-text';
import type { Db } from '../client';
import { mesas, problems, solutions, solutionVersions } from '../schema';

/** Marks put around the words found by ts_headline; never found in text people type. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const configuration = { es: 'spanish', en: 'english' } as const;

/**
 * Whether the actor may see a record of visibility `v` in Mesa `mesaId`, in SQL: the same rule as
 * `canSee` in src/domain/access.ts (public for all; members for participants of the Mesa and the
 * high-level body; team for the Mesa's dedicated team; everything for the coordinating office).
 */
export function visibleTo(actor: Actor, v: SQL, mesaId: SQL): SQL {
  if (actor.globalRole === 'admin' || actor.globalRole === 'coordinator') return sql`true`;
  const member: string[] = [];
  const team: string[] = [];
  for (const [id, roles] of actor.mesaRoles) {
    if (roles.length) member.push(id);
    if (roles.some((r) => teamRoles.includes(r))) team.push(id);
  }
  const uuids = (ids: string[]) =>
    sql`array[${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`;
  const members =
    actor.globalRole === 'high_level'
      ? sql`true`
      : member.length
        ? sql`${mesaId} = any(${uuids(member)})`
        : sql`false`;
  const teams = team.length ? sql`${mesaId} = any(${uuids(team)})` : sql`false`;
  return sql`(${v} = 'public' or (${v} = 'members' and ${members}) or (${v} = 'team' and ${teams}))`;
}

/**
 * Whether a search document matches the words `q`: the accent-folded query in the Spanish and in the
 * English configuration (`websearch_to_tsquery`, so "quoted phrases", OR and -excluded words work),
 * each against the stored vector of that configuration and its GIN index. Shared by the search across Mesas and the
 * Matrix search.
 */
export function matchesSearch(q: string): SQL {
  const folded = foldForSearch(q);
  return sql`(${problems.searchEs} @@ websearch_to_tsquery('spanish', ${folded}) or ${problems.searchEn} @@ websearch_to_tsquery('english', ${folded}))`;
}

export interface SearchRow {
  id: string;
  number: number;
  title: string;
  description: string;
  /** The text the search document was folded from (title, description, tags, solutions). */
  sourceText: string;
  status: (typeof problems.$inferSelect)['status'];
  mesaId: string;
  mesaName: string;
  mesaSlug: string;
  rank: number;
  headline: string;
}

/**
 * The languages problems are indexed in (their Spanish and English search vectors). A query in another
 * language is read as Spanish first (searchLanguage).
 */
export type SearchLanguage = 'es' | 'en';

export function searchLanguage(locale: Locale): SearchLanguage {
  return locale === 'en' ? 'en' : 'es';
}

export interface SearchInput {
  q: string;
  lang: SearchLanguage;
  limit: number;
}

/**
 * Full-text search over the problems of every Mesa the actor may see, and only the problems in them the
 * actor may see. The accent-folded query runs in both the Spanish and the English configuration (each
 * matched through its GIN index on the search document); the rank favours the caller's language.
 */
export function searchSql(actor: Actor, input: SearchInput): SQL {
  const q = foldForSearch(input.q);
  const primary = configuration[input.lang];
  const secondary = configuration[input.lang === 'es' ? 'en' : 'es'];
  const doc = (config: string) => (config === 'spanish' ? problems.searchEs : problems.searchEn);
  const query = (config: string) => sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${q})`;
  const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  // The best matches are picked first from their ids, ranks and vectors alone; only those few are then
  // read in full (texts, solutions, headline), so a frequent word does not carry every match's texts.
  return sql`
    select p.id, p.number, p.title, p.description, p.tags, p.status,
      array(
        select v.text from ${solutions} s
        inner join ${solutionVersions} v on v.solution_id = s.id and v.number = s.current_version
        where s.problem_id = p.id order by s.created_at, s.id
      ) as solution_texts,
      m.id as mesa_id, m.name as mesa_name, m.slug as mesa_slug, best.rank::float8 as rank,
      case when ${sql.raw(`p.${primary === 'spanish' ? 'search_es' : 'search_en'}`)} @@ ${query(primary)}
        then ts_headline(${sql.raw(`'${primary}'`)}, p.search_document, ${query(primary)}, ${headlineOptions})
        else ts_headline(${sql.raw(`'${secondary}'`)}, p.search_document, ${query(secondary)}, ${headlineOptions})
      end as headline
    from (
      select ${problems.id} as id, ${problems.updatedAt} as updated_at,
        ts_rank(${doc(primary)}, ${query(primary)}) + 0.5 * ts_rank(${doc(secondary)}, ${query(secondary)}) as rank
      from ${problems}
      inner join ${mesas} on ${mesas.id} = ${problems.mesaId}
      where ${matchesSearch(input.q)}
        and ${visibleTo(actor, sql`${mesas.visibility}`, sql`${mesas.id}`)}
        and ${visibleTo(actor, sql`${problems.visibility}`, sql`${problems.mesaId}`)}
      order by rank desc, updated_at desc, id
      limit ${input.limit}
    ) best
    inner join ${problems} p on p.id = best.id
    inner join ${mesas} m on m.id = p.mesa_id
    order by best.rank desc, best.updated_at desc, best.id
  `;
}

/** Runs the search of `searchSql`: the best matches first, with a headline each. */
export async function searchProblems(db: Db, actor: Actor, input: SearchInput): Promise<SearchRow[]> {
  // The planner prices a sequential scan below the GIN indexes (it does not count reading every stored
  // vector), yet on 12,000 problems the scan takes four times as long even for frequent words: the
  // search always goes through its indexes.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return tx.execute(searchSql(actor, input));
  });
  const rows = (
    result as unknown as {
      rows: {
        id: string;
        number: number;
        title: string;
        description: string;
        tags: string[];
        solution_texts: string[];
        status: SearchRow['status'];
        mesa_id: string;
        mesa_name: string;
        mesa_slug: string;
        rank: number;
        headline: string;
      }[];
    }
  ).rows;
  return rows.map((r) => ({
    id: r.id,
    number: Number(r.number),
    title: r.title,
    description: r.description,
    sourceText: [r.title, r.description, r.tags.join(' '), ...r.solution_texts].join('\n'),
    status: r.status,
    mesaId: r.mesa_id,
    mesaName: r.mesa_name,
    mesaSlug: r.mesa_slug,
    rank: Number(r.rank),
    headline: r.headline,
  }));
}
