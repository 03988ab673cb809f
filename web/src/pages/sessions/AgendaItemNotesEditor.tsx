import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, notifySuccess } from '../../components/common';
import { type AgendaItem, type MeetingDetail, meetingQueryKey, sessionsApi } from './sessionsApi';

/** The notes the moderator takes on an agenda item during the live session. */
export function AgendaItemNotesEditor({ meeting, item }: { meeting: MeetingDetail; item: AgendaItem }) {
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
