import {
  Button,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Account, api, type GlobalRole, type Locale } from '../api';
import {
  AppModal,
  FormError,
  notifySuccess,
  PageLoader,
  QueryError,
  Tag,
  usePageTitle,
} from '../components/common';
import { organizationOptions, useFormState, useOrganizations } from '../components/forms';
import { useFormatters } from '../format';
import { useSession } from '../session';

const globalRoles: readonly GlobalRole[] = ['admin', 'coordinator', 'high_level'];
const MIN_PASSWORD = 10;

const roleOptions = (t: (key: string) => string) => [
  { value: '', label: t('accounts.noGlobalRole') },
  ...globalRoles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
];

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function AccountsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { isAdmin } = useSession();
  usePageTitle(t('accounts.title'));
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Account | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['accounts'], queryFn: api.accounts.list, enabled: isAdmin });
  const shown = useMemo(() => {
    const q = normalize(search.trim());
    const accounts = list.data?.accounts ?? [];
    return q ? accounts.filter((a) => normalize(`${a.fullName} ${a.email}`).includes(q)) : accounts;
  }, [list.data, search]);

  if (!isAdmin) {
    return (
      <Stack>
        <Title order={1}>{t('accounts.title')}</Title>
        <Text role="alert">{t('errors.FORBIDDEN')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('accounts.title')}</Title>
          <Text c="gray.7">{t('accounts.subtitle')}</Text>
        </div>
        <Button onClick={() => setCreating(true)}>{t('accounts.new')}</Button>
      </Group>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Group align="flex-end" role="search" aria-label={t('accounts.searchLabel')}>
            <TextInput
              label={t('common.search')}
              placeholder={t('accounts.searchPlaceholder')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
            />
          </Group>
          {list.isPending && <PageLoader />}
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          {list.isSuccess && (
            <>
              <Text size="sm" c="gray.7" aria-live="polite">
                {t('common.resultCount', { count: shown.length })}
              </Text>
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <caption className="visually-hidden">{t('accounts.title')}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('accounts.fullName')}</Table.Th>
                      <Table.Th scope="col">{t('accounts.email')}</Table.Th>
                      <Table.Th scope="col">{t('accounts.globalRole')}</Table.Th>
                      <Table.Th scope="col">{t('accounts.language')}</Table.Th>
                      <Table.Th scope="col">{t('accounts.status')}</Table.Th>
                      <Table.Th scope="col">{t('accounts.lastLogin')}</Table.Th>
                      <Table.Th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td fw={600}>{a.fullName}</Table.Td>
                        <Table.Td>{a.email}</Table.Td>
                        <Table.Td>{a.globalRole ? t(`roles.${a.globalRole}`) : '—'}</Table.Td>
                        <Table.Td>{t(`language.${a.locale}`)}</Table.Td>
                        <Table.Td>
                          {a.disabledAt ? (
                            <Tag tone="red">{t('accounts.disabled')}</Tag>
                          ) : (
                            <Tag tone="green">{t('accounts.active')}</Tag>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {a.lastLoginAt ? fmt.dateTime(a.lastLoginAt) : t('accounts.never')}
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={`${t('common.edit')}: ${a.email}`}
                            onClick={() => setEditing(a)}
                          >
                            {t('common.edit')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {shown.length === 0 && <Text>{t('common.noResults')}</Text>}
            </>
          )}
        </Stack>
      </Paper>
      <CreateAccountModal opened={creating} onClose={() => setCreating(false)} />
      <EditAccountModal account={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

interface NewAccountFields {
  email: string;
  fullName: string;
  organizationId: string | null;
  password: string;
  globalRole: string;
  locale: Locale;
}

const emptyAccount = (): NewAccountFields => ({
  email: '',
  fullName: '',
  organizationId: null,
  password: '',
  globalRole: '',
  locale: 'es',
});

function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<NewAccountFields>(emptyAccount());
  const [shortPassword, setShortPassword] = useState(false);
  const organizations = useOrganizations(opened);
  const save = useMutation({
    mutationFn: () => {
      const v = form.values;
      return api.accounts.create({
        email: v.email.trim(),
        fullName: v.fullName,
        organizationId: v.organizationId,
        password: v.password,
        globalRole: (v.globalRole || null) as GlobalRole | null,
        locale: v.locale,
      });
    },
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]);
      notifySuccess(t('accounts.created', { email: saved.email }));
      onClose();
    },
  });
  const { setValues } = form;
  const { reset } = save;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the dialog opens
  useEffect(() => {
    if (opened) {
      setValues(emptyAccount());
      setShortPassword(false);
      reset();
    }
  }, [opened]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled(['email', 'fullName', 'password'], t);
    const short = form.values.password.length > 0 && form.values.password.length < MIN_PASSWORD;
    setShortPassword(short);
    if (filled && !short) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal opened={opened} onClose={onClose} size="lg" title={t('accounts.new')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <Group grow align="flex-start">
            <TextInput
              label={t('accounts.fullName')}
              required
              value={values.fullName}
              onChange={(e) => set('fullName', e.currentTarget.value)}
              error={errorOf('fullName', save.error)}
            />
            <TextInput
              label={t('accounts.email')}
              type="email"
              required
              autoComplete="off"
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={errorOf('email', save.error)}
            />
          </Group>
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
          <PasswordInput
            label={t('accounts.password')}
            description={t('accounts.passwordHelp', { count: MIN_PASSWORD })}
            required
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => {
              set('password', e.currentTarget.value);
              setShortPassword(false);
            }}
            error={
              errorOf('password', save.error) ??
              (shortPassword ? t('accounts.passwordTooShort', { count: MIN_PASSWORD }) : undefined)
            }
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('accounts.globalRole')}
              description={t('accounts.globalRoleHelp')}
              value={values.globalRole}
              onChange={(e) => set('globalRole', e.currentTarget.value)}
              data={roleOptions(t)}
              error={errorOf('globalRole', save.error)}
            />
            <NativeSelect
              label={t('accounts.language')}
              value={values.locale}
              onChange={(e) => set('locale', e.currentTarget.value as Locale)}
              data={[
                { value: 'es', label: t('language.es') },
                { value: 'en', label: t('language.en') },
              ]}
              error={errorOf('locale', save.error)}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

interface EditAccountFields {
  globalRole: string;
  locale: Locale;
  disabled: boolean;
  password: string;
}

const fieldsOf = (a: Account | null): EditAccountFields => ({
  globalRole: a?.globalRole ?? '',
  locale: a?.locale ?? 'es',
  disabled: a?.disabledAt != null,
  password: '',
});

function EditAccountModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const form = useFormState<EditAccountFields>(fieldsOf(account));
  const [shortPassword, setShortPassword] = useState(false);
  const isSelf = account?.id === user?.id;
  const save = useMutation({
    mutationFn: () => {
      const v = form.values;
      return api.accounts.update(account?.id ?? '', {
        globalRole: (v.globalRole || null) as GlobalRole | null,
        locale: v.locale,
        disabled: v.disabled,
        ...(v.password ? { password: v.password } : {}),
      });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      notifySuccess(t('accounts.saved', { email: saved.email }));
      onClose();
    },
  });
  const { setValues } = form;
  const { reset } = save;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the dialog opens for an account
  useEffect(() => {
    if (account) {
      setValues(fieldsOf(account));
      setShortPassword(false);
      reset();
    }
  }, [account?.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = form.values.password.length > 0 && form.values.password.length < MIN_PASSWORD;
    setShortPassword(short);
    if (!short) save.mutate();
  };
  const { values, set, errorOf } = form;

  return (
    <AppModal
      opened={account !== null}
      onClose={onClose}
      size="lg"
      title={t('accounts.editTitle', { email: account?.email ?? '' })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <Group grow align="flex-start">
            <NativeSelect
              label={t('accounts.globalRole')}
              description={t('accounts.globalRoleHelp')}
              value={values.globalRole}
              onChange={(e) => set('globalRole', e.currentTarget.value)}
              data={roleOptions(t)}
              error={errorOf('globalRole', save.error)}
            />
            <NativeSelect
              label={t('accounts.language')}
              value={values.locale}
              onChange={(e) => set('locale', e.currentTarget.value as Locale)}
              data={[
                { value: 'es', label: t('language.es') },
                { value: 'en', label: t('language.en') },
              ]}
              error={errorOf('locale', save.error)}
            />
          </Group>
          <PasswordInput
            label={t('accounts.newPassword')}
            description={t('accounts.newPasswordHelp', { count: MIN_PASSWORD })}
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => {
              set('password', e.currentTarget.value);
              setShortPassword(false);
            }}
            error={
              errorOf('password', save.error) ??
              (shortPassword ? t('accounts.passwordTooShort', { count: MIN_PASSWORD }) : undefined)
            }
          />
          <Switch
            label={t('accounts.disableLabel')}
            description={isSelf ? t('accounts.cannotDisableSelf') : t('accounts.disableHelp')}
            checked={values.disabled}
            disabled={isSelf && !values.disabled}
            onChange={(e) => set('disabled', e.currentTarget.checked)}
            error={errorOf('disabled', save.error)}
          />
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
