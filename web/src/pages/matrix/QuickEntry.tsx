import { Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/common';
import { scores, useCategoryName } from './labels';
import { type Category, type CreateProblem, matrixApi, matrixQueryKey } from './matrixApi';

/**
 * The spreadsheet-like entry row: type a title, Tab to category, impact and ease, Enter saves and the
 * cursor is back in a fresh title field. Saves are queued so typing never waits for the server.
 */
export function QuickEntry({ mesaId, categories }: { mesaId: string; categories: Category[] }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const queryClient = useQueryClient();
  const titleRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [title, setTitle] = useState('');
  const [categoryKey, setCategoryKey] = useState('');
  const [impact, setImpact] = useState('3');
  const [ease, setEase] = useState('3');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const save = (body: CreateProblem) => {
    setPending((n) => n + 1);
    queue.current = queue.current
      .then(() => matrixApi.problems.create(mesaId, body))
      .then(
        (created) => {
          setAnnouncement(t('matrix.quick.added', { code: created.code, title: created.title }));
          void queryClient.invalidateQueries({ queryKey: matrixQueryKey(mesaId) });
        },
        (error: unknown) => {
          setFailure(t('matrix.quick.failed', { title: body.title, message: errorMessage(error, t) }));
          // Give the text back so nothing typed is lost.
          setTitle((current) => (current.trim() === '' ? body.title : current));
        },
      )
      .finally(() => setPending((n) => n - 1));
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = title.trim();
    if (!text) {
      setTitleError(t('matrix.quick.titleRequired'));
      titleRef.current?.focus();
      return;
    }
    setFailure(null);
    save({
      title: text,
      categoryKey: categoryKey || null,
      impact: Number(impact),
      ease: Number(ease),
    });
    setTitle('');
    setImpact('3');
    setEase('3');
    // The category is kept: problems are often typed in runs of one kind.
    titleRef.current?.focus();
  };

  // Enter saves from every field of the row, selects included.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (
      event.key === 'Enter' &&
      !event.nativeEvent.isComposing &&
      event.target instanceof HTMLSelectElement
    ) {
      event.preventDefault();
      submit();
    }
  };

  const scoreOptions = scores.map((s) => ({ value: String(s), label: String(s) }));
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="quick-entry-title">
      <Text id="quick-entry-title" fw={600} size="sm" mb={4} component="h2">
        {t('matrix.quick.title')}
      </Text>
      <Text size="xs" c="gray.7" mb="xs" id="quick-entry-help">
        {t('matrix.quick.help')}
      </Text>
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-labelledby="quick-entry-title">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            ref={titleRef}
            size="xs"
            style={{ flex: 1 }}
            label={t('matrix.quick.problemTitle')}
            aria-describedby="quick-entry-help"
            placeholder={t('matrix.quick.placeholder')}
            value={title}
            error={titleError}
            autoComplete="off"
            data-testid="quick-title"
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setTitleError(null);
            }}
          />
          <NativeSelect
            size="xs"
            w={220}
            label={t('matrix.col.category')}
            value={categoryKey}
            data-testid="quick-category"
            data={[
              { value: '', label: t('matrix.noCategory') },
              ...categories.filter((c) => !c.archived).map((c) => ({ value: c.key, label: categoryName(c) })),
            ]}
            onChange={(e) => setCategoryKey(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            w={80}
            label={t('matrix.col.impact')}
            value={impact}
            data={scoreOptions}
            onChange={(e) => setImpact(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            w={80}
            label={t('matrix.col.ease')}
            value={ease}
            data={scoreOptions}
            onChange={(e) => setEase(e.currentTarget.value)}
          />
          <Button type="submit" size="xs" mt={22}>
            {t('matrix.quick.add')}
          </Button>
        </Group>
      </form>
      <Text size="xs" c="gray.7" role="status" aria-live="polite" mt={4}>
        {pending > 0 ? t('matrix.quick.saving', { count: pending }) : announcement}
      </Text>
      {failure && (
        <Text size="xs" c="red.8" role="alert">
          {failure}
        </Text>
      )}
    </Paper>
  );
}
