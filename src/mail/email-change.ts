import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { compose, type RenderedMail } from './render';

/** Where the confirmation link of an e-mail change opens the web app (none without PUBLIC_URL). */
export function emailChangeLink(publicUrl: string | undefined, token: string): string | null {
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, '')}/confirm-email?token=${encodeURIComponent(token)}`;
}

/**
 * The message sent to a new address to confirm it, in the account's language: the link (and the code,
 * for when the deployment has no public address), and that nothing changes if it is ignored.
 */
export function renderEmailChange(input: {
  locale: Locale;
  recipientName: string;
  from: string;
  token: string;
  link: string | null;
}): RenderedMail {
  const t = translator(input.locale);
  return compose(
    input.locale,
    t('emailChange.mail.subject'),
    [
      { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
      { kind: 'p', text: t('emailChange.mail.intro', { from: input.from }) },
      ...(input.link ? [{ kind: 'link' as const, label: t('emailChange.mail.link'), url: input.link }] : []),
      { kind: 'p', text: t('emailChange.mail.code', { code: input.token }) },
      { kind: 'p', text: t('emailChange.mail.expires') },
    ],
    t('emailChange.mail.footer'),
  );
}
