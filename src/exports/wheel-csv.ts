import type { RoundResults } from '../db/queries/wheel-results';
import type { DimensionResult, MeasuredFact, RespondentGroup } from '../domain/wheel';
import type { Translate } from './matrix-sheet';
import type { ChartTable } from './metrics-csv';

const round2 = (n: number | null) => (n === null ? '' : Math.round(n * 100) / 100);

function factText(f: MeasuredFact, t: Translate): string {
  const label = t(`wheel.facts.${f.kind}`);
  if (f.value === null) return `${label}: —`;
  if (f.unit === 'count') return `${label}: ${f.count}`;
  const share = `${Math.round(f.value * 100)}%`;
  return f.of === null ? `${label}: ${share}` : `${label}: ${share} (${f.count}/${f.of})`;
}

/**
 * The results table of a round: one row per respondent group (everyone first) and dimension, with the
 * mean, the number of scores and of "don't know", the previous round's mean and the measured facts.
 * A group hidden by the anonymity threshold has no figures, only the reason.
 */
export function wheelResultsTable(r: RoundResults, t: Translate): ChartTable {
  const headers = [
    t('wheel.csv.group'),
    t('wheel.csv.dimension'),
    t('wheel.csv.mean'),
    t('wheel.csv.scored'),
    t('wheel.csv.dontKnow'),
    t('wheel.csv.previousMean'),
    t('wheel.csv.facts'),
  ];
  const facts = new Map(r.facts.map((f) => [f.dimension, f.facts.map((x) => factText(x, t)).join('; ')]));
  const previousOf = (group: RespondentGroup | 'all') => {
    const dims =
      group === 'all'
        ? r.previous?.results.dimensions
        : r.previous?.results.groups.find((g) => g.group === group)?.dimensions;
    return new Map((dims ?? []).map((d) => [d.dimension, d.mean]));
  };
  const rows: (string | number)[][] = [];
  const add = (group: RespondentGroup | 'all', dims: DimensionResult[] | null) => {
    const previous = previousOf(group);
    const label = t(`wheel.groups.${group}`);
    if (!dims) {
      rows.push([label, t('wheel.csv.hidden'), '', '', '', '', '']);
      return;
    }
    for (const d of dims) {
      const name = t(`wheel.dimensions.${d.dimension}`);
      rows.push(
        d.applicable
          ? [
              label,
              name,
              round2(d.mean),
              d.scored,
              d.dontKnow,
              round2(previous.get(d.dimension) ?? null),
              group === 'all' ? (facts.get(d.dimension) ?? '') : '',
            ]
          : [label, `${name} (${t('wheel.csv.notApplicable')})`, '', '', '', '', ''],
      );
    }
  };
  add('all', r.results.dimensions);
  for (const g of r.results.groups) add(g.group, g.dimensions);
  return { headers, rows };
}
