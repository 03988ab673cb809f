import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, type MesaSummary } from '../api';
import { PageLoader, QueryError, StatusBadge, Tag, usePageTitle } from '../components/common';
import { useFormatters } from '../format';
import { useSession } from '../session';

function MesaCard({ mesa }: { mesa: MesaSummary }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
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
          <dt>{t('mesa.host')}</dt>
          <dd>{mesa.host.acronym ? `${mesa.host.name} (${mesa.host.acronym})` : mesa.host.name}</dd>
          <dt>{t('mesa.participants')}</dt>
          <dd>{t('mesa.participantCount', { count: mesa.participantCount })}</dd>
          <dt>{t('mesa.launchedOn')}</dt>
          <dd>{mesa.launchedOn ? fmt.date(mesa.launchedOn) : t('mesa.notLaunched')}</dd>
          {mesa.myRoles.length > 0 && (
            <>
              <dt>{t('mesa.myRoles')}</dt>
              <dd>{mesa.myRoles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
            </>
          )}
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
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('home.title')}</Title>
          <Text c="gray.7">{t('home.subtitle')}</Text>
        </div>
        {isCoordinating && (
          <Button component={Link} to="/mesas/new">
            {t('home.newMesa')}
          </Button>
        )}
      </Group>
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
