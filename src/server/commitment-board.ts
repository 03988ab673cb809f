import type { z } from 'zod';
import type { BoardCommitmentRow } from '../db/queries/commitments';
import { type Actor, canSee } from '../domain/access';
import { daysBetween } from '../domain/calendar-days';
import { type BoardState, boardStatesOf, isOverdueOn, weekOf } from '../domain/commitments';
import { problemCode } from '../domain/problem-code';
import { foldForSearch } from '../domain/search-text';
import type { boardQuery } from './schemas/commitments';

/**
 * A Mesa's commitments board, built from its commitments the caller may see (one query): the counts per
 * tab, every owner and entity with their counts, and the commitments of one tab matching the filters,
 * sorted. `today` is the day in the Mesa's time zone.
 */

type BoardQuery = z.output<typeof boardQuery>;

interface Counts {
  open: number;
  dueThisWeek: number;
  late: number;
  done: number;
}

const countKey: Record<BoardState, keyof Counts> = {
  open: 'open',
  due_this_week: 'dueThisWeek',
  late: 'late',
  done: 'done',
};

const zero = (): Counts => ({ open: 0, dueThisWeek: 0, late: 0, done: 0 });
const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

function present(row: BoardCommitmentRow, actor: Actor, mesaId: string, today: string) {
  const problem = row.problem?.id && row.problem.visibility ? row.problem : null;
  const visibleProblem = problem && canSee(actor, problem.visibility!, mesaId) ? problem : null;
  const daysUntilDue = daysBetween(today, row.dueOn);
  return {
    id: row.id,
    text: row.text,
    dueOn: row.dueOn,
    originalDueOn: row.originalDueOn,
    status: row.status,
    completedAt: row.completedAt,
    overdue: isOverdueOn(row, today),
    daysUntilDue,
    person: row.person?.id ? { id: row.person.id, fullName: row.person.fullName! } : null,
    organization: row.organization?.id
      ? { id: row.organization.id, name: row.organization.name!, acronym: row.organization.acronym }
      : null,
    problem: visibleProblem
      ? { id: visibleProblem.id!, code: problemCode(visibleProblem.number), title: visibleProblem.title! }
      : null,
    visibility: row.visibility,
  };
}

type Item = ReturnType<typeof present> & { states: readonly BoardState[] };

const entityName = (c: Item) => c.organization?.acronym || c.organization?.name || '';
const statusRank = (c: Item) => (c.overdue ? 0 : c.status === 'open' ? 1 : 2);

const comparators: Record<BoardQuery['sort'], (a: Item, b: Item) => number> = {
  due: () => 0,
  owner: (a, b) => collator.compare(a.person?.fullName ?? '', b.person?.fullName ?? ''),
  entity: (a, b) => collator.compare(entityName(a), entityName(b)),
  status: (a, b) => statusRank(a) - statusRank(b),
};

/** Sorted by the column asked, then by due day (ties keep the query's order: created first). */
function sortItems(items: Item[], sort: BoardQuery['sort'], dir: BoardQuery['dir']): Item[] {
  const sign = dir === 'desc' ? -1 : 1;
  const byDue = (a: Item, b: Item) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0);
  return items.sort((a, b) => {
    const first = comparators[sort](a, b);
    return sign * (first !== 0 ? first : byDue(a, b));
  });
}

/** Owners or entities with their counts, by name; those without one last. */
function groupCounts<K>(items: readonly Item[], keyOf: (c: Item) => K | null, idOf: (k: K) => string) {
  const groups = new Map<string, { key: K | null; counts: Counts }>();
  for (const c of items) {
    const key = keyOf(c);
    const id = key ? idOf(key) : '';
    const group = groups.get(id) ?? { key, counts: zero() };
    for (const s of c.states) group.counts[countKey[s]]++;
    groups.set(id, group);
  }
  return [...groups.values()];
}

export function buildBoard(
  rows: readonly BoardCommitmentRow[],
  actor: Actor,
  mesaId: string,
  today: string,
  query: BoardQuery,
) {
  const week = weekOf(today);
  const items: Item[] = rows.map((r) => ({
    ...present(r, actor, mesaId, today),
    states: boardStatesOf(r, today, week.end),
  }));
  const words = query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : [];
  const matches = (c: Item) => {
    if (query.owner && c.person?.id !== query.owner) return false;
    if (query.entity && c.organization?.id !== query.entity) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch(
      [
        c.text,
        c.person?.fullName,
        c.organization?.name,
        c.organization?.acronym,
        c.problem?.code,
        c.problem?.title,
      ]
        .filter(Boolean)
        .join(' '),
    );
    return words.every((w) => haystack.includes(w));
  };
  const filtered = items.filter(matches);
  const counts = zero();
  for (const c of filtered) for (const s of c.states) counts[countKey[s]]++;
  const owners = groupCounts(
    items,
    (c) => c.person,
    (p) => p.id,
  )
    .map((g) => ({ person: g.key, ...g.counts }))
    .sort((a, b) =>
      !a.person || !b.person ? (a.person ? -1 : 1) : collator.compare(a.person.fullName, b.person.fullName),
    );
  const entities = groupCounts(
    items,
    (c) => c.organization,
    (o) => o.id,
  )
    .map((g) => ({ organization: g.key, ...g.counts }))
    .sort((a, b) =>
      !a.organization || !b.organization
        ? a.organization
          ? -1
          : 1
        : collator.compare(
            a.organization.acronym || a.organization.name,
            b.organization.acronym || b.organization.name,
          ),
    );
  const onTab = sortItems(
    filtered.filter((c) => c.states.includes(query.state)),
    query.sort,
    query.dir,
  );
  return {
    today,
    week,
    counts,
    owners,
    entities,
    commitments: onTab.map(({ states: _states, ...c }) => c),
  };
}
