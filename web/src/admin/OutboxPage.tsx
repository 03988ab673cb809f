import { Alert, Group, Pagination, Paper, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../src/domain/languages';
import { AppModal } from '../components/AppModal';
import { PageLoader, QueryError, Tag, type Tone, usePageTitle } from '../components/common';
import { type Column, DataTable, RowButton } from '../components/DataTable';
import { Forbidden, PageHeader } from '../components/headings';
import { useFormatters } from '../format';
import { useSession } from '../session';
import {
  type MailKind,
  mailKinds,
  type OutboxMessage,
  type OutboxStatus,
  outboxApi,
  outboxStatuses,
} from './outboxApi';

const PAGE_SIZE = 25;

const sourceStyle = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  fontSize: 13,
  background: '#f8f9fa',
  padding: 12,
  borderRadius: 4,
  maxHeight: 480,
  overflow: 'auto',
  margin: 0,
} as const;

const statusTones: Record<OutboxStatus, Tone> = { pending: 'yellow', sent: 'green', failed: 'red' };

function OutboxStatusTag({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return <Tag tone={statusTones[status]}>{t(`outbox.status.${status}`)}</Tag>;
}

/**
 * The mail outbox (administrators): every invitation, reminder and set of minutes Mesas queued, newest
 * first, with its status, attempts and last error; one message opens with its text, HTML and calendar
 * file. Without a mail server, this is where messages stay.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { isAdmin } = useSession();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [kind, setKind] = useState<MailKind | null>(null);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const title = t('outbox.title');
  usePageTitle(title);
  const list = useQuery({
    queryKey: ['outbox', { status, kind, page }],
    queryFn: () =>
      outboxApi.list({
        status: status ?? undefined,
        kind: kind ?? undefined,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
    enabled: isAdmin,
  });
  if (!isAdmin) return <Forbidden title={title} />;

  const columns: Column<OutboxMessage>[] = [
    { label: t('outbox.createdAt'), cell: (m) => fmt.dateTime(m.createdAt) },
    {
      label: t('outbox.to'),
      cell: (m) => (
        <Stack gap={0}>
          {m.person && <Text size="sm">{m.person.fullName}</Text>}
          <Text size="sm" c="gray.7">
            {m.to}
          </Text>
        </Stack>
      ),
    },
    { label: t('outbox.subject'), td: { fw: 600 }, cell: (m) => m.subject },
    { label: t('outbox.kindLabel'), cell: (m) => t(`outbox.kind.${m.kind}`) },
    { label: t('outbox.statusLabel'), cell: (m) => <OutboxStatusTag status={m.status} /> },
    { label: t('outbox.attempts'), td: { ta: 'right' }, cell: (m) => m.attempts },
    {
      label: t('outbox.lastError'),
      cell: (m) =>
        m.lastError ? (
          <Text size="sm" c="red.9" lineClamp={2} title={m.lastError}>
            {m.lastError}
          </Text>
        ) : (
          '—'
        ),
    },
    {
      label: t('common.actions'),
      hideLabel: true,
      td: { ta: 'right' },
      cell: (m) => <RowButton label={t('outbox.open')} name={m.subject} onClick={() => setOpenId(m.id)} />,
    },
  ];
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <PageHeader title={title} subtitle={t('outbox.subtitle')} />
      {data?.delivery === 'outbox' && (
        <Alert color="yellow" variant="light" title={t('outbox.keptTitle')}>
          {t('outbox.keptHelp')}
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Group align="flex-end" role="search" aria-label={t('outbox.filterLabel')}>
            <Select
              label={t('outbox.statusLabel')}
              placeholder={t('common.all')}
              clearable
              data={outboxStatuses.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))}
              value={status}
              onChange={(value) => {
                setStatus(value as OutboxStatus | null);
                setPage(1);
              }}
              miw={200}
            />
            <Select
              label={t('outbox.kindLabel')}
              placeholder={t('common.all')}
              clearable
              data={mailKinds.map((k) => ({ value: k, label: t(`outbox.kind.${k}`) }))}
              value={kind}
              onChange={(value) => {
                setKind(value as MailKind | null);
                setPage(1);
              }}
              miw={240}
            />
          </Group>
          {list.isPending && <PageLoader />}
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          {data && (
            <>
              <Text size="sm" c="gray.7" aria-live="polite">
                {t('outbox.count', { count: data.total })}
              </Text>
              <DataTable caption={title} rows={data.messages} columns={columns} minWidth={980} />
              {data.messages.length === 0 && <Text>{t('outbox.empty')}</Text>}
              {pages > 1 && (
                <Pagination
                  total={pages}
                  value={page}
                  onChange={setPage}
                  getControlProps={(control) => ({
                    'aria-label': t(`outbox.pagination.${control}`),
                  })}
                  getItemProps={(n) => ({ 'aria-label': t('outbox.pagination.page', { page: n }) })}
                />
              )}
            </>
          )}
        </Stack>
      </Paper>
      <OutboxMessageModal id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

function OutboxMessageModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const message = useQuery({
    queryKey: ['outbox', 'message', id],
    queryFn: () => outboxApi.get(id!),
    enabled: id !== null,
  });
  const m = message.data;
  const facts: [string, string][] = m
    ? [
        [t('outbox.to'), m.person ? `${m.person.fullName} <${m.to}>` : m.to],
        [t('outbox.mesa'), m.mesa?.name ?? '—'],
        [t('outbox.kindLabel'), t(`outbox.kind.${m.kind}`)],
        [t('outbox.language'), languageName(m.locale)],
        [t('outbox.createdAt'), fmt.dateTime(m.createdAt)],
        [t('outbox.attempts'), String(m.attempts)],
        ...(m.status === 'pending' && m.attempts > 0
          ? ([[t('outbox.nextAttempt'), fmt.dateTime(m.sendAfter)]] as [string, string][])
          : []),
        ...(m.sentAt ? ([[t('outbox.sentAt'), fmt.dateTime(m.sentAt)]] as [string, string][]) : []),
        ...(m.messageId ? ([[t('outbox.messageId'), m.messageId]] as [string, string][]) : []),
        ...(m.lastError ? ([[t('outbox.lastError'), m.lastError]] as [string, string][]) : []),
      ]
    : [];
  return (
    <AppModal opened={id !== null} onClose={onClose} size="xl" title={m?.subject ?? t('outbox.message')}>
      {message.isPending && <PageLoader />}
      {message.isError && <QueryError error={message.error} onRetry={() => void message.refetch()} />}
      {m && (
        <Stack>
          <Group>
            <OutboxStatusTag status={m.status} />
          </Group>
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              {facts.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" w={180}>
                    {label}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Tabs defaultValue="text">
            <Tabs.List>
              <Tabs.Tab value="text">{t('outbox.text')}</Tabs.Tab>
              {m.html && <Tabs.Tab value="html">{t('outbox.html')}</Tabs.Tab>}
              {m.ics && <Tabs.Tab value="ics">{t('outbox.calendar')}</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="text" pt="sm">
              <pre style={sourceStyle}>{m.text}</pre>
            </Tabs.Panel>
            {m.html && (
              <Tabs.Panel value="html" pt="sm">
                {/* The message as a mail reader shows it, sandboxed: no scripts, no navigation. */}
                <iframe
                  title={t('outbox.htmlPreview', { subject: m.subject })}
                  sandbox=""
                  srcDoc={m.html}
                  style={{ width: '100%', height: 480, border: '1px solid #dee2e6', borderRadius: 4 }}
                />
              </Tabs.Panel>
            )}
            {m.ics && (
              <Tabs.Panel value="ics" pt="sm">
                <pre style={sourceStyle}>{m.ics}</pre>
              </Tabs.Panel>
            )}
          </Tabs>
        </Stack>
      )}
    </AppModal>
  );
}
