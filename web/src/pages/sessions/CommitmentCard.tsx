import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, notifySuccess } from '../../components/common';
import { useFormatters } from '../../format';
import { FollowButton } from '../follows/FollowButton';
import { orgFullName, ProblemLink } from '../matrix/labels';
import { DueStateBadge, MeetingLink, meetingName, OrganizationCommitmentsLink } from './labels';
import { type Commitment, commitmentsQueryKey, sessionsApi } from './sessionsApi';

/** Where a commitment stands: its mesa, owner, entity, problem, meeting and last progress report. */
function CommitmentFacts({ commitment: c, showOwner }: { commitment: Commitment; showOwner: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters(c.mesa.timeZone);
  return (
    <dl className="facts">
      <dt>{t('commitments.mesa')}</dt>
      <dd>
        <Link to="/mesas/$mesaId" params={{ mesaId: c.mesa.id }} className="card-title-link">
          {c.mesa.name}
        </Link>
      </dd>
      {showOwner && (
        <>
          <dt>{t('commitments.owner')}</dt>
          <dd>{c.person?.fullName ?? '—'}</dd>
        </>
      )}
      <dt>{t('commitments.entity')}</dt>
      <dd>
        {c.organization ? (
          <OrganizationCommitmentsLink organizationId={c.organization.id}>
            {orgFullName(c.organization)}
          </OrganizationCommitmentsLink>
        ) : (
          '—'
        )}
      </dd>
      {c.problem && (
        <>
          <dt>{t('commitments.problem')}</dt>
          <dd>
            <ProblemLink problemId={c.problem.id}>
              {c.problem.code} · {c.problem.title}
            </ProblemLink>
          </dd>
        </>
      )}
      {c.meeting && (
        <>
          <dt>{t('commitments.meeting')}</dt>
          <dd>
            <MeetingLink meetingId={c.meeting.id}>{meetingName(t, c.meeting)}</MeetingLink>
          </dd>
        </>
      )}
      <dt>{t('commitments.lastReport')}</dt>
      <dd>
        {c.lastReport
          ? t('commitments.lastReportValue', {
              date: fmt.date(c.lastReport.reportedOn),
              text: c.lastReport.text,
              count: c.reportCount,
            })
          : t('commitments.noReports')}
      </dd>
    </dl>
  );
}

function dueText(t: (key: string, options?: Record<string, unknown>) => string, c: Commitment): string {
  if (c.status !== 'open') return '';
  if (c.daysUntilDue < 0) return t('commitments.daysLate', { count: -c.daysUntilDue });
  if (c.daysUntilDue === 0) return '';
  return t('commitments.daysLeft', { count: c.daysUntilDue });
}

export function CommitmentCard({
  commitment: c,
  showOwner,
  onProgress,
}: {
  commitment: Commitment;
  showOwner: boolean;
  onProgress: (c: Commitment) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters(c.mesa.timeZone);
  const queryClient = useQueryClient();
  const markDone = useMutation({
    mutationFn: () => sessionsApi.commitments.update(c.id, { version: c.version, status: 'done' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      notifySuccess(t('commitments.markedDone'));
    },
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const late = dueText(t, c);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="li"
      className={c.overdue ? 'commitment-card commitment-overdue' : 'commitment-card'}
      data-commitment-id={c.id}
      data-due-state={c.dueState}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1 }}>
            <Text fw={600} className="solution-text">
              {c.text}
            </Text>
            <Group gap={6}>
              <DueStateBadge state={c.dueState} />
              <Text size="sm">
                {t('commitments.dueOn', { date: fmt.date(c.dueOn) })}
                {c.originalDueOn &&
                  ` (${t('commitments.originallyDue', { date: fmt.date(c.originalDueOn) })})`}
                {late && ` · ${late}`}
              </Text>
            </Group>
          </Stack>
          <Group gap={6} wrap="nowrap">
            <FollowButton kind="commitment" id={c.id} name={c.text} />
            <Button
              size="compact-sm"
              variant="default"
              aria-label={`${c.can.report && c.status === 'open' ? t('commitments.report') : t('commitments.log')}: ${c.text.slice(0, 80)}`}
              onClick={() => onProgress(c)}
            >
              {c.can.report && c.status === 'open' ? t('commitments.report') : t('commitments.log')}
            </Button>
            {c.can.update && c.allowedTransitions.includes('done') && (
              <Button
                size="compact-sm"
                aria-label={`${t('commitments.markDone')}: ${c.text.slice(0, 80)}`}
                loading={markDone.isPending}
                onClick={() => markDone.mutate()}
              >
                {t('commitments.markDone')}
              </Button>
            )}
          </Group>
        </Group>
        <CommitmentFacts commitment={c} showOwner={showOwner} />
      </Stack>
    </Paper>
  );
}
