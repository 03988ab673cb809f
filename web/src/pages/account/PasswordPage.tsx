import { Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { usePageTitle } from '../../components/common';
import { FormBody } from '../../components/FormModal';
import { useSaveForm } from '../../components/forms';
import { LocalizedPasswordInput } from '../../components/PasswordInput';
import { MyFollows } from '../follows/MyFollows';
import { EmailChangeForm } from './EmailChangeForm';

interface PasswordFields {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/**
 * Every user's own account: the password (the server ends their other sessions) and the e-mail
 * address (changed once the link mailed to the new address is opened).
 */
export function PasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('passwordPage.title'));
  const form = useSaveForm({
    initial: (): PasswordFields => ({ currentPassword: '', newPassword: '', repeatPassword: '' }),
    required: () => ['currentPassword', 'newPassword', 'repeatPassword'],
    valid: (v) => v.newPassword === v.repeatPassword,
    save: (v) => api.auth.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    notice: () => t('passwordPage.changed'),
    done: () => navigate({ to: '/' }),
  });

  const repeat = form.text('repeatPassword');
  const mismatch = repeat.value !== '' && repeat.value !== form.values.newPassword;

  return (
    <Stack gap="lg" maw={520}>
      <div>
        <Title order={1}>{t('passwordPage.title')}</Title>
        <Text c="gray.7">{t('passwordPage.subtitle')}</Text>
      </div>
      <Paper withBorder p="xl" radius="md">
        <FormBody
          form={form}
          label={t('passwordPage.title')}
          submitLabel={t('passwordPage.submit')}
          cancelTo="/"
        >
          <LocalizedPasswordInput
            label={t('passwordPage.current')}
            autoComplete="current-password"
            required
            {...form.text('currentPassword')}
          />
          <LocalizedPasswordInput
            label={t('passwordPage.new')}
            description={t('passwordPage.newHelp')}
            autoComplete="new-password"
            required
            {...form.text('newPassword')}
          />
          <LocalizedPasswordInput
            label={t('passwordPage.repeat')}
            autoComplete="new-password"
            required
            {...repeat}
            error={repeat.error ?? (mismatch ? t('passwordPage.mismatch') : undefined)}
          />
        </FormBody>
      </Paper>
      <EmailChangeForm />
      <MyFollows />
    </Stack>
  );
}
