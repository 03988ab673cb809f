import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink } from '../matrix/labels';
import { DueStateBadge } from './labels';
import type { AgendaItem } from './sessionsApi';

/** What an agenda item is about: its kind, the problem or commitment behind it. */
export function AgendaItemFacts({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Group gap={6} wrap="wrap">
      <Tag tone="gray">{t(`agendaItemKind.${item.kind}`)}</Tag>
      {item.reasons
        .filter((r) => r !== item.kind)
        .map((r) => (
          <Tag key={r} tone="gray">
            {t(`agendaItemKind.${r}`)}
          </Tag>
        ))}
      {item.problem && (
        <Text size="sm" component="span">
          <ProblemLink problemId={item.problem.id}>{item.problem.code}</ProblemLink>
        </Text>
      )}
      {item.commitment && (
        <>
          <DueStateBadge state={item.commitment.dueState} />
          <Text size="xs" c="gray.7" component="span">
            {[
              item.commitment.person?.fullName,
              item.commitment.organization?.acronym ?? item.commitment.organization?.name,
            ]
              .filter(Boolean)
              .join(' — ')}
          </Text>
        </>
      )}
      {item.escalation?.decision && (
        <Text
          size="sm"
          component="p"
          m={0}
          style={{ flexBasis: '100%' }}
          data-testid="agenda-escalation-decision"
        >
          <strong>
            {t('escalationsWeb.agendaDecision', {
              date: fmt.date(item.escalation.decidedOn),
              who: item.escalation.decidedBy?.fullName ?? '—',
            })}
          </strong>{' '}
          {item.escalation.decision}
        </Text>
      )}
    </Group>
  );
}
