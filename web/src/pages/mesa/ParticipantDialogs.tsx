import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MesaDetail, type MesaRole, type Participant } from '../../api';
import { AppModal } from '../../components/AppModal';
import { FormError, orNull } from '../../components/common';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { translatedOptions, useSave, useSaveForm } from '../../components/forms';
import { OrganizationSelect, PersonSelect } from '../../components/pickers';
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

interface ParticipantDialogProps {
  mesa: MesaDetail;
  participant: Participant | null;
  onClose: () => void;
}

interface ParticipantFields {
  personId: string | null;
  role: MesaRole;
  designatedById: string | null;
  isFirstHandOperator: boolean;
  isOccasional: boolean;
  representsSmallProducers: boolean;
  holdsSectorResponsibility: boolean;
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
    representsSmallProducers: p?.representsSmallProducers ?? false,
    holdsSectorResponsibility: p?.holdsSectorResponsibility ?? false,
    startedOn: p ? (p.startedOn ?? '') : today,
    endedOn: p?.endedOn ?? '',
    note: p?.note ?? '',
  };
}

/** Adds a participant (`participant` null) or edits one. */
export function ParticipantModal({
  mesa,
  participant,
  opened,
  onClose,
}: ParticipantDialogProps & { opened: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters(mesa.timeZone);
  const { canManagePeople } = useSession();
  const isNew = participant === null;
  const form = useSaveForm({
    initial: () => fieldsOf(participant, fmt.today()),
    dialog: { opened, onClose, record: participant?.id },
    required: () => (isNew ? ['personId', 'role'] : ['role']),
    save: (v) => {
      const common = {
        role: v.role,
        designatedById: v.designatedById,
        isFirstHandOperator: v.role === 'private_rep' ? v.isFirstHandOperator : false,
        isOccasional: v.isOccasional,
        representsSmallProducers: v.role === 'private_rep' ? v.representsSmallProducers : false,
        holdsSectorResponsibility:
          v.role === 'team' || v.role === 'moderator' ? v.holdsSectorResponsibility : false,
        startedOn: orNull(v.startedOn),
        note: orNull(v.note),
      };
      if (participant) {
        return api.participations.update(mesa.id, participant.id, { ...common, endedOn: orNull(v.endedOn) });
      }
      return api.participations.add(mesa.id, { ...common, personId: v.personId as string });
    },
    refresh: useRefreshMesa(mesa.id),
    notice: () => (isNew ? t('participants.added') : t('participants.saved')),
  });

  return (
    <FormModal
      form={form}
      size="lg"
      title={
        isNew
          ? t('participants.addTitle')
          : t('participants.editTitle', { name: participant.person.fullName })
      }
      submitLabel={isNew ? t('participants.add') : t('common.save')}
    >
      {isNew && (
        <Stack gap={4}>
          <PersonSelect
            label={t('participants.person')}
            required
            placeholder={t('participants.searchPerson')}
            reportLoading
            reportFailure
            {...form.choice('personId')}
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
          data={translatedOptions(t, 'roles', mesaRoles)}
          {...form.text('role')}
        />
        <OrganizationSelect
          label={t('participants.designatedBy')}
          description={t('participants.designatedByHelp')}
          clearable
          {...form.choice('designatedById')}
        />
      </Group>
      {form.values.role === 'private_rep' && (
        <Checkbox
          label={t('participants.firstHandLabel')}
          description={t('participants.firstHandHelp')}
          {...form.flag('isFirstHandOperator')}
        />
      )}
      {form.values.role === 'private_rep' && (
        <Checkbox
          label={t('assessmentsWeb.participant.smallProducersLabel')}
          description={t('assessmentsWeb.participant.smallProducersHelp')}
          {...form.flag('representsSmallProducers')}
        />
      )}
      {(form.values.role === 'team' || form.values.role === 'moderator') && (
        <Checkbox
          label={t('assessmentsWeb.participant.sectorResponsibilityLabel')}
          description={t('assessmentsWeb.participant.sectorResponsibilityHelp')}
          {...form.flag('holdsSectorResponsibility')}
        />
      )}
      <Checkbox
        label={t('participants.occasionalLabel')}
        description={t('participants.occasionalHelp')}
        {...form.flag('isOccasional')}
      />
      <Group grow align="flex-start">
        <DateField label={t('participants.startedOn')} {...form.date('startedOn')} />
        {!isNew && <DateField label={t('participants.endedOn')} {...form.date('endedOn')} />}
      </Group>
      <Textarea label={t('participants.note')} autosize minRows={2} {...form.text('note')} />
    </FormModal>
  );
}

/** Ends a participation on a given day; the participant then counts among the former ones. */
export function EndModal({ mesa, participant, onClose }: ParticipantDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormatters(mesa.timeZone);
  const form = useSaveForm({
    initial: () => ({ endedOn: fmt.today() }),
    dialog: { opened: participant !== null, onClose, record: participant?.id },
    required: () => ['endedOn'],
    save: (v) => api.participations.update(mesa.id, participant?.id ?? '', v),
    refresh: useRefreshMesa(mesa.id),
    notice: () => t('participants.ended'),
  });

  return (
    <FormModal
      form={form}
      title={t('participants.endTitle', { name: participant?.person.fullName ?? '' })}
      intro={<Text size="sm">{t('participants.endHelp')}</Text>}
      submitLabel={t('participants.end')}
    >
      <DateField
        label={t('participants.endedOn')}
        required
        {...form.date('endedOn')}
        error={form.errors.endedOn}
      />
    </FormModal>
  );
}

export function RemoveModal({ mesa, participant, onClose }: ParticipantDialogProps) {
  const { t } = useTranslation();
  const remove = useSave({
    save: () => api.participations.remove(mesa.id, participant?.id ?? ''),
    refresh: useRefreshMesa(mesa.id),
    notice: () => t('participants.removed'),
    done: onClose,
  });
  const { reset } = remove;
  // biome-ignore lint/correctness/useExhaustiveDependencies: forget a previous error when the dialog opens again
  useEffect(() => {
    reset();
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
