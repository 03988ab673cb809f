import { Button, List, Paper, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { QueryParams, ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';
import { QueryError } from '../../components/common';
import { type Column, DataTable } from '../../components/DataTable';
import { SectionHeading } from '../../components/headings';
import { useFormatters } from '../../format';

type AuditTrailPage = ResponseBody<'/api/mesas/{id}/audit', 'get'>;
type AuditRecord = Pick<QueryParams<'/api/mesas/{id}/audit', 'get'>, 'entityType' | 'entityId'>;
type AuditEntry = AuditTrailPage['events'][number];

const PAGE = 25;

/** One page of a Mesa's audit trail, or of one record's history within it. */
export function fetchAuditTrail(mesaId: string, record: AuditRecord | undefined, before: number | undefined) {
  return unwrap(
    client.GET('/api/mesas/{id}/audit', {
      params: { path: { id: mesaId }, query: { ...record, limit: PAGE, before } },
    }),
  );
}

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.changes.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('auditTrail.noFieldChanges')}
      </Text>
    );
  }
  const shown = (value: string | null) => value ?? t('auditTrail.emptyValue');
  return (
    <List size="sm" spacing={2}>
      {entry.changes.map((c) => (
        <List.Item key={c.field}>
          <Text size="sm" component="span" fw={600}>
            {c.field}
          </Text>
          <Text size="sm" component="span">
            {': '}
            <del>{shown(c.before)}</del> → <ins>{shown(c.after)}</ins>
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The audit trail of a Mesa (or, given a record, that record's history of changes), newest first, for
 * the coordinating office: when, who, what, and the fields each change touched. Older pages on demand.
 */
export function AuditTrail({
  mesaId,
  record,
  headingId,
  title,
  help,
}: {
  mesaId: string;
  record?: { entityType: string; entityId: string };
  headingId: string;
  title: string;
  help: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const trail = useInfiniteQuery({
    queryKey: ['audit-trail', mesaId, record?.entityType ?? null, record?.entityId ?? null],
    queryFn: ({ pageParam }) => fetchAuditTrail(mesaId, record, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = (trail.data?.pages ?? []).flatMap((p) => p.events).map((e) => ({ ...e, id: String(e.seq) }));
  const columns: Column<(typeof rows)[number]>[] = [
    {
      label: t('auditTrail.when'),
      cell: (e) => <time dateTime={e.occurredAt}>{fmt.dateTime(e.occurredAt)}</time>,
      td: { style: { whiteSpace: 'nowrap' } },
    },
    { label: t('auditTrail.who'), cell: (e) => e.actor.name ?? e.actor.label },
    {
      label: t('auditTrail.what'),
      cell: (e) =>
        t('auditTrail.whatValue', {
          action: t(`auditTrail.action.${e.action}`, { defaultValue: e.action }),
          entity: t(`auditTrail.entity.${e.entityType}`, { defaultValue: e.entityType }),
        }),
    },
    { label: t('auditTrail.changes'), cell: (e) => <Changes entry={e} /> },
  ];
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <SectionHeading id={headingId} title={title} help={help} />
        {trail.isError ? (
          <QueryError error={trail.error} onRetry={() => void trail.refetch()} />
        ) : trail.isPending ? null : rows.length === 0 ? (
          <Text>{t('auditTrail.empty')}</Text>
        ) : (
          <DataTable caption={title} rows={rows} columns={columns} minWidth={720} />
        )}
        {trail.hasNextPage && (
          <Button
            variant="default"
            onClick={() => void trail.fetchNextPage()}
            loading={trail.isFetchingNextPage}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('auditTrail.older')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
