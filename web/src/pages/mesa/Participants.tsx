import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MesaDetail, type MesaRole, type Participant, type ParticipantGroup } from '../../api';
import { AppModal, FormError, notifySuccess, orNull, Tag } from '../../components/common';
import {
  organizationLabel,
  organizationOptions,
  personOptions,
  useFormState,
  useOrganizations,
  usePeople,
} from '../../components/forms';
import { useFormatters } from '../../format';
import { useSession } from '../../session';

export const mesaRoles: readonly MesaRole[] = [
  'private_rep',
  'public_rep',
  'team',
  'moderator',
  'high_level',
  'observer',
];

function useRefreshMesa(mesaId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['mesa', mesaId] }),
      queryClient.invalidateQueries({ queryKey: ['mesas'] }),
    ]);
}

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

interface RowActions {
  onEdit(p: Participant): void;
  onEnd(p: Participant): void;
  onRemove(p: Participant): void;
}

function ParticipantTable({
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
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participants.person')}</Table.Th>
            <Table.Th scope="col">{t('participants.organization')}</Table.Th>
            <Table.Th scope="col">{t('participants.role')}</Table.Th>
            <Table.Th scope="col">{t('participants.designatedBy')}</Table.Th>
            <Table.Th scope="col">{t('participants.profile')}</Table.Th>
            <Table.Th scope="col">{former ? t('participants.period') : t('participants.since')}</Table.Th>
            {actions && (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {p.person.fullName}
                </Text>
                {p.person.position && (
                  <Text size="xs" c="gray.7">
                    {p.person.position}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.organization ? organizationLabel(p.organization) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`roles.${p.role}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.designatedBy ? organizationLabel(p.designatedBy) : '—'}</Text>
              </Table.Td>
              <Table.Td miw={170}>
                <ProfileBadges p={p} />
                {p.note && (
                  <Text size="xs" c="gray.7" mt={4}>
                    {p.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {former
                    ? t('participants.fromTo', {
                        from: fmt.date(p.startedOn) || '…',
                        to: fmt.date(p.endedOn),
                      })
                    : fmt.date(p.startedOn) || '—'}
                </Text>
              </Table.Td>
              {actions && (
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`${t('common.edit')}: ${p.person.fullName}`}
                      onClick={() => actions.onEdit(p)}
                    >
                      {t('common.edit')}
                    </Button>
                    {!former && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={`${t('participants.end')}: ${p.person.fullName}`}
                        onClick={() => actions.onEnd(p)}
                      >
                        {t('participants.end')}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      c="red.9"
                      aria-label={`${t('common.remove')}: ${p.person.fullName}`}
                      onClick={() => actions.onRemove(p)}
                    >
                      {t('common.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

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
        <div>
          <Title order={2} size="h3" id="participants-title">
            {t('participants.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('participants.help')}
          </Text>
        </div>
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

interface ParticipantFields {
  personId: string | null;
  role: MesaRole;
  designatedById: string | null;
  isFirstHandOperator: boolean;
  isOccasional: boolean;
  startedOn: string;
  endedOn: string;
  note: string;
}

function fieldsOf(p: Participant | null, today: string): ParticipantFields {
  return {
    personId: p?.person.id ?? null,
    role: p?.role ?? 'private_rep',
    designatedById: p?.designatedBy?.id ?? null,
    isFirstHandOperator: p?.isFirstHandOperator ?? false,
    isOccasional: p?.isOccasional ?? false,
    startedOn: p ? (p.startedOn ?? '') : today,
    endedOn: p?.endedOn ?? '',
    note: p?.note ?? '',
  };
}

function ParticipantModal({
  mesa,
  participant,
  opened,
  onClose,
}: {
  mesa: MesaDetail;
  participant: Participant | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { canManagePeople } = useSession();
  const refresh = useRefreshMesa(mesa.id);
  const form = useFormState<ParticipantFields>(fieldsOf(participant, fmt.today()));
  const { setValues } = form;
  const isNew = participant === null;
  const people = usePeople(opened && isNew);
  const organizations = useOrganizations(opened);

  const save = useMutation({
    mutationFn: async () => {
      const v = form.values;
      const common = {
        role: v.role,
        designatedById: v.designatedById,
        isFirstHandOperator: v.role === 'private_rep' ? v.isFirstHandOperator : false,
        isOccasional: v.isOccasional,
        startedOn: orNull(v.startedOn),
        note: orNull(v.note),
      };
      if (participant) {
        return api.participations.update(mesa.id, participant.id, { ...common, endedOn: orNull(v.endedOn) });
      }
      return api.participations.add(mesa.id, { ...common, personId: v.personId as string });
    },
    onSuccess: async () => {
      await refresh();
      notifySuccess(isNew ? t('participants.added') : t('participants.saved'));
      onClose();
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the dialog opens for a participant
  useEffect(() => {
    if (opened) {
      save.reset();
      setValues(fieldsOf(participant, fmt.today()));
    }
  }, [opened, participant?.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled(isNew ? ['personId', 'role'] : ['role'], t)) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={
        isNew
          ? t('participants.addTitle')
          : t('participants.editTitle', { name: participant.person.fullName })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          {isNew && (
            <Stack gap={4}>
              <Select
                label={t('participants.person')}
                required
                searchable
                data={personOptions(people.data)}
                value={values.personId}
                onChange={(v) => set('personId', v)}
                nothingFoundMessage={t('common.nothingFound')}
                placeholder={people.isPending ? t('common.loading') : t('participants.searchPerson')}
                error={
                  errorOf('personId', save.error) ?? (people.isError ? t('common.loadFailed') : undefined)
                }
              />
              {canManagePeople && (
                <Text size="xs" c="gray.7">
                  {t('participants.notListed')}{' '}
                  <Anchor component={Link} to="/admin/people" size="xs" underline="always">
                    {t('nav.people')}
                  </Anchor>
                </Text>
              )}
            </Stack>
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label={t('participants.role')}
              required
              value={values.role}
              onChange={(e) => set('role', e.currentTarget.value as MesaRole)}
              data={mesaRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              error={errorOf('role', save.error)}
            />
            <Select
              label={t('participants.designatedBy')}
              description={t('participants.designatedByHelp')}
              clearable
              searchable
              data={organizationOptions(organizations.data)}
              value={values.designatedById}
              onChange={(v) => set('designatedById', v)}
              nothingFoundMessage={t('common.nothingFound')}
              error={errorOf('designatedById', save.error)}
            />
          </Group>
          {values.role === 'private_rep' && (
            <Checkbox
              label={t('participants.firstHandLabel')}
              description={t('participants.firstHandHelp')}
              checked={values.isFirstHandOperator}
              onChange={(e) => set('isFirstHandOperator', e.currentTarget.checked)}
            />
          )}
          <Checkbox
            label={t('participants.occasionalLabel')}
            description={t('participants.occasionalHelp')}
            checked={values.isOccasional}
            onChange={(e) => set('isOccasional', e.currentTarget.checked)}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('participants.startedOn')}
              value={values.startedOn}
              onChange={(e) => set('startedOn', e.currentTarget.value)}
              error={errorOf('startedOn', save.error)}
            />
            {!isNew && (
              <TextInput
                type="date"
                label={t('participants.endedOn')}
                value={values.endedOn}
                onChange={(e) => set('endedOn', e.currentTarget.value)}
                error={errorOf('endedOn', save.error)}
              />
            )}
          </Group>
          <Textarea
            label={t('participants.note')}
            autosize
            minRows={2}
            value={values.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errorOf('note', save.error)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {isNew ? t('participants.add') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function EndModal({
  mesa,
  participant,
  onClose,
}: {
  mesa: MesaDetail;
  participant: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const refresh = useRefreshMesa(mesa.id);
  const [endedOn, setEndedOn] = useState(fmt.today());
  const [missing, setMissing] = useState(false);

  const save = useMutation({
    mutationFn: () => api.participations.update(mesa.id, participant?.id ?? '', { endedOn }),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('participants.ended'));
      onClose();
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the dialog opens for a participant
  useEffect(() => {
    if (participant) {
      save.reset();
      setEndedOn(fmt.today());
      setMissing(false);
    }
  }, [participant?.id]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!endedOn) setMissing(true);
    else save.mutate();
  };

  return (
    <AppModal
      opened={participant !== null}
      onClose={onClose}
      title={t('participants.endTitle', { name: participant?.person.fullName ?? '' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('participants.endHelp')}</Text>
          <FormError error={save.error} />
          <TextInput
            type="date"
            label={t('participants.endedOn')}
            required
            value={endedOn}
            onChange={(e) => {
              setEndedOn(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('form.required') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('participants.end')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function RemoveModal({
  mesa,
  participant,
  onClose,
}: {
  mesa: MesaDetail;
  participant: Participant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshMesa(mesa.id);
  const remove = useMutation({
    mutationFn: () => api.participations.remove(mesa.id, participant?.id ?? ''),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('participants.removed'));
      onClose();
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: forget a previous error when the dialog opens again
  useEffect(() => {
    remove.reset();
  }, [participant?.id]);
  return (
    <AppModal
      opened={participant !== null}
      onClose={onClose}
      title={t('participants.removeTitle', { name: participant?.person.fullName ?? '' })}
    >
      <Stack>
        <Text size="sm">{t('participants.removeHelp')}</Text>
        <FormError error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('common.remove')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
