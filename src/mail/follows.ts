import { dateTimeFormat } from '../domain/dates';
import type { FollowChangeKind } from '../domain/follows';
import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { formatDay, intlLocale, shorten } from './format';
import { type Block, compose, type RenderedMail } from './render';

/** One queued change as the follow mail lists it. */
export interface FollowedChange {
  kind: FollowChangeKind;
  detail: Record<string, string | number | null>;
  occurredAt: Date;
}

/** A followed record and what moved in it since the last mail. */
export interface FollowedRecord {
  heading: { kind: 'problem'; code: string; title: string } | { kind: 'commitment'; text: string };
  mesaName: string;
  timeZone: string;
  link: string | null;
  changes: readonly FollowedChange[];
}

type T = ReturnType<typeof translator>;

const day = (value: string | number | null | undefined, locale: Locale) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? formatDay(value, locale)
    : String(value ?? '');

const quoted = (value: string | number | null | undefined) => shorten(String(value ?? ''), 300);

/** What a change says, in the follower's language. */
function describe(t: T, locale: Locale, c: FollowedChange): string {
  const d = c.detail;
  const withReason = (change: string) =>
    d.reason ? t('followMail.withReason', { change, reason: shorten(String(d.reason), 300) }) : change;
  switch (c.kind) {
    case 'problem_status':
      return withReason(
        t('followMail.change.problem_status', {
          from: t(`matrixSheet.status.${d.from}`),
          to: t(`matrixSheet.status.${d.to}`),
        }),
      );
    case 'commitment_status':
      return withReason(
        t('followMail.change.commitment_status', {
          from: t(`commitmentStatus.${d.from}`),
          to: t(`commitmentStatus.${d.to}`),
        }),
      );
    case 'commitment_due':
      return withReason(
        t('followMail.change.commitment_due', { from: day(d.from, locale), to: day(d.to, locale) }),
      );
    case 'commitment_progress':
      return t('followMail.change.commitment_progress', {
        date: day(d.reportedOn, locale),
        text: quoted(d.text),
      });
    case 'solution_proposed':
      return t('followMail.change.solution_proposed', { text: quoted(d.text) });
    case 'solution_revised':
      return withReason(t('followMail.change.solution_revised', { number: d.number, text: quoted(d.text) }));
    case 'solution_tracked': {
      const parts = Object.entries(d)
        .filter(([, value]) => value !== null && value !== '')
        .map(([field, value]) => t(`followMail.tracked.${field}`, { value: day(value, locale) }));
      return parts.length ? parts.join('; ') : t('followMail.tracked.cleared');
    }
  }
}

/**
 * The follow mail: one message listing, record by record, every change since the follower's last one,
 * each with when it happened (on the clock of the record's Mesa) and a link to the record.
 */
export function renderFollowMail(input: {
  locale: Locale;
  recipientName: string;
  records: readonly FollowedRecord[];
}): RenderedMail {
  const { locale, records } = input;
  const t = translator(locale);
  const count = records.reduce((n, r) => n + r.changes.length, 0);
  const blocks: Block[] = [
    { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
    { kind: 'p', text: t('followMail.intro') },
  ];
  for (const r of records) {
    const when = dateTimeFormat(intlLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: r.timeZone,
    });
    blocks.push({
      kind: 'heading',
      text:
        r.heading.kind === 'problem'
          ? t('followMail.problem', { code: r.heading.code, title: r.heading.title, mesa: r.mesaName })
          : t('followMail.commitment', { text: shorten(r.heading.text, 120), mesa: r.mesaName }),
    });
    blocks.push({
      kind: 'list',
      items: r.changes.map((c) =>
        t('followMail.at', { when: when.format(c.occurredAt), change: describe(t, locale, c) }),
      ),
    });
    if (r.link) blocks.push({ kind: 'link', label: t('mail.open'), url: r.link });
  }
  return compose(locale, t('followMail.subject', { count }), blocks, t('followMail.footer'));
}
