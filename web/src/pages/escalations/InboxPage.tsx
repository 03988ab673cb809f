import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError, usePageTitle } from '../../components/common';
import { Forbidden, PageHeader } from '../../components/headings';
import { useSession } from '../../session';
import { EscalationCard } from './EscalationCard';
import { escalationsApi, type InboxStatus, inboxQueryKey, inboxStatuses } from './escalationsApi';
import '../matrix/matrix.css';

/** Whether the signed-in user has the cross-Mesa inbox: the high-level body and the coordinating office. */
export function useHasInbox(): boolean {
  const { user } = useSession();
  return (
    user?.globalRole === 'high_level' || user?.globalRole === 'coordinator' || user?.globalRole === 'admin'
  );
}

/**
 * The high-level body's inbox: escalations across every Mesa, the oldest first, each with its age.
 * Open ones are decided here or returned with questions.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const title = t('escalationsWeb.inboxTitle');
  usePageTitle(title);
  const allowed = useHasInbox();
  const [status, setStatus] = useState<InboxStatus>('open');
  const query = useQuery({
    queryKey: inboxQueryKey(status),
    queryFn: () => escalationsApi.inbox(status),
    enabled: allowed,
  });
  if (!allowed) return <Forbidden title={title} />;
  return (
    <Stack gap="lg">
      <PageHeader title={title} subtitle={t('escalationsWeb.inboxSubtitle')} />
      <Stack gap={4}>
        <Text id="inbox-status-label" size="sm" fw={500}>
          {t('escalationsWeb.statusFilter')}
        </Text>
        <SegmentedControl
          aria-labelledby="inbox-status-label"
          value={status}
          onChange={(value) => setStatus(value as InboxStatus)}
          data={inboxStatuses.map((s) => ({ value: s, label: t(`escalationsWeb.filter.${s}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.escalations.length === 0 ? (
        <Text c="gray.7">{t('escalationsWeb.inboxEmpty')}</Text>
      ) : (
        <Stack gap="md" data-testid="escalation-inbox">
          <Text size="sm" c="gray.7" role="status">
            {t('escalationsWeb.count', { count: query.data.escalations.length })}
          </Text>
          {query.data.escalations.map((e) => (
            <EscalationCard key={e.id} escalation={e} headingOrder={2} showContext />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
