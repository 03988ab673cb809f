import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink, ProblemStatusBadge } from '../matrix/labels';
import { CommitmentStatusBadge } from '../sessions/labels';
import { FollowButton } from './FollowButton';
import { type FollowedRecord, followsApi, followsQueryKey } from './followsApi';

function FollowedItem({ record: r }: { record: FollowedRecord }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const name = r.problem ? `${r.problem.code} · ${r.problem.title}` : (r.commitment?.text ?? '');
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-follow-id={r.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          {r.problem ? (
            <ProblemLink problemId={r.id}>{name}</ProblemLink>
          ) : (
            <Link to="/mesas/$mesaId/commitments" params={{ mesaId: r.mesa.id }} className="card-title-link">
              {t('follows.commitment', { text: name })}
            </Link>
          )}
          <Group gap={6}>
            {r.problem && <ProblemStatusBadge status={r.problem.status} />}
            {r.commitment && <CommitmentStatusBadge status={r.commitment.status} />}
            <Text size="sm" c="gray.7">
              {r.commitment
                ? t('follows.commitmentFacts', {
                    mesa: r.mesa.name,
                    date: fmt.date(r.commitment.dueOn),
                    since: fmt.date(r.since),
                  })
                : t('follows.problemFacts', { mesa: r.mesa.name, since: fmt.date(r.since) })}
            </Text>
          </Group>
        </Stack>
        <FollowButton kind={r.kind} id={r.id} name={name} />
      </Group>
    </Paper>
  );
}

/** The problems and commitments the account follows, on its account page. */
export function MyFollows() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: followsQueryKey, queryFn: followsApi.mine });
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="my-follows-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="my-follows-title">
            {t('follows.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {t('follows.help')}
          </Text>
        </div>
        {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && query.data.follows.length === 0 && <Text size="sm">{t('follows.none')}</Text>}
        {query.data && query.data.follows.length > 0 && (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {query.data.follows.map((r) => (
              <FollowedItem key={`${r.kind}:${r.id}`} record={r} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
