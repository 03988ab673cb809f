import { Button, Group, Kbd, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, fieldError } from '../../components/common';
import { useCaptureShortcut } from './QuickCommitmentLine';
import { currentAgendaItem } from './quickCapture';
import { type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

/**
 * A decision in one typed line: the text, under the agenda item being discussed (its problem goes
 * with it) unless another item is chosen. Enter saves; the line clears and keeps the focus for the
 * next decision. Esc clears it.
 */
export function QuickDecisionLine({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const textRef = useRef<HTMLInputElement>(null);
  useCaptureShortcut('KeyD', textRef, true);
  const [text, setText] = useState('');
  // null: follow the item being discussed, as the moderator walks the agenda.
  const [chosenItem, setChosenItem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState('');
  const items = meeting.agenda.items.filter((i) => i.id);
  const current = currentAgendaItem(meeting);
  const agendaItemId = chosenItem ?? current?.id ?? '';

  const add = useMutation({
    mutationFn: (body: { text: string; agendaItemId: string | null }) =>
      sessionsApi.meetings.addDecision(meeting.id, body),
    onSuccess: (saved) => {
      setText('');
      setChosenItem(null);
      setLastSaved(t('capture.decision.createdLive', { text: saved.text }));
      textRef.current?.focus();
      // Not awaited: the line is free for the next decision while the meeting refreshes.
      void queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
    },
    onError: () => textRef.current?.focus(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('form.required'));
      textRef.current?.focus();
      return;
    }
    setError(null);
    if (add.isPending) return;
    add.mutate({ text: text.trim(), agendaItemId: agendaItemId || null });
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setText('');
    setChosenItem(null);
    setError(null);
    add.reset();
    textRef.current?.focus();
  };
  const shortcut = 'Alt+Shift+D';
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="decision-form-title"
      data-testid="quick-decision"
      className="quick-capture"
    >
      <Stack gap={6}>
        <Group gap="xs" align="baseline" wrap="wrap">
          <Text fw={600} size="sm" id="decision-form-title" component="h3">
            {t('meeting.decisions.addTitle')}
          </Text>
          <Text size="xs" c="gray.7" id="quick-decision-help">
            {t('capture.decision.help')} <Kbd>{shortcut}</Kbd>
          </Text>
        </Group>
        <FormError error={add.error && !fieldError(add.error, 'text') ? add.error : null} />
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            ref={textRef}
            style={{ flex: '4 1 320px' }}
            label={t('meeting.decisions.text')}
            aria-keyshortcuts={shortcut}
            aria-describedby="quick-decision-help"
            value={text}
            error={error ?? fieldError(add.error, 'text')}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            onKeyDown={onEscape}
          />
          <NativeSelect
            style={{ flex: '2 1 220px' }}
            label={t('meeting.decisions.item')}
            value={agendaItemId}
            error={fieldError(add.error, 'agendaItemId')}
            data={[
              { value: '', label: t('meeting.decisions.noItem') },
              ...items.map((i) => ({ value: i.id!, label: `${i.position + 1}. ${i.title}` })),
            ]}
            onChange={(e) => setChosenItem(e.currentTarget.value)}
            onKeyDown={onEscape}
          />
          <Button type="submit" mt={25} loading={add.isPending}>
            {t('meeting.decisions.add')}
          </Button>
        </Group>
        <Text size="xs" c="gray.8" role="status" aria-live="polite" data-testid="quick-decision-status">
          {lastSaved}
        </Text>
      </Stack>
    </form>
  );
}
