import { Box, Container, Group, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../src/domain/languages';
import type { Locale } from '../api';
import { asLocale, supportedLocales } from '../i18n';
import { useSession } from '../session';
import { errorMessage, notifyError, usePageTitle } from './common';

// What only a signed-in person sees in the header is a chunk of its own: the sign-in page does not load it.
const Navigation = lazy(() => import('./SignedInHeader').then((module) => ({ default: module.Navigation })));
const UserMenu = lazy(() => import('./SignedInHeader').then((module) => ({ default: module.UserMenu })));

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setLocale } = useSession();
  const change = (value: Locale) => {
    setLocale(value).catch((error: unknown) => notifyError(t('language.saveFailed'), errorMessage(error, t)));
  };
  const current = asLocale(i18n.language);
  // A native select: as many languages as there are string files, in the width of one.
  return (
    <Group gap={6} wrap="nowrap">
      <label htmlFor="app-language" className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id="app-language"
        className="language-select"
        value={current}
        onChange={(event) => change(event.currentTarget.value)}
      >
        {supportedLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageName(locale)}
          </option>
        ))}
      </select>
    </Group>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const href = useRouterState({ select: (s) => s.location.href });
  const onLogin = pathname === '/login';
  if (!user && !onLogin) {
    return <Navigate to="/login" search={href === '/' ? {} : { redirect: href }} replace />;
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box component="header" className="app-header">
        <Container size="xl" py="sm">
          <Group justify="space-between" gap="md">
            <Group gap="md">
              <Link to="/" className="brand" aria-label={t('app.homeLink')}>
                Mesas
              </Link>
              {user && (
                <Suspense fallback={null}>
                  <Navigation />
                </Suspense>
              )}
            </Group>
            <Group gap="md">
              <LanguageSwitcher />
              {user && (
                <Suspense fallback={null}>
                  <UserMenu />
                </Suspense>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} py="xl">
        <Container size="xl">
          <Outlet />
        </Container>
      </Box>
      <Box component="footer" py="lg">
        <Container size="xl">
          <Text size="xs" c="gray.7">
            {t('app.footer')}
          </Text>
        </Container>
      </Box>
    </>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Link to="/">{t('notFound.home')}</Link>
    </Stack>
  );
}
