import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag, type Tone } from '../../components/common';
import { intlLocale } from '../../format';
import type { Attendance, CommitmentStatus, DueState, MeetingKind, MeetingState } from './sessionsApi';
import { formatMeetingRange } from './zonedTime';

/** "Session 4", or the kind of meeting, followed by its title when it has one. */
export function meetingName(
  t: TFunction,
  m: { kind: MeetingKind; number: number | null; title: string },
): string {
  const kind =
    m.kind === 'session' && m.number !== null
      ? t('meetings.sessionNumber', { number: m.number })
      : t(`meetingKind.${m.kind}`);
  return m.title.trim() ? t('meetings.nameWithTitle', { kind, title: m.title.trim() }) : kind;
}

/** The UI language as a formatting locale. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return intlLocale(i18n.language);
}

/** When a meeting is held, in its own time zone, with the zone named. */
export function MeetingWhen({
  meeting,
}: {
  meeting: { startsAt: string; endsAt: string; timeZone: string };
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <time dateTime={meeting.startsAt}>
      {t('meetings.whenInZone', {
        when: formatMeetingRange(meeting.startsAt, meeting.endsAt, locale, meeting.timeZone),
        timeZone: meeting.timeZone,
      })}
    </time>
  );
}

const stateTones: Record<MeetingState, Tone> = {
  draft: 'gray',
  scheduled: 'blue',
  in_progress: 'orange',
  closed: 'dark',
};

export function MeetingStateBadge({ state }: { state: MeetingState }) {
  const { t } = useTranslation();
  return <Tag tone={stateTones[state]}>{t(`meetingState.${state}`)}</Tag>;
}

const dueTones: Record<DueState, Tone> = {
  overdue: 'red',
  due_today: 'orange',
  due_soon: 'yellow',
  later: 'gray',
  done: 'green',
  cancelled: 'dark',
};

/** How a commitment stands against its due day; the words say it, the colour only repeats it. */
export function DueStateBadge({ state }: { state: DueState }) {
  const { t } = useTranslation();
  return (
    <span data-due-state={state}>
      <Tag tone={dueTones[state]}>
        {state === 'overdue' ? '⚠ ' : ''}
        {t(`dueState.${state}`)}
      </Tag>
    </span>
  );
}

const statusTones: Record<CommitmentStatus, Tone> = { open: 'blue', done: 'green', cancelled: 'dark' };

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return <Tag tone={statusTones[status]}>{t(`commitmentStatus.${status}`)}</Tag>;
}

const attendanceTones: Record<Attendance, Tone> = { present: 'green', absent: 'red', excused: 'yellow' };

export function AttendanceBadge({ status }: { status: Attendance | null }) {
  const { t } = useTranslation();
  if (!status) return <Tag tone="gray">{t('meeting.attendance.notRecorded')}</Tag>;
  return <Tag tone={attendanceTones[status]}>{t(`attendanceStatus.${status}`)}</Tag>;
}

/** A link to a meeting's page. */
export function MeetingLink({ meetingId, children }: { meetingId: string; children: ReactNode }) {
  return (
    <Link to="/meetings/$meetingId" params={{ meetingId }} className="card-title-link">
      {children}
    </Link>
  );
}

/** A link to an organization's commitments across Mesas. */
export function OrganizationCommitmentsLink({
  organizationId,
  children,
}: {
  organizationId: string;
  children: ReactNode;
}) {
  return (
    <Link
      to="/organizations/$organizationId/commitments"
      params={{ organizationId }}
      className="card-title-link"
    >
      {children}
    </Link>
  );
}
