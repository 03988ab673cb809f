import { z } from 'zod';
import { agendaItemKinds, MAX_ITEM_MINUTES } from '../../domain/agenda';
import { commitmentStatuses, dueStates } from '../../domain/commitments';
import { attendanceStatuses, meetingKinds, meetingStates } from '../../domain/meetings';
import { minutesSectionIds } from '../../domain/minutes';
import { problemStatuses } from '../../domain/problem-status';
import { visibilities } from '../../domain/roles';
import { supportedLocales } from '../../i18n/languages';
import { isoDate, optionalText, orgRef, personRef, text, timestamp } from './common';

const kind = z
  .enum(meetingKinds)
  .describe(
    '`session`: the periodic session, numbered within the Mesa; `intersessional`: a smaller meeting between sessions on specific problems; `high_level`: with the high-level body; `preliminary`: before the Mesa is launched',
  );
const state = z
  .enum(meetingStates)
  .describe(
    '`draft` (being prepared) → `scheduled` (announced) → `in_progress` (being held, live session mode) → `closed` (minutes frozen)',
  );
const attendance = z.enum(attendanceStatuses);
const visibility = z.enum(visibilities);
const problemRef = z.object({
  id: z.uuid(),
  number: z.number().int(),
  code: z.string().describe('P-1, P-2…'),
  title: z.string(),
  status: z.enum(problemStatuses),
});

export const meetingParams = z.object({ id: z.uuid().describe('The meeting') });
export const agendaItemParams = meetingParams.extend({ itemId: z.uuid().describe('The agenda item') });
export const decisionParams = meetingParams.extend({ decisionId: z.uuid().describe('The decision') });

// ── Meetings ──────────────────────────────────────────────────────────────────────────────────────

const meetingFields = {
  title: z.string().trim().max(300).describe('What the meeting is about; may be empty for a session'),
  startsAt: timestamp.describe('When it starts (ISO 8601 with offset)'),
  endsAt: timestamp.describe('When it ends; must be after startsAt'),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .describe(
      'The IANA time zone it is held in (e.g. America/Lima); by default its Mesa’s, else the deployment’s TIME_ZONE',
    ),
  place: z.string().trim().max(300).describe('Where it is held'),
  onlineUrl: z.string().trim().max(1000).nullable().describe('The video-call link, http(s); null for none'),
  visibility: visibility.describe(
    'Who may see the meeting: `members` (every participant of the Mesa, the default), `team` (the dedicated team only) or `public`',
  ),
  publicSectorOnly: z
    .boolean()
    .describe(
      'Only for an inter-sessional meeting: among public entities only; private representatives and observers do not see it',
    ),
  moderatorPersonId: z
    .uuid()
    .nullable()
    .describe('Who moderates: a current participant with the team or moderator role in the Mesa'),
  problemIds: z.array(z.uuid()).max(100).describe('The problems of the Mesa the meeting is about'),
  invitees: z
    .array(z.uuid())
    .max(500)
    .describe(
      'Person ids of current participants of the Mesa in the meeting’s audience. For a session, every current participant by default; for other meetings, nobody by default',
    ),
};

export const createMeetingBody = z.object({
  kind,
  title: meetingFields.title.optional(),
  startsAt: meetingFields.startsAt,
  endsAt: meetingFields.endsAt,
  timeZone: meetingFields.timeZone.optional(),
  place: meetingFields.place.optional(),
  onlineUrl: meetingFields.onlineUrl.optional(),
  visibility: meetingFields.visibility.optional(),
  publicSectorOnly: meetingFields.publicSectorOnly.optional(),
  moderatorPersonId: meetingFields.moderatorPersonId.optional(),
  problemIds: meetingFields.problemIds.optional(),
  invitees: meetingFields.invitees.optional(),
  state: z
    .enum(['draft', 'scheduled'])
    .optional()
    .describe('`scheduled` (announced; the default) or `draft` (still being prepared)'),
});

export const updateMeetingBody = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409 STALE_WRITE'),
  title: meetingFields.title.optional(),
  startsAt: meetingFields.startsAt.optional(),
  endsAt: meetingFields.endsAt.optional(),
  timeZone: meetingFields.timeZone.optional(),
  place: meetingFields.place.optional(),
  onlineUrl: meetingFields.onlineUrl.optional(),
  visibility: meetingFields.visibility.optional(),
  publicSectorOnly: meetingFields.publicSectorOnly.optional(),
  moderatorPersonId: meetingFields.moderatorPersonId.optional(),
  problemIds: meetingFields.problemIds.optional().describe('Replaces the linked problems'),
  invitees: meetingFields.invitees
    .optional()
    .describe(
      'Replaces the invitees; people whose attendance was recorded stay on the record as not invited',
    ),
  notes: z.string().max(50_000).optional().describe('Free notes of the session record'),
  state: z
    .enum(['draft', 'scheduled'])
    .optional()
    .describe('Announce (`scheduled`) or withdraw to `draft`; start and close have their own routes'),
});

export const meetingListQuery = z.object({
  kind: kind.optional(),
  state: state.optional(),
  from: timestamp.optional().describe('Only meetings starting at or after this instant'),
  to: timestamp.optional().describe('Only meetings starting at or before this instant'),
});

export const meetingSummary = z.object({
  id: z.uuid(),
  mesaId: z.uuid(),
  kind,
  number: z
    .number()
    .int()
    .nullable()
    .describe(
      'The session number within the Mesa, given when it starts; null until then and for other meetings',
    ),
  title: z.string(),
  startsAt: timestamp,
  endsAt: timestamp,
  timeZone: z.string(),
  place: z.string(),
  onlineUrl: z.string().nullable(),
  visibility,
  publicSectorOnly: z.boolean(),
  state,
  moderator: personRef.nullable(),
  invitedCount: z.number().int(),
  presentCount: z.number().int(),
  version: z.number().int(),
  updatedAt: timestamp,
});

export const meetingList = z.object({
  meetings: z.array(meetingSummary).describe('The meetings you may see, the latest start first'),
  can: z.object({ manage: z.boolean().describe('Whether you may plan and run meetings of this Mesa') }),
});

export const meetingPerson = z.object({
  person: personRef.extend({ position: z.string().nullable() }),
  organization: orgRef.nullable().describe('The organization the person represents in the Mesa'),
  invited: z.boolean(),
  attendance: attendance.nullable().describe('null while not recorded'),
  note: z.string().nullable(),
  recordedAt: timestamp.nullable(),
});

export const organizationAttendance = z.object({
  organization: orgRef,
  status: attendance.describe('present if any of its people came, else excused if any excused themselves'),
  present: z.number().int(),
  excused: z.number().int(),
  absent: z.number().int(),
});

export const decision = z.object({
  id: z.uuid(),
  text: z.string(),
  agendaItemId: z.uuid().nullable(),
  problemId: z.uuid().nullable(),
  createdAt: timestamp,
  createdBy: personRef.nullable(),
});

export const meetingCommitment = z.object({
  id: z.uuid(),
  text: z.string(),
  dueOn: isoDate,
  status: z.enum(commitmentStatuses),
  dueState: z.enum(dueStates).describe('Derived from the due date in the deployment’s time zone'),
  person: personRef.nullable(),
  organization: orgRef.nullable(),
  problemId: z.uuid().nullable(),
  visibility,
});

export const minutesVersionSummary = z.object({
  number: z.number().int(),
  locale: z.enum(supportedLocales),
  reason: z.string().nullable().describe('Why it was corrected; null for version 1'),
  visibility,
  createdAt: timestamp,
  createdBy: personRef.nullable(),
});

// ── Agenda ────────────────────────────────────────────────────────────────────────────────────────

const agendaKind = z
  .enum(agendaItemKinds)
  .describe(
    'What the item is about: commitments overdue and due, focus problems, field feedback, escalation decisions, new problems, circling problems, or an item added by hand (`custom`)',
  );

export const agendaItem = z.object({
  id: z.uuid().nullable().describe('null while the agenda is a draft that was never saved'),
  key: z
    .string()
    .describe('Stable key: `commitment:<id>`, `problem:<id>` or `custom:<n>`; edits refer to items by it'),
  position: z.number().int(),
  kind: agendaKind,
  reasons: z
    .array(agendaKind)
    .describe('Every section the item qualified for (drafts only; saved items: its kind)'),
  title: z.string(),
  minutes: z.number().int(),
  notes: z.string(),
  discussedAt: timestamp.nullable(),
  problem: problemRef.nullable(),
  commitment: meetingCommitment
    .pick({
      id: true,
      text: true,
      dueOn: true,
      status: true,
      dueState: true,
      person: true,
      organization: true,
    })
    .nullable(),
  feedbackId: z.uuid().nullable(),
  escalationId: z.uuid().nullable(),
  escalation: z
    .object({
      id: z.uuid(),
      decision: z.string().nullable(),
      decidedOn: isoDate.nullable(),
      decidedBy: personRef.nullable(),
    })
    .nullable()
    .describe('The decision of the high-level body the item reports (null when none, or not visible to you)'),
});

export const agendaResponse = z.object({
  meetingId: z.uuid(),
  generated: z
    .boolean()
    .describe('true: the draft generated from the Matrix now (nothing saved yet); false: the saved agenda'),
  totalMinutes: z.number().int(),
  items: z.array(agendaItem),
});

const minutes = z.number().int().min(0).max(MAX_ITEM_MINUTES);
export const agendaEdit = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('move'),
    key: z.string().min(1),
    to: z.number().int().min(0).describe('The new 0-based position'),
  }),
  z.object({ op: z.literal('remove'), key: z.string().min(1) }),
  z.object({ op: z.literal('set_minutes'), key: z.string().min(1), minutes }),
  z.object({ op: z.literal('set_title'), key: z.string().min(1), title: text(300) }),
  z.object({
    op: z.literal('add'),
    title: text(300),
    minutes: minutes.optional().describe('5 by default'),
    problemId: z.uuid().nullable().optional().describe('A problem of the Mesa the item is about'),
    at: z.number().int().min(0).optional().describe('0-based position; at the end by default'),
  }),
]);

export const saveAgendaBody = z.object({
  version: z.number().int().min(1).describe('The meeting’s version; a stale one answers 409 STALE_WRITE'),
  edits: z
    .array(agendaEdit)
    .max(500)
    .describe('Applied in order; an empty list saves the agenda as it stands'),
  base: z
    .enum(['current', 'draft'])
    .optional()
    .describe('`current` (default): edit the agenda as it stands; `draft`: start again from a fresh draft'),
});

export const agendaItemBody = z
  .object({
    notes: z.string().max(20_000).optional().describe('What was said about the item'),
    discussed: z.boolean().optional().describe('true marks it discussed now; false clears the mark'),
  })
  .refine((b) => b.notes !== undefined || b.discussed !== undefined, {
    message: 'validation.notesOrDiscussed',
  });

// ── Live record ───────────────────────────────────────────────────────────────────────────────────

export const currentItemBody = z.object({
  itemId: z
    .uuid()
    .nullable()
    .describe('The agenda item of this meeting the room takes up now; null: back to the first not discussed'),
});

export const attendanceBody = z.object({
  entries: z
    .array(
      z.object({
        personId: z
          .uuid()
          .describe('An invitee, or a current participant of the Mesa in the meeting’s audience'),
        status: attendance.nullable().describe('null clears what was recorded'),
        note: optionalText(500),
      }),
    )
    .min(1)
    .max(500),
});

export const decisionBody = z.object({
  text: text(5000),
  agendaItemId: z.uuid().nullable().optional().describe('The agenda item it was taken under'),
  problemId: z.uuid().nullable().optional().describe('The problem it is about; the agenda item’s by default'),
});

// ── Minutes ───────────────────────────────────────────────────────────────────────────────────────

const cells = z.array(z.string().max(20_000));
export const minutesDocument = z
  .object({
    locale: z.enum(supportedLocales),
    title: z.string().max(500),
    meta: z.array(z.object({ label: z.string().max(200), value: z.string().max(5000) })).max(50),
    notice: z.string().max(2000).nullable(),
    sections: z
      .array(
        z.object({
          id: z.enum(minutesSectionIds),
          heading: z.string().max(200),
          columns: cells.max(20),
          rows: z.array(cells.max(20)).max(2000),
          empty: z.string().max(500),
        }),
      )
      .max(20),
  })
  .describe('The minutes document: title, label-value lines, then sections with a table each');

export const minutesResponse = z.object({
  meetingId: z.uuid(),
  number: z.number().int().nullable().describe('The version; null for the draft of a meeting not closed yet'),
  draft: z.boolean().describe('true: built now from the record of a meeting not closed yet'),
  latest: z.number().int().nullable().describe('The latest version number'),
  locale: z.enum(supportedLocales),
  reason: z.string().nullable(),
  visibility,
  createdAt: timestamp.nullable(),
  createdBy: personRef.nullable(),
  document: minutesDocument,
});

export const minutesQuery = z.object({
  // Bounded to the integer column it is looked up in: a larger number would fail in the database.
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_147_483_647)
    .optional()
    .describe('A version number; the latest by default'),
});

export const correctMinutesBody = z
  .object({
    reason: text(2000).describe('Why the minutes are corrected; shown in the new version'),
    content: minutesDocument.optional().describe('The whole corrected document'),
    sections: z
      .array(z.object({ id: z.enum(minutesSectionIds), rows: z.array(cells.max(20)).max(2000) }))
      .max(10)
      .optional()
      .describe('Corrected rows of some sections (each row as many cells as the section has columns)'),
    visibility: visibility
      .optional()
      .describe('Who may read this version; the previous version’s by default'),
  })
  .describe('A correction: a new minutes version; earlier versions are kept unchanged');

// ── The meeting page ──────────────────────────────────────────────────────────────────────────────

export const meetingDetail = meetingSummary.extend({
  mesa: z.object({ id: z.uuid(), slug: z.string(), name: z.string(), locale: z.enum(supportedLocales) }),
  notes: z.string(),
  startedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  participants: z.array(meetingPerson).describe('Invitees and whoever attendance was recorded for'),
  attendanceByOrganization: z.array(organizationAttendance),
  problems: z.array(problemRef).describe('The problems the meeting is about'),
  agenda: agendaResponse,
  currentItemId: z
    .uuid()
    .nullable()
    .describe(
      'While the meeting is being held, the agenda item the room is on: the one the moderator took up (PUT /api/meetings/{id}/current-item), else the first not discussed yet; null otherwise, when every item was discussed, or when you may not see that item',
    ),
  decisions: z.array(decision),
  commitments: z.array(meetingCommitment).describe('Commitments created in this meeting'),
  minutes: z.array(minutesVersionSummary).describe('Frozen minutes versions, oldest first'),
  allowedTransitions: z.array(state),
  can: z.object({
    manage: z.boolean().describe('Edit, run (start, attendance, notes, decisions) and close the meeting'),
    edit: z.boolean().describe('Whether the record may still be edited (not closed)'),
    correctMinutes: z.boolean(),
  }),
});

export const liveEventsDescription = [
  'A server-sent event stream (text/event-stream) of the changes to this meeting, for the live session mode.',
  'Each event is `event: <type>` with `data: {type, meetingId, mesaId, at, ...ids}` — ids only, never text: refetch what changed.',
  'Types: meeting.updated, meeting.started, meeting.closed, meeting.deleted, attendance.updated (personIds), agenda.updated,',
  'agenda_item.updated (agendaItemId), decision.created / decision.deleted (decisionId), commitment.created / commitment.updated',
  '(commitmentId), problem.created / problem.updated (problemId), minutes.created (minutesVersion), current_item.changed (the room moved to another agenda item: refetch the meeting’s currentItemId),',
  'and resync (refetch everything).',
  'The first event is `ready` once the stream listens; a comment line is sent every 15 s as a heartbeat.',
  'Every change event carries an SSE `id` (increasing) and the stream a `retry` delay: a client that reconnects with `Last-Event-ID` first gets, in order, the events it missed (kept for a day), filtered like the records they name.',
  'An event about a record the reader may not see (a decision or agenda item on a team-only problem, a team-only commitment) is not sent to them.',
  'A closed meeting has no live session: its stream answers 204 No Content (streams already open stay open, e.g. for minutes corrections).',
].join(' ');
