import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MesaDetail } from '../../api';
import { PageLoader, QueryError } from '../../components/common';
import { SectionHeading } from '../../components/headings';
import { useSession } from '../../session';
import { type Assessment, assessmentsApi } from './assessmentsApi';
import { AssessmentCard } from './feasibility/AssessmentCard';
import { DecisionModal } from './feasibility/DecisionModal';
import { NewAssessmentModal } from './feasibility/NewAssessmentModal';
import { assessmentsQueryKey } from './feasibility/requests';

export { assessmentsQueryKey } from './feasibility/requests';

/**
 * The feasibility assessments of a Mesa (paper 7.A and 4.5 b), for the coordinating office, the
 * high-level body and the Mesa's dedicated team: every assessment kept, newest first, with its red
 * flags and decision; the coordinating office assesses and decides.
 */
export function Feasibility({ mesa }: { mesa: MesaDetail }) {
  const { user } = useSession();
  const global = user?.globalRole ?? null;
  const mayRead =
    global === 'admin' ||
    global === 'coordinator' ||
    global === 'high_level' ||
    mesa.myRoles.some((r) => r === 'team' || r === 'moderator');
  return mayRead ? <FeasibilitySection mesa={mesa} /> : null;
}

function FeasibilitySection({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: assessmentsQueryKey(mesa.id),
    queryFn: () => assessmentsApi.list(mesa.id),
  });
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState<Assessment | null>(null);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="feasibility-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <SectionHeading
            id="feasibility-title"
            title={t('assessmentsWeb.title')}
            help={t('assessmentsWeb.help')}
          />
          {list.data?.can.manage && (
            <Button onClick={() => setCreating(true)}>{t('assessmentsWeb.new')}</Button>
          )}
        </Group>
        {list.isPending && <PageLoader />}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && list.data.assessments.length === 0 && <Text>{t('assessmentsWeb.empty')}</Text>}
        {list.data?.assessments.map((a) => (
          <AssessmentCard
            key={a.id}
            assessment={a}
            onDecide={list.data.can.manage && a.decision === null ? () => setDeciding(a) : undefined}
          />
        ))}
      </Stack>
      {list.data?.can.manage && (
        <>
          <NewAssessmentModal
            mesa={mesa}
            meetings={list.data.preliminaryMeetings}
            opened={creating}
            onClose={() => setCreating(false)}
          />
          <DecisionModal mesa={mesa} assessment={deciding} onClose={() => setDeciding(null)} />
        </>
      )}
    </Paper>
  );
}
