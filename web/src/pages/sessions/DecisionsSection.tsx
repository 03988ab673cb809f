import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError } from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink } from '../matrix/labels';
import { QuickDecisionLine } from './QuickDecisionLine';
import { type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

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
        {canAdd && <QuickDecisionLine meeting={meeting} />}
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
      </Stack>
    </Paper>
  );
}
