import { Anchor, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { orNull, usePageTitle } from '../components/common';
import { DateField } from '../components/DateField';
import { FormBody } from '../components/FormModal';
import { translatedOptions, useSaveForm } from '../components/forms';
import { Forbidden } from '../components/headings';
import { OrganizationSelect } from '../components/pickers';
import { asLocale } from '../i18n';
import { useSession } from '../session';
import {
  cadenceDaysOf,
  type MesaDetails,
  MesaDetailsFields,
  requiredDetails,
  timeZoneOf,
} from './mesa/MesaFields';

const initialStatuses = ['candidate', 'assessing', 'active'] as const;

interface NewMesaFields extends MesaDetails {
  slug: string;
  status: (typeof initialStatuses)[number];
  hostOrganizationId: string | null;
  launchedOn: string;
}

export function NewMesaPage() {
  const { t, i18n } = useTranslation();
  const { isCoordinating } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('newMesa.title'));
  const form = useSaveForm({
    initial: (): NewMesaFields => ({
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
      locale: asLocale(i18n.language),
      timeZone: '',
      launchedOn: '',
    }),
    required: (v) => [...requiredDetails(v), 'hostOrganizationId'],
    save: (v) =>
      api.mesas.create({
        ...v,
        slug: orNull(v.slug) ?? undefined,
        hostOrganizationId: v.hostOrganizationId as string,
        cadenceDays: cadenceDaysOf(v),
        timeZone: timeZoneOf(v),
        launchedOn: orNull(v.launchedOn),
      }),
    refresh: (mesa) => {
      queryClient.setQueryData(['mesa', mesa.id], mesa);
      return queryClient.invalidateQueries({ queryKey: ['mesas'] });
    },
    notice: (mesa) => t('newMesa.created', { name: mesa.name }),
    done: (mesa) => navigate({ to: '/mesas/$mesaId', params: { mesaId: mesa.id } }),
  });

  if (!isCoordinating) return <Forbidden title={t('newMesa.title')} />;

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
        <FormBody form={form} label={t('newMesa.title')} submitLabel={t('newMesa.submit')} cancelTo="/">
          <MesaDetailsFields
            form={form}
            withHelp
            afterName={
              <TextInput
                label={t('newMesa.slug')}
                description={t('newMesa.slugHelp')}
                {...form.text('slug')}
              />
            }
            afterDescription={
              <Group grow align="flex-start">
                <OrganizationSelect
                  label={t('mesa.host')}
                  description={t('newMesa.hostHelp')}
                  required
                  reportLoading
                  reportFailure
                  {...form.choice('hostOrganizationId')}
                />
                <NativeSelect
                  label={t('newMesa.status')}
                  data={translatedOptions(t, 'mesaStatus', initialStatuses)}
                  {...form.text('status')}
                />
              </Group>
            }
            besideCadence={<DateField label={t('mesa.launchedOn')} {...form.date('launchedOn')} />}
          />
        </FormBody>
      </Paper>
    </Stack>
  );
}
