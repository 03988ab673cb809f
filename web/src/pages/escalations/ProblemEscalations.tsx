import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import type { ProblemDetail } from '../matrix/matrixApi';
import { EscalationCard } from './EscalationCard';
import {
  type Escalation,
  type EscalationReason,
  escalationReasons,
  escalationsApi,
  problemEscalationsQueryKey,
} from './escalationsApi';

type Visibility = ProblemDetail['visibility'];
const visibilityOrder: readonly Visibility[] = ['public', 'members', 'team'];

/** The escalations of a problem (those the reader may see), shared by its section and its timeline. */
export function useProblemEscalations(problemId: string) {
  return useQuery({
    queryKey: problemEscalationsQueryKey(problemId),
    queryFn: () => escalationsApi.ofProblem(problemId),
  });
}

export interface TimelineEntry {
  id: string;
  at: string;
  person: { id: string; fullName: string } | null;
  content: ReactNode;
}

/** The moments of a problem's escalations that its timeline shows: escalated, decided, withdrawn. */
export function useEscalationTimeline(problemId: string): TimelineEntry[] {
  const { t } = useTranslation();
  const query = useProblemEscalations(problemId);
  return (query.data?.escalations ?? []).flatMap((e) =>
    e.events
      .filter((ev) => ev.kind === 'escalated' || ev.kind === 'decided' || ev.kind === 'withdrawn')
      .map((ev) => ({
        id: ev.id,
        at: ev.createdAt,
        person: ev.person,
        content: (
          <>
            <Text size="sm" fw={600} component="p">
              {t(`escalationsWeb.timeline.${ev.kind}`, { reason: t(`escalationsWeb.reason.${e.reason}`) })}
            </Text>
            {ev.kind !== 'escalated' && (
              <Text
                size="sm"
                component="p"
                data-testid={ev.kind === 'decided' ? 'timeline-decision' : undefined}
              >
                {ev.text}
              </Text>
            )}
          </>
        ),
      })),
  );
}

function EscalateForm({ problem, onClose }: { problem: ProblemDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const narrowest = visibilityOrder.indexOf(problem.visibility);
  const allowedVisibilities = visibilityOrder.filter((_, i) => i >= narrowest);
  const [reason, setReason] = useState<EscalationReason>('budget');
  const [brief, setBrief] = useState('');
  const [options, setOptions] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(
    allowedVisibilities.includes('members') ? 'members' : problem.visibility,
  );
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      escalationsApi.create(problem.id, {
        reason,
        brief: brief.trim(),
        options: options
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean),
        visibility,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['escalations'] });
      notifySuccess(t('escalationsWeb.escalated'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!brief.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('escalationsWeb.formHelp')}
        </Text>
        <FormError error={mutation.error} />
        <NativeSelect
          label={t('escalationsWeb.reasonLabel')}
          value={reason}
          data={escalationReasons.map((r) => ({ value: r, label: t(`escalationsWeb.reason.${r}`) }))}
          onChange={(e) => setReason(e.currentTarget.value as EscalationReason)}
        />
        <Textarea
          label={t('escalationsWeb.briefLabel')}
          description={t('escalationsWeb.briefHelp')}
          autosize
          minRows={3}
          required
          value={brief}
          error={missing ? t('form.required') : fieldError(mutation.error, 'brief')}
          onChange={(e) => {
            setBrief(e.currentTarget.value);
            setMissing(false);
          }}
        />
        <Textarea
          label={t('escalationsWeb.optionsLabel')}
          description={t('escalationsWeb.optionsHelp')}
          autosize
          minRows={3}
          value={options}
          error={fieldError(mutation.error, 'options')}
          onChange={(e) => setOptions(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('escalationsWeb.visibilityLabel')}
          description={visibility === 'team' ? t('escalationsWeb.visibilityHelp') : undefined}
          value={visibility}
          data={allowedVisibilities.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
          error={fieldError(mutation.error, 'visibility')}
          onChange={(e) => setVisibility(e.currentTarget.value as Visibility)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('escalationsWeb.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A problem's escalations to the high-level body, with the action to escalate it. */
export function ProblemEscalations({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const query = useProblemEscalations(problem.id);
  const [open, setOpen] = useState(false);
  const escalations: Escalation[] = query.data?.escalations ?? [];
  const waiting = escalations.some((e) => e.status === 'open' || e.status === 'returned');
  const canEscalate = problem.can.update && !waiting;
  if (!canEscalate && escalations.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="escalations-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="escalations-title">
            {t('escalationsWeb.sectionTitle')}
          </Title>
          {canEscalate && (
            <Button size="xs" variant="light" onClick={() => setOpen(true)}>
              {t('escalationsWeb.escalate')}
            </Button>
          )}
        </Group>
        {escalations.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('escalationsWeb.noneYet')}
          </Text>
        ) : (
          escalations.map((e) => (
            <EscalationCard key={e.id} escalation={e} headingOrder={3} showContext={false} />
          ))
        )}
      </Stack>
      <AppModal opened={open} onClose={() => setOpen(false)} title={t('escalationsWeb.formTitle')} size="lg">
        {open && <EscalateForm problem={problem} onClose={() => setOpen(false)} />}
      </AppModal>
    </Paper>
  );
}
