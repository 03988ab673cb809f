import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess, PageLoader, QueryError, usePageTitle } from '../components/common';
import { type Column, DataTable } from '../components/DataTable';
import { FormModal } from '../components/FormModal';
import { useSaveForm } from '../components/forms';
import { Forbidden, PageHeader } from '../components/headings';
import { type AssessmentQuestion, areas, assessmentsApi, questionText } from '../pages/mesa/assessmentsApi';
import { useSession } from '../session';
import { retirableColumns } from './retirableColumns';

const queryKey = ['assessment-questions', 'all'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['assessment-questions'] });
}

/**
 * The feasibility checklist (administrators): the paper's questions by default, in Spanish and English,
 * each with the red flag a `no` raises. Questions are reworded, reordered or retired, never deleted.
 */
export function AssessmentQuestionsPage() {
  const { t, i18n } = useTranslation();
  const { isAdmin } = useSession();
  const title = t('assessmentsWeb.admin.title');
  usePageTitle(title);
  const list = useQuery({ queryKey, queryFn: () => assessmentsApi.questions(true), enabled: isAdmin });
  const [editing, setEditing] = useState<AssessmentQuestion | 'new' | null>(null);
  const refresh = useRefresh();
  const retire = useMutation({
    mutationFn: (q: AssessmentQuestion) =>
      assessmentsApi.updateQuestion(q.id, { version: q.version, retired: !q.retired }),
    onSuccess: async (q) => {
      await refresh();
      notifySuccess(
        q.retired ? t('assessmentsWeb.admin.retiredNotice') : t('assessmentsWeb.admin.restoredNotice'),
      );
    },
  });
  if (!isAdmin) return <Forbidden title={title} />;

  const columns: Column<AssessmentQuestion>[] = [
    { label: t('assessmentsWeb.admin.position'), td: { ta: 'right' }, cell: (q) => q.position },
    {
      label: t('assessmentsWeb.area'),
      cell: (q) => t(`assessments.areas.${q.area}`, { defaultValue: q.area }),
    },
    {
      label: t('assessmentsWeb.admin.question'),
      cell: (q) => (
        <Stack gap={2}>
          <Text size="sm">{questionText(q, i18n.language)}</Text>
          <Text size="xs" c="gray.7">
            {q.key}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('assessmentsWeb.admin.redFlag'),
      cell: (q) =>
        q.redFlag ? (
          <Stack gap={2}>
            <Text size="sm">{t(`assessments.redFlags.${q.redFlag}`, { defaultValue: q.redFlag })}</Text>
            {q.flagOnPartly && (
              <Text size="xs" c="gray.7">
                {t('assessmentsWeb.admin.alsoOnPartly')}
              </Text>
            )}
          </Stack>
        ) : (
          '—'
        ),
    },
    ...retirableColumns<AssessmentQuestion>({
      labels: {
        state: t('assessmentsWeb.admin.state'),
        active: t('assessmentsWeb.admin.active'),
        retired: t('assessmentsWeb.admin.retired'),
        edit: t('common.edit'),
        actions: t('common.actions'),
        retire: t('assessmentsWeb.admin.retire'),
        restore: t('assessmentsWeb.admin.restore'),
      },
      isRetired: (q) => q.retired,
      onEdit: setEditing,
      onRetire: (q) => retire.mutate(q),
    }),
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        subtitle={t('assessmentsWeb.admin.subtitle')}
        action={<Button onClick={() => setEditing('new')}>{t('assessmentsWeb.admin.new')}</Button>}
      />
      <Paper withBorder p="lg" radius="md">
        {list.isPending && <PageLoader />}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {retire.error ? <QueryError error={retire.error} /> : null}
        {list.data && (
          <DataTable caption={title} rows={list.data.questions} columns={columns} minWidth={900} />
        )}
      </Paper>
      <QuestionModal question={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

interface QuestionFields {
  key: string;
  area: string;
  textEs: string;
  textEn: string;
  position: string;
  redFlag: string;
  flagOnPartly: boolean;
}

function QuestionModal({
  question,
  onClose,
}: {
  question: AssessmentQuestion | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const existing = question !== null && question !== 'new' ? question : null;
  const form = useSaveForm<QuestionFields, AssessmentQuestion>({
    initial: () => ({
      key: existing?.key ?? '',
      area: existing?.area ?? 'private_sector',
      textEs: existing?.textEs ?? '',
      textEn: existing?.textEn ?? '',
      position: existing ? String(existing.position) : '',
      redFlag: existing?.redFlag ?? '',
      flagOnPartly: existing?.flagOnPartly ?? false,
    }),
    dialog: { opened: question !== null, onClose, record: existing?.id ?? 'new' },
    required: () => (existing ? ['textEs', 'textEn'] : ['key', 'area', 'textEs', 'textEn']),
    save: (v) => {
      const position = v.position.trim() === '' ? undefined : Number(v.position);
      const common = {
        textEs: v.textEs,
        textEn: v.textEn,
        redFlag: v.redFlag.trim() || null,
        flagOnPartly: v.flagOnPartly,
        ...(position === undefined ? {} : { position }),
      };
      if (existing)
        return assessmentsApi.updateQuestion(existing.id, { version: existing.version, ...common });
      return assessmentsApi.createQuestion({
        key: v.key,
        area: v.area as (typeof areas)[number],
        ...common,
      });
    },
    refresh: useRefresh(),
    notice: () => t('assessmentsWeb.admin.saved'),
  });
  return (
    <FormModal
      form={form}
      size="lg"
      title={
        existing ? t('assessmentsWeb.admin.editTitle', { key: existing.key }) : t('assessmentsWeb.admin.new')
      }
      submitLabel={t('common.save')}
    >
      {!existing && (
        <Group grow align="flex-start">
          <TextInput
            label={t('assessmentsWeb.admin.key')}
            description={t('assessmentsWeb.admin.keyHelp')}
            required
            {...form.text('key')}
          />
          <NativeSelect
            label={t('assessmentsWeb.area')}
            required
            data={areas.map((a) => ({ value: a, label: t(`assessments.areas.${a}`) }))}
            {...form.text('area')}
          />
        </Group>
      )}
      <Textarea
        label={t('assessmentsWeb.admin.textEs')}
        required
        autosize
        minRows={2}
        {...form.text('textEs')}
      />
      <Textarea
        label={t('assessmentsWeb.admin.textEn')}
        required
        autosize
        minRows={2}
        {...form.text('textEn')}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('assessmentsWeb.admin.position')}
          min={0}
          allowDecimal={false}
          value={form.values.position}
          onChange={(value) => form.set('position', String(value))}
          error={form.error('position')}
        />
        <TextInput
          label={t('assessmentsWeb.admin.redFlag')}
          description={t('assessmentsWeb.admin.redFlagHelp')}
          {...form.text('redFlag')}
        />
      </Group>
      <Checkbox label={t('assessmentsWeb.admin.flagOnPartly')} {...form.flag('flagOnPartly')} />
    </FormModal>
  );
}
