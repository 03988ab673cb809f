import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
              {t('nav.archive')}
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
              {t('nav.assessments')}
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
