/**
 * The sessions part of the API client: meetings (sessions, inter-sessional meetings…), their agenda,
 * live record and minutes; commitments and their progress log; the personal calendar feed. Built on
 * the shared request helpers of `api.ts`.
 */
import { type RequestBody, type ResponseBody, valuesOf } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';

export type MeetingList = ResponseBody<'/api/mesas/{id}/meetings', 'get'>;
export type MeetingSummary = MeetingList['meetings'][number];
export type MeetingDetail = ResponseBody<'/api/meetings/{id}', 'get'>;
export type MeetingKind = MeetingSummary['kind'];
export type MeetingState = MeetingSummary['state'];
export type MeetingPerson = MeetingDetail['participants'][number];
export type Attendance = NonNullable<MeetingPerson['attendance']>;
export type Agenda = ResponseBody<'/api/meetings/{id}/agenda', 'get'>;
export type AgendaItem = ResponseBody<'/api/meetings/{id}/agenda/items/{itemId}', 'patch'>;
export type AgendaEdit = RequestBody<'/api/meetings/{id}/agenda', 'put'>['edits'][number];
export type Decision = ResponseBody<'/api/meetings/{id}/decisions', 'post'>;
export type MeetingCommitment = MeetingDetail['commitments'][number];
export type Minutes = ResponseBody<'/api/meetings/{id}/minutes', 'get'>;
export type MinutesVersion = MeetingDetail['minutes'][number];
export type CreateMeeting = RequestBody<'/api/mesas/{id}/meetings', 'post'>;
export type UpdateMeeting = RequestBody<'/api/meetings/{id}', 'patch'>;
export type AttendanceEntry = RequestBody<'/api/meetings/{id}/attendance', 'put'>['entries'][number];
export type CreateDecision = RequestBody<'/api/meetings/{id}/decisions', 'post'>;
export type AgendaItemChange = RequestBody<'/api/meetings/{id}/agenda/items/{itemId}', 'patch'>;

export type CommitmentList = ResponseBody<'/api/me/commitments', 'get'>;
export type Commitment = CommitmentList['commitments'][number];
export type CommitmentDetail = ResponseBody<'/api/commitments/{id}', 'get'>;
export type CommitmentStatus = Commitment['status'];
export type DueState = Commitment['dueState'];
export type CreateCommitment = RequestBody<'/api/mesas/{id}/commitments', 'post'>;
export type UpdateCommitment = RequestBody<'/api/commitments/{id}', 'patch'>;
export type ReportProgress = RequestBody<'/api/commitments/{id}/progress', 'post'>;
export type ProgressResult = ResponseBody<'/api/commitments/{id}/progress', 'post'>;

export type CalendarFeedStatus = ResponseBody<'/api/me/calendar-feed', 'get'>;
export type CalendarFeedCreated = ResponseBody<'/api/me/calendar-feed', 'post'>;

export const meetingKinds = valuesOf<MeetingKind>()([
  'session',
  'intersessional',
  'high_level',
  'preliminary',
]);
export const attendanceStatuses = valuesOf<Attendance>()(['present', 'absent', 'excused']);
export const commitmentStatuses = valuesOf<CommitmentStatus>()(['open', 'done', 'cancelled']);

const id = encodeURIComponent;
const path = (id: string) => ({ params: { path: { id } } });

export const sessionsApi = {
  meetings: {
    list: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}/meetings', path(mesaId))),
    create: (mesaId: string, body: CreateMeeting) =>
      unwrap(client.POST('/api/mesas/{id}/meetings', { ...path(mesaId), body })),
    get: (meetingId: string) => unwrap(client.GET('/api/meetings/{id}', path(meetingId))),
    update: (meetingId: string, body: UpdateMeeting) =>
      unwrap(client.PATCH('/api/meetings/{id}', { ...path(meetingId), body })),
    remove: (meetingId: string) => unwrap(client.DELETE('/api/meetings/{id}', path(meetingId))),
    /** `confirmEarly`: start a session more than a day before its day (else 409 EARLY_START_UNCONFIRMED). */
    start: (meetingId: string, confirmEarly = false) =>
      unwrap(
        client.POST('/api/meetings/{id}/start', {
          ...path(meetingId),
          body: confirmEarly ? { confirmEarly } : {},
        }),
      ),
    close: (meetingId: string) =>
      unwrap(client.POST('/api/meetings/{id}/close', { ...path(meetingId), body: {} })),
    attendance: (meetingId: string, entries: AttendanceEntry[]) =>
      unwrap(client.PUT('/api/meetings/{id}/attendance', { ...path(meetingId), body: { entries } })),
    addDecision: (meetingId: string, body: CreateDecision) =>
      unwrap(client.POST('/api/meetings/{id}/decisions', { ...path(meetingId), body })),
    removeDecision: (meetingId: string, decisionId: string) =>
      unwrap(
        client.DELETE('/api/meetings/{id}/decisions/{decisionId}', {
          params: { path: { id: meetingId, decisionId } },
        }),
      ),
    saveAgenda: (meetingId: string, version: number, edits: AgendaEdit[]) =>
      unwrap(client.PUT('/api/meetings/{id}/agenda', { ...path(meetingId), body: { version, edits } })),
    updateItem: (meetingId: string, itemId: string, body: AgendaItemChange) =>
      unwrap(
        client.PATCH('/api/meetings/{id}/agenda/items/{itemId}', {
          params: { path: { id: meetingId, itemId } },
          body,
        }),
      ),
    minutes: (meetingId: string, version?: number) =>
      unwrap(
        client.GET('/api/meetings/{id}/minutes', { params: { path: { id: meetingId }, query: { version } } }),
      ),
  },
  commitments: {
    mine: () => unwrap(client.GET('/api/me/commitments')),
    ofOrganization: (organizationId: string) =>
      unwrap(client.GET('/api/organizations/{id}/commitments', path(organizationId))),
    get: (commitmentId: string) => unwrap(client.GET('/api/commitments/{id}', path(commitmentId))),
    create: (mesaId: string, body: CreateCommitment) =>
      unwrap(client.POST('/api/mesas/{id}/commitments', { ...path(mesaId), body })),
    update: (commitmentId: string, body: UpdateCommitment) =>
      unwrap(client.PATCH('/api/commitments/{id}', { ...path(commitmentId), body })),
    report: (commitmentId: string, body: ReportProgress) =>
      unwrap(client.POST('/api/commitments/{id}/progress', { ...path(commitmentId), body })),
  },
  organization: (organizationId: string) =>
    unwrap(client.GET('/api/organizations/{id}', path(organizationId))),
  calendarFeed: {
    status: () => unwrap(client.GET('/api/me/calendar-feed')),
    create: () => unwrap(client.POST('/api/me/calendar-feed')),
    revoke: () => unwrap(client.DELETE('/api/me/calendar-feed')),
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
