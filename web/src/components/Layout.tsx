import { Box, Button, Container, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api';
import { homeApi, homeQueryKey, useLanding } from '../pages/home/homeApi';
import { useSession } from '../session';
import { errorMessage, notifyError, usePageTitle } from './common';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setLocale } = useSession();
  const change = (value: string) => {
    setLocale(value as Locale).catch((error: unknown) =>
      notifyError(t('language.saveFailed'), errorMessage(error, t)),
    );
  };
  return (
    <Group gap={6} wrap="nowrap">
      <Text id="language-label" size="sm" fw={500} c="gray.8">
        {t('language.label')}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby="language-label"
        value={i18n.language === 'en' ? 'en' : 'es'}
        onChange={change}
        data={[
          { value: 'es', label: <span lang="es">{t('language.es')}</span> },
          { value: 'en', label: <span lang="en">{t('language.en')}</span> },
        ]}
      />
    </Group>
  );
}

/**
 * The inbox link, with the number of escalations awaiting the caller's decision beside it: shown as a
 * badge, and read by screen readers as the link's description.
 */
function InboxLink() {
  const { t } = useTranslation();
  const home = useQuery({ queryKey: homeQueryKey, queryFn: homeApi.get });
  const count = home.data?.inbox?.awaitingDecision ?? 0;
  return (
    <li>
      <Link
        to="/escalations"
        className="nav-link"
        aria-describedby={count > 0 ? 'nav-inbox-count' : undefined}
        data-testid="nav-inbox"
      >
        {t('escalationsWeb.nav')}
      </Link>
      {count > 0 && (
        <>
          <span className="nav-count" aria-hidden="true" data-testid="nav-inbox-count">
            {count}
          </span>
          <span className="visually-hidden" id="nav-inbox-count">
            {t('homeWeb.nav.awaiting', { count })}
          </span>
        </>
      )}
    </li>
  );
}

function Navigation() {
  const { t } = useTranslation();
  const { isAdmin, isCoordinating, canManagePeople, user } = useSession();
  // The high-level body lands on its inbox: it comes first, and the Mesas are one link away.
  const inboxFirst = useLanding() === 'inbox';
  const hasInbox = isCoordinating || user?.globalRole === 'high_level';
  return (
    <Box component="nav" aria-label={t('nav.label')}>
      <Group gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {inboxFirst && <InboxLink />}
        <li>
          {inboxFirst ? (
            <Link
              to="/"
              search={{ view: 'mesas' }}
              className="nav-link"
              activeOptions={{ exact: true, includeSearch: true }}
            >
              {t('nav.mesas')}
            </Link>
          ) : (
            <Link to="/" className="nav-link" activeOptions={{ exact: true }}>
              {t('nav.mesas')}
            </Link>
          )}
        </li>
        <li>
          <Link to="/commitments" className="nav-link">
            {t('nav.commitments')}
          </Link>
        </li>
        <li>
          <Link to="/search" className="nav-link">
            {t('nav.search')}
          </Link>
        </li>
        {hasInbox && (
          <li>
            <Link to="/portfolio" className="nav-link">
              {t('dashboardsWeb.nav.portfolio')}
            </Link>
          </li>
        )}
        {hasInbox && !inboxFirst && <InboxLink />}
        {isCoordinating && (
          <li>
            <Link to="/admin/organizations" className="nav-link">
              {t('nav.organizations')}
            </Link>
          </li>
        )}
        {isCoordinating && (
          <li>
            <Link to="/archives/import" className="nav-link">
              {t('archiveWeb.nav')}
            </Link>
          </li>
        )}
        {canManagePeople && (
          <li>
            <Link to="/admin/people" className="nav-link">
              {t('nav.people')}
            </Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link to="/admin/accounts" className="nav-link">
              {t('nav.accounts')}
            </Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link to="/admin/outbox" className="nav-link">
              {t('nav.outbox')}
            </Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link to="/admin/assessment-questions" className="nav-link">
              {t('assessmentsWeb.nav')}
            </Link>
          </li>
        )}
      </Group>
    </Box>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (!user) return null;
  const roleLabel = user.globalRole ? t(`roles.${user.globalRole}`) : null;
  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} align="flex-end">
        <Text size="sm" fw={600}>
          {user.fullName}
        </Text>
        {roleLabel && (
          <Text size="xs" c="gray.7">
            {roleLabel}
          </Text>
        )}
      </Stack>
      <Button variant="subtle" size="xs" component={Link} to="/account/password">
        {t('nav.changePassword')}
      </Button>
      <Button
        variant="default"
        size="xs"
        onClick={() => {
          void signOut().finally(() => navigate({ to: '/login' }));
        }}
      >
        {t('nav.signOut')}
      </Button>
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
            <Group gap="xl">
              <Link to="/" className="brand" aria-label={t('app.homeLink')}>
                Mesas
              </Link>
              {user && <Navigation />}
            </Group>
            <Group gap="lg">
              <LanguageSwitcher />
              <UserMenu />
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
