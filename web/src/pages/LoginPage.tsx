import { Button, Divider, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { FormError, fieldError, PageLoader, usePageTitle } from '../components/common';
import { LocalizedPasswordInput } from '../components/PasswordInput';
import { useSession } from '../session';

/** Leaves the login page for an address inside the app (already signed in). */
function GoTo({ href }: { href: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate({ href, replace: true });
  }, [href, navigate]);
  return <PageLoader />;
}

/** The identity provider's button, when the deployment has one: a plain link, the browser goes there. */
function OidcSignIn({ redirect }: { redirect: string | undefined }) {
  const { t } = useTranslation();
  const options = useQuery({ queryKey: ['auth', 'options'], queryFn: api.auth.options, staleTime: Infinity });
  const oidc = options.data?.oidc;
  if (!oidc) return null;
  const back = redirect?.startsWith('/') && !redirect.startsWith('//') ? redirect : undefined;
  const href = `/api/auth/oidc/start${back ? `?redirect=${encodeURIComponent(back)}` : ''}`;
  return (
    <>
      <Divider label={t('login.or')} labelPosition="center" />
      <Button component="a" href={href} variant="default" fullWidth>
        {oidc.name ? t('login.oidc', { name: oidc.name }) : t('login.oidcUnnamed')}
      </Button>
    </>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { user, signedIn } = useSession();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/login' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('login.title'));

  const login = useMutation({
    mutationFn: () => api.auth.login(email.trim(), password),
    onSuccess: async (me) => {
      await signedIn(me);
      await navigate({ href: redirect ?? '/' });
    },
  });

  if (user && !login.isPending) return <GoTo href={redirect ?? '/'} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };

  return (
    <Stack align="center" py="xl">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate aria-labelledby="login-title">
          <Stack>
            <div>
              <Title order={1} id="login-title" size="h2">
                {t('login.title')}
              </Title>
              <Text c="gray.7" size="sm" mt={4}>
                {t('login.subtitle')}
              </Text>
            </div>
            <FormError error={login.error} />
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(login.error, 'email')}
            />
            <LocalizedPasswordInput
              label={t('login.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(login.error, 'password')}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              {t('login.submit')}
            </Button>
            <OidcSignIn redirect={redirect} />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
