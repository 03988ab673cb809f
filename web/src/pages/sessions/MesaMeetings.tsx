import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cadencePlan } from '../../../../src/domain/cadence';
import type { MesaDetail } from '../../api';
import { PageLoader, QueryError, Tag } from '../../components/common';
import { SectionHeading } from '../../components/headings';
import { useFormatters } from '../../format';
import { MeetingLink, MeetingStateBadge, MeetingWhen, meetingName } from './labels';
import { NewMeetingButton } from './NewMeetingForm';
import { type MeetingSummary, meetingsQueryKey, sessionFiles, sessionsApi } from './sessionsApi';
import './sessions.css';

/** The Mesa's session plan from its cadence and the sessions held and scheduled (warns when overdue). */
function sessionPlan(mesa: MesaDetail, meetings: MeetingSummary[] | undefined, timeZone: string) {
  if (!meetings || mesa.status !== 'active') return null;
  const sessions = meetings.filter((m) => m.kind === 'session');
  try {
    return cadencePlan({
      cadence: mesa.cadence,
      customDays: mesa.cadenceDays,
      heldAt: sessions.filter((m) => m.state === 'closed').map((m) => new Date(m.startsAt)),
      scheduledAt: sessions.filter((m) => m.state !== 'closed').map((m) => new Date(m.startsAt)),
      launchedOn: mesa.launchedOn,
      now: new Date(),
      timeZone,
    });
  } catch {
    return null;
  }
}

function MeetingTable({ meetings, caption }: { meetings: MeetingSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('meetings.col.meeting')}</Table.Th>
            <Table.Th scope="col">{t('meetings.col.when')}</Table.Th>
            <Table.Th scope="col">{t('meetings.col.place')}</Table.Th>
            <Table.Th scope="col">{t('meetings.col.state')}</Table.Th>
            <Table.Th scope="col">{t('meetings.col.attendance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id} data-meeting-id={m.id} data-state={m.state}>
              <Table.Td>
                <Stack gap={4}>
                  <MeetingLink meetingId={m.id}>{meetingName(t, m)}</MeetingLink>
                  <Group gap={4}>
                    <Tag tone="gray">{t(`meetingKind.${m.kind}`)}</Tag>
                    {m.publicSectorOnly && <Tag tone="blue">{t('meetings.publicSectorOnly')}</Tag>}
                    {m.visibility !== 'members' && <Tag tone="gray">{t(`visibility.${m.visibility}`)}</Tag>}
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <MeetingWhen meeting={m} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.place || (m.onlineUrl ? t('meetings.online') : '—')}</Text>
              </Table.Td>
              <Table.Td>
                <MeetingStateBadge state={m.state} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {m.state === 'closed' || m.state === 'in_progress'
                    ? t('meetings.presentOfInvited', { present: m.presentCount, invited: m.invitedCount })
                    : t('meetings.invited', { count: m.invitedCount })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The "Sessions and meetings" section of a Mesa's page. */
export function MesaMeetings({ mesa }: { mesa: MesaDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const list = useQuery({
    queryKey: meetingsQueryKey(mesa.id),
    queryFn: () => sessionsApi.meetings.list(mesa.id),
  });
  const meetings = list.data?.meetings;
  const plan = sessionPlan(mesa, meetings, fmt.timeZone);
  const upcoming = (meetings ?? [])
    .filter((m) => m.state !== 'closed')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = (meetings ?? []).filter((m) => m.state === 'closed');

  return (
    <Stack gap="md" component="section" aria-labelledby="meetings-title" data-testid="mesa-meetings">
      <Group justify="space-between" align="flex-end">
        <SectionHeading id="meetings-title" title={t('meetings.title')} help={t('meetings.help')} />
        <Group gap="sm">
          <Button component="a" variant="default" href={sessionFiles.mesaCalendar(mesa.id)}>
            {t('meetings.calendarFile')}
          </Button>
          {list.data?.can.manage && <NewMeetingButton mesa={mesa} />}
        </Group>
      </Group>

      {plan?.overdue && (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          classNames={{ title: 'notice-title' }}
          title={t('meetings.overdueTitle')}
        >
          <Text size="sm" c="gray.9">
            {t('meetings.overdueBody', {
              due: fmt.date(plan.nextDueOn),
              count: plan.daysOverdue,
              cadence: t(`cadence.${mesa.cadence}`),
            })}
          </Text>
          {plan.nextScheduledOn && (
            <Text size="sm" c="gray.9">
              {t('meetings.nextScheduled', { date: fmt.date(plan.nextScheduledOn) })}
            </Text>
          )}
        </Alert>
      )}
      {plan && !plan.overdue && plan.nextDueOn && (
        <Text size="sm" c="gray.8">
          {t('meetings.nextDue', { date: fmt.date(plan.nextDueOn) })}
        </Text>
      )}

      {list.isPending && <PageLoader />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {meetings && (
        <>
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="upcoming-meetings-title">
            <Title order={3} size="h4" id="upcoming-meetings-title" mb="xs">
              {t('meetings.upcoming')}
            </Title>
            {upcoming.length === 0 ? (
              <Text size="sm">{t('meetings.noUpcoming')}</Text>
            ) : (
              <MeetingTable meetings={upcoming} caption={t('meetings.upcoming')} />
            )}
          </Paper>
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="past-meetings-title">
            <Title order={3} size="h4" id="past-meetings-title" mb="xs">
              {t('meetings.past')}
            </Title>
            {past.length === 0 ? (
              <Text size="sm">{t('meetings.noPast')}</Text>
            ) : (
              <MeetingTable meetings={past} caption={t('meetings.past')} />
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
