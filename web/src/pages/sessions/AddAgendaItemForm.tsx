import { Button, Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgendaEntry, MAX_MINUTES } from './agendaEdits';
import { useProblemOptions } from './NewMeetingForm';
import type { MeetingDetail } from './sessionsApi';

/** The form under the agenda editor that adds an item (a title, its minutes, maybe a problem). */
export function AddAgendaItemForm({
  meeting,
  onAdd,
}: {
  meeting: MeetingDetail;
  onAdd: (entry: Omit<AgendaEntry, 'key'>) => void;
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
