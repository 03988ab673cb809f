import { Group, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Person } from '../api';
import { orNull, Tag } from '../components/common';
import type { Column } from '../components/DataTable';
import { FormModal } from '../components/FormModal';
import { useSaveForm } from '../components/forms';
import { ListPage, type RecordDialogProps, useSearch } from '../components/ListPage';
import { OrganizationSelect } from '../components/pickers';
import { useSession } from '../session';

export function PeoplePage() {
  const { t } = useTranslation();
  const { canManagePeople } = useSession();
  const search = useSearch();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['people', { q: search.q, organizationId }],
    queryFn: () => api.people.list({ q: search.q || undefined, organizationId: organizationId ?? undefined }),
    placeholderData: keepPreviousData,
    enabled: canManagePeople,
  });
  const columns: Column<Person>[] = [
    { label: t('people.fullName'), td: { fw: 600 }, cell: (p) => p.fullName },
    { label: t('people.position'), cell: (p) => p.position ?? '—' },
    { label: t('people.organization'), cell: (p) => p.organizationName ?? '—' },
    { label: t('people.email'), cell: (p) => p.email ?? '—' },
    { label: t('people.phone'), cell: (p) => p.phone ?? '—' },
    {
      label: t('people.account'),
      cell: (p) =>
        p.hasAccount ? (
          <Tag tone="green">{t('people.hasAccount')}</Tag>
        ) : (
          <Text size="sm" c="gray.7">
            {t('people.noAccount')}
          </Text>
        ),
    },
  ];

  return (
    <ListPage
      section="people"
      allowed={canManagePeople}
      search={search}
      filter={
        <OrganizationSelect
          label={t('people.organization')}
          placeholder={t('common.all')}
          clearable
          value={organizationId}
          onChange={setOrganizationId}
          miw={260}
        />
      }
      query={list}
      rows={list.data?.people}
      columns={columns}
      minWidth={760}
      dialogs={{ create: PersonModal, edit: PersonModal }}
      rowName={(p) => p.fullName}
    />
  );
}

interface PersonFields {
  fullName: string;
  email: string;
  phone: string;
  position: string;
  organizationId: string | null;
}

const fieldsOf = (p: Person | null): PersonFields => ({
  fullName: p?.fullName ?? '',
  email: p?.email ?? '',
  phone: p?.phone ?? '',
  position: p?.position ?? '',
  organizationId: p?.organizationId ?? null,
});

function PersonModal({ record: person = null, opened, onClose }: RecordDialogProps<Person>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSaveForm({
    initial: () => fieldsOf(person),
    dialog: { opened, onClose, record: person?.id },
    required: () => ['fullName'],
    save: (v) => {
      const body = {
        ...v,
        email: orNull(v.email),
        phone: orNull(v.phone),
        position: orNull(v.position),
      };
      return person ? api.people.update(person.id, body) : api.people.create(body);
    },
    refresh: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
    notice: (saved) =>
      person ? t('people.saved', { name: saved.fullName }) : t('people.created', { name: saved.fullName }),
  });

  return (
    <FormModal
      form={form}
      size="lg"
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.new')}
      submitLabel={person ? t('common.save') : t('common.create')}
    >
      <TextInput label={t('people.fullName')} required {...form.text('fullName')} />
      <Group grow align="flex-start">
        <TextInput label={t('people.position')} {...form.text('position')} />
        <OrganizationSelect label={t('people.organization')} clearable {...form.choice('organizationId')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('people.email')} type="email" {...form.text('email')} />
        <TextInput label={t('people.phone')} type="tel" {...form.text('phone')} />
      </Group>
    </FormModal>
  );
}
