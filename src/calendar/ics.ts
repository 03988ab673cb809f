import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { addDays } from '../domain/calendar-days';
import type { MeetingKind } from '../domain/meetings';
import type { Locale } from '../domain/roles';
import { translator } from '../i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * iCalendar files of Mesas (RFC 5545), written with ical-generator: a Mesa's meetings, a person's
 * meetings and commitment due days, and the invitation attached to an e-mail. Each meeting keeps its
 * own IANA time zone (`DTSTART;TZID=…` with the matching `VTIMEZONE`), so calendar clients show it at
 * the right hour wherever the reader is; commitments are all-day events on their due day.
 */

const PRODUCT_ID = { company: 'Mesas', product: 'Mesas', language: 'ES' } as const;

/** What a calendar needs to know of a meeting. */
export interface CalendarMeeting {
  id: string;
  kind: MeetingKind;
  /** The session number; null for other meetings. */
  number: number | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The IANA time zone the meeting is held in. */
  timeZone: string;
  place: string;
  onlineUrl: string | null;
  /** Grows with every change, so clients replace their copy (`SEQUENCE`). */
  version: number;
  createdAt?: Date;
  updatedAt: Date;
  mesa: { name: string };
  /** The agenda, in order; shown in the description. */
  agenda?: readonly { title: string; minutes?: number | null }[];
}

/** What a calendar needs to know of a commitment, shown on its due day. */
export interface CalendarCommitment {
  id: string;
  text: string;
  /** The due day (YYYY-MM-DD). */
  dueOn: string;
  version: number;
  updatedAt: Date;
  mesa: { name: string };
  /** The committed entity's short name. */
  entity?: string | null;
}

export interface FeedInput {
  name: string;
  description?: string;
  locale: Locale;
  /** The address of the Mesas deployment, to link each meeting's page. */
  publicUrl: string;
  meetings: readonly CalendarMeeting[];
  commitments?: readonly CalendarCommitment[];
}

/** A stable `UID` per meeting and per commitment, so clients update rather than duplicate events. */
export const meetingUid = (id: string) => `meeting-${id}@mesas`;
export const commitmentUid = (id: string) => `commitment-${id}@mesas`;

/** The address of a meeting's page in Mesas. */
export function meetingPageUrl(publicUrl: string, meetingId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/meetings/${meetingId}`;
}

/** How a meeting is named in calendars: "Sesión 12: título · Mesa Ejecutiva Forestal". */
export function meetingSummary(
  m: Pick<CalendarMeeting, 'kind' | 'number' | 'title' | 'mesa'>,
  locale: Locale,
) {
  const t = translator(locale);
  const kind =
    m.kind === 'session' && m.number !== null
      ? t('calendar.summary.session', { number: m.number })
      : t(`calendar.summary.${m.kind === 'session' ? 'plannedSession' : m.kind}`);
  const title = m.title.trim();
  const meeting = title ? t('calendar.summary.withTitle', { kind, title }) : kind;
  return t('calendar.summary.inMesa', { meeting, mesa: m.mesa.name });
}

/** The description of a meeting's event: the agenda, the online link and the meeting's page. */
export function meetingDescription(m: CalendarMeeting, locale: Locale, publicUrl: string): string {
  const t = translator(locale);
  const lines: string[] = [];
  if (m.agenda?.length) {
    lines.push(t('calendar.agenda'));
    m.agenda.forEach((item, i) => {
      lines.push(
        item.minutes
          ? t('calendar.agendaItem', { position: i + 1, title: item.title, minutes: item.minutes })
          : t('calendar.agendaItemUntimed', { position: i + 1, title: item.title }),
      );
    });
  } else {
    lines.push(t('calendar.noAgenda'));
  }
  lines.push('');
  if (m.onlineUrl) lines.push(t('calendar.online', { url: m.onlineUrl }));
  lines.push(t('calendar.open', { url: meetingPageUrl(publicUrl, m.id) }));
  return lines.join('\n');
}

/** A new calendar whose events may each carry a time zone, with a VTIMEZONE for every zone used. */
function newCalendar(locale: Locale) {
  const cal = new ICalCalendar({
    prodId: { ...PRODUCT_ID, language: locale.toUpperCase() },
    // No calendar-wide zone: stamps stay in UTC and every meeting names its own zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  return cal;
}

/** An instant as ical-generator reads it in the event's zone (wall-clock time there, DST included). */
const inZone = (instant: Date) => dayjs.utc(instant);

function addMeeting(cal: ICalCalendar, m: CalendarMeeting, locale: Locale, publicUrl: string) {
  return cal.createEvent({
    id: meetingUid(m.id),
    sequence: m.version,
    start: inZone(m.startsAt),
    end: inZone(m.endsAt),
    timezone: m.timeZone,
    stamp: m.updatedAt,
    ...(m.createdAt ? { created: m.createdAt } : {}),
    lastModified: m.updatedAt,
    summary: meetingSummary(m, locale),
    description: meetingDescription(m, locale, publicUrl),
    location: m.place.trim() || m.onlineUrl || null,
    url: meetingPageUrl(publicUrl, m.id),
    status: ICalEventStatus.CONFIRMED,
  });
}

function addCommitment(cal: ICalCalendar, c: CalendarCommitment, locale: Locale) {
  const t = translator(locale);
  // An all-day event on the due day: DTSTART;VALUE=DATE, DTEND the day after (exclusive).
  cal.createEvent({
    id: commitmentUid(c.id),
    sequence: c.version,
    allDay: true,
    start: new Date(`${c.dueOn}T00:00:00Z`),
    end: new Date(`${addDays(c.dueOn, 1)}T00:00:00Z`),
    stamp: c.updatedAt,
    lastModified: c.updatedAt,
    summary: t('calendar.commitmentSummary', { text: c.text }),
    description: c.entity
      ? t('calendar.commitmentDescription', { entity: c.entity, mesa: c.mesa.name, text: c.text })
      : t('calendar.commitmentDescriptionNoEntity', { mesa: c.mesa.name, text: c.text }),
    transparency: ICalEventTransparency.TRANSPARENT,
  });
}

/** A subscribable feed (`METHOD:PUBLISH`) of meetings and, optionally, commitment due days. */
export function calendarFeed(input: FeedInput): string {
  const cal = newCalendar(input.locale);
  cal.method(ICalCalendarMethod.PUBLISH);
  cal.name(input.name);
  if (input.description) cal.description(input.description);
  // Clients that honour it refresh the feed hourly.
  cal.ttl(60 * 60);
  for (const m of input.meetings) addMeeting(cal, m, input.locale, input.publicUrl);
  for (const c of input.commitments ?? []) addCommitment(cal, c, input.locale);
  return cal.toString();
}

export interface InvitationPerson {
  name: string;
  email: string;
}

export interface InvitationOptions {
  /** The language of the invitation (the recipient's). */
  locale: Locale;
  publicUrl: string;
  /** Who invites: the Mesa's dedicated team, or the moderator. */
  organizer: InvitationPerson;
  /** The people invited (those without an e-mail address cannot be listed). */
  attendees: readonly (InvitationPerson & { optional?: boolean })[];
  /** `cancel` withdraws an invitation sent earlier (the meeting was deleted). Default `request`. */
  method?: 'request' | 'cancel';
}

/**
 * The iCalendar file attached to an invitation e-mail: one event with `METHOD:REQUEST`, the organizer
 * and the attendees, which calendar clients offer to accept. Sending it again after the meeting moved
 * updates the same event (same `UID`, higher `SEQUENCE`); `method: 'cancel'` removes it.
 */
export function meetingInvitationIcs(meeting: CalendarMeeting, options: InvitationOptions): string {
  const cal = newCalendar(options.locale);
  const cancel = options.method === 'cancel';
  cal.method(cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  const event = addMeeting(cal, meeting, options.locale, options.publicUrl);
  event.organizer({ name: options.organizer.name, email: options.organizer.email });
  for (const a of options.attendees) {
    event.createAttendee({
      name: a.name,
      email: a.email,
      role: a.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: !cancel,
    });
  }
  if (cancel) event.status(ICalEventStatus.CANCELLED);
  return cal.toString();
}
