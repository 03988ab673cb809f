import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { formatDay } from './format';
import { compose, type RenderedMail } from './render';

/** One late commitment as the chase lists it. */
export interface ChaseItem {
  text: string;
  /** The due day, YYYY-MM-DD. */
  dueOn: string;
  daysLate: number;
  /** The Matrix problem's code (P-12), when the owner may see it. */
  problemCode: string | null;
}

/**
 * The Monday chase: one message to an owner listing all their late commitments in a Mesa (text, due
 * day, days late, problem code), in their language, with a link to their commitments.
 */
export function renderCommitmentChase(input: {
  locale: Locale;
  recipientName: string;
  mesaName: string;
  items: readonly ChaseItem[];
  link?: string | null;
}): RenderedMail {
  const { locale, items } = input;
  const t = translator(locale);
  const count = items.length;
  return compose(
    locale,
    t('commitmentChase.mail.subject', { mesa: input.mesaName, count }),
    [
      { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
      { kind: 'p', text: t('commitmentChase.mail.intro', { mesa: input.mesaName, count }) },
      {
        kind: 'list',
        items: items.map((c) => {
          const item = t('commitmentChase.mail.item', {
            text: c.text.replace(/\s+/g, ' ').trim(),
            date: formatDay(c.dueOn, locale),
            late: t('commitmentChase.mail.daysLate', { count: c.daysLate }),
          });
          return c.problemCode ? `${c.problemCode}: ${item}` : item;
        }),
      },
      { kind: 'p', text: t('commitmentChase.mail.ask') },
      ...(input.link ? [{ kind: 'link' as const, label: t('mail.open'), url: input.link }] : []),
    ],
    t('mail.footer', { mesa: input.mesaName }),
  );
}
