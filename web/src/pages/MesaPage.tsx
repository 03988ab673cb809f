import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { PageLoader, QueryError, StatusBadge, Tag, usePageTitle } from '../components/common';
import { SectionHeading } from '../components/headings';
import { PublicPageLink, publicMesaPath } from '../components/PublicPageLink';
import { useSession } from '../session';
import { ArchiveDownload } from './archive/ArchiveDownload';
import { MesaEscalations } from './escalations/MesaEscalations';
import { AuditTrail } from './mesa/AuditTrail';
import { CompositionAdvice } from './mesa/CompositionAdvice';
import { Feasibility } from './mesa/Feasibility';
import { Lifecycle } from './mesa/Lifecycle';
import { MesaFacts } from './mesa/MesaFacts';
import { EditMesaModal, TransitionModal } from './mesa/MesaForms';
import { MesaSection, MesaSectionNav } from './mesa/MesaSections';
import { Participants } from './mesa/Participants';
import { MesaMeetings } from './sessions/MesaMeetings';

export const mesaQueryKey = (mesaId: string) => ['mesa', mesaId] as const;

export function MesaPage() {
  const { t } = useTranslation();
  const { mesaId } = useParams({ from: '/mesas/$mesaId' });
  const mesa = useQuery({ queryKey: mesaQueryKey(mesaId), queryFn: () => api.mesas.get(mesaId) });
  const [editing, edit] = useDisclosure(false);
  const [moving, move] = useDisclosure(false);
  const { isCoordinating } = useSession();
  usePageTitle(mesa.data?.name ?? t('mesa.title'));

  if (mesa.isPending) return <PageLoader />;
  if (mesa.isError) {
    return (
      <Stack>
        <Title order={1}>{t('mesa.title')}</Title>
        <QueryError error={mesa.error} onRetry={() => void mesa.refetch()} />
        <Anchor component={Link} to="/">
          {t('mesa.backToList')}
        </Anchor>
      </Stack>
    );
  }
  const data = mesa.data;
  const canMove = data.can.transition && data.allowedTransitions.length > 0;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/" size="sm">
          {t('mesa.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Title order={1}>{data.name}</Title>
            <Group gap="xs">
              <StatusBadge status={data.status} />
              <Tag tone="gray">{t(`mesaKind.${data.kind}`)}</Tag>
              {data.published && (
                <PublicPageLink path={publicMesaPath(data.slug)} label={t('publicPage.mesa')} />
              )}
            </Group>
          </Stack>
          {(data.can.update || canMove || isCoordinating) && (
            <Group gap="sm">
              {isCoordinating && <ArchiveDownload mesaId={data.id} />}
              {data.can.update && (
                <Button variant="default" onClick={edit.open}>
                  {t('mesa.edit')}
                </Button>
              )}
              {canMove && <Button onClick={move.open}>{t('mesa.changeStatus')}</Button>}
            </Group>
          )}
        </Group>
        {data.description && <Text maw={800}>{data.description}</Text>}
      </Stack>

      <MesaSectionNav mesaId={data.id} ready />

      <MesaSection id="details">
        <Stack gap="xl">
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="facts-title">
            <Title order={2} size="h3" id="facts-title" mb="sm">
              {t('mesa.details')}
            </Title>
            <MesaFacts mesa={data} />
          </Paper>

          {data.compositionWarnings.length > 0 && (
            <Stack gap="xs" component="section" aria-labelledby="warnings-title">
              <Title order={2} size="h3" id="warnings-title">
                {t('mesa.compositionTitle')}
              </Title>
              {data.compositionWarnings.map((w) => (
                <Alert key={w} color="yellow" variant="light" c="yellow.9">
                  <Text size="sm" c="gray.9">
                    {t(`composition.${w}`)}
                  </Text>
                </Alert>
              ))}
            </Stack>
          )}
        </Stack>
      </MesaSection>

      <MesaSection id="matrix">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="matrix-section-title">
          <Stack gap="sm">
            <SectionHeading
              id="matrix-section-title"
              title={t('mesaSections.matrixTitle')}
              help={t('mesaSections.matrixHelp')}
            />
            <Link to="/mesas/$mesaId/matrix" params={{ mesaId: data.id }} className="card-title-link">
              {t('mesaSections.matrixGo')}
            </Link>
            <Link to="/mesas/$mesaId/lessons" params={{ mesaId: data.id }} className="card-title-link">
              {t('lessons.mesaLink')}
            </Link>
          </Stack>
        </Paper>
      </MesaSection>
      <MesaSection id="sessions">
        <MesaMeetings mesa={data} />
      </MesaSection>
      <MesaSection id="commitments">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="commitments-section-title">
          <Stack gap="sm">
            <SectionHeading
              id="commitments-section-title"
              title={t('mesaSections.commitmentsTitle')}
              help={t('mesaSections.commitmentsHelp')}
            />
            <Group gap="lg">
              <Link to="/commitments" className="card-title-link">
                {t('mesaSections.myCommitments')}
              </Link>
              <Link to="/mesas/$mesaId/commitments" params={{ mesaId: data.id }} className="card-title-link">
                {t('board.link')}
              </Link>
            </Group>
          </Stack>
        </Paper>
      </MesaSection>
      <MesaSection id="escalations">
        <MesaEscalations mesaId={data.id} />
      </MesaSection>
      <MesaSection id="participants">
        <Stack gap="xl">
          <Participants mesa={data} />
          <CompositionAdvice mesa={data} />
        </Stack>
      </MesaSection>
      <MesaSection id="dashboards">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="dashboards-section-title">
          <Stack gap="sm">
            <SectionHeading
              id="dashboards-section-title"
              title={t('mesaSections.dashboardsTitle')}
              help={t('mesaSections.dashboardsHelp')}
            />
            <Link to="/mesas/$mesaId/dashboards" params={{ mesaId: data.id }} className="card-title-link">
              {t('dashboardsWeb.open')}
            </Link>
            <Link to="/mesas/$mesaId/wheel" params={{ mesaId: data.id }} className="card-title-link">
              {t('wheelWeb.openLink')}
            </Link>
          </Stack>
        </Paper>
      </MesaSection>
      <MesaSection id="lifecycle">
        <Lifecycle mesa={data} />
      </MesaSection>
      <MesaSection id="feasibility">
        <Feasibility mesa={data} />
      </MesaSection>
      {isCoordinating && (
        <MesaSection id="audit">
          <AuditTrail
            mesaId={data.id}
            headingId="audit-title"
            title={t('auditTrail.title')}
            help={t('auditTrail.help')}
          />
        </MesaSection>
      )}

      {data.can.update && <EditMesaModal mesa={data} opened={editing} onClose={edit.close} />}
      {canMove && <TransitionModal mesa={data} opened={moving} onClose={move.close} />}
    </Stack>
  );
}
