import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader, QueryError, Tag, usePageTitle } from '../../components/common';
import { PublicPageLink, publicProblemPath } from '../../components/PublicPageLink';
import { useFormatters } from '../../format';
import { useSession } from '../../session';
import { ProblemEscalations, useEscalationTimeline } from '../escalations/ProblemEscalations';
import { FollowButton } from '../follows/FollowButton';
import { ConflictAlert } from '../matrix/ConflictAlert';
import { StatusSelect, useProblemEdits } from '../matrix/edits';
import { MatrixLink, orgFullName, ProblemStatusBadge, useCategoryName } from '../matrix/labels';
import { matrixApi, type ProblemDetail, problemQueryKey } from '../matrix/matrixApi';
import { Documents } from './Documents';
import { Feedback } from './Feedback';
import { FlagsPanel } from './Flags';
import { Indicators } from './Indicators';
import { Lessons } from './Lessons';
import { ProblemChanges } from './ProblemChanges';
import { ProblemEditButton } from './ProblemEditForm';
import { Solutions } from './Solutions';
import '../matrix/matrix.css';

function Facts({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const fmt = useFormatters();
  const raisedBy = [
    problem.raisedByPerson?.fullName,
    problem.raisedByOrganization && orgFullName(problem.raisedByOrganization),
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <dl className="facts">
      <dt>{t('matrix.col.category')}</dt>
      <dd>{categoryName(problem.category) || t('matrix.noCategory')}</dd>
      <dt>{t('matrix.col.owner')}</dt>
      <dd>
        {problem.ownerType} — {t(`matrix.owner.${problem.ownerType}`)}
      </dd>
      <dt>{t('problemPage.raisedBy')}</dt>
      <dd>{raisedBy || '—'}</dd>
      <dt>{t('matrix.col.entities')}</dt>
      <dd>{problem.entities.map(orgFullName).join(', ') || '—'}</dd>
      <dt>{t('problemPage.priority')}</dt>
      <dd>
        {t('problemPage.priorityValue', {
          impact: problem.impact,
          ease: problem.ease,
          priority: problem.priority,
          quadrant: t(`matrix.quadrant.${problem.quadrant}`),
        })}
      </dd>
      <dt>{t('problemPage.visibility')}</dt>
      <dd>{t(`visibility.${problem.visibility}`)}</dd>
      {problem.tags.length > 0 && (
        <>
          <dt>{t('problemPage.tags')}</dt>
          <dd>{problem.tags.join(', ')}</dd>
        </>
      )}
      <dt>{t('problemPage.statusSince')}</dt>
      <dd>{fmt.dateTime(problem.statusChangedAt)}</dd>
      {problem.statusReason && (
        <>
          <dt>{t('problemPage.statusReason')}</dt>
          <dd>{problem.statusReason}</dd>
        </>
      )}
    </dl>
  );
}

function History({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  // Escalations to the high-level body (escalated, decided, withdrawn) join the status changes, by time.
  const escalations = useEscalationTimeline(problem.id);
  const entries = [
    ...problem.history.map((e) => ({
      id: e.id,
      at: e.occurredAt,
      person: e.recordedBy,
      content: (
        <>
          <Text size="sm" fw={600} component="p">
            {e.fromStatus
              ? `${t(`matrix.status.${e.fromStatus}`)} → ${t(`matrix.status.${e.toStatus}`)}`
              : t('problemPage.created', { status: t(`matrix.status.${e.toStatus}`) })}
          </Text>
          {e.reason && (
            <Text size="sm" component="p">
              {e.reason}
            </Text>
          )}
        </>
      ),
    })),
    ...escalations,
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('problemPage.history')}
      </Title>
      <ol className="timeline">
        {entries.map((e) => (
          <li key={e.id}>
            <Text size="sm" c="gray.7" component="p">
              <time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
              {e.person && ` · ${e.person.fullName}`}
            </Text>
            {e.content}
          </li>
        ))}
      </ol>
    </Paper>
  );
}

export function ProblemPage() {
  const { t } = useTranslation();
  const { problemId } = useParams({ from: '/problems/$problemId' });
  const query = useQuery({
    queryKey: problemQueryKey(problemId),
    queryFn: () => matrixApi.problems.get(problemId),
  });
  const edits = useProblemEdits();
  const { isCoordinating } = useSession();
  usePageTitle(query.data ? `${query.data.code} · ${query.data.title}` : t('problemPage.title'));

  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <Stack>
        <Title order={1}>{t('problemPage.title')}</Title>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  const problem = query.data;
  const canMove = problem.can.update && problem.allowedTransitions.length > 0;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <MatrixLink mesaId={problem.mesaId}>
          {t('problemPage.backToMatrix', { name: problem.mesa.name })}
        </MatrixLink>
        <Title order={1}>
          {problem.code} · {problem.title}
        </Title>
        <Group gap="xs">
          <ProblemStatusBadge status={problem.status} />
          {problem.inFocus && <Tag tone="blue">★ {t('matrix.inFocus')}</Tag>}
          <Tag tone="gray">{problem.ownerType}</Tag>
          {problem.can.update && <ProblemEditButton problem={problem} />}
          <FollowButton kind="problem" id={problem.id} name={`${problem.code} · ${problem.title}`} />
          {problem.mesa.published && problem.visibility === 'public' && (
            <PublicPageLink
              path={publicProblemPath(problem.mesa.slug, problem.code)}
              label={t('publicPage.problem')}
            />
          )}
        </Group>
      </Stack>

      <ConflictAlert
        conflict={edits.conflict}
        onDismiss={edits.clearConflict}
        onReload={() => {
          edits.clearConflict();
          void query.refetch();
        }}
      />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="details-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="details-title">
              {t('problemPage.details')}
            </Title>
            {problem.description && <Text className="solution-text">{problem.description}</Text>}
            <Facts problem={problem} />
            {canMove && (
              <StatusSelect
                problem={problem}
                allowed={problem.allowedTransitions}
                edits={edits}
                size="sm"
                label={t('problemPage.changeStatus')}
              />
            )}
          </Stack>
        </Paper>
        <FlagsPanel problem={problem} edits={edits} />
      </SimpleGrid>

      <Solutions problem={problem} />
      <Indicators problem={problem} />
      <Documents problem={problem} />
      <Feedback problem={problem} edits={edits} />
      <ProblemEscalations problem={problem} />
      <Lessons problem={problem} />
      <History problem={problem} />
      {isCoordinating && <ProblemChanges problem={problem} />}
    </Stack>
  );
}
