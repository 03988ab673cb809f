import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError, notifySuccess, Tag, type Tone } from '../../components/common';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../format';
import { ReopenWithSolution, RequestFeedbackLink } from '../feedback/FeedbackActions';
import type { useProblemEdits } from '../matrix/edits';
import {
  matrixApi,
  matrixQueryKey,
  type ProblemDetail,
  problemQueryKey,
  type Verdict,
} from '../matrix/matrixApi';

const verdicts: readonly Verdict[] = ['works', 'partly', 'not_applied'];
const verdictTones: Record<Verdict, Tone> = { works: 'green', partly: 'yellow', not_applied: 'red' };

function ReportForm({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const [verdict, setVerdict] = useState<Verdict>('works');
  const [text, setText] = useState('');
  const [observedOn, setObservedOn] = useState(fmt.today());
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () =>
      matrixApi.problems.reportFeedback(problem.id, {
        verdict,
        text: text.trim(),
        observedOn: observedOn || null,
      }),
    onSuccess: async (result) => {
      queryClient.setQueryData(problemQueryKey(problem.id), result.problem);
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(problem.mesaId) });
      setText('');
      notifySuccess(t('problemPage.feedback.reported'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('form.required'));
      return;
    }
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="feedback-form-title">
      <Stack gap="xs">
        <Title order={3} size="h6" id="feedback-form-title">
          {t('problemPage.feedback.formTitle')}
        </Title>
        <FormError error={mutation.error} />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('problemPage.feedback.verdict')}
            value={verdict}
            data={verdicts.map((v) => ({ value: v, label: t(`problemPage.feedback.verdicts.${v}`) }))}
            onChange={(e) => setVerdict(e.currentTarget.value as Verdict)}
          />
          <DateField
            label={t('problemPage.feedback.observedOn')}
            value={observedOn}
            error={fieldError(mutation.error, 'observedOn')}
            onChange={setObservedOn}
          />
        </Group>
        <Textarea
          label={t('problemPage.feedback.text')}
          required
          autosize
          minRows={2}
          value={text}
          error={error ?? fieldError(mutation.error, 'text')}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('problemPage.feedback.report')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function Feedback({
  problem,
}: {
  problem: ProblemDetail;
  /** The page's shared edits (the reopen is now one step of its own: see ReopenWithSolution). */
  edits?: ReturnType<typeof useProblemEdits>;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [reopening, setReopening] = useState(false);
  const [requesting, setRequesting] = useState(false);
  const fixed = problem.status === 'enacted' || problem.status === 'verified';
  const canReopen = problem.can.update && fixed && problem.allowedTransitions.includes('in_progress');
  const alert = problem.fieldAlert;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="feedback-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="feedback-title">
              {t('problemPage.feedback.title')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('problemPage.feedback.help')}
            </Text>
          </div>
          {problem.can.update && fixed && (
            <Button size="xs" variant="default" onClick={() => setRequesting(true)}>
              {t('feedbackWeb.request.open')}
            </Button>
          )}
        </Group>
        {alert && (
          <Alert color="red" variant="light" role="alert" title={t('feedbackWeb.alert.title')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="gray.9">
                {t('feedbackWeb.alert.text', {
                  verdict: t(`feedbackWeb.verdicts.${alert.verdict}`),
                  when: fmt.dateTime(alert.reportedOn),
                })}
              </Text>
              {canReopen && (
                <Button size="xs" color="red" onClick={() => setReopening(true)}>
                  {t('feedbackWeb.alert.open')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {problem.feedback.length === 0 ? (
          <Text size="sm">{t('problemPage.feedback.empty')}</Text>
        ) : (
          <ul className="plain-list" aria-label={t('problemPage.feedback.listLabel')}>
            {problem.feedback.map((f) => (
              <li key={f.id}>
                <Group gap="xs">
                  <Tag tone={verdictTones[f.verdict]}>{t(`problemPage.feedback.verdicts.${f.verdict}`)}</Tag>
                  <Text size="xs" c="gray.7">
                    {f.observedOn ? fmt.date(f.observedOn) : fmt.dateTime(f.createdAt)}
                    {f.person && ` · ${f.person.fullName}`}
                  </Text>
                </Group>
                <Text size="sm">{f.text}</Text>
              </li>
            ))}
          </ul>
        )}
        {problem.can.reportFeedback && <ReportForm problem={problem} />}
      </Stack>
      {canReopen && (
        <ReopenWithSolution problem={problem} opened={reopening} onClose={() => setReopening(false)} />
      )}
      {problem.can.update && fixed && (
        <RequestFeedbackLink problem={problem} opened={requesting} onClose={() => setRequesting(false)} />
      )}
    </Paper>
  );
}
