import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { AppModal } from '../../components/AppModal';
import {
  errorMessage,
  notifyError,
  notifySuccess,
  PageLoader,
  QueryError,
  Tag,
  usePageTitle,
} from '../../components/common';
import { useFormatters } from '../../format';
import { ProblemLink, ProblemStatusBadge } from '../matrix/labels';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { DecisionsSection } from './DecisionsSection';
import { MeetingStateBadge, MeetingWhen, meetingName, useLocale } from './labels';
import { MeetingCommitments } from './MeetingCommitments';
import { MinutesSection } from './MinutesSection';
import {
  type MeetingDetail,
  meetingQueryKey,
  meetingsQueryKey,
  sessionFiles,
  sessionsApi,
} from './sessionsApi';
import { type LiveStatus, useMeetingEvents } from './useMeetingEvents';
import './sessions.css';

/** A small sign that the page follows the meeting live, in words (the dot only repeats them). */
function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  if (status === 'ended') return null;
  return (
    <span className="live-indicator" data-live-status={status} role="status" aria-live="polite">
      <span className="live-dot" aria-hidden />
      {t(`meeting.live.${status}`)}
    </span>
  );
}

/** Opens the projector view (the screen the room looks at) in a new tab. */
function ProjectorLink({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      variant="default"
      href={`/meetings/${encodeURIComponent(meetingId)}/projector`}
      target="_blank"
      rel="noopener"
      data-testid="projector-link"
    >
      {t('meeting.live.projector')}
      <span className="visually-hidden"> {t('meeting.live.projectorHint')}</span>
    </Button>
  );
}

function Details({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <dl className="facts">
      <dt>{t('meeting.when')}</dt>
      <dd>
        <MeetingWhen meeting={meeting} />
        {meeting.timeZone !== fmt.timeZone && (
          <Text size="xs" c="gray.7" component="span" display="block">
            {t('meeting.inYourZone', { when: fmt.dateTime(meeting.startsAt), timeZone: fmt.timeZone })}
          </Text>
        )}
      </dd>
      <dt>{t('meeting.place')}</dt>
      <dd>{meeting.place || '—'}</dd>
      <dt>{t('meeting.onlineUrl')}</dt>
      <dd>
        {meeting.onlineUrl ? (
          <Anchor href={meeting.onlineUrl} target="_blank" rel="noreferrer noopener" size="sm">
            {meeting.onlineUrl}
          </Anchor>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('meeting.moderator')}</dt>
      <dd>{meeting.moderator?.fullName ?? '—'}</dd>
      <dt>{t('meeting.visibility')}</dt>
      <dd>
        {t(`visibility.${meeting.visibility}`)}
        {meeting.publicSectorOnly && ` · ${t('meetings.publicSectorOnly')}`}
      </dd>
      {meeting.startedAt && (
        <>
          <dt>{t('meeting.startedAt')}</dt>
          <dd>{fmt.dateTime(meeting.startedAt)}</dd>
        </>
      )}
      {meeting.closedAt && (
        <>
          <dt>{t('meeting.closedAt')}</dt>
          <dd>{fmt.dateTime(meeting.closedAt)}</dd>
        </>
      )}
      <dt>{t('meeting.calendar')}</dt>
      <dd>
        <Anchor href={sessionFiles.mesaCalendar(meeting.mesa.id)} size="sm">
          {t('meeting.calendarLink')}
        </Anchor>
      </dd>
    </dl>
  );
}

function LinkedProblems({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="meeting-problems-title">
      <Title order={2} size="h4" id="meeting-problems-title" mb="sm">
        {t('meeting.problems')}
      </Title>
      {meeting.problems.length === 0 ? (
        <Text size="sm">{t('meeting.noProblems')}</Text>
      ) : (
        <ul className="plain-list">
          {meeting.problems.map((p) => (
            <li key={p.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <ProblemStatusBadge status={p.status} />
                <ProblemLink problemId={p.id}>
                  {p.code} · {p.title}
                </ProblemLink>
              </Group>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}

/** Announce, withdraw, start and close: the team's buttons for the meeting's state. */
function StateActions({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [closing, setClosing] = useState(false);
  // Set when the server asks to confirm starting a session days before its scheduled day.
  const [confirmingEarly, setConfirmingEarly] = useState(false);
  const locale = useLocale();
  const scheduledDay = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeZone: meeting.timeZone,
  }).format(new Date(meeting.startsAt));
  const refresh = async (updated: MeetingDetail) => {
    queryClient.setQueryData(meetingQueryKey(meeting.id), updated);
    await queryClient.invalidateQueries({ queryKey: meetingQueryKey(meeting.id) });
    await queryClient.invalidateQueries({ queryKey: meetingsQueryKey(meeting.mesaId) });
  };
  const move = useMutation({
    mutationFn: (action: 'start' | 'startEarly' | 'close' | 'scheduled' | 'draft') => {
      if (action === 'start' || action === 'startEarly') {
        return sessionsApi.meetings.start(meeting.id, action === 'startEarly');
      }
      if (action === 'close') return sessionsApi.meetings.close(meeting.id);
      return sessionsApi.meetings.update(meeting.id, { version: meeting.version, state: action });
    },
    onSuccess: async (updated, action) => {
      await refresh(updated);
      setClosing(false);
      setConfirmingEarly(false);
      notifySuccess(t(`meeting.actions.done.${action === 'startEarly' ? 'start' : action}`));
    },
    onError: (error, action) => {
      if (action === 'start' && error instanceof ApiError && error.code === 'EARLY_START_UNCONFIRMED') {
        setConfirmingEarly(true);
        return;
      }
      notifyError(t('common.saveFailed'), errorMessage(error, t));
    },
  });
  const allowed = meeting.allowedTransitions;
  return (
    <Group gap="sm">
      {allowed.includes('scheduled') && (
        <Button variant="default" onClick={() => move.mutate('scheduled')} loading={move.isPending}>
          {t('meeting.actions.announce')}
        </Button>
      )}
      {allowed.includes('draft') && (
        <Button variant="default" onClick={() => move.mutate('draft')} loading={move.isPending}>
          {t('meeting.actions.toDraft')}
        </Button>
      )}
      {allowed.includes('in_progress') && (
        <Button onClick={() => move.mutate('start')} loading={move.isPending}>
          {t('meeting.actions.start')}
        </Button>
      )}
      {allowed.includes('closed') && (
        <Button color="red.8" onClick={() => setClosing(true)}>
          {t('meeting.actions.close')}
        </Button>
      )}
      <AppModal
        opened={confirmingEarly}
        onClose={() => setConfirmingEarly(false)}
        title={t('meeting.actions.startEarlyTitle')}
      >
        <Stack>
          <Text size="sm">{t('meeting.actions.startEarlyBody', { day: scheduledDay })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingEarly(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => move.mutate('startEarly')} loading={move.isPending}>
              {t('meeting.actions.startEarlyConfirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
      <AppModal opened={closing} onClose={() => setClosing(false)} title={t('meeting.actions.closeTitle')}>
        <Stack>
          <Text size="sm">{t('meeting.actions.closeBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClosing(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.8" onClick={() => move.mutate('close')} loading={move.isPending}>
              {t('meeting.actions.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Group>
  );
}

export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams({ from: '/meetings/$meetingId' });
  const query = useQuery({
    queryKey: meetingQueryKey(meetingId),
    queryFn: () => sessionsApi.meetings.get(meetingId),
  });
  const meeting = query.data;
  const live = useMeetingEvents(
    meetingId,
    meeting?.mesaId,
    meeting !== undefined && meeting.state !== 'closed',
  );
  usePageTitle(meeting ? `${meetingName(t, meeting)} · ${meeting.mesa.name}` : t('meeting.title'));

  if (query.isPending) return <PageLoader />;
  if (query.isError || !meeting) {
    return (
      <Stack>
        <Title order={1}>{t('meeting.title')}</Title>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  const inProgress = meeting.state === 'in_progress';
  return (
    <Stack gap="lg" data-meeting-state={meeting.state}>
      <Stack gap={6}>
        <Text size="sm">
          <Link to="/mesas/$mesaId" params={{ mesaId: meeting.mesa.id }} className="card-title-link">
            {t('meeting.backToMesa', { name: meeting.mesa.name })}
          </Link>
        </Text>
        <Group justify="space-between" align="flex-start">
          <Stack gap={6}>
            <Title order={1}>{meetingName(t, meeting)}</Title>
            <Group gap="xs">
              <MeetingStateBadge state={meeting.state} />
              <Tag tone="gray">{t(`meetingKind.${meeting.kind}`)}</Tag>
              {meeting.publicSectorOnly && <Tag tone="blue">{t('meetings.publicSectorOnly')}</Tag>}
              <LiveIndicator status={live.status} />
            </Group>
          </Stack>
          <Group gap="sm">
            {meeting.state !== 'closed' && <ProjectorLink meetingId={meeting.id} />}
            {meeting.can.manage && <StateActions meeting={meeting} />}
          </Group>
        </Group>
      </Stack>

      {inProgress && (
        <Alert
          color="orange"
          variant="light"
          classNames={{ title: 'notice-title' }}
          title={t('meeting.inProgressTitle')}
        >
          <Text size="sm" c="gray.9">
            {meeting.can.manage ? t('meeting.inProgressManage') : t('meeting.inProgressFollow')}
          </Text>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="meeting-details-title">
          <Title order={2} size="h4" id="meeting-details-title" mb="sm">
            {t('meeting.details')}
          </Title>
          <Details meeting={meeting} />
        </Paper>
        <LinkedProblems meeting={meeting} />
      </SimpleGrid>

      <AgendaSection meeting={meeting} reconnections={live.reconnections} />
      <AttendanceSection meeting={meeting} />
      <DecisionsSection meeting={meeting} />
      <MeetingCommitments meeting={meeting} />
      <MinutesSection meeting={meeting} />
    </Stack>
  );
}
