import { Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/common';
import { useFormatters } from '../../format';
import { orgFullName, ProblemLink } from '../matrix/labels';
import type { BoardCommitment, BoardGroup, BoardSort, SortDir } from './boardApi';

/** The group a commitment falls in (by owner or entity), with its label; one group when not grouping. */
export function groupsOf(
  rows: readonly BoardCommitment[],
  group: BoardGroup,
  none: { owner: string; entity: string },
) {
  const groups = new Map<string, { label: string; rows: BoardCommitment[] }>();
  for (const c of rows) {
    const [key, label] =
      group === 'owner'
        ? [c.person?.id ?? '', c.person?.fullName ?? none.owner]
        : group === 'entity'
          ? [c.organization?.id ?? '', c.organization ? orgFullName(c.organization) : none.entity]
          : ['', ''];
    const g = groups.get(key) ?? { label, rows: [] };
    g.rows.push(c);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Where a commitment stands against its due date, in words (late ones also marked with ⚠). */
function DueCell({ c }: { c: BoardCommitment }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const tag =
    c.status === 'done' ? (
      <Tag tone="green">{t('board.doneOn', { date: fmt.date(c.completedAt?.slice(0, 10) ?? c.dueOn) })}</Tag>
    ) : c.overdue ? (
      <Tag tone="red">⚠ {t('board.late', { count: -c.daysUntilDue })}</Tag>
    ) : c.daysUntilDue === 0 ? (
      <Tag tone="orange">{t('board.dueToday')}</Tag>
    ) : (
      <Tag tone="blue">{t('board.dueIn', { count: c.daysUntilDue })}</Tag>
    );
  return (
    <>
      <Text size="sm">{fmt.date(c.dueOn)}</Text>
      {tag}
    </>
  );
}

function SortHeader({
  column,
  sort,
  dir,
  onSort,
}: {
  column: BoardSort;
  sort: BoardSort;
  dir: SortDir;
  onSort: (column: BoardSort) => void;
}) {
  const { t } = useTranslation();
  const active = sort === column;
  const label = t(`board.columns.${column === 'due' ? 'due' : column}`);
  return (
    <Table.Th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} scope="col">
      <UnstyledButton
        onClick={() => onSort(column)}
        aria-label={t('board.sortBy', { column: label })}
        data-sort={column}
        fw={700}
        fz="sm"
      >
        {label} {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
      </UnstyledButton>
    </Table.Th>
  );
}

/** The board's table: sortable columns, optional group rows, late rows marked. */
export function BoardTable({
  rows,
  group,
  sort,
  dir,
  onSort,
  caption,
}: {
  rows: readonly BoardCommitment[];
  group: BoardGroup;
  sort: BoardSort;
  dir: SortDir;
  onSort: (column: BoardSort) => void;
  caption: string;
}) {
  const { t } = useTranslation();
  const groups = groupsOf(rows, group, { owner: t('board.noOwner'), entity: t('board.noEntity') });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" data-testid="board-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('board.columns.commitment')}</Table.Th>
            <SortHeader column="owner" sort={sort} dir={dir} onSort={onSort} />
            <SortHeader column="entity" sort={sort} dir={dir} onSort={onSort} />
            <SortHeader column="due" sort={sort} dir={dir} onSort={onSort} />
            <SortHeader column="status" sort={sort} dir={dir} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Fragment key={g.label}>
              {group !== 'none' && (
                <Table.Tr data-testid="board-group">
                  <Table.Th colSpan={5} scope="colgroup" bg="gray.1">
                    {g.label}{' '}
                    <Text span size="sm" fw={400} c="gray.8">
                      {t('board.groupCounts', {
                        count: g.rows.length,
                        open: g.rows.filter((c) => c.status === 'open').length,
                        late: g.rows.filter((c) => c.overdue).length,
                      })}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              )}
              {g.rows.map((c) => (
                <Table.Tr
                  key={c.id}
                  data-testid="board-row"
                  data-late={c.overdue ? 'true' : undefined}
                  style={c.overdue ? { boxShadow: 'inset 4px 0 0 #c92a2a' } : undefined}
                >
                  <Table.Td>
                    <Text size="sm">{c.text}</Text>
                    {c.problem && (
                      <Text size="xs">
                        <ProblemLink problemId={c.problem.id}>
                          {c.problem.code} · {c.problem.title}
                        </ProblemLink>
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.person?.fullName ?? t('board.noOwner')}</Table.Td>
                  <Table.Td>{c.organization ? orgFullName(c.organization) : t('board.noEntity')}</Table.Td>
                  <Table.Td>
                    <DueCell c={c} />
                  </Table.Td>
                  <Table.Td>{t(`commitmentStatus.${c.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
