import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/common';
import { useProblemEscalations } from '../escalations/ProblemEscalations';
import { LessonCard } from '../lessons/LessonCard';
import { LessonFormModal } from '../lessons/LessonForm';
import {
  type Lesson,
  type LessonOutcome,
  lessonsApi,
  problemLessonsQueryKey,
  similarLessonsQueryKey,
} from '../lessons/lessonsApi';
import type { ProblemDetail } from '../matrix/matrixApi';

/**
 * The moment to offer writing a lesson: the problem was verified on the ground, dropped, or escalated
 * to the high-level body (an escalation not withdrawn). Null otherwise.
 */
function lessonMoment(problem: ProblemDetail, escalated: boolean): LessonOutcome | null {
  if (problem.status === 'verified' || problem.status === 'dropped') return problem.status;
  return escalated ? 'escalated' : null;
}

/** The lessons of other Mesas about a problem like this one, each saying which Mesa and how it ended. */
function SimilarLessons({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const similar = useQuery({
    queryKey: similarLessonsQueryKey(problem.id),
    queryFn: () => lessonsApi.similar(problem.id),
  });
  const lessons = similar.data?.lessons ?? [];
  return (
    <Stack gap="xs" data-testid="similar-lessons">
      <Title order={3} size="h4">
        {t('lessons.similarTitle')}
      </Title>
      {similar.isError && <FormError error={similar.error} />}
      {similar.isSuccess && lessons.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('lessons.similarEmpty')}
        </Text>
      )}
      {lessons.map((l) => (
        <LessonCard
          key={l.id}
          lesson={l}
          heading={
            <Text size="sm" fw={600}>
              {t(`lessons.similarHeading.${l.outcome ?? 'none'}`, { mesa: l.mesa.name })}
            </Text>
          }
        />
      ))}
    </Stack>
  );
}

/**
 * The lessons section of a problem's page: the lessons the Mesa drew from it, the similar lessons of
 * other Mesas, and for the team a way to write one. When the problem was just verified, dropped or
 * escalated, writing a lesson is offered in a notice that can be set aside, never required.
 */
export function Lessons({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const own = useQuery({
    queryKey: problemLessonsQueryKey(problem.id),
    queryFn: () => lessonsApi.ofProblem(problem.id),
  });
  const escalations = useProblemEscalations(problem.id);
  const escalated = (escalations.data?.escalations ?? []).some((e) => e.status !== 'withdrawn');
  const [writing, setWriting] = useState(false);
  const [editing, setEditing] = useState<Lesson | null>(null);
  const [setAside, setSetAside] = useState<string | null>(null);
  const lessons = own.data?.lessons ?? [];
  const canWrite = own.data?.can.write ?? false;
  const moment = lessonMoment(problem, escalated);
  const offer = canWrite && moment !== null && lessons.length === 0 && setAside !== moment;
  return (
    <Stack gap="sm" component="section" aria-labelledby="lessons-title" data-testid="problem-lessons">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" id="lessons-title">
            {t('lessons.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('lessons.problemHelp')}
          </Text>
        </div>
        {canWrite && !offer && (
          <Button variant="light" onClick={() => setWriting(true)}>
            {t('lessons.write')}
          </Button>
        )}
      </Group>
      {offer && (
        <Alert variant="light" color="blue" title={t(`lessons.offer.${moment}`)} data-testid="lesson-offer">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('lessons.offer.text')}</Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => setWriting(true)}>
                {t('lessons.write')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setSetAside(moment)}>
                {t('lessons.offer.later')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {own.isError && <FormError error={own.error} />}
      {own.isSuccess && lessons.length === 0 && !offer && <Text>{t('lessons.problemEmpty')}</Text>}
      {lessons.map((l) => (
        <LessonCard key={l.id} lesson={l} onEdit={canWrite ? setEditing : undefined} />
      ))}
      <SimilarLessons problem={problem} />
      {canWrite && (
        <>
          <LessonFormModal
            mesaId={problem.mesaId}
            problemIds={[problem.id]}
            opened={writing}
            onClose={() => setWriting(false)}
          />
          <LessonFormModal
            mesaId={problem.mesaId}
            lesson={editing ?? undefined}
            opened={editing !== null}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Stack>
  );
}
