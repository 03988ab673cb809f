import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ComponentType, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError, usePageTitle } from './common';
import { type Column, DataTable, RowButton } from './DataTable';
import { Forbidden, PageHeader } from './headings';

/** A dialog that creates a record (`record` null or absent) or edits one. */
export interface RecordDialogProps<T> {
  record?: T | null;
  opened: boolean;
  onClose: () => void;
}

interface ListPageProps<T extends { id: string }> {
  /** The translation section holding title, subtitle, searchLabel, searchPlaceholder and new. */
  section: string;
  /** False shows that the user's role does not allow the page. */
  allowed?: boolean;
  search: { value: string; setValue: (value: string) => void };
  /** More controls beside the search box. */
  filter?: ReactNode;
  query: { isPending: boolean; isError: boolean; isSuccess: boolean; error: unknown; refetch(): unknown };
  rows: T[] | undefined;
  columns: Column<T>[];
  minWidth: number;
  /** The create and edit dialogs; with them come the "New …" button and an edit button on each row. */
  dialogs?: { create: ComponentType<RecordDialogProps<T>>; edit: ComponentType<RecordDialogProps<T>> };
  /** Names a row for screen readers on its edit button. */
  rowName: (row: T) => string;
}

/** An administration page: a searchable, filterable table of records with create and edit dialogs. */
export function ListPage<T extends { id: string }>(props: ListPageProps<T>) {
  const { section, allowed = true, search, filter, query, rows, dialogs, rowName } = props;
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<T | null>(null);
  const title = t(`${section}.title`);
  usePageTitle(title);
  if (!allowed) return <Forbidden title={title} />;

  const columns: Column<T>[] = dialogs
    ? [
        ...props.columns,
        {
          label: t('common.actions'),
          hideLabel: true,
          td: { ta: 'right' },
          cell: (row) => (
            <RowButton label={t('common.edit')} name={rowName(row)} onClick={() => setEditing(row)} />
          ),
        },
      ]
    : props.columns;

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        subtitle={t(`${section}.subtitle`)}
        action={dialogs && <Button onClick={() => setCreating(true)}>{t(`${section}.new`)}</Button>}
      />
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Group align="flex-end" role="search" aria-label={t(`${section}.searchLabel`)}>
            <TextInput
              label={t('common.search')}
              placeholder={t(`${section}.searchPlaceholder`)}
              type="search"
              value={search.value}
              onChange={(e) => search.setValue(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
            />
            {filter}
          </Group>
          {query.isPending && <PageLoader />}
          {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
          {query.isSuccess && rows && (
            <>
              <Text size="sm" c="gray.7" aria-live="polite">
                {t('common.resultCount', { count: rows.length })}
              </Text>
              <DataTable caption={title} rows={rows} columns={columns} minWidth={props.minWidth} />
              {rows.length === 0 && <Text>{t('common.noResults')}</Text>}
            </>
          )}
        </Stack>
      </Paper>
      {dialogs && (
        <>
          <dialogs.create record={null} opened={creating} onClose={() => setCreating(false)} />
          <dialogs.edit record={editing} opened={editing !== null} onClose={() => setEditing(null)} />
        </>
      )}
    </Stack>
  );
}

/** The search box's text, and the same trimmed and debounced for the request. */
export function useSearch() {
  const [value, setValue] = useState('');
  const [q] = useDebouncedValue(value.trim(), 250);
  return { value, setValue, q };
}
