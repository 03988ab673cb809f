import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WHEEL_QUESTION_TEXT_MAX, type WheelDimension, wheelDimensions } from '../../../src/domain/wheel';
import { fieldError, notifySuccess, PageLoader, QueryError, usePageTitle } from '../components/common';
import { type Column, DataTable, RowButton } from '../components/DataTable';
import { FormModal } from '../components/FormModal';
import { useSaveForm } from '../components/forms';
import { Forbidden, PageHeader } from '../components/headings';
import { type WheelQuestion, wheelApi, wheelKeys } from '../pages/wheel/wheelApi';
import { useSession } from '../session';
import { retirableColumns } from './retirableColumns';

/** What the dialog edits: a question, or a new one (of a dimension when added from its section). */
type Editing = WheelQuestion | { dimension: WheelDimension } | null;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: wheelKeys.questions });
}

const isRetired = (q: WheelQuestion) => q.retiredAt !== null;

/**
 * The Evaluation Wheel's question set (administrators): the questions of each of the twelve
 * dimensions in Spanish and English, reworded, reordered, added or retired (never deleted); a change
 * holds from the next round on.
 */
export function WheelQuestionsPage() {
  const { t } = useTranslation();
  const { isAdmin } = useSession();
  const title = t('wheelAdmin.title');
  usePageTitle(title);
  const list = useQuery({
    queryKey: [...wheelKeys.questions, 'all'],
    queryFn: () => wheelApi.questions(true),
    enabled: isAdmin,
  });
  const [editing, setEditing] = useState<Editing>(null);
  const refresh = useRefresh();
  const retire = useMutation({
    mutationFn: (q: WheelQuestion) =>
      wheelApi.updateQuestion(q.id, { version: q.version, retired: !isRetired(q) }),
    onSuccess: async (q) => {
      await refresh();
      notifySuccess(isRetired(q) ? t('wheelAdmin.retiredNotice') : t('wheelAdmin.restoredNotice'));
    },
  });
  if (!isAdmin) return <Forbidden title={title} />;

  const columns: Column<WheelQuestion>[] = [
    { label: t('wheelAdmin.position'), td: { ta: 'right', w: 70 }, cell: (q) => q.position },
    {
      label: t('wheelAdmin.inSpanish'),
      cell: (q) => (
        <Stack gap={2}>
          <Text size="sm" lang="es">
            {q.textEs}
          </Text>
          <Text size="xs" c="gray.7">
            {q.key}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('wheelAdmin.inEnglish'),
      cell: (q) => (
        <Text size="sm" lang="en">
          {q.textEn}
        </Text>
      ),
    },
    ...retirableColumns<WheelQuestion>({
      labels: {
        state: t('wheelAdmin.state'),
        active: t('wheelAdmin.active'),
        retired: t('wheelAdmin.retired'),
        edit: t('common.edit'),
        actions: t('common.actions'),
        retire: t('wheelAdmin.retire'),
        restore: t('wheelAdmin.restore'),
      },
      isRetired,
      onEdit: setEditing,
      onRetire: (q) => retire.mutate(q),
      retiring: (q) => retire.isPending && retire.variables?.id === q.id,
    }),
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        subtitle={t('wheelAdmin.subtitle')}
        action={
          <Button onClick={() => setEditing({ dimension: wheelDimensions[0] })}>{t('wheelAdmin.new')}</Button>
        }
      />
      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {retire.error ? <QueryError error={retire.error} /> : null}
      {list.data &&
        wheelDimensions.map((dimension) => {
          const questions = list.data.questions
            .filter((q) => q.dimension === dimension)
            .sort((a, b) => a.position - b.position);
          const name = t(`wheel.dimensions.${dimension}`);
          const headingId = `wheel-dimension-${dimension}`;
          return (
            <Paper
              key={dimension}
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-labelledby={headingId}
            >
              <Group justify="space-between" align="flex-start" mb="xs">
                <div>
                  <Title order={2} size="h4" id={headingId}>
                    {name}
                  </Title>
                  <Text size="sm" c="gray.7">
                    {t('wheelAdmin.inUse', { count: questions.filter((q) => !isRetired(q)).length })}
                  </Text>
                </div>
                <RowButton
                  label={t('wheelAdmin.addTo')}
                  name={name}
                  onClick={() => setEditing({ dimension })}
                />
              </Group>
              {questions.length === 0 ? (
                <Text c="gray.7">{t('wheelAdmin.empty')}</Text>
              ) : (
                <DataTable caption={name} rows={questions} columns={columns} minWidth={860} />
              )}
            </Paper>
          );
        })}
      <QuestionModal editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

interface QuestionFields {
  dimension: string;
  word: string;
  textEs: string;
  textEn: string;
  position: string;
}

function QuestionModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const existing = editing !== null && 'id' in editing ? editing : null;
  const form = useSaveForm<QuestionFields, WheelQuestion>({
    initial: () => ({
      dimension: editing?.dimension ?? wheelDimensions[0],
      word: '',
      textEs: existing?.textEs ?? '',
      textEn: existing?.textEn ?? '',
      position: existing ? String(existing.position) : '',
    }),
    dialog: { opened: editing !== null, onClose, record: existing?.id ?? editing?.dimension ?? 'new' },
    required: () => (existing ? ['textEs', 'textEn'] : ['dimension', 'word', 'textEs', 'textEn']),
    save: (v) => {
      const position = v.position.trim() === '' ? undefined : Number(v.position);
      const texts = { textEs: v.textEs, textEn: v.textEn, ...(position === undefined ? {} : { position }) };
      if (existing) return wheelApi.updateQuestion(existing.id, { version: existing.version, ...texts });
      return wheelApi.createQuestion({
        key: `${v.dimension}.${v.word.trim()}`,
        dimension: v.dimension as WheelDimension,
        ...texts,
      });
    },
    refresh: useRefresh(),
    notice: () => t('wheelAdmin.saved'),
  });
  const key = `${form.values.dimension}.${form.values.word.trim() || '…'}`;
  return (
    <FormModal
      form={form}
      size="lg"
      title={existing ? t('wheelAdmin.editTitle', { key: existing.key }) : t('wheelAdmin.newTitle')}
      submitLabel={t('common.save')}
    >
      {existing ? (
        <Text size="sm" c="gray.7">
          {t(`wheel.dimensions.${existing.dimension}`)}
        </Text>
      ) : (
        <Group grow align="flex-start">
          <NativeSelect
            label={t('wheelAdmin.dimension')}
            required
            data={wheelDimensions.map((d) => ({ value: d, label: t(`wheel.dimensions.${d}`) }))}
            {...form.text('dimension')}
            error={form.error('dimension') ?? fieldError(form.mutation.error, 'dimension')}
          />
          <TextInput
            label={t('wheelAdmin.word')}
            description={t('wheelAdmin.wordHelp', { key })}
            required
            maxLength={40}
            autoCapitalize="none"
            spellCheck={false}
            {...form.text('word')}
            error={form.error('word') ?? fieldError(form.mutation.error, 'key')}
          />
        </Group>
      )}
      <Textarea
        label={t('wheelAdmin.textEs')}
        description={t('wheelAdmin.textHelp')}
        required
        autosize
        minRows={2}
        maxLength={WHEEL_QUESTION_TEXT_MAX}
        lang="es"
        {...form.text('textEs')}
      />
      <Textarea
        label={t('wheelAdmin.textEn')}
        required
        autosize
        minRows={2}
        maxLength={WHEEL_QUESTION_TEXT_MAX}
        lang="en"
        {...form.text('textEn')}
      />
      <NumberInput
        label={t('wheelAdmin.position')}
        description={existing ? undefined : t('wheelAdmin.positionHelp')}
        min={1}
        max={10_000}
        allowDecimal={false}
        value={form.values.position}
        onChange={(value) => form.set('position', String(value))}
        error={form.error('position')}
      />
    </FormModal>
  );
}
