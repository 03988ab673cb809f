import { Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valuesOf } from '../../../src/sdk/client';
import { type Account, api, type GlobalRole, type Locale } from '../api';
import { FormModal } from '../components/FormModal';
import { type FieldBinder, translatedOptions, useSaveForm } from '../components/forms';
import type { RecordDialogProps } from '../components/ListPage';
import { LocalizedPasswordInput } from '../components/PasswordInput';
import { OrganizationSelect } from '../components/pickers';
import { languageOptions } from '../i18n';
import { useSession } from '../session';

const globalRoles = valuesOf<GlobalRole>()(['admin', 'coordinator', 'high_level']);
const MIN_PASSWORD = 10;

/** Refuses a password shorter than the minimum (an empty one is left to the required check). */
function usePasswordLength() {
  const [tooShort, setTooShort] = useState(false);
  return {
    tooShort,
    clear: () => setTooShort(false),
    check: (password: string) => {
      const short = password.length > 0 && password.length < MIN_PASSWORD;
      setTooShort(short);
      return !short;
    },
  };
}

function PasswordField({
  form,
  rule,
  ...props
}: {
  form: FieldBinder<{ password: string }>;
  rule: ReturnType<typeof usePasswordLength>;
  label: string;
  description: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <LocalizedPasswordInput
      {...props}
      autoComplete="new-password"
      value={form.values.password}
      onChange={(e) => {
        form.set('password', e.currentTarget.value);
        rule.clear();
      }}
      error={
        form.error('password') ??
        (rule.tooShort ? t('accounts.passwordTooShort', { count: MIN_PASSWORD }) : undefined)
      }
    />
  );
}

/** The global role and the language, the same in both dialogs. */
function RoleAndLanguage({ form }: { form: FieldBinder<{ globalRole: string; locale: Locale }> }) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <NativeSelect
        label={t('accounts.globalRole')}
        description={t('accounts.globalRoleHelp')}
        data={[
          { value: '', label: t('accounts.noGlobalRole') },
          ...translatedOptions(t, 'roles', globalRoles),
        ]}
        {...form.text('globalRole')}
      />
      <NativeSelect label={t('accounts.language')} data={languageOptions()} {...form.text('locale')} />
    </Group>
  );
}

const emptyAccount = () => ({
  email: '',
  fullName: '',
  organizationId: null as string | null,
  password: '',
  globalRole: '',
  locale: 'es' as Locale,
});

export function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const password = usePasswordLength();
  const form = useSaveForm({
    initial: emptyAccount,
    dialog: { opened, onClose, onOpen: password.clear },
    required: () => ['email', 'fullName', 'password'],
    valid: (v) => password.check(v.password),
    save: (v) =>
      api.accounts.create({
        ...v,
        email: v.email.trim(),
        globalRole: (v.globalRole || null) as GlobalRole | null,
      }),
    refresh: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['accounts'] }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]),
    notice: (saved) => t('accounts.created', { email: saved.email }),
  });

  return (
    <FormModal form={form} size="lg" title={t('accounts.new')} submitLabel={t('common.create')}>
      <Group grow align="flex-start">
        <TextInput label={t('accounts.fullName')} required {...form.text('fullName')} />
        <TextInput
          label={t('accounts.email')}
          type="email"
          required
          autoComplete="off"
          {...form.text('email')}
        />
      </Group>
      <OrganizationSelect label={t('people.organization')} clearable {...form.choice('organizationId')} />
      <PasswordField
        form={form}
        rule={password}
        label={t('accounts.password')}
        description={t('accounts.passwordHelp', { count: MIN_PASSWORD })}
        required
      />
      <RoleAndLanguage form={form} />
    </FormModal>
  );
}

const fieldsOf = (a: Account | null) => ({
  globalRole: a?.globalRole ?? '',
  locale: a?.locale ?? ('es' as Locale),
  disabled: a?.disabledAt != null,
  password: '',
});

export function EditAccountModal({ record: account = null, opened, onClose }: RecordDialogProps<Account>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const password = usePasswordLength();
  const isSelf = account?.id === user?.id;
  const form = useSaveForm({
    initial: () => fieldsOf(account),
    dialog: { opened, onClose, record: account?.id, onOpen: password.clear },
    valid: (v) => password.check(v.password),
    save: (v) =>
      api.accounts.update(account?.id ?? '', {
        globalRole: (v.globalRole || null) as GlobalRole | null,
        locale: v.locale,
        disabled: v.disabled,
        ...(v.password ? { password: v.password } : {}),
      }),
    refresh: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
    notice: (saved) => t('accounts.saved', { email: saved.email }),
  });

  return (
    <FormModal
      form={form}
      size="lg"
      title={t('accounts.editTitle', { email: account?.email ?? '' })}
      submitLabel={t('common.save')}
    >
      <RoleAndLanguage form={form} />
      <PasswordField
        form={form}
        rule={password}
        label={t('accounts.newPassword')}
        description={t('accounts.newPasswordHelp', { count: MIN_PASSWORD })}
      />
      <Switch
        label={t('accounts.disableLabel')}
        description={isSelf ? t('accounts.cannotDisableSelf') : t('accounts.disableHelp')}
        disabled={isSelf && !form.values.disabled}
        error={form.error('disabled')}
        {...form.flag('disabled')}
      />
    </FormModal>
  );
}
