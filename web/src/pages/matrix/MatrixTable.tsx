import { NativeSelect, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { useProblemEdits } from './edits';
import { StatusSelect } from './edits';
import {
  FlagTags,
  IndicatorLines,
  orgFullName,
  orgName,
  ProblemLink,
  ProblemStatusBadge,
  scores,
} from './labels';
import type { MatrixProblem } from './matrixApi';

export interface RowGroup {
  key: string;
  label: string | null;
  rows: MatrixProblem[];
}

type Edits = ReturnType<typeof useProblemEdits>;

function ScoreCell({
  problem,
  field,
  editable,
  edits,
}: {
  problem: MatrixProblem;
  field: 'impact' | 'ease';
  editable: boolean;
  edits: Edits;
}) {
  const { t } = useTranslation();
  if (!editable) return <>{problem[field]}</>;
  return (
    <NativeSelect
      size="xs"
      w={52}
      aria-label={t(`matrix.inline.${field}`, { code: problem.code })}
      value={String(problem[field])}
      data={scores.map((s) => String(s))}
      disabled={edits.update.isPending}
      onChange={(e) => edits.update.mutate({ problem, changes: { [field]: Number(e.currentTarget.value) } })}
    />
  );
}

function FocusToggle({
  problem,
  editable,
  edits,
}: {
  problem: MatrixProblem;
  editable: boolean;
  edits: Edits;
}) {
  const { t } = useTranslation();
  const label = t('matrix.inline.focus', { code: problem.code });
  if (!editable) {
    return problem.inFocus ? (
      <span role="img" aria-label={t('matrix.inFocus')} className="matrix-star" data-on="true">
        ★
      </span>
    ) : null;
  }
  return (
    <UnstyledButton
      className="matrix-star"
      data-on={problem.inFocus}
      aria-label={label}
      aria-pressed={problem.inFocus}
      title={label}
      disabled={edits.update.isPending}
      onClick={() => edits.update.mutate({ problem, changes: { inFocus: !problem.inFocus } })}
    >
      {problem.inFocus ? '★' : '☆'}
    </UnstyledButton>
  );
}

function Row({
  problem,
  editable,
  edits,
  categoryName,
  highlighted,
}: {
  problem: MatrixProblem;
  editable: boolean;
  edits: Edits;
  categoryName: string;
  highlighted: boolean;
}) {
  const { t } = useTranslation();
  const solution = problem.latestSolution;
  return (
    <Table.Tr
      data-problem-id={problem.id}
      data-status={problem.status}
      data-quick-win={highlighted || undefined}
    >
      <Table.Td className="matrix-code">{problem.code}</Table.Td>
      <Table.Td className="matrix-title">
        <ProblemLink problemId={problem.id}>{problem.title}</ProblemLink>
        {problem.openCommitmentCount > 0 && (
          <Text size="xs" c="gray.7">
            {t('matrix.openCommitments', { count: problem.openCommitmentCount })}
          </Text>
        )}
        {problem.circling && (
          <Text size="xs" c="gray.9" fw={700} data-circling>
            {t('matrix.circling', { count: problem.circling.sessions })}
          </Text>
        )}
        {problem.fieldAlert && (
          <Text size="xs" fw={700} c="red.9" data-field-alert={problem.fieldAlert.verdict}>
            <span aria-hidden="true">⚠ </span>
            {t('feedbackWeb.matrixMark', {
              verdict: t(`feedbackWeb.verdicts.${problem.fieldAlert.verdict}`),
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {editable && problem.allowedTransitions.length > 0 ? (
          <StatusSelect problem={problem} allowed={problem.allowedTransitions} edits={edits} />
        ) : (
          <ProblemStatusBadge status={problem.status} />
        )}
      </Table.Td>
      <Table.Td ta="center">
        <FocusToggle problem={problem} editable={editable} edits={edits} />
      </Table.Td>
      <Table.Td>{categoryName}</Table.Td>
      <Table.Td>
        <abbr title={t(`matrix.owner.${problem.ownerType}`)}>{problem.ownerType}</abbr>
      </Table.Td>
      <Table.Td>
        {problem.entities.map((e, i) => (
          <Fragment key={e.id}>
            {i > 0 && ', '}
            <abbr title={orgFullName(e)}>{orgName(e)}</abbr>
          </Fragment>
        ))}
      </Table.Td>
      <Table.Td ta="center">
        <ScoreCell problem={problem} field="impact" editable={editable} edits={edits} />
      </Table.Td>
      <Table.Td ta="center">
        <ScoreCell problem={problem} field="ease" editable={editable} edits={edits} />
      </Table.Td>
      <Table.Td className="matrix-solution">
        {solution ? (
          <Text size="xs" lineClamp={3} title={solution.text}>
            {solution.text}
            {solution.version > 1 && (
              <Text span size="xs" c="gray.7">
                {' '}
                ({t('matrix.versionShort', { number: solution.version })})
              </Text>
            )}
          </Text>
        ) : (
          <Text size="xs" c="gray.7">
            {t('matrix.noSolution')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <IndicatorLines indicators={problem.indicators} />
      </Table.Td>
      <Table.Td>
        <FlagTags problem={problem} />
      </Table.Td>
    </Table.Tr>
  );
}

export function MatrixTable({
  groups,
  editable,
  edits,
  categoryName,
  quickWins,
  caption,
}: {
  groups: RowGroup[];
  editable: boolean;
  edits: Edits;
  categoryName: (p: MatrixProblem) => string;
  quickWins: Set<string>;
  caption: string;
}) {
  const { t } = useTranslation();
  const columns = [
    'number',
    'title',
    'status',
    'focus',
    'category',
    'owner',
    'entities',
    'impact',
    'ease',
    'solution',
    'indicators',
    'flags',
  ] as const;
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table
        className="matrix-table"
        verticalSpacing={4}
        horizontalSpacing={6}
        fz="sm"
        withColumnBorders
        withTableBorder
        highlightOnHover
        stickyHeader
      >
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`matrix.col.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {groups.map((group) => (
          <Table.Tbody key={group.key} data-group={group.key}>
            {group.label !== null && (
              <Table.Tr className="matrix-group">
                <Table.Th scope="rowgroup" colSpan={columns.length}>
                  {group.label} <span className="matrix-count">({group.rows.length})</span>
                </Table.Th>
              </Table.Tr>
            )}
            {group.rows.map((p) => (
              <Row
                key={p.id}
                problem={p}
                editable={editable}
                edits={edits}
                categoryName={categoryName(p)}
                highlighted={quickWins.has(p.id)}
              />
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}
