import {
  Button,
  Checkbox,
  CopyButton,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Participant } from '../../api';
import { AppModal } from '../../components/AppModal';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import { useFormatters } from '../../format';
import { matrixQueryKey, type ProblemDetail, problemQueryKey } from '../matrix/matrixApi';
import { type FeedbackLinkCreated, feedbackApi } from './feedbackApi';

/**
 * The answer to "not applied on the ground": the problem goes back to work and its solution gets
 * its next version, in one step (one form, one request). The reason is the reopen's and the version's.
 */
export function ReopenWithSolution({
  problem,
  opened,
  onClose,
}: {
  problem: ProblemDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = problem.latestSolution;
  const [reason, setReason] = useState('');
  const [text, setText] = useState(current?.text ?? '');
  const [errors, setErrors] = useState<{ reason?: string; text?: string }>({});
  const reopen = useMutation({
    mutationFn: () =>
      feedbackApi.reopen(problem.id, {
        reason: reason.trim(),
        solution: { text: text.trim(), solutionId: current?.id ?? null },
        version: problem.version,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(problemQueryKey(problem.id), updated);
      await queryClient.invalidateQueries({ queryKey: matrixQueryKey(problem.mesaId) });
      notifySuccess(t('feedbackWeb.reopen.done', { code: problem.code }));
      setReason('');
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      ...(reason.trim() ? {} : { reason: t('form.required') }),
      ...(text.trim() ? {} : { text: t('form.required') }),
    };
    setErrors(missing);
    if (Object.keys(missing).length === 0) reopen.mutate();
  };
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('feedbackWeb.reopen.title', { code: problem.code })}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={reopen.error} />
          <Textarea
            label={t('feedbackWeb.reopen.reason')}
            description={t('feedbackWeb.reopen.reasonHelp')}
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            error={errors.reason ?? fieldError(reopen.error, 'reason')}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Textarea
            label={t('feedbackWeb.reopen.solution')}
            description={
              current
                ? t('feedbackWeb.reopen.solutionHelp', { current: current.text.slice(0, 80) })
                : t('feedbackWeb.reopen.solutionHelpNew')
            }
            required
            autosize
            minRows={3}
            value={text}
            error={errors.text ?? fieldError(reopen.error, 'solution.text', 'solution')}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" color="red" loading={reopen.isPending}>
              {t('feedbackWeb.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

const teamRoles: readonly Participant['role'][] = ['team', 'moderator'];

/**
 * The team asks a participant for field feedback by link: choose the person, get the short link
 * (to copy into a chat) and, if wanted, have it mailed to them.
 */
export function RequestFeedbackLink({
  problem,
  opened,
  onClose,
}: {
  problem: ProblemDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const mesa = useQuery({
    queryKey: ['mesa', problem.mesaId],
    queryFn: () => api.mesas.get(problem.mesaId),
    enabled: opened,
  });
  const people = new Map<string, Participant['person']>();
  for (const group of mesa.data?.participants ?? []) {
    for (const p of group.participants) if (!teamRoles.includes(p.role)) people.set(p.person.id, p.person);
  }
  const choices = [...people.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
  const [personId, setPersonId] = useState('');
  const [send, setSend] = useState(false);
  const [made, setMade] = useState<(FeedbackLinkCreated & { name: string }) | null>(null);
  const chosen = personId || choices[0]?.id || '';
  const create = useMutation({
    mutationFn: () => feedbackApi.createLink(problem.id, { personId: chosen, send }),
    onSuccess: (link) => setMade({ ...link, name: people.get(chosen)?.fullName ?? '' }),
  });
  const close = () => {
    setMade(null);
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) create.mutate();
  };
  return (
    <AppModal opened={opened} onClose={close} title={t('feedbackWeb.request.title')}>
      <Stack>
        <Text size="sm">{t('feedbackWeb.request.help')}</Text>
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError error={create.error} />
            {mesa.isSuccess && choices.length === 0 ? (
              <Text size="sm">{t('feedbackWeb.request.noPeople')}</Text>
            ) : (
              <NativeSelect
                label={t('feedbackWeb.request.person')}
                value={chosen}
                disabled={!mesa.isSuccess}
                error={fieldError(create.error, 'personId')}
                data={choices.map((p) => ({ value: p.id, label: p.fullName }))}
                onChange={(e) => {
                  setPersonId(e.currentTarget.value);
                  setMade(null);
                }}
              />
            )}
            <Checkbox
              label={t('feedbackWeb.request.send')}
              checked={send}
              onChange={(e) => setSend(e.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending} disabled={!chosen}>
                {t('feedbackWeb.request.create')}
              </Button>
            </Group>
          </Stack>
        </form>
        {made && (
          <Stack gap="xs" data-testid="feedback-link">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                readOnly
                style={{ flex: 1 }}
                label={t('feedbackWeb.request.link', { name: made.name })}
                value={made.url}
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={made.url}>
                {({ copied, copy }) => (
                  <Button variant={copied ? 'filled' : 'default'} onClick={copy}>
                    {copied ? t('feedbackWeb.request.copied') : t('feedbackWeb.request.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm" role="status">
              {send ? t(made.mailed ? 'feedbackWeb.request.mailed' : 'feedbackWeb.request.notMailed') : null}{' '}
              {t('feedbackWeb.request.expires', { date: fmt.date(made.expiresAt.slice(0, 10)) })}
            </Text>
          </Stack>
        )}
      </Stack>
    </AppModal>
  );
}
