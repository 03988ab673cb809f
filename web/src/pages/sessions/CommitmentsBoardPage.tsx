import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PageLoader, QueryError, usePageTitle } from '../../components/common';
import { PageHeader } from '../../components/headings';
import { useFormatters } from '../../format';
import { orgFullName } from '../matrix/labels';
import { ChaseDialog, CopyListDialog, listText } from './BoardDialogs';
import { BoardTable } from './BoardTable';
import {
  type Board,
  type BoardSearch,
  type BoardSort,
  boardApi,
  boardGroups,
  boardQueryKey,
  boardStates,
  validateBoardSearch,
} from './boardApi';

const countOf = (board: Board, state: (typeof boardStates)[number]) =>
  state === 'due_this_week' ? board.counts.dueThisWeek : board.counts[state];

/**
 * A Mesa's commitments board, for the Monday chase: open, due this week, late and done, with their
 * counts; filtered by owner, entity and words, sorted by any column, grouped by owner or entity. All of
 * it is in the address (search params), so a reload or a shared link shows the same view. The team
 * sends every late owner one reminder from here, and copies the list to paste in a message.
 */
export function CommitmentsBoardPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { mesaId } = useParams({ from: '/mesas/$mesaId/commitments' });
  const search = useSearch({ from: '/mesas/$mesaId/commitments' });
  const navigate = useNavigate({ from: '/mesas/$mesaId/commitments' });
  const [chasing, setChasing] = useState(false);
  const [copying, setCopying] = useState(false);
  const mesa = useQuery({ queryKey: ['mesa', mesaId], queryFn: () => api.mesas.get(mesaId) });
  const board = useQuery({
    queryKey: boardQueryKey(mesaId, search),
    queryFn: () => boardApi.board(mesaId, search),
    placeholderData: keepPreviousData,
  });
  const mesaName = mesa.data?.name ?? '';
  usePageTitle(mesaName ? t('board.pageTitle', { mesa: mesaName }) : t('board.title'));

  const state = search.state ?? 'open';
  const group = search.group ?? 'none';
  const sort = search.sort ?? 'due';
  const dir = search.dir ?? 'asc';
  const update = (changes: Partial<BoardSearch>) =>
    void navigate({
      search: (prev) => validateBoardSearch({ ...prev, ...changes }),
      replace: true,
    });
  const onSort = (column: BoardSort) =>
    update({ sort: column, dir: column === sort && dir === 'asc' ? 'desc' : 'asc' });

  const data = board.data;
  const stateLabel = t(`board.states.${state}`);
  return (
    <Stack gap="lg">
      <Text size="sm">
        <Link to="/mesas/$mesaId" params={{ mesaId }} className="card-title-link">
          {t('board.backToMesa')}
        </Link>
      </Text>
      <PageHeader
        title={mesaName ? t('board.pageTitle', { mesa: mesaName }) : t('board.title')}
        subtitle={t('board.subtitle')}
        action={
          data && (
            <Group gap="sm">
              <Button variant="default" onClick={() => setCopying(true)}>
                {t('board.copy.button')}
              </Button>
              {data.can.chase && (
                <Button color="red" onClick={() => setChasing(true)}>
                  {t('board.chase.button')}
                </Button>
              )}
            </Group>
          )
        }
      />
      {board.isPending ? (
        <PageLoader />
      ) : board.isError || !data ? (
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <>
          <Text size="sm" c="gray.8">
            {t('board.week', { start: fmt.date(data.week.start), end: fmt.date(data.week.end) })}
          </Text>
          <Stack gap={4}>
            <Text size="sm" fw={600} id="board-state-label">
              {t('board.stateLabel')}
            </Text>
            <SegmentedControl
              aria-labelledby="board-state-label"
              value={state}
              onChange={(value) => update({ state: value as BoardSearch['state'] })}
              data={boardStates.map((s) => ({
                value: s,
                label: t('board.stateWithCount', { label: t(`board.states.${s}`), count: countOf(data, s) }),
              }))}
              data-testid="board-states"
              fullWidth
            />
          </Stack>
          <Group align="flex-end" grow>
            <NativeSelect
              label={t('board.filters.owner')}
              value={search.owner ?? ''}
              onChange={(e) => update({ owner: e.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('board.filters.anyOwner') },
                ...data.owners
                  .filter((o) => o.person)
                  .map((o) => ({
                    value: o.person!.id,
                    label: t('board.ownerOption', { name: o.person!.fullName, open: o.open, late: o.late }),
                  })),
              ]}
            />
            <NativeSelect
              label={t('board.filters.entity')}
              value={search.entity ?? ''}
              onChange={(e) => update({ entity: e.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('board.filters.anyEntity') },
                ...data.entities
                  .filter((e) => e.organization)
                  .map((e) => ({
                    value: e.organization!.id,
                    label: t('board.ownerOption', {
                      name: orgFullName(e.organization!),
                      open: e.open,
                      late: e.late,
                    }),
                  })),
              ]}
            />
            <SearchWords value={search.q ?? ''} onChange={(q) => update({ q: q || undefined })} />
            <NativeSelect
              label={t('board.filters.group')}
              value={group}
              onChange={(e) => update({ group: e.currentTarget.value as BoardSearch['group'] })}
              data={boardGroups.map((g) => ({ value: g, label: t(`board.groups.${g}`) }))}
            />
          </Group>
          <Text size="sm" aria-live="polite" data-testid="board-count">
            {t('board.count', { count: data.commitments.length })}
          </Text>
          {data.commitments.length === 0 ? (
            <Text>{t('board.empty')}</Text>
          ) : (
            <BoardTable
              rows={data.commitments}
              group={group}
              sort={sort}
              dir={dir}
              onSort={onSort}
              caption={t('board.tableCaption', { state: stateLabel })}
            />
          )}
          <CopyListDialog
            opened={copying}
            onClose={() => setCopying(false)}
            text={listText(t, fmt.date, { mesa: mesaName, state, today: data.today, rows: data.commitments })}
          />
        </>
      )}
      {data?.can.chase && (
        <ChaseDialog
          mesaId={mesaId}
          opened={chasing}
          onClose={() => {
            setChasing(false);
            void board.refetch();
          }}
        />
      )}
    </Stack>
  );
}

/** The words filter: typed freely, put in the address when the typing pauses or Enter is pressed. */
function SearchWords({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [timer, setTimer] = useState<ReturnType<typeof setTimeout> | null>(null);
  const commit = (q: string) => {
    if (timer) clearTimeout(timer);
    if (q.trim() !== value) onChange(q.trim());
  };
  return (
    <TextInput
      type="search"
      label={t('board.filters.q')}
      placeholder={t('board.filters.qPlaceholder')}
      value={text}
      onChange={(e) => {
        const q = e.currentTarget.value;
        setText(q);
        if (timer) clearTimeout(timer);
        setTimer(setTimeout(() => commit(q), 300));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(text);
      }}
    />
  );
}
