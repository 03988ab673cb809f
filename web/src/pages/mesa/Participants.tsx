import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MesaDetail, Participant, ParticipantGroup } from '../../api';
import { Tag } from '../../components/common';
import { SectionHeading } from '../../components/headings';
import { EndModal, ParticipantModal, RemoveModal } from './ParticipantDialogs';
import { ParticipantTable, type RowActions } from './ParticipantTable';

export function Participants({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Participant | null>(null);
  const [ending, setEnding] = useState<Participant | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const actions: RowActions | null = mesa.can.manageParticipants
    ? { onEdit: setEditing, onEnd: setEnding, onRemove: setRemoving }
    : null;
  const total = mesa.participants.reduce((n, g) => n + g.participants.length, 0);

  return (
    <Stack gap="md" component="section" aria-labelledby="participants-title">
      <Group justify="space-between" align="flex-end">
        <SectionHeading
          id="participants-title"
          title={t('participants.title')}
          help={t('participants.help')}
        />
        {mesa.can.manageParticipants && (
          <Button onClick={() => setAdding(true)}>{t('participants.add')}</Button>
        )}
      </Group>
      {total === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('participants.empty')}</Text>
        </Paper>
      )}
      {mesa.participants.map(({ group, participants }) => (
        <GroupSection key={group} group={group} participants={participants} actions={actions} />
      ))}
      {mesa.formerParticipants.length > 0 && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="former-title">
          <Title order={3} size="h4" id="former-title" mb="xs">
            {t('participants.former', { count: mesa.formerParticipants.length })}
          </Title>
          <ParticipantTable
            participants={mesa.formerParticipants}
            caption={t('participants.formerCaption')}
            actions={actions}
            former
          />
        </Paper>
      )}
      {mesa.can.manageParticipants && (
        <>
          <ParticipantModal mesa={mesa} opened={adding} participant={null} onClose={() => setAdding(false)} />
          <ParticipantModal
            mesa={mesa}
            opened={editing !== null}
            participant={editing}
            onClose={() => setEditing(null)}
          />
          <EndModal mesa={mesa} participant={ending} onClose={() => setEnding(null)} />
          <RemoveModal mesa={mesa} participant={removing} onClose={() => setRemoving(null)} />
        </>
      )}
    </Stack>
  );
}

function GroupSection({
  group,
  participants,
  actions,
}: {
  group: ParticipantGroup;
  participants: Participant[];
  actions: RowActions | null;
}) {
  const { t } = useTranslation();
  const headingId = `group-${group}`;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId} data-group={group}>
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h4" id={headingId}>
          {t(`groups.${group}`)}
        </Title>
        <Tag tone="gray">{t('mesa.participantCount', { count: participants.length })}</Tag>
      </Group>
      <Text size="sm" c="gray.7" mb="xs">
        {t(`groupHelp.${group}`)}
      </Text>
      <ParticipantTable participants={participants} caption={t(`groups.${group}`)} actions={actions} />
    </Paper>
  );
}
