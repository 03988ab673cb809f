import { Button, Group, MultiSelect, NativeSelect, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { FormError, fieldError, notifySuccess } from '../../components/common';
import { escalationsApi, mesaEscalationsQueryKey } from '../escalations/escalationsApi';
import { matrixApi, matrixQueryKey } from '../matrix/matrixApi';
import { meetingName } from '../sessions/labels';
import { meetingsQueryKey, sessionsApi } from '../sessions/sessionsApi';
import { type Lesson, type LessonVisibility, lessonsApi, lessonsKey } from './lessonsApi';

const visibilities: readonly LessonVisibility[] = ['public', 'members', 'team'];

interface Values {
  whatHappened: string;
  whatWasLearned: string;
  tags: string[];
  visibility: LessonVisibility;
  problemIds: string[];
  meetingIds: string[];
  escalationIds: string[];
}

const valuesOf = (lesson: Lesson | undefined, problemIds: string[]): Values => ({
  whatHappened: lesson?.whatHappened ?? '',
  whatWasLearned: lesson?.whatWasLearned ?? '',
  tags: lesson?.tags ?? [],
  visibility: lesson?.visibility ?? 'members',
  problemIds: lesson?.links.problems.map((p) => p.id) ?? problemIds,
  meetingIds: lesson?.links.meetings.map((m) => m.id) ?? [],
  escalationIds: lesson?.links.escalations.map((e) => e.id) ?? [],
});

/** The Mesa's problems, sessions and escalations a lesson may draw on, as choices. */
function useLinkChoices(mesaId: string) {
  const { t } = useTranslation();
  const matrix = useQuery({ queryKey: matrixQueryKey(mesaId), queryFn: () => matrixApi.matrix(mesaId) });
  const meetings = useQuery({
    queryKey: meetingsQueryKey(mesaId),
    queryFn: () => sessionsApi.meetings.list(mesaId),
  });
  const escalations = useQuery({
    queryKey: mesaEscalationsQueryKey(mesaId),
    queryFn: () => escalationsApi.ofMesa(mesaId),
  });
  return {
    problems: (matrix.data?.problems ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` })),
    meetings: (meetings.data?.meetings ?? []).map((m) => ({ value: m.id, label: meetingName(t, m) })),
    escalations: (escalations.data?.escalations ?? []).map((e) => ({
      value: e.id,
      label: `${e.problem.code} · ${t(`escalationsWeb.reason.${e.reason}`)}`,
    })),
  };
}

function LessonFields({
  mesaId,
  lesson,
  problemIds,
  onClose,
}: {
  mesaId: string;
  lesson?: Lesson;
  problemIds: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const choices = useLinkChoices(mesaId);
  const [values, setValues] = useState<Values>(() => valuesOf(lesson, problemIds));
  const [missing, setMissing] = useState<Partial<Record<'whatHappened' | 'whatWasLearned', boolean>>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setMissing((m) => ({ ...m, [key]: false }));
  };
  const mutation = useMutation({
    mutationFn: () => {
      const { problemIds, meetingIds, escalationIds, ...fields } = values;
      const body = {
        ...fields,
        whatHappened: fields.whatHappened.trim(),
        whatWasLearned: fields.whatWasLearned.trim(),
        links: { problemIds, meetingIds, escalationIds },
      };
      return lesson
        ? lessonsApi.update(lesson.id, { ...body, version: lesson.version })
        : lessonsApi.create(mesaId, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: lessonsKey });
      notifySuccess(t(lesson ? 'lessons.updated' : 'lessons.saved'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      whatHappened: !values.whatHappened.trim(),
      whatWasLearned: !values.whatWasLearned.trim(),
    };
    setMissing(found);
    if (!found.whatHappened && !found.whatWasLearned) mutation.mutate();
  };
  const required = (key: 'whatHappened' | 'whatWasLearned') =>
    missing[key] ? t('form.required') : fieldError(mutation.error, key);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('lessons.formHelp')}
        </Text>
        <FormError error={mutation.error} />
        <Textarea
          label={t('lessons.whatHappened')}
          description={t('lessons.whatHappenedHelp')}
          autosize
          minRows={3}
          required
          value={values.whatHappened}
          error={required('whatHappened')}
          onChange={(e) => set('whatHappened', e.currentTarget.value)}
        />
        <Textarea
          label={t('lessons.whatWasLearned')}
          description={t('lessons.whatWasLearnedHelp')}
          autosize
          minRows={3}
          required
          value={values.whatWasLearned}
          error={required('whatWasLearned')}
          onChange={(e) => set('whatWasLearned', e.currentTarget.value)}
        />
        <TagsInput
          label={t('lessons.tags')}
          description={t('lessons.tagsHelp')}
          value={values.tags}
          error={fieldError(mutation.error, 'tags')}
          onChange={(tags) => set('tags', tags)}
        />
        <MultiSelect
          label={t('lessons.problems')}
          searchable
          data={choices.problems}
          value={values.problemIds}
          error={fieldError(mutation.error, 'links.problemIds')}
          onChange={(ids) => set('problemIds', ids)}
        />
        <MultiSelect
          label={t('lessons.meetings')}
          searchable
          data={choices.meetings}
          value={values.meetingIds}
          error={fieldError(mutation.error, 'links.meetingIds')}
          onChange={(ids) => set('meetingIds', ids)}
        />
        <MultiSelect
          label={t('lessons.escalations')}
          searchable
          data={choices.escalations}
          value={values.escalationIds}
          error={fieldError(mutation.error, 'links.escalationIds')}
          onChange={(ids) => set('escalationIds', ids)}
        />
        <NativeSelect
          label={t('lessons.visibility')}
          description={t('lessons.visibilityHelp')}
          value={values.visibility}
          data={visibilities.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
          error={fieldError(mutation.error, 'visibility')}
          onChange={(e) => set('visibility', e.currentTarget.value as LessonVisibility)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(lesson ? 'lessons.saveChanges' : 'lessons.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The dialog to write down a lesson of a Mesa (drawn on `problemIds` to start with), or to edit one.
 * The form starts afresh each time it opens.
 */
export function LessonFormModal({
  mesaId,
  lesson,
  problemIds = [],
  opened,
  onClose,
}: {
  mesaId: string;
  lesson?: Lesson;
  problemIds?: string[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(lesson ? 'lessons.edit' : 'lessons.write')}
    >
      {opened && <LessonFields mesaId={mesaId} lesson={lesson} problemIds={problemIds} onClose={onClose} />}
    </AppModal>
  );
}
