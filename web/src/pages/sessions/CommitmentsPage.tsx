import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/common';
import { PageHeader } from '../../components/headings';
import { orgFullName } from '../matrix/labels';
import { CalendarFeed } from './CalendarFeed';
import { CommitmentList } from './CommitmentList';
import { myCommitmentsQueryKey, organizationCommitmentsQueryKey, sessionsApi } from './sessionsApi';
import './sessions.css';

/** The signed-in person's commitments across every Mesa, late ones first; and their calendar feed. */
export function MyCommitmentsPage() {
  const { t } = useTranslation();
  const title = t('commitments.mineTitle');
  usePageTitle(title);
  const query = useQuery({ queryKey: myCommitmentsQueryKey, queryFn: sessionsApi.commitments.mine });
  return (
    <Stack gap="lg">
      <PageHeader title={title} subtitle={t('commitments.mineSubtitle')} />
      <CommitmentList query={query} showOwner={false} caption={title} />
      <CalendarFeed />
    </Stack>
  );
}

/** An organization's commitments across the Mesas (those the reader may see), late ones first. */
export function OrganizationCommitmentsPage() {
  const { t } = useTranslation();
  const { organizationId } = useParams({ from: '/organizations/$organizationId/commitments' });
  const organization = useQuery({
    queryKey: ['organization', organizationId],
    queryFn: () => sessionsApi.organization(organizationId),
  });
  const query = useQuery({
    queryKey: organizationCommitmentsQueryKey(organizationId),
    queryFn: () => sessionsApi.commitments.ofOrganization(organizationId),
  });
  const name = organization.data ? orgFullName(organization.data) : '';
  const title = name ? t('commitments.orgTitle', { name }) : t('commitments.orgTitleUnknown');
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/commitments" size="sm">
        {t('commitments.backToMine')}
      </Anchor>
      <PageHeader title={title} subtitle={t('commitments.orgSubtitle')} />
      <CommitmentList query={query} showOwner caption={title} />
    </Stack>
  );
}
