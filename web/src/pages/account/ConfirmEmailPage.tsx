import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormError, usePageTitle } from '../../components/common';

/**
 * Where the link of an e-mail change opens (`/confirm-email?token=…`), signed in as the person who
 * asked: confirming applies the change. The code can also be typed, for a mail read elsewhere.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/confirm-email' });
  const [token, setToken] = useState(search.token ?? '');
  usePageTitle(t('emailChange.page.title'));
  const confirm = useMutation({
    mutationFn: () => api.auth.confirmEmailChange(token.trim()),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };

  return (
    <Stack gap="lg" maw={520}>
      <Title order={1}>{t('emailChange.page.title')}</Title>
      <Paper withBorder p="xl" radius="md">
        {confirm.isSuccess ? (
          <Alert color="green" role="status">
            {t('emailChange.page.done', { email: confirm.data.email })}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              {confirm.isError && <Text role="alert">{t('emailChange.page.failed')}</Text>}
              <FormError error={confirm.error} />
              <TextInput
                label={t('emailChange.page.token')}
                required
                value={token}
                onChange={(e) => setToken(e.currentTarget.value)}
              />
              <Button type="submit" loading={confirm.isPending} disabled={!token.trim()}>
                {t('emailChange.page.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Stack>
  );
}
