import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormError, fieldError, notifySuccess, PageLoader, QueryError } from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import { CommitmentDeadline } from './CommitmentDeadline';
import { meetingName } from './labels';
import {
  type Commitment,
  type CommitmentDetail,
  commitmentQueryKey,
  commitmentsQueryKey,
  sessionsApi,
} from './sessionsApi';

/** The progress reports of a commitment, each with its date, author and meeting. */
function ProgressLog({
  commitment,
  reports,
}: {
  commitment: Commitment;
  reports: CommitmentDetail['reports'];
}) {
  const { t } = useTranslation();
  const fmt = useFormatters(commitment.mesa.timeZone);
  return reports.length === 0 ? (
    <Text size="sm">{t('commitments.progress.empty')}</Text>
  ) : (
    <ol className="timeline" aria-label={t('commitments.progress.log')} data-testid="progress-log">
      {reports.map((r) => (
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
  );
}

/** The progress log of a commitment, and (for those allowed) a form to add to it. */
export function CommitmentProgressDialog({
  commitment,
  onClose,
}: {
  commitment: Commitment | null;
  onClose: () => void;
}) {
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
            <CommitmentDeadline key={detail.data.version} commitment={commitment} detail={detail.data} />
          )}
          {detail.data && <ProgressLog commitment={commitment} reports={detail.data.reports} />}
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
                <DateField
                  label={t('commitments.progress.reportedOn')}
                  description={t('commitments.progress.reportedOnHelp')}
                  max={fmt.today()}
                  value={reportedOn}
                  error={fieldError(report.error, 'reportedOn')}
                  onChange={setReportedOn}
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
