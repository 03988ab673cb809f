import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AppModal,
  errorMessage,
  FormError,
  fieldError,
  notifyError,
  notifySuccess,
  PageLoader,
  QueryError,
} from '../../components/common';
import { useFormatters } from '../../format';
import { orgFullName, ProblemLink } from '../matrix/labels';
import { DueStateBadge, MeetingLink, meetingName, OrganizationCommitmentsLink } from './labels';
import {
  type Commitment,
  type CommitmentDetail,
  type CommitmentList as CommitmentListData,
  type CommitmentStatus,
  commitmentQueryKey,
  commitmentStatuses,
  commitmentsQueryKey,
  sessionsApi,
} from './sessionsApi';

/**
 * The deadline of a commitment: its history (the date first agreed and every move, with its reason)
 * and, for the team while it is open, a form to move it. A reason is asked as soon as the date changes:
 * fixed deadlines are the pressure mechanism, so no move is silent.
 */
function DeadlineSection({ commitment, detail }: { commitment: Commitment; detail: CommitmentDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters(commitment.mesa.timeZone);
  const queryClient = useQueryClient();
  const [dueOn, setDueOn] = useState(commitment.dueOn);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const moved = dueOn !== commitment.dueOn;
  const move = useMutation({
    mutationFn: () =>
      sessionsApi.commitments.update(commitment.id, {
        version: detail.version,
        dueOn,
        reason: reason.trim(),
      }),
    onSuccess: async (saved) => {
      setReason('');
      setDueOn(saved.dueOn);
      queryClient.setQueryData(commitmentQueryKey(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      notifySuccess(t('commitments.deadline.moved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('form.required'));
      return;
    }
    setError(null);
    move.mutate();
  };
  return (
    <Stack gap="xs">
      {detail.dueChanges.length > 0 && (
        <>
          <Text size="sm" fw={600} component="h3">
            {t('commitments.deadline.history')}
          </Text>
          <ol className="timeline" aria-label={t('commitments.deadline.history')} data-testid="due-changes">
            <li>
              <Text size="sm" component="p">
                {t('commitments.deadline.original', {
                  date: fmt.date(detail.originalDueOn ?? detail.dueChanges[0]!.fromDueOn),
                })}
              </Text>
            </li>
            {detail.dueChanges.map((d) => (
              <li key={d.id}>
                <Text size="xs" c="gray.7" component="p">
                  {fmt.dateTime(d.changedAt)}
                  {d.person && ` · ${t('commitments.deadline.movedBy', { name: d.person.fullName })}`}
                </Text>
                <Text size="sm" component="p">
                  {t('commitments.deadline.move', { from: fmt.date(d.fromDueOn), to: fmt.date(d.toDueOn) })}
                </Text>
                <Text size="sm" component="p" className="solution-text">
                  {d.reason}
                </Text>
              </li>
            ))}
          </ol>
        </>
      )}
      {commitment.can.update && commitment.status === 'open' && (
        <form onSubmit={submit} noValidate aria-label={t('commitments.deadline.submit')}>
          <Stack gap="xs">
            <FormError error={move.error && !fieldError(move.error, 'dueOn', 'reason') ? move.error : null} />
            <TextInput
              type="date"
              label={t('commitments.deadline.newDate')}
              description={t('commitments.deadline.newDateHelp')}
              min={fmt.today()}
              value={dueOn}
              error={fieldError(move.error, 'dueOn')}
              onChange={(e) => setDueOn(e.currentTarget.value)}
            />
            {moved && (
              <>
                <Textarea
                  label={t('commitments.deadline.reason')}
                  description={t('commitments.deadline.reasonHelp')}
                  required
                  autosize
                  minRows={2}
                  value={reason}
                  error={error ?? fieldError(move.error, 'reason')}
                  onChange={(e) => {
                    setReason(e.currentTarget.value);
                    setError(null);
                  }}
                />
                <Group justify="flex-end">
                  <Button type="submit" loading={move.isPending}>
                    {t('commitments.deadline.submit')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The progress log of a commitment, and (for those allowed) a form to add to it. */
function ProgressDialog({ commitment, onClose }: { commitment: Commitment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters(commitment?.mesa.timeZone);
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: commitmentQueryKey(commitment?.id ?? ''),
    queryFn: () => sessionsApi.commitments.get(commitment!.id),
    enabled: commitment !== null,
  });
  const [text, setText] = useState('');
  const [reportedOn, setReportedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const report = useMutation({
    mutationFn: () =>
      sessionsApi.commitments.report(commitment!.id, {
        text: text.trim(),
        ...(reportedOn ? { reportedOn } : {}),
      }),
    onSuccess: async (saved) => {
      setText('');
      setReportedOn('');
      queryClient.setQueryData(commitmentQueryKey(saved.commitment.id), saved.commitment);
      await queryClient.invalidateQueries({ queryKey: commitmentsQueryKey });
      notifySuccess(t('commitments.progress.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('form.required'));
      return;
    }
    setError(null);
    report.mutate();
  };
  const close = () => {
    setText('');
    setReportedOn('');
    setError(null);
    report.reset();
    onClose();
  };
  return (
    <AppModal opened={commitment !== null} onClose={close} size="lg" title={t('commitments.progress.title')}>
      {commitment && (
        <Stack>
          <Text size="sm" fw={600}>
            {commitment.text}
          </Text>
          {detail.isPending && <PageLoader />}
          {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
          {detail.data && (
            <DeadlineSection key={detail.data.version} commitment={commitment} detail={detail.data} />
          )}
          {detail.data &&
            (detail.data.reports.length === 0 ? (
              <Text size="sm">{t('commitments.progress.empty')}</Text>
            ) : (
              <ol className="timeline" aria-label={t('commitments.progress.log')} data-testid="progress-log">
                {detail.data.reports.map((r) => (
                  <li key={r.id}>
                    <Text size="xs" c="gray.7" component="p">
                      <time dateTime={r.reportedOn}>{fmt.date(r.reportedOn)}</time>
                      {r.person && ` · ${r.person.fullName}`}
                      {r.meeting && ` · ${meetingName(t, r.meeting)}`}
                    </Text>
                    <Text size="sm" component="p" className="solution-text">
                      {r.text}
                    </Text>
                  </li>
                ))}
              </ol>
            ))}
          {commitment.can.report && (
            <form onSubmit={submit} noValidate aria-label={t('commitments.progress.formLabel')}>
              <Stack gap="xs">
                <FormError
                  error={
                    report.error && !fieldError(report.error, 'text', 'reportedOn') ? report.error : null
                  }
                />
                <Textarea
                  label={t('commitments.progress.text')}
                  description={t('commitments.progress.textHelp')}
                  required
                  autosize
                  minRows={3}
                  value={text}
                  error={error ?? fieldError(report.error, 'text')}
                  onChange={(e) => {
                    setText(e.currentTarget.value);
                    setError(null);
                  }}
                />
                <TextInput
                  type="date"
                  label={t('commitments.progress.reportedOn')}
                  description={t('commitments.progress.reportedOnHelp')}
                  max={fmt.today()}
                  value={reportedOn}
                  error={fieldError(report.error, 'reportedOn')}
                  onChange={(e) => setReportedOn(e.currentTarget.value)}
                />
                <Group justify="flex-end">
                  <Button variant="default" onClick={close}>
                    {t('common.close')}
                  </Button>
                  <Button type="submit" loading={report.isPending}>
                    {t('commitments.progress.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </AppModal>
  );
}

function dueText(t: (key: string, options?: Record<string, unknown>) => string, c: Commitment): string {
  if (c.status !== 'open') return '';
  if (c.daysUntilDue < 0) return t('commitments.daysLate', { count: -c.daysUntilDue });
  if (c.daysUntilDue === 0) return '';
  return t('commitments.daysLeft', { count: c.daysUntilDue });
}

function CommitmentCard({
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
      </Stack>
    </Paper>
  );
}

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
      <ProgressDialog
        commitment={progressOf ? (commitments.find((c) => c.id === progressOf.id) ?? progressOf) : null}
        onClose={() => setProgressOf(null)}
      />
    </Stack>
  );
}
