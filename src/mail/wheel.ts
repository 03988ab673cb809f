import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { formatDay } from './format';
import { compose, type RenderedMail } from './render';

/**
 * The invitation to answer a round of the Evaluation Wheel through a personal link (and its reminder),
 * in the recipient's language. It says what the team will and will not see.
 */
export function renderWheelInvitation(input: {
  locale: Locale;
  recipientName: string;
  mesaName: string;
  questions: number;
  minAnswers: number;
  closesOn: string;
  url: string;
  reminder?: boolean;
}): RenderedMail {
  const { locale, mesaName } = input;
  const t = translator(locale);
  const date = formatDay(input.closesOn, locale);
  return compose(
    locale,
    input.reminder
      ? t('wheel.reminderMail.subject', { mesa: mesaName, date })
      : t('wheel.invitationMail.subject', { mesa: mesaName }),
    [
      { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
      ...(input.reminder
        ? [{ kind: 'p' as const, text: t('wheel.reminderMail.intro', { mesa: mesaName }) }]
        : []),
      { kind: 'p', text: t('wheel.invitationMail.intro', { mesa: mesaName, questions: input.questions }) },
      { kind: 'p', text: t('wheel.invitationMail.anonymous', { min: input.minAnswers }) },
      { kind: 'link', label: t('wheel.invitationMail.link'), url: input.url },
      { kind: 'p', text: t('wheel.invitationMail.closes', { date }) },
    ],
    t('mail.footer', { mesa: mesaName }),
  );
}
