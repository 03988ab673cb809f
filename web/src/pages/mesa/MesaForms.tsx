import { Checkbox, Group, NativeSelect, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type MesaDetail, type MesaStatus, type UpdateMesa } from '../../api';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { translatedOptions, useSaveForm } from '../../components/forms';
import { OrganizationSelect } from '../../components/pickers';
import { useFormatters } from '../../format';
import {
  cadenceDaysOf,
  MesaDetailsFields,
  PublishField,
  ReminderFields,
  requiredDetails,
  timeZoneOf,
} from './MesaFields';

type MesaFields = Required<Omit<UpdateMesa, 'version' | 'cadenceDays' | 'timeZone'>> & {
  cadenceDays: number | null;
  timeZone: string;
};

function fieldsOf(mesa: MesaDetail): MesaFields {
  return {
    name: mesa.name,
    kind: mesa.kind,
    sector: mesa.sector,
    description: mesa.description,
    cadence: mesa.cadence,
    cadenceDays: mesa.cadenceDays,
    visibility: mesa.visibility,
    locale: mesa.locale,
    focusLimit: mesa.focusLimit,
    timeZone: mesa.timeZone ?? '',
    reminderDaysBefore: mesa.reminderDaysBefore,
    reminderDaysAfter: mesa.reminderDaysAfter,
    published: mesa.published,
  };
}

interface MesaDialogProps {
  mesa: MesaDetail;
  opened: boolean;
  onClose: () => void;
}

/** Shows the Mesa as the server returned it after a change, and refreshes the list of Mesas. */
function useShowSavedMesa() {
  const queryClient = useQueryClient();
  return (updated: MesaDetail) => {
    queryClient.setQueryData(['mesa', updated.id], updated);
    void queryClient.invalidateQueries({ queryKey: ['mesas'] });
  };
}

export function EditMesaModal({ mesa, opened, onClose }: MesaDialogProps) {
  const { t } = useTranslation();
  const form = useSaveForm({
    initial: () => fieldsOf(mesa),
    dialog: { opened, onClose },
    required: requiredDetails,
    save: (v) =>
      api.mesas.update(mesa.id, {
        ...v,
        cadenceDays: cadenceDaysOf(v),
        timeZone: timeZoneOf(v),
        version: mesa.version,
      }),
    refresh: useShowSavedMesa(),
    notice: () => t('mesa.saved'),
  });

  return (
    <FormModal form={form} title={t('mesa.editTitle')} size="lg" submitLabel={t('common.save')}>
      <MesaDetailsFields form={form} />
      <ReminderFields form={form} defaults={mesa.reminderDefaults} />
      <PublishField form={form} publishedAt={mesa.publishedAt} />
    </FormModal>
  );
}

interface TransitionFields {
  to: MesaStatus | '';
  reason: string;
  occurredOn: string;
  moveHost: boolean;
  host: string | null;
}

export function TransitionModal({ mesa, opened, onClose }: MesaDialogProps) {
  const { t } = useTranslation();
  const fmt = useFormatters(mesa.timeZone);
  const form = useSaveForm({
    initial: (): TransitionFields => ({
      to: mesa.allowedTransitions[0] ?? '',
      reason: '',
      occurredOn: fmt.today(),
      moveHost: false,
      host: null,
    }),
    dialog: { opened, onClose },
    required: (v) => (v.moveHost ? ['to', 'reason', 'occurredOn', 'host'] : ['to', 'reason', 'occurredOn']),
    save: (v) =>
      api.mesas.transition(mesa.id, {
        to: v.to as MesaStatus,
        reason: v.reason,
        occurredOn: v.occurredOn || undefined,
        host: v.moveHost && v.host ? v.host : undefined,
      }),
    refresh: useShowSavedMesa(),
    notice: () => t('lifecycle.saved'),
  });

  return (
    <FormModal form={form} title={t('lifecycle.formTitle')} size="lg" submitLabel={t('lifecycle.submit')}>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('lifecycle.to')}
          required
          data={translatedOptions(t, 'mesaStatus', mesa.allowedTransitions)}
          {...form.text('to')}
        />
        <DateField label={t('lifecycle.occurredOn')} required {...form.date('occurredOn')} />
      </Group>
      <Textarea
        label={t('lifecycle.reason')}
        description={t('lifecycle.reasonHelp')}
        required
        autosize
        minRows={3}
        {...form.text('reason')}
      />
      <Checkbox label={t('lifecycle.moveHost')} {...form.flag('moveHost')} />
      {form.values.moveHost && (
        <OrganizationSelect
          label={t('lifecycle.newHost')}
          required
          reportFailure
          exclude={mesa.host.id}
          {...form.choice('host')}
        />
      )}
    </FormModal>
  );
}
