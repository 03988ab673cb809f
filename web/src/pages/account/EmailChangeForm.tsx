import { Alert, Paper, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormBody } from '../../components/FormModal';
import { useSaveForm } from '../../components/forms';

/**
 * A person asks to change their own e-mail: the server mails a link to the new address, and the
 * change is applied only once that link is opened (`/confirm-email`).
 */
export function EmailChangeForm() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSaveForm({
    initial: () => ({ email: '' }),
    required: () => ['email'],
    save: (v) => api.auth.requestEmailChange(v.email.trim()),
    notice: () => t('emailChange.request.sent'),
    done: (saved) => setSentTo(saved.email),
  });

  return (
    <Paper withBorder p="xl" radius="md">
      <Title order={2} size="h3" mb="sm">
        {t('emailChange.request.title')}
      </Title>
      {sentTo && (
        <Alert color="green" role="status" mb="md">
          {t('emailChange.request.check', { email: sentTo })}
        </Alert>
      )}
      <FormBody
        form={form}
        label={t('emailChange.request.title')}
        submitLabel={t('emailChange.request.submit')}
      >
        <TextInput
          type="email"
          label={t('emailChange.request.email')}
          description={t('emailChange.request.help')}
          autoComplete="email"
          required
          {...form.text('email')}
        />
      </FormBody>
    </Paper>
  );
}
