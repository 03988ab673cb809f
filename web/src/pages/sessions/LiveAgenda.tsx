import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, Tag } from '../../components/common';
import { AgendaItemFacts } from './AgendaItemFacts';
import { AgendaItemNotesEditor } from './AgendaItemNotesEditor';
import { liveApi, prefersReducedMotion } from './liveApi';
import { type AgendaItem, type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

/**
 * Keeps the item the room is on in view: scrolls it to the middle of the screen when it changes, when
 * the page opens on a session under way (a participant who joins late lands on it) and after the live
 * stream reconnected. Smooth, unless the reader asked for less motion.
 */
function useFollowCurrent(list: RefObject<HTMLOListElement | null>, currentId: string | null, again: number) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `again` re-finds the same item after a reconnection
  useEffect(() => {
    if (!currentId) return;
    const item = list.current?.querySelector<HTMLElement>(`li[data-item-id="${CSS.escape(currentId)}"]`);
    item?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [currentId, again, list]);
}

/** What the moderator does to the agenda in the live session: take an item up, mark it discussed. */
function useLiveAgendaActions(
  meeting: MeetingDetail,
  list: RefObject<HTMLOListElement | null>,
  currentId: string | null | undefined,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The "Tratar ahora" button pressed is gone once its item is current: the keyboard stays on the item.
  const focusOn = useRef<string | null>(null);
  useEffect(() => {
    if (!currentId || focusOn.current !== currentId) return;
    focusOn.current = null;
    list.current
      ?.querySelector<HTMLElement>(`li[data-item-id="${CSS.escape(currentId)}"]`)
      ?.focus({ preventScroll: true });
  }, [currentId, list]);
  const mark = useMutation({
    mutationFn: ({ item, discussed }: { item: AgendaItem; discussed: boolean }) =>
      sessionsApi.meetings.updateItem(meeting.id, item.id!, { discussed }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) }),
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  const takeUp = useMutation({
    mutationFn: (item: AgendaItem) => liveApi.setCurrentItem(meeting.id, item.id!),
    onSuccess: async (updated, item) => {
      focusOn.current = item.id;
      queryClient.setQueryData(meetingQueryKey(meeting.id), updated);
      await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
    },
    onError: (error) => notifyError(t('meeting.live.takeUpFailed'), errorMessage(error, t)),
  });
  return { mark, takeUp };
}

type LiveAgendaActions = ReturnType<typeof useLiveAgendaActions>;

/** One item of the live agenda: whether it is current or discussed, the moderator's buttons, its notes. */
function LiveAgendaItem({
  meeting,
  item,
  index,
  isCurrent,
  actions: { mark, takeUp },
}: {
  meeting: MeetingDetail;
  item: AgendaItem;
  index: number;
  isCurrent: boolean;
  actions: LiveAgendaActions;
}) {
  const { t } = useTranslation();
  const manage = meeting.can.manage;
  return (
    <li
      className={isCurrent ? 'agenda-item agenda-item-current' : 'agenda-item'}
      aria-current={isCurrent ? 'step' : undefined}
      tabIndex={isCurrent ? -1 : undefined}
      data-item-id={item.id ?? undefined}
      data-discussed={item.discussedAt ? 'true' : 'false'}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1 }}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {index + 1}. {item.title}
              </Text>
              <Text size="xs" c="gray.7">
                {t('meeting.agenda.minutesShort', { count: item.minutes })}
              </Text>
            </Group>
            <Group gap={6}>
              {isCurrent && <Tag tone="orange">▶ {t('meeting.live.current')}</Tag>}
              {item.discussedAt && <Tag tone="green">✓ {t('meeting.live.discussed')}</Tag>}
            </Group>
            <AgendaItemFacts item={item} />
          </Stack>
          {manage && item.id && (
            <Group gap={6} wrap="nowrap">
              {!isCurrent && (
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-label={t('meeting.live.takeUpItem', { title: item.title })}
                  loading={takeUp.isPending && takeUp.variables?.key === item.key}
                  onClick={() => takeUp.mutate(item)}
                >
                  {t('meeting.live.takeUp')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant={item.discussedAt ? 'default' : 'filled'}
                aria-label={
                  item.discussedAt
                    ? t('meeting.live.undoDiscussedItem', { title: item.title })
                    : t('meeting.live.markDiscussedItem', { title: item.title })
                }
                loading={mark.isPending && mark.variables?.item.key === item.key}
                onClick={() => mark.mutate({ item, discussed: !item.discussedAt })}
              >
                {item.discussedAt ? t('meeting.live.undoDiscussed') : t('meeting.live.markDiscussed')}
              </Button>
            </Group>
          )}
        </Group>
        {manage && item.id && (isCurrent || item.notes) ? (
          <AgendaItemNotesEditor meeting={meeting} item={item} />
        ) : (
          item.notes && (
            <Text size="sm" className="solution-text">
              {item.notes}
            </Text>
          )
        )}
      </Stack>
    </li>
  );
}

/** Walking the agenda in the live session: the item the room is on, progress, and the moderator's controls. */
export function LiveAgenda({ meeting, reconnections }: { meeting: MeetingDetail; reconnections: number }) {
  const { t } = useTranslation();
  const items = meeting.agenda.items;
  // The server's: the item the moderator took up, else the first not discussed (the same on every screen).
  const current = items.find((i) => i.id && i.id === meeting.currentItemId) ?? null;
  const list = useRef<HTMLOListElement>(null);
  useFollowCurrent(list, current?.id ?? null, reconnections);
  const actions = useLiveAgendaActions(meeting, list, current?.id);
  const discussedCount = items.filter((i) => i.discussedAt).length;
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.8" role="status" aria-live="polite">
        {current
          ? t('meeting.live.currentIs', { position: current.position + 1, title: current.title })
          : t('meeting.live.allDiscussed')}{' '}
        {t('meeting.live.progress', { done: discussedCount, total: items.length })}
      </Text>
      {items.length === 0 ? (
        <Text size="sm">{t('meeting.agenda.empty')}</Text>
      ) : (
        <ol
          className="agenda-list"
          aria-label={t('meeting.agenda.title')}
          data-testid="live-agenda"
          ref={list}
        >
          {items.map((item, index) => (
            <LiveAgendaItem
              key={item.key}
              meeting={meeting}
              item={item}
              index={index}
              isCurrent={current?.key === item.key}
              actions={actions}
            />
          ))}
        </ol>
      )}
    </Stack>
  );
}
