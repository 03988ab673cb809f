import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, type MesaSummary } from '../api';
import { PageLoader, QueryError, StatusBadge, Tag, usePageTitle } from '../components/common';
import { PageHeader } from '../components/headings';
import { useSession } from '../session';
import { HostFact, LaunchAndRolesFacts } from './mesa/MesaFacts';

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

export function HomePage() {
  const { t } = useTranslation();
  const { isCoordinating } = useSession();
  usePageTitle(t('home.title'));
  const mesas = useQuery({ queryKey: ['mesas'], queryFn: api.mesas.list });

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
  );
}
