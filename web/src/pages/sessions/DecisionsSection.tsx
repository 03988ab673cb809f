import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, FormError, fieldError, notifyError, notifySuccess } from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink } from '../matrix/labels';
import { type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

function DecisionForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      sessionsApi.meetings.addDecision(meeting.id, {
        text: text.trim(),
        agendaItemId: agendaItemId || null,
      }),
    onSuccess: async () => {
      setText('');
      await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
      notifySuccess(t('meeting.decisions.added'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('form.required'));
      return;
    }
    setError(null);
    add.mutate();
  };
  const items = meeting.agenda.items.filter((i) => i.id);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-form-title">
      <Stack gap="xs">
        <Text fw={600} size="sm" id="decision-form-title" component="h3">
          {t('meeting.decisions.addTitle')}
        </Text>
        <FormError error={add.error && !fieldError(add.error, 'text') ? add.error : null} />
        <Textarea
          label={t('meeting.decisions.text')}
          autosize
          minRows={2}
          value={text}
          error={error ?? fieldError(add.error, 'text')}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setError(null);
          }}
        />
        <Group align="flex-end" justify="space-between">
          <NativeSelect
            style={{ flex: 1, maxWidth: 520 }}
            label={t('meeting.decisions.item')}
            value={agendaItemId}
            error={fieldError(add.error, 'agendaItemId')}
            data={[
              { value: '', label: t('meeting.decisions.noItem') },
              ...items.map((i, index) => ({ value: i.id!, label: `${index + 1}. ${i.title}` })),
            ]}
            onChange={(e) => setAgendaItemId(e.currentTarget.value)}
          />
          <Button type="submit" loading={add.isPending}>
            {t('meeting.decisions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DecisionsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const canAdd = meeting.can.manage && meeting.state === 'in_progress';
  const remove = useMutation({
    mutationFn: (decisionId: string) => sessionsApi.meetings.removeDecision(meeting.id, decisionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) }),
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const itemTitle = (id: string | null) => meeting.agenda.items.find((i) => i.id === id)?.title;
  const problem = (id: string | null) =>
    meeting.problems.find((p) => p.id === id) ??
    meeting.agenda.items.find((i) => i.problem?.id === id)?.problem;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="decisions-title">
      <Title order={2} size="h4" id="decisions-title" mb="sm">
        {t('meeting.decisions.title')}
      </Title>
      <Stack gap="md">
        {meeting.decisions.length === 0 ? (
          <Text size="sm">{t('meeting.decisions.empty')}</Text>
        ) : (
          <ol className="decision-list" data-testid="decisions">
            {meeting.decisions.map((d) => {
              const p = problem(d.problemId);
              const item = itemTitle(d.agendaItemId);
              return (
                <li key={d.id} data-decision-id={d.id}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Stack gap={2}>
                      <Text size="sm" className="solution-text">
                        {d.text}
                      </Text>
                      <Text size="xs" c="gray.7">
                        {[
                          item && t('meeting.decisions.underItem', { title: item }),
                          d.createdBy?.fullName,
                          fmt.dateTime(d.createdAt),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                      {p && (
                        <Text size="xs">
                          <ProblemLink problemId={p.id}>
                            {p.code} · {p.title}
                          </ProblemLink>
                        </Text>
                      )}
                    </Stack>
                    {canAdd && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('meeting.decisions.removeOne', { text: d.text.slice(0, 60) })}
                        loading={remove.isPending && remove.variables === d.id}
                        onClick={() => remove.mutate(d.id)}
                      >
                        {t('meeting.decisions.remove')}
                      </Button>
                    )}
                  </Group>
                </li>
              );
            })}
          </ol>
        )}
        {canAdd && <DecisionForm meeting={meeting} />}
      </Stack>
    </Paper>
  );
}
