import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Person } from '../api';
import {
  AppModal,
  FormError,
  notifySuccess,
  orNull,
  PageLoader,
  QueryError,
  Tag,
  usePageTitle,
} from '../components/common';
import { organizationOptions, useFormState, useOrganizations } from '../components/forms';
import { useSession } from '../session';

export function PeoplePage() {
  const { t } = useTranslation();
  const { canManagePeople } = useSession();
  usePageTitle(t('people.title'));
  const [search, setSearch] = useState('');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [q] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Person | null>(null);
  const [creating, setCreating] = useState(false);
  const organizations = useOrganizations();
  const list = useQuery({
    queryKey: ['people', { q, organizationId }],
    queryFn: () => api.people.list({ q: q || undefined, organizationId: organizationId ?? undefined }),
    placeholderData: keepPreviousData,
    enabled: canManagePeople,
  });

  if (!canManagePeople) {
    return (
      <Stack>
        <Title order={1}>{t('people.title')}</Title>
        <Text role="alert">{t('errors.FORBIDDEN')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('people.title')}</Title>
          <Text c="gray.7">{t('people.subtitle')}</Text>
        </div>
        <Button onClick={() => setCreating(true)}>{t('people.new')}</Button>
      </Group>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Group align="flex-end" role="search" aria-label={t('people.searchLabel')}>
            <TextInput
              label={t('common.search')}
              placeholder={t('people.searchPlaceholder')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Select
              label={t('people.organization')}
              placeholder={t('common.all')}
              clearable
              searchable
              data={organizationOptions(organizations.data)}
              value={organizationId}
              onChange={setOrganizationId}
              nothingFoundMessage={t('common.nothingFound')}
              miw={260}
            />
          </Group>
          {list.isPending && <PageLoader />}
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          {list.isSuccess && (
            <>
              <Text size="sm" c="gray.7" aria-live="polite">
                {t('common.resultCount', { count: list.data.people.length })}
              </Text>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <caption className="visually-hidden">{t('people.title')}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('people.fullName')}</Table.Th>
                      <Table.Th scope="col">{t('people.position')}</Table.Th>
                      <Table.Th scope="col">{t('people.organization')}</Table.Th>
                      <Table.Th scope="col">{t('people.email')}</Table.Th>
                      <Table.Th scope="col">{t('people.phone')}</Table.Th>
                      <Table.Th scope="col">{t('people.account')}</Table.Th>
                      <Table.Th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.people.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td fw={600}>{p.fullName}</Table.Td>
                        <Table.Td>{p.position ?? '—'}</Table.Td>
                        <Table.Td>{p.organizationName ?? '—'}</Table.Td>
                        <Table.Td>{p.email ?? '—'}</Table.Td>
                        <Table.Td>{p.phone ?? '—'}</Table.Td>
                        <Table.Td>
                          {p.hasAccount ? (
                            <Tag tone="green">{t('people.hasAccount')}</Tag>
                          ) : (
                            <Text size="sm" c="gray.7">
                              {t('people.noAccount')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={`${t('common.edit')}: ${p.fullName}`}
                            onClick={() => setEditing(p)}
                          >
                            {t('common.edit')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.data.people.length === 0 && <Text>{t('common.noResults')}</Text>}
            </>
          )}
        </Stack>
      </Paper>
      <PersonModal opened={creating} person={null} onClose={() => setCreating(false)} />
      <PersonModal opened={editing !== null} person={editing} onClose={() => setEditing(null)} />
    </Stack>
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

function PersonModal({
  person,
  opened,
  onClose,
}: {
  person: Person | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<PersonFields>(fieldsOf(person));
  const organizations = useOrganizations(opened);
  const save = useMutation({
    mutationFn: () => {
      const v = form.values;
      const body = {
        fullName: v.fullName,
        email: orNull(v.email),
        phone: orNull(v.phone),
        position: orNull(v.position),
        organizationId: v.organizationId,
      };
      return person ? api.people.update(person.id, body) : api.people.create(body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      notifySuccess(
        person ? t('people.saved', { name: saved.fullName }) : t('people.created', { name: saved.fullName }),
      );
      onClose();
    },
  });
  const { setValues } = form;
  const { reset } = save;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the dialog opens for a person
  useEffect(() => {
    if (opened) {
      setValues(fieldsOf(person));
      reset();
    }
  }, [opened, person?.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled(['fullName'], t)) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.new')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <TextInput
            label={t('people.fullName')}
            required
            value={values.fullName}
            onChange={(e) => set('fullName', e.currentTarget.value)}
            error={errorOf('fullName', save.error)}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('people.position')}
              value={values.position}
              onChange={(e) => set('position', e.currentTarget.value)}
              error={errorOf('position', save.error)}
            />
            <Select
              label={t('people.organization')}
              clearable
              searchable
              data={organizationOptions(organizations.data)}
              value={values.organizationId}
              onChange={(v) => set('organizationId', v)}
              nothingFoundMessage={t('common.nothingFound')}
              error={errorOf('organizationId', save.error)}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('people.email')}
              type="email"
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={errorOf('email', save.error)}
            />
            <TextInput
              label={t('people.phone')}
              type="tel"
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={errorOf('phone', save.error)}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {person ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
