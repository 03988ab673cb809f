import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Organization } from '../api';
import {
  AppModal,
  FormError,
  notifySuccess,
  orNull,
  PageLoader,
  QueryError,
  usePageTitle,
} from '../components/common';
import { organizationOptions, useFormState, useOrganizations } from '../components/forms';
import { useSession } from '../session';

export const organizationKinds = [
  'public_entity',
  'business_association',
  'company',
  'academia',
  'other',
] as const;
export const organizationLevels = ['national', 'regional', 'local'] as const;
type Kind = Organization['kind'];
type Level = Organization['level'];

export function OrganizationsPage() {
  const { t } = useTranslation();
  const { isCoordinating } = useSession();
  usePageTitle(t('organizations.title'));
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Organization | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ['organizations', { q, kind }],
    queryFn: () => api.organizations.list({ q: q || undefined, kind: kind || undefined }),
    placeholderData: keepPreviousData,
  });
  const all = useOrganizations();
  const nameOf = (id: string | null) => (id ? (all.data?.find((o) => o.id === id)?.name ?? '—') : '—');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('organizations.title')}</Title>
          <Text c="gray.7">{t('organizations.subtitle')}</Text>
        </div>
        {isCoordinating && <Button onClick={() => setCreating(true)}>{t('organizations.new')}</Button>}
      </Group>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Group align="flex-end" role="search" aria-label={t('organizations.searchLabel')}>
            <TextInput
              label={t('common.search')}
              placeholder={t('organizations.searchPlaceholder')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
            />
            <NativeSelect
              label={t('organizations.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value)}
              data={[
                { value: '', label: t('common.all') },
                ...organizationKinds.map((k) => ({ value: k, label: t(`organizationKind.${k}`) })),
              ]}
            />
          </Group>
          {list.isPending && <PageLoader />}
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          {list.isSuccess && (
            <>
              <Text size="sm" c="gray.7" aria-live="polite">
                {t('common.resultCount', { count: list.data.organizations.length })}
              </Text>
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <caption className="visually-hidden">{t('organizations.title')}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('organizations.name')}</Table.Th>
                      <Table.Th scope="col">{t('organizations.acronym')}</Table.Th>
                      <Table.Th scope="col">{t('organizations.kind')}</Table.Th>
                      <Table.Th scope="col">{t('organizations.level')}</Table.Th>
                      <Table.Th scope="col">{t('organizations.parent')}</Table.Th>
                      <Table.Th scope="col">{t('organizations.website')}</Table.Th>
                      {isCoordinating && (
                        <Table.Th scope="col">
                          <span className="visually-hidden">{t('common.actions')}</span>
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.organizations.map((o) => (
                      <Table.Tr key={o.id}>
                        <Table.Td fw={600}>{o.name}</Table.Td>
                        <Table.Td>{o.acronym ?? '—'}</Table.Td>
                        <Table.Td>{t(`organizationKind.${o.kind}`)}</Table.Td>
                        <Table.Td>{t(`organizationLevel.${o.level}`)}</Table.Td>
                        <Table.Td>{nameOf(o.parentId)}</Table.Td>
                        <Table.Td>
                          {o.website ? (
                            <Anchor href={o.website} target="_blank" rel="noreferrer noopener" size="sm">
                              {o.website.replace(/^https?:\/\//, '')}
                            </Anchor>
                          ) : (
                            '—'
                          )}
                        </Table.Td>
                        {isCoordinating && (
                          <Table.Td ta="right">
                            <Button
                              size="compact-sm"
                              variant="default"
                              aria-label={`${t('common.edit')}: ${o.name}`}
                              onClick={() => setEditing(o)}
                            >
                              {t('common.edit')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.data.organizations.length === 0 && <Text>{t('common.noResults')}</Text>}
            </>
          )}
        </Stack>
      </Paper>
      {isCoordinating && (
        <>
          <OrganizationModal opened={creating} organization={null} onClose={() => setCreating(false)} />
          <OrganizationModal
            opened={editing !== null}
            organization={editing}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Stack>
  );
}

interface OrganizationFields {
  name: string;
  acronym: string;
  kind: Kind;
  level: Level;
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
  organization,
  opened,
  onClose,
}: {
  organization: Organization | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<OrganizationFields>(fieldsOf(organization));
  const all = useOrganizations(opened);
  const save = useMutation({
    mutationFn: () => {
      const v = form.values;
      const body = {
        name: v.name,
        acronym: orNull(v.acronym),
        kind: v.kind,
        level: v.level,
        parentId: v.parentId,
        website: orNull(v.website),
      };
      return organization ? api.organizations.update(organization.id, body) : api.organizations.create(body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['organizations'] });
      notifySuccess(
        organization
          ? t('organizations.saved', { name: saved.name })
          : t('organizations.created', { name: saved.name }),
      );
      onClose();
    },
  });
  const { setValues } = form;
  const { reset } = save;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the dialog opens for an organization
  useEffect(() => {
    if (opened) {
      setValues(fieldsOf(organization));
      reset();
    }
  }, [opened, organization?.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled(['name'], t)) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={
        organization ? t('organizations.editTitle', { name: organization.name }) : t('organizations.new')
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <TextInput
            label={t('organizations.name')}
            required
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errorOf('name', save.error)}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('organizations.acronym')}
              value={values.acronym}
              onChange={(e) => set('acronym', e.currentTarget.value)}
              error={errorOf('acronym', save.error)}
            />
            <TextInput
              label={t('organizations.website')}
              type="url"
              placeholder="https://"
              value={values.website}
              onChange={(e) => set('website', e.currentTarget.value)}
              error={errorOf('website', save.error)}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('organizations.kind')}
              value={values.kind}
              onChange={(e) => set('kind', e.currentTarget.value as Kind)}
              data={organizationKinds.map((k) => ({ value: k, label: t(`organizationKind.${k}`) }))}
              error={errorOf('kind', save.error)}
            />
            <NativeSelect
              label={t('organizations.level')}
              value={values.level}
              onChange={(e) => set('level', e.currentTarget.value as Level)}
              data={organizationLevels.map((l) => ({ value: l, label: t(`organizationLevel.${l}`) }))}
              error={errorOf('level', save.error)}
            />
          </Group>
          <Select
            label={t('organizations.parent')}
            description={t('organizations.parentHelp')}
            clearable
            searchable
            data={organizationOptions(all.data).filter((o) => o.value !== organization?.id)}
            value={values.parentId}
            onChange={(v) => set('parentId', v)}
            nothingFoundMessage={t('common.nothingFound')}
            error={errorOf('parentId', save.error)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {organization ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
