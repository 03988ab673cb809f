import { Anchor, Group, NativeSelect, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valuesOf } from '../../../src/sdk/client';
import { api, type Organization } from '../api';
import { orNull } from '../components/common';
import type { Column } from '../components/DataTable';
import { FormModal } from '../components/FormModal';
import { translatedOptions, useSaveForm } from '../components/forms';
import { ListPage, type RecordDialogProps, useSearch } from '../components/ListPage';
import { OrganizationSelect, useOrganizations } from '../components/pickers';
import { OrganizationCommitmentsLink } from '../pages/sessions/labels';
import { useSession } from '../session';

export const organizationKinds = valuesOf<Organization['kind']>()([
  'public_entity',
  'business_association',
  'company',
  'academia',
  'other',
]);
export const organizationLevels = valuesOf<Organization['level']>()(['national', 'regional', 'local']);

export function OrganizationsPage() {
  const { t } = useTranslation();
  const { isCoordinating } = useSession();
  const search = useSearch();
  const [kind, setKind] = useState<Organization['kind'] | ''>('');
  const list = useQuery({
    queryKey: ['organizations', { q: search.q, kind }],
    queryFn: () => api.organizations.list({ q: search.q || undefined, kind: kind || undefined }),
    placeholderData: keepPreviousData,
  });
  const all = useOrganizations();
  const nameOf = (id: string | null) => (id ? (all.data?.find((o) => o.id === id)?.name ?? '—') : '—');
  const columns: Column<Organization>[] = [
    {
      label: t('organizations.name'),
      td: { fw: 600 },
      cell: (o) => <OrganizationCommitmentsLink organizationId={o.id}>{o.name}</OrganizationCommitmentsLink>,
    },
    { label: t('organizations.acronym'), cell: (o) => o.acronym ?? '—' },
    { label: t('organizations.kind'), cell: (o) => t(`organizationKind.${o.kind}`) },
    { label: t('organizations.level'), cell: (o) => t(`organizationLevel.${o.level}`) },
    { label: t('organizations.parent'), cell: (o) => nameOf(o.parentId) },
    {
      label: t('organizations.website'),
      cell: (o) =>
        o.website ? (
          <Anchor href={o.website} target="_blank" rel="noreferrer noopener" size="sm">
            {o.website.replace(/^https?:\/\//, '')}
          </Anchor>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <ListPage
      section="organizations"
      search={search}
      filter={
        <NativeSelect
          label={t('organizations.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as Organization['kind'] | '')}
          data={[
            { value: '', label: t('common.all') },
            ...translatedOptions(t, 'organizationKind', organizationKinds),
          ]}
        />
      }
      query={list}
      rows={list.data?.organizations}
      columns={columns}
      minWidth={720}
      dialogs={isCoordinating ? { create: OrganizationModal, edit: OrganizationModal } : undefined}
      rowName={(o) => o.name}
    />
  );
}

interface OrganizationFields {
  name: string;
  acronym: string;
  kind: Organization['kind'];
  level: Organization['level'];
  parentId: string | null;
  website: string;
}

const fieldsOf = (o: Organization | null): OrganizationFields => ({
  name: o?.name ?? '',
  acronym: o?.acronym ?? '',
  kind: o?.kind ?? 'public_entity',
  level: o?.level ?? 'national',
  parentId: o?.parentId ?? null,
  website: o?.website ?? '',
});

function OrganizationModal({
  record: organization = null,
  opened,
  onClose,
}: RecordDialogProps<Organization>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSaveForm({
    initial: () => fieldsOf(organization),
    dialog: { opened, onClose, record: organization?.id },
    required: () => ['name'],
    save: (v) => {
      const body = { ...v, acronym: orNull(v.acronym), website: orNull(v.website) };
      return organization ? api.organizations.update(organization.id, body) : api.organizations.create(body);
    },
    refresh: () => queryClient.invalidateQueries({ queryKey: ['organizations'] }),
    notice: (saved) =>
      organization
        ? t('organizations.saved', { name: saved.name })
        : t('organizations.created', { name: saved.name }),
  });

  return (
    <FormModal
      form={form}
      size="lg"
      title={
        organization ? t('organizations.editTitle', { name: organization.name }) : t('organizations.new')
      }
      submitLabel={organization ? t('common.save') : t('common.create')}
    >
      <TextInput label={t('organizations.name')} required {...form.text('name')} />
      <Group grow align="flex-start">
        <TextInput label={t('organizations.acronym')} {...form.text('acronym')} />
        <TextInput
          label={t('organizations.website')}
          type="url"
          placeholder="https://"
          {...form.text('website')}
        />
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('organizations.kind')}
          data={translatedOptions(t, 'organizationKind', organizationKinds)}
          {...form.text('kind')}
        />
        <NativeSelect
          label={t('organizations.level')}
          data={translatedOptions(t, 'organizationLevel', organizationLevels)}
          {...form.text('level')}
        />
      </Group>
      <OrganizationSelect
        label={t('organizations.parent')}
        description={t('organizations.parentHelp')}
        clearable
        exclude={organization?.id}
        {...form.choice('parentId')}
      />
    </FormModal>
  );
}
