import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifyError, notifySuccess, Tag } from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink, ProblemStatusBadge } from '../matrix/labels';
import { MeetingLink, meetingName } from '../sessions/labels';
import { type Lesson, lessonsApi, lessonsKey } from './lessonsApi';

/** The records a lesson draws on: problems (code, title, status), sessions and escalations. */
function LessonLinks({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const { problems, meetings, escalations } = lesson.links;
  if (!problems.length && !meetings.length && !escalations.length) return null;
  return (
    <Stack gap={4}>
      {problems.map((p) => (
        <Group key={p.id} gap="xs" wrap="nowrap" align="baseline">
          <ProblemLink problemId={p.id}>
            {p.code} · {p.title}
          </ProblemLink>
          <ProblemStatusBadge status={p.status} />
          {p.escalated && <Tag tone="orange">{t('lessons.escalatedTag')}</Tag>}
        </Group>
      ))}
      {meetings.map((m) => (
        <Text key={m.id} size="sm">
          <MeetingLink meetingId={m.id}>{meetingName(t, m)}</MeetingLink>
        </Text>
      ))}
      {escalations.map((e) => (
        <Text key={e.id} size="sm">
          {t('lessons.escalationLine', {
            code: e.problemCode,
            reason: t(`escalationsWeb.reason.${e.reason}`),
            status: t(`escalationsWeb.status.${e.status}`),
          })}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * One lesson: what happened, what was learned, its tags and the records it draws on, who wrote it and
 * when; `heading` goes above it (e.g. which Mesa solved a similar problem); `onEdit` and deleting for
 * those who may write the Mesa's lessons.
 */
export function LessonCard({
  lesson,
  heading,
  onEdit,
}: {
  lesson: Lesson;
  heading?: ReactNode;
  onEdit?: (lesson: Lesson) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => lessonsApi.remove(lesson.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: lessonsKey });
      notifySuccess(t('lessons.deleted'));
    },
    onError: (error) => notifyError(t('common.saveFailed'), errorMessage(error, t)),
  });
  return (
    <Paper withBorder p="md" radius="md" component="article" className="lesson" data-lesson-id={lesson.id}>
      <Stack gap="xs">
        {heading}
        <div>
          <Text size="sm" fw={600} component="h4">
            {t('lessons.whatHappened')}
          </Text>
          <Text size="sm" className="solution-text">
            {lesson.whatHappened}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600} component="h4">
            {t('lessons.whatWasLearned')}
          </Text>
          <Text size="sm" className="solution-text">
            {lesson.whatWasLearned}
          </Text>
        </div>
        {lesson.tags.length > 0 && (
          <Group gap={4}>
            {lesson.tags.map((tag) => (
              <Tag key={tag} tone="gray">
                {tag}
              </Tag>
            ))}
          </Group>
        )}
        <LessonLinks lesson={lesson} />
        <Group justify="space-between" align="center">
          <Text size="xs" c="gray.7">
            {t(lesson.createdBy ? 'lessons.writtenBy' : 'lessons.written', {
              name: lesson.createdBy?.fullName,
              date: fmt.date(lesson.createdAt),
              visibility: t(`visibility.${lesson.visibility}`),
            })}
          </Text>
          {onEdit && (
            <Group gap="xs">
              <Button size="xs" variant="subtle" onClick={() => onEdit(lesson)}>
                {t('lessons.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('lessons.deleteConfirm'))) remove.mutate();
                }}
              >
                {t('lessons.delete')}
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
