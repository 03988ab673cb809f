import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, FormError, notifyError, notifySuccess, Tag } from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink } from '../matrix/labels';
import { DueStateBadge } from './labels';
import { liveApi, prefersReducedMotion } from './liveApi';
import { useProblemOptions } from './NewMeetingForm';
import {
  type AgendaEdit,
  type AgendaItem,
  type MeetingDetail,
  meetingQueryKey,
  sessionsApi,
} from './sessionsApi';

const MAX_MINUTES = 240;

/** What an agenda item is about: its kind, the problem or commitment behind it. */
function ItemFacts({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Group gap={6} wrap="wrap">
      <Tag tone="gray">{t(`agendaItemKind.${item.kind}`)}</Tag>
      {item.reasons
        .filter((r) => r !== item.kind)
        .map((r) => (
          <Tag key={r} tone="gray">
            {t(`agendaItemKind.${r}`)}
          </Tag>
        ))}
      {item.problem && (
        <Text size="sm" component="span">
          <ProblemLink problemId={item.problem.id}>{item.problem.code}</ProblemLink>
        </Text>
      )}
      {item.commitment && (
        <>
          <DueStateBadge state={item.commitment.dueState} />
          <Text size="xs" c="gray.7" component="span">
            {[
              item.commitment.person?.fullName,
              item.commitment.organization?.acronym ?? item.commitment.organization?.name,
            ]
              .filter(Boolean)
              .join(' — ')}
          </Text>
        </>
      )}
      {item.escalation?.decision && (
        <Text
          size="sm"
          component="p"
          m={0}
          style={{ flexBasis: '100%' }}
          data-testid="agenda-escalation-decision"
        >
          <strong>
            {t('escalationsWeb.agendaDecision', {
              date: fmt.date(item.escalation.decidedOn),
              who: item.escalation.decidedBy?.fullName ?? '—',
            })}
          </strong>{' '}
          {item.escalation.decision}
        </Text>
      )}
    </Group>
  );
}

// ── Editing the agenda before the session ──────────────────────────────────────────────────────────

interface Entry {
  key: string;
  title: string;
  minutes: number;
  /** The saved or generated item; absent for one added here and not saved yet. */
  item: AgendaItem | null;
  problemId: string | null;
}

const entriesOf = (items: AgendaItem[]): Entry[] =>
  items.map((item) => ({ key: item.key, title: item.title, minutes: item.minutes, item, problemId: null }));

/**
 * The edits that turn the agenda as the server has it into the one on screen: removals, minutes, then
 * moves of the remaining items into their order, then the new items inserted at their places.
 */
export function agendaEdits(original: AgendaItem[], entries: Entry[]): AgendaEdit[] {
  const edits: AgendaEdit[] = [];
  const kept = new Set(entries.filter((e) => e.item).map((e) => e.key));
  for (const item of original) if (!kept.has(item.key)) edits.push({ op: 'remove', key: item.key });
  for (const e of entries) {
    if (e.item && e.item.minutes !== e.minutes)
      edits.push({ op: 'set_minutes', key: e.key, minutes: e.minutes });
  }
  const order = original.filter((i) => kept.has(i.key)).map((i) => i.key);
  entries
    .filter((e) => e.item)
    .forEach((e, to) => {
      if (order[to] === e.key) return;
      edits.push({ op: 'move', key: e.key, to });
      order.splice(order.indexOf(e.key), 1);
      order.splice(to, 0, e.key);
    });
  entries.forEach((e, at) => {
    if (!e.item) edits.push({ op: 'add', title: e.title, minutes: e.minutes, problemId: e.problemId, at });
  });
  return edits;
}

function AddItemForm({
  meeting,
  onAdd,
}: {
  meeting: MeetingDetail;
  onAdd: (entry: Omit<Entry, 'key'>) => void;
}) {
  const { t } = useTranslation();
  const problems = useProblemOptions(meeting.mesaId, true);
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState<number | string>(5);
  const [problemId, setProblemId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('form.required'));
      return;
    }
    onAdd({ title: title.trim(), minutes: Number(minutes) || 0, item: null, problemId });
    setTitle('');
    setMinutes(5);
    setProblemId(null);
    setError(null);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="agenda-add-title">
      <Text fw={600} size="sm" id="agenda-add-title" component="h3" mb={4}>
        {t('meeting.agenda.addTitle')}
      </Text>
      <Group align="flex-start" gap="sm">
        <TextInput
          style={{ flex: 2, minWidth: 220 }}
          label={t('meeting.agenda.itemTitle')}
          value={title}
          error={error}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setError(null);
          }}
        />
        <NumberInput
          w={110}
          label={t('meeting.agenda.minutes')}
          min={0}
          max={MAX_MINUTES}
          value={minutes}
          onChange={setMinutes}
        />
        <Select
          style={{ flex: 2, minWidth: 220 }}
          label={t('meeting.agenda.itemProblem')}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={problems.options}
          value={problemId}
          onChange={setProblemId}
        />
        <Button type="submit" variant="default" mt={24}>
          {t('meeting.agenda.add')}
        </Button>
      </Group>
    </form>
  );
}

function AgendaEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const original = meeting.agenda.items;
  const [entries, setEntries] = useState<Entry[]>(() => entriesOf(original));
  const [dirty, setDirty] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ key: string; dir: 'up' | 'down' } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const nextNew = useRef(1);

  // Follow the server's agenda (another member of the team may edit it) until editing starts here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the saved agenda changes
  useEffect(() => {
    if (!dirty) setEntries(entriesOf(original));
  }, [meeting.version, meeting.agenda.generated, JSON.stringify(original.map((i) => [i.key, i.minutes]))]);

  // Keep the keyboard focus on the arrow of the item that moved (or the other arrow at an edge).
  useEffect(() => {
    if (!focus) return;
    const target =
      buttons.current.get(`${focus.key}:${focus.dir}`) ??
      buttons.current.get(`${focus.key}:${focus.dir === 'up' ? 'down' : 'up'}`);
    if (target && !target.disabled) target.focus();
    else buttons.current.get(`${focus.key}:${focus.dir === 'up' ? 'down' : 'up'}`)?.focus();
    setFocus(null);
  }, [focus]);

  const change = (next: Entry[]) => {
    setEntries(next);
    setDirty(true);
  };
  const move = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= entries.length) return;
    const next = [...entries];
    const [entry] = next.splice(index, 1);
    next.splice(to, 0, entry!);
    change(next);
    setAnnouncement(t('meeting.agenda.moved', { title: entry!.title, position: to + 1 }));
    setFocus({ key: entry!.key, dir });
  };
  const remove = (index: number) => {
    const entry = entries[index]!;
    change(entries.filter((_, i) => i !== index));
    setAnnouncement(t('meeting.agenda.removed', { title: entry.title }));
  };
  const setMinutes = (index: number, minutes: number) =>
    change(entries.map((e, i) => (i === index ? { ...e, minutes } : e)));

  const save = useMutation({
    mutationFn: () =>
      sessionsApi.meetings.saveAgenda(meeting.id, meeting.version, agendaEdits(original, entries)),
    onSuccess: async () => {
      setDirty(false);
      await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
      notifySuccess(t('meeting.agenda.saved'));
    },
  });
  const reset = () => {
    setEntries(entriesOf(original));
    setDirty(false);
    save.reset();
  };
  const total = entries.reduce((sum, e) => sum + e.minutes, 0);

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
            <li key={e.key} className="agenda-item" data-key={e.key}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={4} style={{ flex: 1 }}>
                  <Text fw={600} size="sm">
                    {index + 1}. {e.title}
                  </Text>
                  {e.item ? (
                    <ItemFacts item={e.item} />
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
                    onChange={(v) => setMinutes(index, Math.max(0, Math.min(MAX_MINUTES, Number(v) || 0)))}
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('meeting.agenda.moveUp', { title: e.title })}
                    disabled={index === 0}
                    onClick={() => move(index, 'up')}
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
                    disabled={index === entries.length - 1}
                    onClick={() => move(index, 'down')}
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
                    onClick={() => remove(index)}
                  >
                    {t('common.remove')}
                  </Button>
                </Group>
              </Group>
            </li>
          ))}
        </ol>
      )}
      <Text size="sm" c="gray.8">
        {t('meeting.agenda.total', { count: total })}
      </Text>
      <Text className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </Text>
      <AddItemForm
        meeting={meeting}
        onAdd={(entry) => {
          change([...entries, { ...entry, key: `new:${nextNew.current++}` }]);
          setAnnouncement(t('meeting.agenda.addedItem', { title: entry.title }));
        }}
      />
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

// ── Walking the agenda in the live session ─────────────────────────────────────────────────────────

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

function NotesEditor({ meeting, item }: { meeting: MeetingDetail; item: AgendaItem }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(item.notes);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setText(item.notes);
  }, [item.notes, dirty]);
  const save = useMutation({
    mutationFn: () => sessionsApi.meetings.updateItem(meeting.id, item.id!, { notes: text }),
    onSuccess: async () => {
      setDirty(false);
      await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
      notifySuccess(t('meeting.live.notesSaved'));
    },
  });
  return (
    <Stack gap={4}>
      <Textarea
        label={t('meeting.live.notesOf', { title: item.title })}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setDirty(true);
        }}
      />
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="default"
          onClick={() => save.mutate()}
          loading={save.isPending}
          disabled={!dirty}
        >
          {t('meeting.live.saveNotes')}
        </Button>
      </Group>
    </Stack>
  );
}

function LiveAgenda({ meeting, reconnections }: { meeting: MeetingDetail; reconnections: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const items = meeting.agenda.items;
  // The server's: the item the moderator took up, else the first not discussed (the same on every screen).
  const current = items.find((i) => i.id && i.id === meeting.currentItemId) ?? null;
  const manage = meeting.can.manage;
  const list = useRef<HTMLOListElement>(null);
  useFollowCurrent(list, current?.id ?? null, reconnections);
  // The "Tratar ahora" button pressed is gone once its item is current: the keyboard stays on the item.
  const focusOn = useRef<string | null>(null);
  useEffect(() => {
    if (!current?.id || focusOn.current !== current.id) return;
    focusOn.current = null;
    list.current
      ?.querySelector<HTMLElement>(`li[data-item-id="${CSS.escape(current.id)}"]`)
      ?.focus({ preventScroll: true });
  }, [current?.id]);
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
          {items.map((item, index) => {
            const isCurrent = current?.key === item.key;
            return (
              <li
                key={item.key}
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
                      <ItemFacts item={item} />
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
                          {item.discussedAt
                            ? t('meeting.live.undoDiscussed')
                            : t('meeting.live.markDiscussed')}
                        </Button>
                      </Group>
                    )}
                  </Group>
                  {manage && item.id && (isCurrent || item.notes) ? (
                    <NotesEditor meeting={meeting} item={item} />
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
          })}
        </ol>
      )}
    </Stack>
  );
}

// ── Reading the agenda ─────────────────────────────────────────────────────────────────────────────

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
              <ItemFacts item={item} />
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
