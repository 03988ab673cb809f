import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/common';
import { DataTable } from '../../components/DataTable';
import { ProblemLink } from '../matrix/labels';
import { AgeTag, EscalationStatusTag } from './EscalationCard';
import { type Escalation, escalationsApi, mesaEscalationsQueryKey } from './escalationsApi';

/**
 * A Mesa's escalations that still wait — for the high-level body's decision, or for the team's answer
 * to its questions — with their age. Nothing is shown when none waits.
 */
export function MesaEscalations({ mesaId }: { mesaId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: mesaEscalationsQueryKey(mesaId),
    queryFn: () => escalationsApi.ofMesa(mesaId),
  });
  const waiting = (query.data?.escalations ?? []).filter(
    (e) => e.status === 'open' || e.status === 'returned',
  );
  if (waiting.length === 0) return null;
  const title = t('escalationsWeb.mesaTitle');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="mesa-escalations-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="mesa-escalations-title">
            {title}
          </Title>
          <Text size="sm" c="gray.7">
            {t('escalationsWeb.mesaHelp')}
          </Text>
        </div>
        <DataTable<Escalation>
          caption={title}
          rows={waiting}
          minWidth={640}
          columns={[
            {
              label: t('escalationsWeb.col.problem'),
              cell: (e) => (
                <ProblemLink problemId={e.problem.id}>{`${e.problem.code} · ${e.problem.title}`}</ProblemLink>
              ),
            },
            {
              label: t('escalationsWeb.reasonLabel'),
              cell: (e) => <Tag tone="gray">{t(`escalationsWeb.reason.${e.reason}`)}</Tag>,
            },
            { label: t('escalationsWeb.col.status'), cell: (e) => <EscalationStatusTag status={e.status} /> },
            { label: t('escalationsWeb.col.age'), cell: (e) => <AgeTag escalation={e} /> },
          ]}
        />
      </Stack>
    </Paper>
  );
}
