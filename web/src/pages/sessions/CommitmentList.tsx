import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError } from '../../components/common';
import { CommitmentCard } from './CommitmentCard';
import { CommitmentProgressDialog } from './CommitmentProgressDialog';
import {
  type Commitment,
  type CommitmentList as CommitmentListData,
  type CommitmentStatus,
  commitmentStatuses,
} from './sessionsApi';

type StatusFilter = CommitmentStatus | 'all';

/** Commitments, late ones first (as the server orders them), with a status filter and their counts. */
export function CommitmentList({
  query,
  showOwner,
  caption,
}: {
  query: {
    data: CommitmentListData | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch(): unknown;
  };
  showOwner: boolean;
  caption: string;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [progressOf, setProgressOf] = useState<Commitment | null>(null);
  if (query.isPending) return <PageLoader />;
  if (query.isError || !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { commitments, summary } = query.data;
  const shown = status === 'all' ? commitments : commitments.filter((c) => c.status === status);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="gray.8" data-testid="commitment-summary">
          {t('commitments.summary', {
            open: summary.open,
            overdue: summary.overdue,
            done: summary.done,
            onTime: summary.doneOnTime,
          })}
        </Text>
        <NativeSelect
          label={t('commitments.filter')}
          value={status}
          data={[
            ...commitmentStatuses.map((s) => ({ value: s, label: t(`commitmentStatus.${s}`) })),
            { value: 'all', label: t('commitments.filterAll') },
          ]}
          onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}
        />
      </Group>
      <Text size="sm" aria-live="polite">
        {t('commitments.count', { count: shown.length })}
      </Text>
      {shown.length === 0 ? (
        <Text>{t('commitments.empty')}</Text>
      ) : (
        <ul className="commitment-list" aria-label={caption} data-testid="commitment-list">
          {shown.map((c) => (
            <CommitmentCard key={c.id} commitment={c} showOwner={showOwner} onProgress={setProgressOf} />
          ))}
        </ul>
      )}
      <CommitmentProgressDialog
        commitment={progressOf ? (commitments.find((c) => c.id === progressOf.id) ?? progressOf) : null}
        onClose={() => setProgressOf(null)}
      />
    </Stack>
  );
}
