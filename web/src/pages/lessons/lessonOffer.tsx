import { Button, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { showNotice } from '../../components/notices';
import type { ProblemStatus } from '../matrix/matrixApi';

/**
 * After the team moves a problem to verified or dropped somewhere other than its page (the Matrix grid),
 * a notice offers to write the lesson: its button opens the problem's page at its lessons, where the
 * form is. An offer only: it closes by itself.
 */
export function useLessonOffer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (problem: { id: string; code: string; status: ProblemStatus }) => {
    const moment = problem.status;
    if (moment !== 'verified' && moment !== 'dropped') return;
    const id = `lesson-offer-${problem.id}`;
    showNotice({
      id,
      color: 'blue',
      title: `${problem.code} · ${t(`lessons.offer.${moment}`)}`,
      autoClose: 15_000,
      closeButtonProps: { 'aria-label': t('common.close') },
      message: (
        <Stack gap={6} align="flex-start" data-testid="grid-lesson-offer">
          <Text size="sm">{t('lessons.offer.text')}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              void import('@mantine/notifications').then((m) => m.notifications.hide(id));
              void navigate({
                to: '/problems/$problemId',
                params: { problemId: problem.id },
                hash: 'lessons-title',
              });
            }}
          >
            {t('lessons.write')}
          </Button>
        </Stack>
      ),
    });
  };
}
