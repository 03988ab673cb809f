import type { AgendaItemKind } from './agenda';
import { dateInZone, dateTimeFormat } from './dates';
import {
  type AttendanceStatus,
  attendanceByOrganization,
  type MeetingKind,
  type MeetingState,
} from './meetings';
import type { ProblemStatus } from './problem-status';
import type { Locale } from './roles';

/**
 * The minutes of a meeting, built from its record in the Mesa's language: attendance by organization
 * (the paper's measure of continued private participation), the agenda with its notes, decisions,
 * commitments with owners and due dates, and problems updated. The document is plain data (strings
 * only, JSON-safe): it is what a frozen minutes version stores, and what the PDF and Markdown renderers
 * both draw.
 */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface MinutesRecord {
  mesaName: string;
  meeting: {
    kind: MeetingKind;
    number: number | null;
    title: string;
    startsAt: Date;
    endsAt: Date;
    /** When it was actually held (started, closed); null until then. */
    startedAt?: Date | null;
    closedAt?: Date | null;
    timeZone: string;
    place: string;
    onlineUrl: string | null;
    moderatorName: string | null;
    state: MeetingState;
  };
  attendance: readonly {
    personId: string;
    personName: string;
    organizationId: string | null;
    organizationName: string | null;
    status: AttendanceStatus;
  }[];
  agenda: readonly { kind: AgendaItemKind; title: string; notes: string }[];
  decisions: readonly { text: string; problemTitle: string | null }[];
  commitments: readonly {
    text: string;
    ownerName: string | null;
    entityName: string | null;
    /** The due day, YYYY-MM-DD. */
    dueOn: string;
  }[];
  problemsUpdated: readonly {
    title: string;
    from: ProblemStatus | null;
    to: ProblemStatus;
    note: string | null;
  }[];
  /** The minutes version (1 when the meeting closes; a correction is a later one, with its reason). */
  version?: { number: number; reason: string | null };
}

export const minutesSectionIds = ['attendance', 'agenda', 'decisions', 'commitments', 'problems'] as const;
export type MinutesSectionId = (typeof minutesSectionIds)[number];

export interface MinutesSection {
  id: MinutesSectionId;
  heading: string;
  columns: string[];
  /** One array of cells per row, as many as `columns`. */
  rows: string[][];
  /** The sentence shown instead of the table when there are no rows. */
  empty: string;
}

export interface MinutesDocument {
  locale: Locale;
  title: string;
  /** Label-value lines under the title: Mesa, date, time, place… */
  meta: { label: string; value: string }[];
  /** A notice shown before the sections (draft minutes), or null. */
  notice: string | null;
  sections: MinutesSection[];
}

/** A calendar day (YYYY-MM-DD) written in the locale's way, e.g. "10 mar 2025". */
function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Builds the minutes document of a meeting record. */
export function buildMinutes(record: MinutesRecord, t: Translate, locale: Locale): MinutesDocument {
  const m = record.meeting;
  const zoned = (options: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(locale, { ...options, timeZone: m.timeZone });
  const time = zoned({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  const organizations = attendanceOrganizations(record, t);
  const meta: MinutesDocument['meta'] = [{ label: t('minutesDoc.meta.mesa'), value: record.mesaName }];
  const add = (key: string, value: string | null | undefined) => {
    if (value?.trim()) meta.push({ label: t(`minutesDoc.meta.${key}`), value: value.trim() });
  };
  add('subject', m.title);
  // The date it was held; the scheduled one too when it was held on another day.
  const day = zoned({ dateStyle: 'full' });
  const heldAt = m.startedAt ?? m.startsAt;
  add('date', day.format(heldAt));
  if (dateInZone(heldAt, m.timeZone) !== dateInZone(m.startsAt, m.timeZone)) {
    add('scheduledDate', day.format(m.startsAt));
  }
  add(
    'time',
    t('minutesDoc.timeRange', {
      start: time.format(heldAt),
      end: time.format(m.startedAt ? (m.closedAt ?? m.endsAt) : m.endsAt),
      timeZone: m.timeZone,
    }),
  );
  add('place', m.place);
  add('online', m.onlineUrl);
  add('moderator', m.moderatorName);
  if (organizations.length > 0) {
    add(
      'organizationsPresent',
      t('minutesDoc.countOf', {
        count: organizations.filter((o) => o.status === 'present').length,
        total: organizations.length,
      }),
    );
  }
  if (record.version && record.version.number > 1) {
    add(
      'version',
      record.version.reason?.trim()
        ? t('minutesDoc.correction', { number: record.version.number, reason: record.version.reason.trim() })
        : String(record.version.number),
    );
  }
  if (m.state !== 'closed') add('state', t(`meetingState.${m.state}`));

  const column = (key: string) => t(`minutesDoc.columns.${key}`);
  const section = (id: MinutesSectionId, columns: string[], rows: string[][]): MinutesSection => ({
    id,
    heading: t(`minutesDoc.sections.${id}`),
    columns: columns.map(column),
    rows,
    empty: t(`minutesDoc.empty.${id}`),
  });
  const numbered = <T>(list: readonly T[], cells: (x: T) => string[]) =>
    list.map((x, i) => [String(i + 1), ...cells(x)]);

  return {
    locale,
    title: t(`minutesDoc.title.${m.kind}`, { number: m.number ?? '' }),
    meta,
    notice: m.state === 'closed' ? null : t('minutesDoc.draft'),
    sections: [
      section(
        'attendance',
        ['organization', 'attendance', 'people'],
        organizations.map((o) => [o.name, t(`attendanceStatus.${o.status}`), o.people]),
      ),
      section(
        'agenda',
        ['number', 'kind', 'item', 'notes'],
        numbered(record.agenda, (a) => [t(`agendaItemKind.${a.kind}`), a.title, a.notes.trim()]),
      ),
      section(
        'decisions',
        ['number', 'decision', 'problem'],
        numbered(record.decisions, (d) => [d.text, d.problemTitle ?? '']),
      ),
      section(
        'commitments',
        ['number', 'commitment', 'owner', 'entity', 'dueOn'],
        numbered(record.commitments, (c) => [
          c.text,
          c.ownerName ?? '',
          c.entityName ?? '',
          formatDay(c.dueOn, locale),
        ]),
      ),
      section(
        'problems',
        ['problem', 'from', 'to', 'note'],
        record.problemsUpdated.map((p) => [
          p.title,
          p.from ? t(`matrixSheet.status.${p.from}`) : t('minutesDoc.newProblem'),
          t(`matrixSheet.status.${p.to}`),
          p.note?.trim() ?? '',
        ]),
      ),
    ],
  };
}

/**
 * Organizations with their derived attendance and their people ("Ana Pérez, Luis Soto (Excused)"),
 * by name; people without an organization are grouped last.
 */
function attendanceOrganizations(record: MinutesRecord, t: Translate) {
  const none = '';
  const rows = record.attendance.map((a) => ({ ...a, organizationId: a.organizationId ?? none }));
  const names = new Map(
    rows.map((a) => [a.organizationId, a.organizationName ?? t('minutesDoc.noOrganization')]),
  );
  return attendanceByOrganization(rows)
    .map((o) => ({
      status: o.status,
      none: o.organizationId === none,
      name: o.organizationId === none ? t('minutesDoc.noOrganization') : (names.get(o.organizationId) ?? ''),
      people: rows
        .filter((a) => a.organizationId === o.organizationId)
        .map((a) =>
          a.status === 'present'
            ? a.personName
            : t('minutesDoc.personWithStatus', {
                name: a.personName,
                status: t(`attendanceStatus.${a.status}`),
              }),
        )
        .join(', '),
    }))
    .sort((a, b) => Number(a.none) - Number(b.none) || a.name.localeCompare(b.name));
}

/** A table cell in Markdown: pipes escaped, line breaks kept as <br>. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').trim();
}

/** The minutes as Markdown (GitHub tables), for export and publication. */
export function minutesToMarkdown(doc: MinutesDocument): string {
  const lines = [`# ${doc.title.replace(/\r?\n/g, ' ')}`, ''];
  for (const { label, value } of doc.meta) lines.push(`**${label}:** ${value.replace(/\r?\n/g, ' ')}  `);
  if (doc.notice) lines.push('', `> ${doc.notice}`);
  for (const s of doc.sections) {
    lines.push('', `## ${s.heading}`, '');
    if (s.rows.length === 0) {
      lines.push(`_${s.empty}_`);
      continue;
    }
    lines.push(`| ${s.columns.map(cell).join(' | ')} |`, `| ${s.columns.map(() => '---').join(' | ')} |`);
    for (const row of s.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
