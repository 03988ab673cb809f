import { Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag, type Tone } from '../../components/common';
import { recordText } from '../../i18n/recordWords';
import type { Category, FilterFlag, Indicator, MatrixProblem, ProblemStatus } from './matrixApi';

export {
  isReopening,
  openProblemStatuses as openStatuses,
  problemStatuses,
  transitionNeedsReason,
} from '../../../../src/domain/problem-status';
export const filterFlagList: readonly FilterFlag[] = ['subsidy', 'tax_exemption', 'declaratory'];
export const scores = [1, 2, 3, 4, 5] as const;

const statusTones: Record<ProblemStatus, Tone> = {
  identified: 'gray',
  prioritized: 'blue',
  in_progress: 'yellow',
  enacted: 'green',
  verified: 'dark',
  parked: 'orange',
  dropped: 'red',
};

export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return <Tag tone={statusTones[status]}>{t(`matrix.status.${status}`)}</Tag>;
}

/** A category's name in the UI language; the same function until the language changes. */
export function useCategoryName() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (c: Pick<Category, 'nameEs' | 'nameEn'> | null | undefined) =>
      c ? recordText(i18n, language, c.nameEs, c.nameEn) : '',
    [i18n, language],
  );
}

export const orgName = (o: { name: string; acronym: string | null }) => o.acronym ?? o.name;
export const orgFullName = (o: { name: string; acronym: string | null }) =>
  o.acronym ? `${o.name} (${o.acronym})` : o.name;

/** The confirmed filter flags (and, marked as such, the suggested ones) of a row. */
export function FlagTags({ problem }: { problem: Pick<MatrixProblem, 'filterFlags' | 'suggestedFlags'> }) {
  const { t } = useTranslation();
  return (
    <>
      {problem.filterFlags.map((f) => (
        <Tag key={f} tone="red">
          {t(`matrix.flag.${f}`)}
        </Tag>
      ))}
      {problem.suggestedFlags.map((f) => (
        <Tag key={`s-${f}`} tone="yellow">
          {t('matrix.suggestedFlag', { flag: t(`matrix.flag.${f}`) })}
        </Tag>
      ))}
    </>
  );
}

function numberText(value: number | null, locale: string) {
  return value === null ? '?' : new Intl.NumberFormat(locale).format(value);
}

/** "6 months → 3 days": the baseline, the current value (or the target when none yet), and the unit. */
export function indicatorSummary(ind: Indicator, locale: string, t: (k: string) => string): string {
  const before = `${numberText(ind.baselineValue, locale)} ${ind.unit}`;
  const after =
    ind.currentValue !== null
      ? `${numberText(ind.currentValue, locale)} ${ind.unit}`
      : ind.targetValue !== null
        ? `${t('matrix.indicator.target')} ${numberText(ind.targetValue, locale)} ${ind.unit}`
        : '?';
  return `${ind.name}: ${before} → ${after}`;
}

export function IndicatorLines({ indicators }: { indicators: Indicator[] }) {
  const { t, i18n } = useTranslation();
  if (indicators.length === 0) return null;
  return (
    <>
      {indicators.map((ind) => (
        <Text key={ind.id} size="xs" className="matrix-indicator">
          {indicatorSummary(ind, i18n.language, t)}
        </Text>
      ))}
    </>
  );
}

/** A link to a problem's page. */
export function ProblemLink({ problemId, children }: { problemId: string; children: ReactNode }) {
  return (
    <Link to="/problems/$problemId" params={{ problemId }} className="matrix-link">
      {children}
    </Link>
  );
}

/** A link to a Mesa's Matrix. */
export function MatrixLink({ mesaId, children }: { mesaId: string; children: ReactNode }) {
  return (
    <Link to="/mesas/$mesaId/matrix" params={{ mesaId }} className="matrix-link">
      {children}
    </Link>
  );
}
