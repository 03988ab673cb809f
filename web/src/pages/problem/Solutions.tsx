import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { diffWords } from 'diff';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, FormError, fieldError, notifyError, notifySuccess } from '../../components/common';
import { useFormatters } from '../../format';
import { orgFullName } from '../matrix/labels';
import {
  type Instrument,
  matrixApi,
  matrixQueryKey,
  type ProblemDetail,
  problemQueryKey,
  type Solution,
  type SolutionVersion,
} from '../matrix/matrixApi';
import { type FlagChange, FlagList, LitmusNote } from './Flags';
import { SolutionReform } from './SolutionReform';

export const instruments: readonly Instrument[] = [
  'law',
  'regulation',
  'procedure',
  'infrastructure',
  'entity',
  'program',
  'financing',
  'other',
];

function useRefresh(problem: ProblemDetail) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: problemQueryKey(problem.id) });
    await queryClient.invalidateQueries({ queryKey: matrixQueryKey(problem.mesaId) });
  };
}

/** The words removed from and added to a text, as one run of <del>/<ins>. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" className="solution-diff solution-text" component="p">
      {diffWords(before, after).map((part, i) => {
        const key = `${i}-${part.value.length}`;
        if (part.added)
          return (
            <ins key={key}>
              <span className="visually-hidden">{t('problemPage.diff.added')} </span>
              {part.value}
            </ins>
          );
        if (part.removed)
          return (
            <del key={key}>
              <span className="visually-hidden">{t('problemPage.diff.removed')} </span>
              {part.value}
            </del>
          );
        return <span key={key}>{part.value}</span>;
      })}
    </Text>
  );
}

/** Every version of a solution, newest first: text, reason, who and when, and what changed. */
function VersionTimeline({ solution }: { solution: Solution }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const versions = [...solution.versions].sort((a, b) => a.number - b.number);
  const previous = (v: SolutionVersion) => versions.find((x) => x.number === v.number - 1);
  return (
    <ol className="timeline" aria-label={t('problemPage.solutions.timeline')} data-testid="solution-timeline">
      {[...versions].reverse().map((v) => {
        const before = previous(v);
        return (
          <li key={v.number} data-version={v.number}>
            <Text size="sm" c="gray.7" component="p">
              {t('problemPage.solutions.versionLabel', { number: v.number })} ·{' '}
              {v.revisedOn ? (
                <time dateTime={v.revisedOn}>{fmt.date(v.revisedOn)}</time>
              ) : (
                <time dateTime={v.createdAt}>{fmt.dateTime(v.createdAt)}</time>
              )}
              {v.revisedBy && ` · ${v.revisedBy.fullName}`}
            </Text>
            {v.reason && (
              <Text size="sm" fw={600} component="p">
                {t('problemPage.solutions.reason')}: {v.reason}
              </Text>
            )}
            {before ? (
              <>
                <Text size="xs" c="gray.7" component="p">
                  {t('problemPage.solutions.changes', { from: before.number, to: v.number })}
                </Text>
                <WordDiff before={before.text} after={v.text} />
              </>
            ) : (
              <Text size="sm" className="solution-text" component="p">
                {v.text}
              </Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function ReviseForm({
  problem,
  solution,
  onDone,
}: {
  problem: ProblemDetail;
  solution: Solution;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh(problem);
  const [text, setText] = useState(solution.text);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ text?: string; reason?: string }>({});
  const mutation = useMutation({
    mutationFn: () =>
      matrixApi.solutions.revise(solution.id, {
        text: text.trim(),
        reason: reason.trim(),
        version: solution.version,
      }),
    onSuccess: async (saved) => {
      await refresh();
      notifySuccess(t('problemPage.solutions.revised', { number: saved.currentVersion }));
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!text.trim()) found.text = t('form.required');
    else if (text.trim() === solution.text.trim()) found.text = t('problemPage.solutions.unchanged');
    if (!reason.trim()) found.reason = t('form.required');
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('problemPage.solutions.reviseTitle')}>
      <Stack gap="xs">
        <FormError error={mutation.error} />
        <Textarea
          label={t('problemPage.solutions.newText')}
          required
          autosize
          minRows={3}
          value={text}
          error={errors.text ?? fieldError(mutation.error, 'text')}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Textarea
          label={t('problemPage.solutions.reason')}
          description={t('problemPage.solutions.reasonHelp')}
          required
          autosize
          minRows={2}
          value={reason}
          error={errors.reason ?? fieldError(mutation.error, 'reason')}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('problemPage.solutions.saveVersion')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SolutionCard({
  problem,
  solution,
  index,
}: {
  problem: ProblemDetail;
  solution: Solution;
  index: number;
}) {
  const { t } = useTranslation();
  const [revising, setRevising] = useState(false);
  const headingId = `solution-${solution.id}`;
  const refresh = useRefresh(problem);
  const flags = useMutation({
    mutationFn: (change: FlagChange) =>
      matrixApi.solutions.update(solution.id, { ...change, version: solution.version }),
    onSuccess: refresh,
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-solution-id={solution.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={headingId}>
              {t('problemPage.solutions.heading', {
                index: index + 1,
                instrument: t(`problemPage.instrument.${solution.instrument}`),
              })}
            </Title>
            <Text size="xs" c="gray.7">
              {t('problemPage.solutions.current', { number: solution.currentVersion })}
              {solution.proposedByOrganization &&
                ` · ${t('problemPage.solutions.proposedBy', { org: orgFullName(solution.proposedByOrganization) })}`}
            </Text>
          </div>
          {problem.can.reviseSolution && !revising && (
            <Button size="xs" variant="default" onClick={() => setRevising(true)}>
              {t('problemPage.solutions.revise')}
            </Button>
          )}
        </Group>
        <Text className="solution-text">{solution.text}</Text>
        <SolutionReform problem={problem} solution={solution} />
        {(solution.filterFlags.length > 0 || solution.suggestedFlags.length > 0) && (
          <Stack gap={4} data-testid="solution-flags">
            <FlagList
              record={solution}
              canEdit={problem.can.reviseSolution}
              pending={flags.isPending}
              onChange={(change) => flags.mutate(change)}
            />
            <LitmusNote />
          </Stack>
        )}
        {revising && <ReviseForm problem={problem} solution={solution} onDone={() => setRevising(false)} />}
        <Title order={4} size="h6">
          {t('problemPage.solutions.history', { count: solution.versions.length })}
        </Title>
        <VersionTimeline solution={solution} />
      </Stack>
    </Paper>
  );
}

function ProposeForm({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh(problem);
  const [text, setText] = useState('');
  const [instrument, setInstrument] = useState<Instrument>('procedure');
  const [error, setError] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: () => matrixApi.problems.proposeSolution(problem.id, { text: text.trim(), instrument }),
    onSuccess: async () => {
      await refresh();
      setText('');
      notifySuccess(t('problemPage.solutions.proposed'));
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
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate aria-labelledby="propose-title">
        <Stack gap="xs">
          <Title order={3} size="h5" id="propose-title">
            {t('problemPage.solutions.proposeTitle')}
          </Title>
          <FormError error={mutation.error} />
          <Textarea
            label={t('problemPage.solutions.text')}
            required
            autosize
            minRows={3}
            value={text}
            error={error ?? fieldError(mutation.error, 'text')}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(undefined);
            }}
          />
          <NativeSelect
            label={t('problemPage.solutions.instrument')}
            value={instrument}
            data={instruments.map((i) => ({ value: i, label: t(`problemPage.instrument.${i}`) }))}
            onChange={(e) => setInstrument(e.currentTarget.value as Instrument)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('problemPage.solutions.propose')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function Solutions({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="solutions-title">
      <div>
        <Title order={2} size="h3" id="solutions-title">
          {t('problemPage.solutions.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('problemPage.solutions.help')}
        </Text>
      </div>
      {problem.solutions.length === 0 && <Text>{t('problemPage.solutions.empty')}</Text>}
      {problem.solutions.map((s, i) => (
        <SolutionCard key={s.id} problem={problem} solution={s} index={i} />
      ))}
      {problem.can.proposeSolution && <ProposeForm problem={problem} />}
    </Stack>
  );
}
