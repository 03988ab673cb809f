import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/common';
import { type AgendaEntry, agendaEdits, entriesOf } from './agendaEdits';
import { type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

export type MoveDirection = 'up' | 'down';

/**
 * The agenda being edited before the session: the items on screen, their moves, minutes, removals and
 * additions (each announced to screen readers), and the mutation that saves them as edits.
 */
export function useAgendaDraft(meeting: MeetingDetail) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const original = meeting.agenda.items;
  const [entries, setEntries] = useState<AgendaEntry[]>(() => entriesOf(original));
  const [dirty, setDirty] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ key: string; dir: MoveDirection } | null>(null);
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

  const change = (next: AgendaEntry[]) => {
    setEntries(next);
    setDirty(true);
  };
  const move = (index: number, dir: MoveDirection) => {
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
  const add = (entry: Omit<AgendaEntry, 'key'>) => {
    change([...entries, { ...entry, key: `new:${nextNew.current++}` }]);
    setAnnouncement(t('meeting.agenda.addedItem', { title: entry.title }));
  };

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

  return { entries, dirty, announcement, buttons, move, remove, setMinutes, add, save, reset, total };
}
