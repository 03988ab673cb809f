import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/common';
import type { useProblemEdits } from '../matrix/edits';
import { filterFlagList } from '../matrix/labels';
import type { FilterFlag, ProblemDetail } from '../matrix/matrixApi';

/** The litmus question of the method, and the prompt to look for the productivity-raising alternative. */
export function LitmusNote() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid="litmus">
      <Text size="sm" fw={600} c="gray.9">
        {t('problemPage.flags.litmus')}
      </Text>
      <Text size="sm" c="gray.9">
        {t('problemPage.flags.alternative')}
      </Text>
    </Alert>
  );
}

/** What a problem or a solution carries about the filters. */
interface FlagsOf {
  filterFlags: FilterFlag[];
  dismissedFlags: FilterFlag[];
  suggestedFlags: FilterFlag[];
}

export interface FlagChange {
  filterFlags?: FilterFlag[];
  dismissedFlags?: FilterFlag[];
}

/** The changes that confirm, dismiss or remove one flag (the server keeps both lists). */
export const flagChanges = {
  confirm: (r: FlagsOf, f: FilterFlag): FlagChange => ({ filterFlags: [...r.filterFlags, f] }),
  dismiss: (r: FlagsOf, f: FilterFlag): FlagChange => ({ dismissedFlags: [...r.dismissedFlags, f] }),
  remove: (r: FlagsOf, f: FilterFlag): FlagChange => ({ filterFlags: r.filterFlags.filter((x) => x !== f) }),
};

/**
 * The confirmed flags (each removable) and the open suggestions (each to confirm or dismiss) of a
 * problem or a solution. The server stores both decisions; a dismissed suggestion is not shown again.
 */
export function FlagList({
  record,
  canEdit,
  pending,
  onChange,
}: {
  record: FlagsOf;
  canEdit: boolean;
  pending: boolean;
  onChange: (change: FlagChange) => void;
}) {
  const { t } = useTranslation();
  const name = (f: FilterFlag) => t(`matrix.flag.${f}`);
  return (
    <>
      {record.filterFlags.map((f) => (
        <Group key={f} gap="xs" data-confirmed-flag={f}>
          <Tag tone="red">{name(f)}</Tag>
          {canEdit && (
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={pending}
              onClick={() => onChange(flagChanges.remove(record, f))}
            >
              {t('problemPage.flags.remove', { flag: name(f) })}
            </Button>
          )}
        </Group>
      ))}
      {record.suggestedFlags.map((f) => (
        <Group key={f} gap="xs" data-suggested-flag={f}>
          <Tag tone="yellow">{t('matrix.suggestedFlag', { flag: name(f) })}</Tag>
          <Text size="xs" c="gray.7">
            {t('problemPage.flags.suggestedWhy')}
          </Text>
          {canEdit && (
            <>
              <Button
                size="compact-xs"
                disabled={pending}
                onClick={() => onChange(flagChanges.confirm(record, f))}
              >
                {t('problemPage.flags.confirm', { flag: name(f) })}
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                disabled={pending}
                onClick={() => onChange(flagChanges.dismiss(record, f))}
              >
                {t('problemPage.flags.dismiss', { flag: name(f) })}
              </Button>
            </>
          )}
        </Group>
      ))}
    </>
  );
}

export function FlagsPanel({
  problem,
  edits,
}: {
  problem: ProblemDetail;
  edits: ReturnType<typeof useProblemEdits>;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string>('');
  const suggested = problem.suggestedFlags;
  const canEdit = problem.can.update;
  const change = (changes: FlagChange) => edits.update.mutate({ problem, changes });
  const setFlags = (filterFlags: FilterFlag[]) => change({ filterFlags });
  const addable = filterFlagList.filter((f) => !problem.filterFlags.includes(f));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="flags-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="flags-title">
            {t('problemPage.flags.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('problemPage.flags.help')}
          </Text>
        </div>
        {problem.filterFlags.length === 0 && suggested.length === 0 && (
          <Text size="sm">{t('problemPage.flags.none')}</Text>
        )}
        <FlagList record={problem} canEdit={canEdit} pending={edits.update.isPending} onChange={change} />
        {(problem.filterFlags.length > 0 || suggested.length > 0) && <LitmusNote />}
        {canEdit && addable.length > 0 && (
          <Group gap="xs" align="flex-end">
            <NativeSelect
              size="xs"
              label={t('problemPage.flags.mark')}
              value={adding}
              data={[
                { value: '', label: '—' },
                ...addable.map((f) => ({ value: f, label: t(`matrix.flag.${f}`) })),
              ]}
              onChange={(e) => setAdding(e.currentTarget.value)}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!adding}
              onClick={() => {
                setFlags([...problem.filterFlags, adding as FilterFlag]);
                setAdding('');
              }}
            >
              {t('problemPage.flags.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
