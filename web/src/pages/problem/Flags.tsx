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

const storageKey = (problemId: string) => `mesas.dismissedFlags.${problemId}`;

/** Suggestions dismissed on this device (the server keeps only the confirmed flags). */
function useDismissed(problemId: string) {
  const read = (): FilterFlag[] => {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey(problemId)) ?? '[]') as FilterFlag[];
    } catch {
      return [];
    }
  };
  const [dismissed, setDismissed] = useState<FilterFlag[]>(read);
  const dismiss = (flag: FilterFlag) => {
    const next = [...new Set([...dismissed, flag])];
    setDismissed(next);
    try {
      window.localStorage.setItem(storageKey(problemId), JSON.stringify(next));
    } catch {
      // Without storage the dismissal lasts for this page only.
    }
  };
  return { dismissed, dismiss };
}

export function FlagsPanel({
  problem,
  edits,
}: {
  problem: ProblemDetail;
  edits: ReturnType<typeof useProblemEdits>;
}) {
  const { t } = useTranslation();
  const { dismissed, dismiss } = useDismissed(problem.id);
  const [adding, setAdding] = useState<string>('');
  const suggested = problem.suggestedFlags.filter((f) => !dismissed.includes(f));
  const canEdit = problem.can.update;
  const setFlags = (filterFlags: FilterFlag[]) => edits.update.mutate({ problem, changes: { filterFlags } });
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
        {problem.filterFlags.map((f) => (
          <Group key={f} gap="xs">
            <Tag tone="red">{t(`matrix.flag.${f}`)}</Tag>
            {canEdit && (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setFlags(problem.filterFlags.filter((x) => x !== f))}
              >
                {t('problemPage.flags.remove', { flag: t(`matrix.flag.${f}`) })}
              </Button>
            )}
          </Group>
        ))}
        {suggested.map((f) => (
          <Group key={f} gap="xs" data-suggested-flag={f}>
            <Tag tone="yellow">{t('matrix.suggestedFlag', { flag: t(`matrix.flag.${f}`) })}</Tag>
            <Text size="xs" c="gray.7">
              {t('problemPage.flags.suggestedWhy')}
            </Text>
            {canEdit && (
              <>
                <Button size="compact-xs" onClick={() => setFlags([...problem.filterFlags, f])}>
                  {t('problemPage.flags.confirm', { flag: t(`matrix.flag.${f}`) })}
                </Button>
                <Button size="compact-xs" variant="default" onClick={() => dismiss(f)}>
                  {t('problemPage.flags.dismiss', { flag: t(`matrix.flag.${f}`) })}
                </Button>
              </>
            )}
          </Group>
        ))}
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
