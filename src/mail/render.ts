import type { MeetingKind } from '../domain/meetings';
import { type MinutesDocument, minutesToMarkdown } from '../domain/minutes';
import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { escapeHtml, formatDay, formatMeetingTime, shorten } from './format';

/**
 * The e-mails Mesas sends, each in the recipient's language: a subject, a plain-text body and the same
 * content as simple HTML. Bodies are built from a few kinds of blocks so the two versions always say
 * the same thing.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'facts'; rows: readonly (readonly [string, string])[] }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  | { kind: 'quote'; text: string }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'minutes'; doc: MinutesDocument };

function toText(b: Block): string {
  switch (b.kind) {
    case 'p':
      return b.text;
    case 'heading':
      return `${b.text}\n${'-'.repeat(Math.min(b.text.length, 60))}`;
    case 'facts':
      return b.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
    case 'quote':
      return b.text
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n');
    case 'link':
      return `${b.label}: ${b.url}`;
    case 'minutes':
      return minutesToMarkdown(b.doc).trimEnd();
  }
}

const cellStyle = 'border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top';

function minutesHtml(doc: MinutesDocument): string {
  const parts = [`<h2 style="font-size:18px">${escapeHtml(doc.title)}</h2>`];
  parts.push(
    `<p>${doc.meta.map((m) => `<strong>${escapeHtml(m.label)}:</strong> ${escapeHtml(m.value)}`).join('<br>')}</p>`,
  );
  if (doc.notice) parts.push(`<p><em>${escapeHtml(doc.notice)}</em></p>`);
  for (const s of doc.sections) {
    parts.push(`<h3 style="font-size:16px">${escapeHtml(s.heading)}</h3>`);
    if (s.rows.length === 0) {
      parts.push(`<p><em>${escapeHtml(s.empty)}</em></p>`);
      continue;
    }
    const head = s.columns.map((c) => `<th style="${cellStyle}">${escapeHtml(c)}</th>`).join('');
    const body = s.rows
      .map((r) => `<tr>${r.map((c) => `<td style="${cellStyle}">${escapeHtml(c)}</td>`).join('')}</tr>`)
      .join('');
    parts.push(
      `<table style="border-collapse:collapse;font-size:14px"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    );
  }
  return parts.join('\n');
}

function toHtml(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'heading':
      return `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(b.text)}</h2>`;
    case 'facts':
      return `<table style="border-collapse:collapse">${b.rows
        .map(
          ([label, value]) =>
            `<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(label)}</th><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote style="margin:12px 0;padding:8px 12px;border-left:4px solid #1c7ed6;background:#f1f3f5">${escapeHtml(b.text).replace(/\r?\n/g, '<br>')}</blockquote>`;
    case 'link':
      return `<p><a href="${escapeHtml(b.url)}">${escapeHtml(b.label)}</a></p>`;
    case 'minutes':
      return minutesHtml(b.doc);
  }
}

export function compose(
  locale: Locale,
  subject: string,
  blocks: readonly Block[],
  footer: string,
): RenderedMail {
  const text = `${[...blocks.map(toText), `--\n${footer}`].join('\n\n')}\n`;
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#212529;max-width:720px">',
    ...blocks.map(toHtml),
    `<hr style="border:none;border-top:1px solid #dee2e6;margin-top:24px"><p style="font-size:12px;color:#495057">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** What a message says about a meeting. */
export interface MeetingInfo {
  kind: MeetingKind;
  number: number | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string;
  onlineUrl: string | null;
}

/** "Session 12 of Mesa Ejecutiva Forestal", with the meeting's title when it has one. */
export function meetingName(
  locale: Locale,
  mesaName: string,
  meeting: Pick<MeetingInfo, 'kind' | 'number' | 'title'>,
) {
  const t = translator(locale);
  // A session is numbered when it is held: until then it has no number to show.
  const kind = meeting.kind === 'session' && meeting.number === null ? 'plannedSession' : meeting.kind;
  const name = t(`mail.meetingName.${kind}`, { number: meeting.number ?? '', mesa: mesaName });
  return meeting.title.trim() ? `${name}: ${meeting.title.trim()}` : name;
}

function meetingFacts(locale: Locale, meeting: MeetingInfo): [string, string][] {
  const t = translator(locale);
  const rows: [string, string][] = [
    [
      t('mail.facts.when'),
      t('mail.facts.whenValue', {
        when: formatMeetingTime(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale),
        timeZone: meeting.timeZone,
      }),
    ],
  ];
  if (meeting.place.trim()) rows.push([t('mail.facts.place'), meeting.place.trim()]);
  if (meeting.onlineUrl) rows.push([t('mail.facts.online'), meeting.onlineUrl]);
  return rows;
}

interface Common {
  locale: Locale;
  recipientName: string;
  mesaName: string;
  /** Where the record is in the web app; omitted when the public address is unknown. */
  link?: string | null;
}

const greeting = (locale: Locale, name: string) => translator(locale)('mail.greeting', { name });
const footer = (locale: Locale, mesaName: string) => translator(locale)('mail.footer', { mesa: mesaName });
const openLink = (locale: Locale, link: string | null | undefined): Block[] =>
  link ? [{ kind: 'link', label: translator(locale)('mail.open'), url: link }] : [];

const subjects = {
  new: 'mail.invitation.subject',
  moved: 'mail.invitation.subjectUpdate',
  agenda: 'mail.invitation.subjectAgenda',
} as const;
const intros = {
  new: 'mail.invitation.intro',
  moved: 'mail.invitation.introUpdate',
  agenda: 'mail.invitation.introAgenda',
} as const;

/** The invitation to a meeting, with its agenda (the calendar file travels as an attachment). */
export function renderInvitation(
  input: Common & {
    meeting: MeetingInfo;
    agenda: readonly { title: string; minutes: number }[];
    /** Why it is sent: the first invitation, the meeting moved (time or place), or its agenda is ready. */
    reason?: 'new' | 'moved' | 'agenda';
  },
): RenderedMail {
  const { locale, meeting } = input;
  const t = translator(locale);
  const name = meetingName(locale, input.mesaName, meeting);
  const when = formatMeetingTime(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale);
  const agenda: Block[] =
    input.agenda.length > 0
      ? [
          {
            kind: 'list',
            ordered: true,
            items: input.agenda.map((a) =>
              t('mail.invitation.agendaItem', { title: a.title, minutes: a.minutes }),
            ),
          },
        ]
      : [{ kind: 'p', text: t('mail.invitation.noAgenda') }];
  return compose(
    locale,
    t(subjects[input.reason ?? 'new'], {
      meeting: shorten(name, 120),
      when,
    }),
    [
      { kind: 'p', text: greeting(locale, input.recipientName) },
      {
        kind: 'p',
        text: t(intros[input.reason ?? 'new'], { meeting: name }),
      },
      { kind: 'facts', rows: meetingFacts(locale, meeting) },
      { kind: 'heading', text: t('mail.invitation.agenda') },
      ...agenda,
      { kind: 'p', text: t('mail.invitation.calendar') },
      ...openLink(locale, input.link),
    ],
    footer(locale, input.mesaName),
  );
}

interface CommitmentInfo {
  text: string;
  /** The due day, YYYY-MM-DD. */
  dueOn: string;
  organizationName: string | null;
  problemTitle: string | null;
}

function commitmentFacts(locale: Locale, c: CommitmentInfo): [string, string][] {
  const t = translator(locale);
  const rows: [string, string][] = [[t('mail.facts.dueOn'), formatDay(c.dueOn, locale)]];
  if (c.organizationName) rows.push([t('mail.facts.entity'), c.organizationName]);
  if (c.problemTitle) rows.push([t('mail.facts.problem'), c.problemTitle]);
  return rows;
}

/** A reminder that a commitment is due in `daysLeft` days (0: today). */
export function renderCommitmentReminder(
  input: Common & { commitment: CommitmentInfo; daysLeft: number },
): RenderedMail {
  const { locale, commitment } = input;
  const t = translator(locale);
  const due =
    input.daysLeft <= 0 ? t('mail.reminder.today') : t('mail.reminder.inDays', { count: input.daysLeft });
  return compose(
    locale,
    t('mail.reminder.subject', { due, text: shorten(commitment.text, 80) }),
    [
      { kind: 'p', text: greeting(locale, input.recipientName) },
      { kind: 'p', text: t('mail.reminder.intro', { mesa: input.mesaName, due }) },
      { kind: 'quote', text: commitment.text },
      { kind: 'facts', rows: commitmentFacts(locale, commitment) },
      { kind: 'p', text: t('mail.reminder.ask') },
      ...openLink(locale, input.link),
    ],
    footer(locale, input.mesaName),
  );
}

/** The notice that a commitment's due day has passed and it is still open. */
export function renderCommitmentOverdue(
  input: Common & { commitment: CommitmentInfo; daysLate: number },
): RenderedMail {
  const { locale, commitment } = input;
  const t = translator(locale);
  return compose(
    locale,
    t('mail.overdue.subject', { text: shorten(commitment.text, 80) }),
    [
      { kind: 'p', text: greeting(locale, input.recipientName) },
      {
        kind: 'p',
        text: t('mail.overdue.intro', {
          mesa: input.mesaName,
          date: formatDay(commitment.dueOn, locale),
          count: input.daysLate,
        }),
      },
      { kind: 'quote', text: commitment.text },
      { kind: 'facts', rows: commitmentFacts(locale, commitment) },
      { kind: 'p', text: t('mail.overdue.ask') },
      ...openLink(locale, input.link),
    ],
    footer(locale, input.mesaName),
  );
}

/**
 * The minutes of a closed meeting. The introduction is in the recipient's language; the minutes
 * themselves are the frozen document, in the Mesa's language.
 */
export function renderMinutes(
  input: Common & { meeting: MeetingInfo; minutes: MinutesDocument; version: number },
): RenderedMail {
  const { locale, meeting } = input;
  const t = translator(locale);
  const name = meetingName(locale, input.mesaName, meeting);
  const date = formatMeetingTime(meeting.startsAt, meeting.endsAt, meeting.timeZone, locale);
  return compose(
    locale,
    t(input.version > 1 ? 'mail.minutes.subjectCorrected' : 'mail.minutes.subject', {
      meeting: shorten(name, 120),
      version: input.version,
    }),
    [
      { kind: 'p', text: greeting(locale, input.recipientName) },
      {
        kind: 'p',
        text: t(input.version > 1 ? 'mail.minutes.introCorrected' : 'mail.minutes.intro', {
          meeting: name,
          date,
          version: input.version,
        }),
      },
      ...openLink(locale, input.link),
      { kind: 'minutes', doc: input.minutes },
    ],
    footer(locale, input.mesaName),
  );
}
