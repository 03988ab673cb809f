import { ActionIcon, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, Tag } from '../../components/common';
import { AddAgendaItemForm } from './AddAgendaItemForm';
import { AgendaItemFacts } from './AgendaItemFacts';
import { type AgendaEntry, MAX_MINUTES } from './agendaEdits';
import type { MeetingDetail } from './sessionsApi';
import { type MoveDirection, useAgendaDraft } from './useAgendaDraft';

/** One item of the agenda being edited: its title and facts, its minutes, arrows to move it, removal. */
function AgendaEntryRow({
  entry: e,
  index,
  last,
  buttons,
  onMove,
  onRemove,
  onMinutes,
}: {
  entry: AgendaEntry;
  index: number;
  last: boolean;
  buttons: RefObject<Map<string, HTMLButtonElement>>;
  onMove: (index: number, dir: MoveDirection) => void;
  onRemove: (index: number) => void;
  onMinutes: (index: number, minutes: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="agenda-item" data-key={e.key}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={600} size="sm">
            {index + 1}. {e.title}
          </Text>
          {e.item ? (
            <AgendaItemFacts item={e.item} />
          ) : (
            <Group gap={6}>
              <Tag tone="blue">{t('meeting.agenda.new')}</Tag>
            </Group>
          )}
        </Stack>
        <Group gap={6} wrap="nowrap" align="center">
          <NumberInput
            w={90}
            size="xs"
            min={0}
            max={MAX_MINUTES}
            aria-label={t('meeting.agenda.minutesOf', { title: e.title })}
            suffix=" min"
            value={e.minutes}
            onChange={(v) => onMinutes(index, Math.max(0, Math.min(MAX_MINUTES, Number(v) || 0)))}
          />
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('meeting.agenda.moveUp', { title: e.title })}
            disabled={index === 0}
            onClick={() => onMove(index, 'up')}
            ref={(el) => {
              if (el) buttons.current.set(`${e.key}:up`, el);
              else buttons.current.delete(`${e.key}:up`);
            }}
          >
            <span aria-hidden>↑</span>
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('meeting.agenda.moveDown', { title: e.title })}
            disabled={last}
            onClick={() => onMove(index, 'down')}
            ref={(el) => {
              if (el) buttons.current.set(`${e.key}:down`, el);
              else buttons.current.delete(`${e.key}:down`);
            }}
          >
            <span aria-hidden>↓</span>
          </ActionIcon>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={t('meeting.agenda.removeItem', { title: e.title })}
            onClick={() => onRemove(index)}
          >
            {t('common.remove')}
          </Button>
        </Group>
      </Group>
    </li>
  );
}

/** Editing the agenda before the session: reorder, set minutes, remove and add items, then save. */
export function AgendaEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { entries, dirty, announcement, buttons, move, remove, setMinutes, add, save, reset, total } =
    useAgendaDraft(meeting);

  return (
    <Stack gap="md">
      <Text size="sm" c="gray.8">
        {meeting.agenda.generated ? t('meeting.agenda.generatedHelp') : t('meeting.agenda.savedHelp')}
      </Text>
      {entries.length === 0 ? (
        <Text size="sm">{t('meeting.agenda.empty')}</Text>
      ) : (
        <ol className="agenda-list" aria-label={t('meeting.agenda.title')} data-testid="agenda-editor">
          {entries.map((e, index) => (
            <AgendaEntryRow
              key={e.key}
              entry={e}
              index={index}
              last={index === entries.length - 1}
              buttons={buttons}
              onMove={move}
              onRemove={remove}
              onMinutes={setMinutes}
            />
          ))}
        </ol>
      )}
      <Text size="sm" c="gray.8">
        {t('meeting.agenda.total', { count: total })}
      </Text>
      <Text className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </Text>
      <AddAgendaItemForm meeting={meeting} onAdd={add} />
      <FormError error={save.error} />
      <Group justify="flex-end">
        {dirty && (
          <Button variant="default" onClick={reset}>
            {t('meeting.agenda.reset')}
          </Button>
        )}
        <Button
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!dirty && !meeting.agenda.generated}
        >
          {t('meeting.agenda.save')}
        </Button>
      </Group>
    </Stack>
  );
}
