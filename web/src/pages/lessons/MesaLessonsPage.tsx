import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PageLoader, QueryError, usePageTitle } from '../../components/common';
import { PageHeader } from '../../components/headings';
import { LessonCard } from './LessonCard';
import { LessonFormModal } from './LessonForm';
import { type Lesson, lessonsApi, mesaLessonsQueryKey } from './lessonsApi';

/** A Mesa's lessons, the newest first; its team writes, edits and deletes them here. */
export function MesaLessonsPage() {
  const { t } = useTranslation();
  const { mesaId } = useParams({ from: '/mesas/$mesaId/lessons' });
  // The Mesa page's own query (same key), so coming from it shows the name at once.
  const mesa = useQuery({ queryKey: ['mesa', mesaId], queryFn: () => api.mesas.get(mesaId) });
  const list = useQuery({ queryKey: mesaLessonsQueryKey(mesaId), queryFn: () => lessonsApi.ofMesa(mesaId) });
  const [writing, setWriting] = useState(false);
  const [editing, setEditing] = useState<Lesson | null>(null);
  const title = mesa.data ? t('lessons.mesaTitle', { name: mesa.data.name }) : t('lessons.title');
  usePageTitle(title);

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { lessons, can } = list.data;
  return (
    <Stack gap="lg">
      <Link to="/mesas/$mesaId" params={{ mesaId }} className="matrix-link">
        {t('lessons.backToMesa', { name: mesa.data?.name ?? '' })}
      </Link>
      <PageHeader
        title={title}
        subtitle={t('lessons.mesaSubtitle')}
        action={
          can.write ? <Button onClick={() => setWriting(true)}>{t('lessons.write')}</Button> : undefined
        }
      />
      {lessons.length === 0 && <Text>{t('lessons.mesaEmpty')}</Text>}
      {lessons.map((l) => (
        <LessonCard key={l.id} lesson={l} onEdit={can.write ? setEditing : undefined} />
      ))}
      {can.write && (
        <>
          <LessonFormModal mesaId={mesaId} opened={writing} onClose={() => setWriting(false)} />
          <LessonFormModal
            mesaId={mesaId}
            lesson={editing ?? undefined}
            opened={editing !== null}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Stack>
  );
}
