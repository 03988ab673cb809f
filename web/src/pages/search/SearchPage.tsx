import { Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api';
import { QueryError, usePageTitle } from '../../components/common';
import { PageHeader } from '../../components/headings';
import { ProblemStatusBadge } from '../matrix/labels';
import { Highlight } from './Highlight';
import { LessonHits } from './LessonHits';
import { SEARCH_DEBOUNCE_MS } from './matrixSearch';
import { type ProblemHit, SEARCH_MAX_LENGTH, type SearchHit, searchApi, searchQueryKey } from './searchApi';
import './search.css';
import { asLocale } from '../../i18n';

interface MesaGroup {
  mesa: SearchHit['mesa'];
  hits: ProblemHit[];
}

/** The hits of each Mesa together; the Mesas in the order of their best hit. */
function byMesa(hits: ProblemHit[]): MesaGroup[] {
  const groups = new Map<string, MesaGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.mesa.id) ?? { mesa: hit.mesa, hits: [] };
    group.hits.push(hit);
    groups.set(hit.mesa.id, group);
  }
  return [...groups.values()];
}

function Hit({ hit }: { hit: ProblemHit }) {
  return (
    <li className="search-hit" data-problem-id={hit.problem.id}>
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Link to="/problems/$problemId" params={{ problemId: hit.problem.id }} className="search-hit-link">
          <span className="search-hit-code">{hit.problem.code}</span> {hit.problem.title}
        </Link>
        <ProblemStatusBadge status={hit.problem.status} />
      </Group>
      <Text size="sm" c="gray.8" className="search-snippet">
        <Highlight headline={hit.headline} />
      </Text>
    </li>
  );
}

function Results({ groups }: { groups: MesaGroup[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {groups.map(({ mesa, hits }) => {
        const titleId = `search-mesa-${mesa.id}`;
        return (
          <Paper
            key={mesa.id}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby={titleId}
            data-mesa-slug={mesa.slug}
          >
            <Group justify="space-between" align="baseline" mb="xs">
              <Title order={2} size="h4" id={titleId}>
                <Link to="/mesas/$mesaId" params={{ mesaId: mesa.id }} className="card-title-link">
                  {mesa.name}
                </Link>
              </Title>
              <Text size="sm" c="gray.7">
                {t('search.mesaCount', { count: hits.length })}
              </Text>
            </Group>
            <ul className="search-hits">
              {hits.map((hit) => (
                <Hit key={hit.problem.id} hit={hit} />
              ))}
            </ul>
          </Paper>
        );
      })}
    </Stack>
  );
}

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const lang: Locale = asLocale(i18n.language);
  const { q: urlQ = '' } = useSearch({ from: '/search' });
  const navigate = useNavigate({ from: '/search' });
  const [words, setWords] = useState(urlQ);
  const [debounced] = useDebouncedValue(words.trim(), SEARCH_DEBOUNCE_MS);
  usePageTitle(t('search.title'));

  useEffect(() => {
    void navigate({ search: debounced ? { q: debounced } : {}, replace: true });
  }, [debounced, navigate]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = words.trim();
    void navigate({ search: q ? { q } : {}, replace: true });
  };

  const q = urlQ.trim();
  const results = useQuery({
    queryKey: searchQueryKey(q, lang),
    queryFn: () => searchApi.acrossMesas(q, lang),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const hits = q && results.data ? results.data.results : [];
  // Problems by Mesa; the lessons found are listed apart, after them.
  const problemHits = hits.flatMap((h) => (h.kind === 'problem' ? [h] : []));
  const lessonHits = hits.flatMap((h) => (h.kind === 'lesson' ? [h] : []));
  const groups = byMesa(problemHits);

  let body: ReactNode;
  if (!q) {
    body = <Text c="gray.7">{t('search.hint')}</Text>;
  } else if (results.isError) {
    body = <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  } else if (results.isPending) {
    body = null;
  } else if (hits.length === 0) {
    body = <Text c="gray.7">{t('search.noResults', { q })}</Text>;
  } else {
    body = (
      <Stack gap="md">
        <Results groups={groups} />
        {lessonHits.length > 0 && <LessonHits hits={lessonHits} />}
      </Stack>
    );
  }

  const busy = q !== '' && results.isFetching;
  return (
    <Stack gap="lg">
      <PageHeader title={t('search.title')} subtitle={t('search.purpose')} />
      <search aria-label={t('search.formLabel')}>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              type="search"
              label={t('search.label')}
              description={t('search.help')}
              placeholder={t('search.placeholder')}
              value={words}
              maxLength={SEARCH_MAX_LENGTH}
              onChange={(e) => setWords(e.currentTarget.value)}
              style={{ flex: 1, maxWidth: '40rem' }}
              rightSection={busy ? <Loader size="xs" aria-hidden /> : null}
            />
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
        </form>
      </search>
      <Text size="sm" role="status" aria-live="polite" data-testid="search-status">
        {q && busy
          ? t('search.searching')
          : q && results.isSuccess
            ? [
                t('search.count', { count: problemHits.length }),
                t('search.mesas', { count: groups.length }),
                ...(lessonHits.length ? [t('lessons.searchCount', { count: lessonHits.length })] : []),
              ].join(' · ')
            : ''}
      </Text>
      {body}
    </Stack>
  );
}
