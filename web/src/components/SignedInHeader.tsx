import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { adminSections } from '../admin/sections';
import { homeApi, homeQueryKey, useLanding } from '../pages/home/homeApi';
import { useSession } from '../session';

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
        {t('nav.escalations')}
      </Link>
      {count > 0 && (
        <>
          <span className="nav-count" aria-hidden="true" data-testid="nav-inbox-count">
            {count}
          </span>
          <span className="visually-hidden" id="nav-inbox-count">
            {t('nav.awaiting', { count })}
          </span>
        </>
      )}
    </li>
  );
}

export function Navigation() {
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
              {t('nav.portfolio')}
            </Link>
          </li>
        )}
        {hasInbox && !inboxFirst && <InboxLink />}
        {adminSections({ isAdmin, isCoordinating, canManagePeople }).length > 0 && (
          <li>
            <Link to="/admin" className="nav-link">
              {t('nav.admin')}
            </Link>
          </li>
        )}
      </Group>
    </Box>
  );
}

export function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (!user) return null;
  const roleLabel = user.globalRole ? t(`roles.${user.globalRole}`) : null;
  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} align="flex-end">
        <Link
          to="/account/password"
          className="account-link"
          aria-label={t('nav.account', { name: user.fullName })}
        >
          {user.fullName}
        </Link>
        {roleLabel && (
          <Text size="xs" c="gray.7">
            {roleLabel}
          </Text>
        )}
      </Stack>
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
