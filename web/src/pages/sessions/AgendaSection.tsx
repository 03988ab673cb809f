import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/common';
import { AgendaEditor } from './AgendaEditor';
import { AgendaItemFacts } from './AgendaItemFacts';
import { LiveAgenda } from './LiveAgenda';
import type { MeetingDetail } from './sessionsApi';

export { agendaEdits } from './agendaEdits';

/** Reading the agenda, when it is neither being edited nor walked in the live session. */
function AgendaList({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const items = meeting.agenda.items;
  if (items.length === 0) return <Text size="sm">{t('meeting.agenda.empty')}</Text>;
  return (
    <Stack gap="xs">
      {meeting.agenda.generated && (
        <Text size="sm" c="gray.8">
          {t('meeting.agenda.generatedRead')}
        </Text>
      )}
      <ol className="agenda-list" aria-label={t('meeting.agenda.title')}>
        {items.map((item, index) => (
          <li key={item.key} className="agenda-item" data-discussed={item.discussedAt ? 'true' : 'false'}>
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {index + 1}. {item.title}
                </Text>
                <Text size="xs" c="gray.7">
                  {t('meeting.agenda.minutesShort', { count: item.minutes })}
                </Text>
                {item.discussedAt && <Tag tone="green">✓ {t('meeting.live.discussed')}</Tag>}
              </Group>
              <AgendaItemFacts item={item} />
              {item.notes && (
                <Text size="sm" className="solution-text">
                  {item.notes}
                </Text>
              )}
            </Stack>
          </li>
        ))}
      </ol>
    </Stack>
  );
}

/** `reconnections`: how often the live stream came back; the live agenda then finds the room again. */
export function AgendaSection({
  meeting,
  reconnections = 0,
}: {
  meeting: MeetingDetail;
  reconnections?: number;
}) {
  const { t } = useTranslation();
  const editable = meeting.can.manage && (meeting.state === 'draft' || meeting.state === 'scheduled');
  const live = meeting.state === 'in_progress';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="agenda-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="agenda-title">
          {live ? t('meeting.live.agendaTitle') : t('meeting.agenda.title')}
        </Title>
        <Group gap="xs">
          {meeting.agenda.generated && <Tag tone="yellow">{t('meeting.agenda.draftTag')}</Tag>}
          <Text size="sm" c="gray.8">
            {t('meeting.agenda.total', { count: meeting.agenda.totalMinutes })}
          </Text>
        </Group>
      </Group>
      {editable ? (
        <AgendaEditor meeting={meeting} />
      ) : live ? (
        <LiveAgenda meeting={meeting} reconnections={reconnections} />
      ) : (
        <AgendaList meeting={meeting} />
      )}
    </Paper>
  );
}
