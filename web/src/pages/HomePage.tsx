import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, type MesaSummary } from '../api';
import { PageLoader, QueryError, StatusBadge, Tag, usePageTitle } from '../components/common';
import { PageHeader } from '../components/headings';
import { useSession } from '../session';
import { AdminBlock, CommitmentsBlock, DecisionsBlock, FeedbackBlock, MesasBlock } from './home/HomeBlocks';
import { homeApi, homeQueryKey, useLanding } from './home/homeApi';
import { HostFact, LaunchAndRolesFacts } from './mesa/MesaFacts';
import './home/home.css';

function MesaCard({ mesa }: { mesa: MesaSummary }) {
  const { t } = useTranslation();
  const titleId = `mesa-${mesa.id}`;
  return (
    <Card withBorder shadow="xs" padding="lg" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={titleId}>
            <Link to="/mesas/$mesaId" params={{ mesaId: mesa.id }} className="card-title-link">
              {mesa.name}
            </Link>
          </Title>
          <StatusBadge status={mesa.status} />
        </Group>
        <Group gap="xs">
          <Tag tone="gray">{t(`mesaKind.${mesa.kind}`)}</Tag>
          <Text size="sm" c="gray.8">
            {mesa.sector}
          </Text>
        </Group>
        <dl className="facts">
          <HostFact mesa={mesa} />
          <dt>{t('mesa.participants')}</dt>
          <dd>{t('mesa.participantCount', { count: mesa.participantCount })}</dd>
          <LaunchAndRolesFacts mesa={mesa} />
        </dl>
      </Stack>
    </Card>
  );
}

/**
 * What waits for the signed-in person, block by block as their roles call for: the escalations to
 * decide, their Mesas with the next session and what is late, their own commitments, the problems
 * awaiting their field feedback, an administrator's shortcuts. Below, every Mesa they can see.
 */
function WhatWaits() {
  const { t } = useTranslation();
  const { user, isAdmin, isCoordinating } = useSession();
  const home = useQuery({ queryKey: homeQueryKey, queryFn: homeApi.get });
  if (home.isPending) return <PageLoader />;
  if (home.isError) return <QueryError error={home.error} onRetry={() => void home.refetch()} />;
  const data = home.data;
  const roles = new Set(user?.mesas.flatMap((m) => m.roles) ?? []);
  const decides = user?.globalRole === 'high_level' || isAdmin || roles.has('high_level');
  const represents = roles.has('private_rep') || roles.has('public_rep');
  return (
    <Stack gap="md" component="section" aria-labelledby="home-waits-title" data-testid="home-waits">
      <Title order={2} size="h3" id="home-waits-title">
        {t('homeWeb.waitsTitle')}
      </Title>
      {(decides || data.decisions.count > 0) && <DecisionsBlock home={data} />}
      {(data.mesas.length > 0 || isCoordinating || roles.size > 0) && (
        <MesasBlock home={data} coordinating={isCoordinating} />
      )}
      <CommitmentsBlock home={data} />
      {(represents || data.feedback.count > 0) && <FeedbackBlock home={data} />}
      {isAdmin && <AdminBlock />}
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { isCoordinating } = useSession();
  const { view } = useSearch({ from: '/' });
  const landing = useLanding();
  usePageTitle(t('home.title'));
  const mesas = useQuery({ queryKey: ['mesas'], queryFn: api.mesas.list });

  // The high-level body lands on its inbox; the Mesas stay one link away (`?view=mesas`).
  if (landing === 'inbox' && view !== 'mesas') return <Navigate to="/escalations" replace />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('home.title')}
        subtitle={t('home.subtitle')}
        action={
          isCoordinating && (
            <Button component={Link} to="/mesas/new">
              {t('home.newMesa')}
            </Button>
          )
        }
      />
      <WhatWaits />
      <Stack gap="md" component="section" aria-labelledby="home-all-title">
        <Title order={2} size="h3" id="home-all-title">
          {t('homeWeb.allMesas')}
        </Title>
        {mesas.isPending && <PageLoader />}
        {mesas.isError && <QueryError error={mesas.error} onRetry={() => void mesas.refetch()} />}
        {mesas.isSuccess && mesas.data.mesas.length === 0 && (
          <Card withBorder padding="xl">
            <Text>{isCoordinating ? t('home.emptyCoordinator') : t('home.empty')}</Text>
          </Card>
        )}
        {mesas.isSuccess && mesas.data.mesas.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
            {mesas.data.mesas.map((mesa) => (
              <MesaCard key={mesa.id} mesa={mesa} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
