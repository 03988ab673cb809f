import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CreateMesa } from '../api';
import { FormError, notifySuccess, orNull, usePageTitle } from '../components/common';
import { organizationOptions, useFormState, useOrganizations } from '../components/forms';
import { useSession } from '../session';
import { cadences, locales, mesaKinds, visibilities } from './mesa/MesaForms';

const initialStatuses = ['candidate', 'assessing', 'active'] as const;

interface NewMesaFields {
  name: string;
  slug: string;
  kind: CreateMesa['kind'];
  sector: string;
  description: string;
  status: (typeof initialStatuses)[number];
  hostOrganizationId: string | null;
  cadence: NonNullable<CreateMesa['cadence']>;
  cadenceDays: number | null;
  visibility: NonNullable<CreateMesa['visibility']>;
  locale: NonNullable<CreateMesa['locale']>;
  launchedOn: string;
}

export function NewMesaPage() {
  const { t, i18n } = useTranslation();
  const { isCoordinating } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('newMesa.title'));
  const organizations = useOrganizations(isCoordinating);
  const form = useFormState<NewMesaFields>({
    name: '',
    slug: '',
    kind: 'sector',
    sector: '',
    description: '',
    status: 'candidate',
    hostOrganizationId: null,
    cadence: 'biweekly',
    cadenceDays: null,
    visibility: 'members',
    locale: i18n.language === 'en' ? 'en' : 'es',
    launchedOn: '',
  });

  const create = useMutation({
    mutationFn: () => {
      const v = form.values;
      return api.mesas.create({
        name: v.name,
        slug: orNull(v.slug) ?? undefined,
        kind: v.kind,
        sector: v.sector,
        description: v.description,
        status: v.status,
        hostOrganizationId: v.hostOrganizationId as string,
        cadence: v.cadence,
        cadenceDays: v.cadence === 'custom' ? v.cadenceDays : null,
        visibility: v.visibility,
        locale: v.locale,
        launchedOn: orNull(v.launchedOn),
      });
    },
    onSuccess: async (mesa) => {
      queryClient.setQueryData(['mesa', mesa.id], mesa);
      await queryClient.invalidateQueries({ queryKey: ['mesas'] });
      notifySuccess(t('newMesa.created', { name: mesa.name }));
      await navigate({ to: '/mesas/$mesaId', params: { mesaId: mesa.id } });
    },
  });

  if (!isCoordinating) {
    return (
      <Stack>
        <Title order={1}>{t('newMesa.title')}</Title>
        <Text role="alert">{t('errors.FORBIDDEN')}</Text>
      </Stack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required: (keyof NewMesaFields)[] = ['name', 'sector', 'hostOrganizationId'];
    if (form.values.cadence === 'custom') required.push('cadenceDays');
    if (form.requireFilled(required, t)) create.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <Stack gap="lg" maw={820}>
      <div>
        <Anchor component={Link} to="/" size="sm">
          {t('mesa.backToList')}
        </Anchor>
        <Title order={1} mt="xs">
          {t('newMesa.title')}
        </Title>
        <Text c="gray.7">{t('newMesa.subtitle')}</Text>
      </div>
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={submit} noValidate aria-label={t('newMesa.title')}>
          <Stack>
            <FormError error={create.error} />
            <TextInput
              label={t('mesa.name')}
              required
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errorOf('name', create.error)}
            />
            <TextInput
              label={t('newMesa.slug')}
              description={t('newMesa.slugHelp')}
              value={values.slug}
              onChange={(e) => set('slug', e.currentTarget.value)}
              error={errorOf('slug', create.error)}
            />
            <Group grow align="flex-start">
              <NativeSelect
                label={t('mesa.kind')}
                description={t('newMesa.kindHelp')}
                value={values.kind}
                onChange={(e) => set('kind', e.currentTarget.value as NewMesaFields['kind'])}
                data={mesaKinds.map((k) => ({ value: k, label: t(`mesaKind.${k}`) }))}
                error={errorOf('kind', create.error)}
              />
              <TextInput
                label={t('mesa.sector')}
                description={t('newMesa.sectorHelp')}
                required
                value={values.sector}
                onChange={(e) => set('sector', e.currentTarget.value)}
                error={errorOf('sector', create.error)}
              />
            </Group>
            <Textarea
              label={t('mesa.description')}
              autosize
              minRows={3}
              value={values.description}
              onChange={(e) => set('description', e.currentTarget.value)}
              error={errorOf('description', create.error)}
            />
            <Group grow align="flex-start">
              <Select
                label={t('mesa.host')}
                description={t('newMesa.hostHelp')}
                required
                searchable
                data={organizationOptions(organizations.data)}
                value={values.hostOrganizationId}
                onChange={(v) => set('hostOrganizationId', v)}
                nothingFoundMessage={t('common.nothingFound')}
                placeholder={organizations.isPending ? t('common.loading') : undefined}
                error={
                  errorOf('hostOrganizationId', create.error) ??
                  (organizations.isError ? t('common.loadFailed') : undefined)
                }
              />
              <NativeSelect
                label={t('newMesa.status')}
                value={values.status}
                onChange={(e) => set('status', e.currentTarget.value as NewMesaFields['status'])}
                data={initialStatuses.map((s) => ({ value: s, label: t(`mesaStatus.${s}`) }))}
                error={errorOf('status', create.error)}
              />
            </Group>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('mesa.cadence')}
                value={values.cadence}
                onChange={(e) => set('cadence', e.currentTarget.value as NewMesaFields['cadence'])}
                data={cadences.map((c) => ({ value: c, label: t(`cadence.${c}`) }))}
                error={errorOf('cadence', create.error)}
              />
              {values.cadence === 'custom' && (
                <NumberInput
                  label={t('mesa.cadenceDays')}
                  required
                  min={1}
                  max={90}
                  value={values.cadenceDays ?? ''}
                  onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)}
                  error={errorOf('cadenceDays', create.error)}
                />
              )}
              <TextInput
                type="date"
                label={t('mesa.launchedOn')}
                value={values.launchedOn}
                onChange={(e) => set('launchedOn', e.currentTarget.value)}
                error={errorOf('launchedOn', create.error)}
              />
            </Group>
            <Group grow align="flex-start">
              <NativeSelect
                label={t('mesa.visibility')}
                value={values.visibility}
                onChange={(e) => set('visibility', e.currentTarget.value as NewMesaFields['visibility'])}
                data={visibilities.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
                error={errorOf('visibility', create.error)}
              />
              <NativeSelect
                label={t('mesa.language')}
                value={values.locale}
                onChange={(e) => set('locale', e.currentTarget.value as NewMesaFields['locale'])}
                data={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))}
                error={errorOf('locale', create.error)}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/">
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('newMesa.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
