import { Paper, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Highlight } from './Highlight';
import type { LessonHit } from './searchApi';

/** One lesson found: its Mesa (linked to the Mesa's lessons), the problems it draws on, the excerpt. */
function Hit({ hit }: { hit: LessonHit }) {
  const { t } = useTranslation();
  const problems = hit.lesson.links.problems;
  return (
    <li className="search-hit" data-lesson-id={hit.lesson.id}>
      <Link to="/mesas/$mesaId/lessons" params={{ mesaId: hit.mesa.id }} className="search-hit-lesson-link">
        {t(`lessons.similarHeading.${hit.lesson.outcome ?? 'none'}`, { mesa: hit.mesa.name })}
      </Link>
      {problems.length > 0 && (
        <Text size="sm" c="gray.7">
          {problems.map((p) => `${p.code} · ${p.title}`).join(' — ')}
        </Text>
      )}
      <Text size="sm" c="gray.8" className="search-snippet">
        <Highlight headline={hit.headline} />
      </Text>
    </li>
  );
}

/** The lessons the search found, in one section after the problems, the best first. */
export function LessonHits({ hits }: { hits: LessonHit[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="search-lessons-title">
      <Title order={2} size="h4" id="search-lessons-title" mb="xs">
        {t('lessons.searchTitle')}
      </Title>
      <ul className="search-hits">
        {hits.map((hit) => (
          <Hit key={hit.lesson.id} hit={hit} />
        ))}
      </ul>
    </Paper>
  );
}
