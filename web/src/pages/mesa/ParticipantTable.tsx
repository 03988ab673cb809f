import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../api';
import { Tag } from '../../components/common';
import { type Column, DataTable, RowButton } from '../../components/DataTable';
import { organizationLabel } from '../../components/pickers';
import { useFormatters } from '../../format';

/** What kind of participant this is, in the paper's terms. */
function ProfileBadges({ p }: { p: Participant }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {p.role === 'moderator' && <Tag tone="blue">{t('roles.moderator')}</Tag>}
      {p.role === 'private_rep' &&
        (p.isFirstHandOperator ? (
          <Tag tone="green">{t('participants.firstHand')}</Tag>
        ) : (
          <Tag tone="orange">{t('participants.associationStaff')}</Tag>
        ))}
      {p.isOccasional && <Tag tone="gray">{t('participants.occasional')}</Tag>}
    </Group>
  );
}

export interface RowActions {
  onEdit(p: Participant): void;
  onEnd(p: Participant): void;
  onRemove(p: Participant): void;
}

export function ParticipantTable({
  participants,
  caption,
  actions,
  former,
}: {
  participants: Participant[];
  caption: string;
  actions: RowActions | null;
  former?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const columns: Column<Participant>[] = [
    {
      label: t('participants.person'),
      cell: (p) => (
        <>
          <Text fw={600} size="sm">
            {p.person.fullName}
          </Text>
          {p.person.position && (
            <Text size="xs" c="gray.7">
              {p.person.position}
            </Text>
          )}
        </>
      ),
    },
    {
      label: t('participants.organization'),
      cell: (p) => <Text size="sm">{p.organization ? organizationLabel(p.organization) : '—'}</Text>,
    },
    { label: t('participants.role'), cell: (p) => <Text size="sm">{t(`roles.${p.role}`)}</Text> },
    {
      label: t('participants.designatedBy'),
      cell: (p) => <Text size="sm">{p.designatedBy ? organizationLabel(p.designatedBy) : '—'}</Text>,
    },
    {
      label: t('participants.profile'),
      td: { miw: 170 },
      cell: (p) => (
        <>
          <ProfileBadges p={p} />
          {p.note && (
            <Text size="xs" c="gray.7" mt={4}>
              {p.note}
            </Text>
          )}
        </>
      ),
    },
    {
      label: former ? t('participants.period') : t('participants.since'),
      cell: (p) => (
        <Text size="sm">
          {former
            ? t('participants.fromTo', { from: fmt.date(p.startedOn) || '…', to: fmt.date(p.endedOn) })
            : fmt.date(p.startedOn) || '—'}
        </Text>
      ),
    },
  ];
  if (actions) {
    columns.push({
      label: t('common.actions'),
      hideLabel: true,
      cell: (p) => (
        <Group gap={6} wrap="nowrap" justify="flex-end">
          <RowButton label={t('common.edit')} name={p.person.fullName} onClick={() => actions.onEdit(p)} />
          {!former && (
            <RowButton
              label={t('participants.end')}
              name={p.person.fullName}
              onClick={() => actions.onEnd(p)}
            />
          )}
          <RowButton
            label={t('common.remove')}
            name={p.person.fullName}
            onClick={() => actions.onRemove(p)}
            variant="subtle"
            color="red"
            c="red.9"
          />
        </Group>
      ),
    });
  }
  return <DataTable caption={caption} rows={participants} columns={columns} minWidth={760} />;
}
