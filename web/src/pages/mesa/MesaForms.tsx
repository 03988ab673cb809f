import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MesaDetail, type MesaStatus, type UpdateMesa } from '../../api';
import { AppModal, FormError, notifySuccess } from '../../components/common';
import { organizationOptions, useFormState, useOrganizations } from '../../components/forms';
import { useFormatters } from '../../format';

export const mesaKinds = ['sector', 'factor'] as const;
export const cadences = ['weekly', 'biweekly', 'custom'] as const;
export const visibilities = ['public', 'members', 'team'] as const;
export const locales = ['es', 'en'] as const;

type MesaFields = Required<Omit<UpdateMesa, 'version' | 'cadenceDays'>> & { cadenceDays: number | null };

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
  };
}

export function EditMesaModal({
  mesa,
  opened,
  onClose,
}: {
  mesa: MesaDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<MesaFields>(fieldsOf(mesa));
  const { setValues } = form;

  const save = useMutation({
    mutationFn: () =>
      api.mesas.update(mesa.id, {
        ...form.values,
        cadenceDays: form.values.cadence === 'custom' ? form.values.cadenceDays : null,
        version: mesa.version,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['mesa', mesa.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['mesas'] });
      notifySuccess(t('mesa.saved'));
      onClose();
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (opened) {
      save.reset();
      setValues(fieldsOf(mesa));
    }
  }, [opened]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: (keyof MesaFields)[] = ['name', 'sector'];
    if (form.values.cadence === 'custom') required.push('cadenceDays');
    if (form.requireFilled(required, t)) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal opened={opened} onClose={onClose} title={t('mesa.editTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <TextInput
            label={t('mesa.name')}
            required
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errorOf('name', save.error)}
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('mesa.kind')}
              value={values.kind}
              onChange={(e) => set('kind', e.currentTarget.value as MesaFields['kind'])}
              data={mesaKinds.map((k) => ({ value: k, label: t(`mesaKind.${k}`) }))}
              error={errorOf('kind', save.error)}
            />
            <TextInput
              label={t('mesa.sector')}
              required
              value={values.sector}
              onChange={(e) => set('sector', e.currentTarget.value)}
              error={errorOf('sector', save.error)}
            />
          </Group>
          <Textarea
            label={t('mesa.description')}
            autosize
            minRows={3}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errorOf('description', save.error)}
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('mesa.cadence')}
              value={values.cadence}
              onChange={(e) => set('cadence', e.currentTarget.value as MesaFields['cadence'])}
              data={cadences.map((c) => ({ value: c, label: t(`cadence.${c}`) }))}
              error={errorOf('cadence', save.error)}
            />
            {values.cadence === 'custom' && (
              <NumberInput
                label={t('mesa.cadenceDays')}
                required
                min={1}
                max={90}
                value={values.cadenceDays ?? ''}
                onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)}
                error={errorOf('cadenceDays', save.error)}
              />
            )}
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('mesa.visibility')}
              value={values.visibility}
              onChange={(e) => set('visibility', e.currentTarget.value as MesaFields['visibility'])}
              data={visibilities.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
              error={errorOf('visibility', save.error)}
            />
            <NativeSelect
              label={t('mesa.language')}
              value={values.locale}
              onChange={(e) => set('locale', e.currentTarget.value as MesaFields['locale'])}
              data={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              error={errorOf('locale', save.error)}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

interface TransitionFields {
  to: MesaStatus | '';
  reason: string;
  occurredOn: string;
  moveHost: boolean;
  host: string | null;
}

export function TransitionModal({
  mesa,
  opened,
  onClose,
}: {
  mesa: MesaDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const initial = (): TransitionFields => ({
    to: mesa.allowedTransitions[0] ?? '',
    reason: '',
    occurredOn: fmt.today(),
    moveHost: false,
    host: null,
  });
  const form = useFormState<TransitionFields>(initial());
  const { setValues } = form;
  const organizations = useOrganizations(opened && form.values.moveHost);

  const save = useMutation({
    mutationFn: () =>
      api.mesas.transition(mesa.id, {
        to: form.values.to as MesaStatus,
        reason: form.values.reason,
        occurredOn: form.values.occurredOn || undefined,
        host: form.values.moveHost && form.values.host ? form.values.host : undefined,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['mesa', mesa.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['mesas'] });
      notifySuccess(t('lifecycle.saved'));
      onClose();
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (opened) {
      save.reset();
      setValues(initial());
    }
  }, [opened]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: (keyof TransitionFields)[] = ['to', 'reason', 'occurredOn'];
    if (form.values.moveHost) required.push('host');
    if (form.requireFilled(required, t)) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal opened={opened} onClose={onClose} title={t('lifecycle.formTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('lifecycle.to')}
              required
              value={values.to}
              onChange={(e) => set('to', e.currentTarget.value as MesaStatus)}
              data={mesa.allowedTransitions.map((s) => ({ value: s, label: t(`mesaStatus.${s}`) }))}
              error={errorOf('to', save.error)}
            />
            <TextInput
              type="date"
              label={t('lifecycle.occurredOn')}
              required
              value={values.occurredOn}
              onChange={(e) => set('occurredOn', e.currentTarget.value)}
              error={errorOf('occurredOn', save.error)}
            />
          </Group>
          <Textarea
            label={t('lifecycle.reason')}
            description={t('lifecycle.reasonHelp')}
            required
            autosize
            minRows={3}
            value={values.reason}
            onChange={(e) => set('reason', e.currentTarget.value)}
            error={errorOf('reason', save.error)}
          />
          <Checkbox
            label={t('lifecycle.moveHost')}
            checked={values.moveHost}
            onChange={(e) => set('moveHost', e.currentTarget.checked)}
          />
          {values.moveHost && (
            <Select
              label={t('lifecycle.newHost')}
              required
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={organizationOptions(organizations.data).filter((o) => o.value !== mesa.host.id)}
              value={values.host}
              onChange={(v) => set('host', v)}
              error={
                errorOf('host', save.error) ?? (organizations.isError ? t('common.loadFailed') : undefined)
              }
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('lifecycle.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
