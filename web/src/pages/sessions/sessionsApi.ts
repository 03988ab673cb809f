/**
 * The sessions part of the API client: meetings (sessions, inter-sessional meetings…), their agenda,
 * live record and minutes; commitments and their progress log; the personal calendar feed. Built on
 * the shared request helpers of `api.ts`.
 */
import type { z } from 'zod';
import type { calendarFeedCreated, calendarFeedStatus } from '../../../../src/server/schemas/calendar';
import type {
  commitment,
  commitmentDetail,
  commitmentList,
  createCommitmentBody,
  progressBody,
  progressResult,
  updateCommitmentBody,
} from '../../../../src/server/schemas/commitments';
import type {
  agendaEdit,
  agendaItem,
  agendaItemBody,
  agendaResponse,
  attendanceBody,
  createMeetingBody,
  decision,
  decisionBody,
  meetingDetail,
  meetingList,
  meetingSummary,
  minutesResponse,
  updateMeetingBody,
} from '../../../../src/server/schemas/meetings';
import { http, type Organization } from '../../api';

export type MeetingList = z.input<typeof meetingList>;
export type MeetingSummary = z.input<typeof meetingSummary>;
export type MeetingDetail = z.input<typeof meetingDetail>;
export type MeetingKind = MeetingSummary['kind'];
export type MeetingState = MeetingSummary['state'];
export type MeetingPerson = MeetingDetail['participants'][number];
export type Attendance = NonNullable<MeetingPerson['attendance']>;
export type Agenda = z.input<typeof agendaResponse>;
export type AgendaItem = z.input<typeof agendaItem>;
export type AgendaEdit = z.input<typeof agendaEdit>;
export type Decision = z.input<typeof decision>;
export type MeetingCommitment = MeetingDetail['commitments'][number];
export type Minutes = z.input<typeof minutesResponse>;
export type MinutesVersion = MeetingDetail['minutes'][number];
export type CreateMeeting = z.input<typeof createMeetingBody>;
export type UpdateMeeting = z.input<typeof updateMeetingBody>;
export type AttendanceEntry = z.input<typeof attendanceBody>['entries'][number];
export type CreateDecision = z.input<typeof decisionBody>;
export type AgendaItemChange = z.input<typeof agendaItemBody>;

export type Commitment = z.input<typeof commitment>;
export type CommitmentDetail = z.input<typeof commitmentDetail>;
export type CommitmentList = z.input<typeof commitmentList>;
export type CommitmentStatus = Commitment['status'];
export type DueState = Commitment['dueState'];
export type CreateCommitment = z.input<typeof createCommitmentBody>;
export type UpdateCommitment = z.input<typeof updateCommitmentBody>;
export type ReportProgress = z.input<typeof progressBody>;
export type ProgressResult = z.input<typeof progressResult>;

export type CalendarFeedStatus = z.input<typeof calendarFeedStatus>;
export type CalendarFeedCreated = z.input<typeof calendarFeedCreated>;

export const meetingKinds: readonly MeetingKind[] = [
  'session',
  'intersessional',
  'high_level',
  'preliminary',
];
export const attendanceStatuses: readonly Attendance[] = ['present', 'absent', 'excused'];
export const commitmentStatuses: readonly CommitmentStatus[] = ['open', 'done', 'cancelled'];

const id = encodeURIComponent;

export const sessionsApi = {
  meetings: {
    list: (mesaId: string) => http.get<MeetingList>(`/api/mesas/${id(mesaId)}/meetings`),
    create: (mesaId: string, body: CreateMeeting) =>
      http.post<MeetingDetail>(`/api/mesas/${id(mesaId)}/meetings`, body),
    get: (meetingId: string) => http.get<MeetingDetail>(`/api/meetings/${id(meetingId)}`),
    update: (meetingId: string, body: UpdateMeeting) =>
      http.patch<MeetingDetail>(`/api/meetings/${id(meetingId)}`, body),
    remove: (meetingId: string) => http.del<{ ok: true }>(`/api/meetings/${id(meetingId)}`),
    /** `confirmEarly`: start a session more than a day before its day (else 409 EARLY_START_UNCONFIRMED). */
    start: (meetingId: string, confirmEarly = false) =>
      http.post<MeetingDetail>(`/api/meetings/${id(meetingId)}/start`, confirmEarly ? { confirmEarly } : {}),
    close: (meetingId: string) => http.post<MeetingDetail>(`/api/meetings/${id(meetingId)}/close`, {}),
    attendance: (meetingId: string, entries: AttendanceEntry[]) =>
      http.put<MeetingDetail>(`/api/meetings/${id(meetingId)}/attendance`, { entries }),
    addDecision: (meetingId: string, body: CreateDecision) =>
      http.post<Decision>(`/api/meetings/${id(meetingId)}/decisions`, body),
    removeDecision: (meetingId: string, decisionId: string) =>
      http.del<{ ok: true }>(`/api/meetings/${id(meetingId)}/decisions/${id(decisionId)}`),
    saveAgenda: (meetingId: string, version: number, edits: AgendaEdit[]) =>
      http.put<Agenda>(`/api/meetings/${id(meetingId)}/agenda`, { version, edits }),
    updateItem: (meetingId: string, itemId: string, body: AgendaItemChange) =>
      http.patch<AgendaItem>(`/api/meetings/${id(meetingId)}/agenda/items/${id(itemId)}`, body),
    minutes: (meetingId: string, version?: number) =>
      http.get<Minutes>(`/api/meetings/${id(meetingId)}/minutes`, {
        version: version === undefined ? undefined : String(version),
      }),
  },
  commitments: {
    mine: () => http.get<CommitmentList>('/api/me/commitments'),
    ofOrganization: (organizationId: string) =>
      http.get<CommitmentList>(`/api/organizations/${id(organizationId)}/commitments`),
    get: (commitmentId: string) => http.get<CommitmentDetail>(`/api/commitments/${id(commitmentId)}`),
    create: (mesaId: string, body: CreateCommitment) =>
      http.post<CommitmentDetail>(`/api/mesas/${id(mesaId)}/commitments`, body),
    update: (commitmentId: string, body: UpdateCommitment) =>
      http.patch<CommitmentDetail>(`/api/commitments/${id(commitmentId)}`, body),
    report: (commitmentId: string, body: ReportProgress) =>
      http.post<ProgressResult>(`/api/commitments/${id(commitmentId)}/progress`, body),
  },
  organization: (organizationId: string) =>
    http.get<Organization>(`/api/organizations/${id(organizationId)}`),
  calendarFeed: {
    status: () => http.get<CalendarFeedStatus>('/api/me/calendar-feed'),
    create: () => http.post<CalendarFeedCreated>('/api/me/calendar-feed'),
    revoke: () => http.del<{ revoked: boolean }>('/api/me/calendar-feed'),
  },
};

/** Addresses of files the browser downloads or opens itself (the session cookie goes with them). */
export const sessionFiles = {
  minutesMarkdown: (meetingId: string, version?: number | null) =>
    `/api/meetings/${id(meetingId)}/minutes.md${version ? `?version=${version}` : ''}`,
  minutesPdf: (meetingId: string, version?: number | null) =>
    `/api/meetings/${id(meetingId)}/minutes.pdf${version ? `?version=${version}` : ''}`,
  mesaCalendar: (mesaId: string) => `/api/mesas/${id(mesaId)}/calendar.ics`,
  events: (meetingId: string) => `/api/meetings/${id(meetingId)}/events`,
};

/** Query keys: everything about one meeting starts with `['meeting', id]`, so one call refreshes it all. */
export const meetingsQueryKey = (mesaId: string) => ['meetings', mesaId] as const;
export const meetingQueryKey = (meetingId: string) => ['meeting', meetingId] as const;
export const minutesQueryKey = (meetingId: string, version: number | null) =>
  ['meeting', meetingId, 'minutes', version] as const;
export const commitmentsQueryKey = ['commitments'] as const;
export const myCommitmentsQueryKey = ['commitments', 'mine'] as const;
export const organizationCommitmentsQueryKey = (organizationId: string) =>
  ['commitments', 'organization', organizationId] as const;
export const commitmentQueryKey = (commitmentId: string) => ['commitment', commitmentId] as const;
export const calendarFeedQueryKey = ['calendar-feed'] as const;
