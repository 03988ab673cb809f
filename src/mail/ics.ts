import { type CalendarMeeting, meetingInvitationIcs } from '../calendar/ics';
import type { Locale } from '../domain/roles';

export interface InvitationIcsInput {
  meeting: Omit<CalendarMeeting, 'mesa' | 'agenda'>;
  mesaName: string;
  agenda: readonly { title: string; minutes: number }[];
  locale: Locale;
  publicUrl: string;
  organizer: { name: string; email: string };
  attendees: readonly { name: string; email: string }[];
}

/**
 * The calendar file (.ics, `METHOD:REQUEST`) attached to a meeting invitation: the one place
 * invitations get it from. Its UID is the meeting's and its SEQUENCE the meeting's version, so an
 * updated invitation replaces the event in the recipient's calendar.
 */
export function invitationIcs(input: InvitationIcsInput): string {
  return meetingInvitationIcs(
    { ...input.meeting, mesa: { name: input.mesaName }, agenda: input.agenda },
    {
      locale: input.locale,
      publicUrl: input.publicUrl,
      organizer: input.organizer,
      attendees: input.attendees,
    },
  );
}

/** Name and address of a sender written `Name <address>` (or a bare address). */
export function parseSender(from: string): { name: string; email: string } | null {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>\s]+@[^>\s]+)>\s*$/.exec(from);
  if (match) return { name: match[1]!.trim() || match[2]!, email: match[2]! };
  const bare = from.trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(bare) ? { name: bare, email: bare } : null;
}
