import type { CommandContext } from '../commands/context';
import { personForMail, teamRecipients } from '../db/queries/field-feedback';
import type { FeedbackVerdict } from '../domain/field-alert';
import { problemCode } from '../domain/problem-code';
import type { Locale } from '../domain/roles';
import { translator } from '../i18n';
import { formatDay, shorten } from './format';
import { mailLinks } from './links';
import { queueMail } from './outbox';
import { compose, type RenderedMail } from './render';

/** The problem a field-feedback message is about. */
export interface FeedbackProblem {
  id: string;
  number: number;
  title: string;
  status: string;
  mesaId: string;
}

/**
 * The alert to a dedicated-team member: a participant reports that an enacted (or verified) fix is
 * not, or only partly, applied on the ground. With the report, and a link to the problem.
 */
export function renderFieldFeedbackAlert(input: {
  locale: Locale;
  recipientName: string;
  mesaName: string;
  problem: FeedbackProblem;
  report: { verdict: FeedbackVerdict; text: string; observedOn: string | null; personName: string | null };
  link: string | null;
}): RenderedMail {
  const { locale, problem, report } = input;
  const t = translator(locale);
  const code = problemCode(problem.number);
  const verdict = t(`fieldFeedback.verdicts.${report.verdict}`);
  const facts: [string, string][] = [
    [t('fieldFeedback.alertMail.facts.problem'), `${code}: ${problem.title}`],
    [t('fieldFeedback.alertMail.facts.verdict'), verdict],
  ];
  if (report.observedOn) {
    facts.push([t('fieldFeedback.alertMail.facts.observedOn'), formatDay(report.observedOn, locale)]);
  }
  return compose(
    locale,
    t('fieldFeedback.alertMail.subject', { code, title: shorten(problem.title, 100) }),
    [
      { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
      {
        kind: 'p',
        text: t('fieldFeedback.alertMail.intro', {
          person: report.personName ?? t('fieldFeedback.alertMail.unknownPerson'),
          code,
          mesa: input.mesaName,
          status: t(`matrixSheet.status.${problem.status}`),
          verdict,
        }),
      },
      { kind: 'quote', text: report.text },
      { kind: 'facts', rows: facts },
      { kind: 'p', text: t('fieldFeedback.alertMail.ask') },
      ...(input.link ? [{ kind: 'link' as const, label: t('mail.open'), url: input.link }] : []),
    ],
    t('mail.footer', { mesa: input.mesaName }),
  );
}

/** The link that lets a participant report field feedback from a phone, without signing in. */
export function renderFeedbackLink(input: {
  locale: Locale;
  recipientName: string;
  mesaName: string;
  problem: Pick<FeedbackProblem, 'number' | 'title'>;
  url: string;
  expiresAt: Date;
  timeZone: string;
}): RenderedMail {
  const { locale, problem } = input;
  const t = translator(locale);
  const code = problemCode(problem.number);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: input.timeZone }).format(input.expiresAt);
  return compose(
    locale,
    t('fieldFeedback.linkMail.subject', { mesa: input.mesaName, title: shorten(problem.title, 100) }),
    [
      { kind: 'p', text: t('mail.greeting', { name: input.recipientName }) },
      {
        kind: 'p',
        text: t('fieldFeedback.linkMail.intro', { mesa: input.mesaName, code, title: problem.title }),
      },
      { kind: 'p', text: t('fieldFeedback.linkMail.how') },
      { kind: 'link', label: t('fieldFeedback.linkMail.link'), url: input.url },
      { kind: 'p', text: t('fieldFeedback.linkMail.expires', { date: formatDay(day, locale) }) },
    ],
    t('mail.footer', { mesa: input.mesaName }),
  );
}

/**
 * Queues the alert of a negative field report to every member of the Mesa's dedicated team who has an
 * e-mail address, each in their language (their account's, else the Mesa's). Key
 * `field-alert:<feedbackId>:<personId>`: one message per report and person. Returns how many.
 */
export async function queueFieldFeedbackAlert(
  ctx: Pick<CommandContext, 'db' | 'publicUrl'>,
  problem: FeedbackProblem,
  report: {
    id: string;
    verdict: FeedbackVerdict;
    text: string;
    observedOn: string | null;
    personId: string | null;
  },
): Promise<number> {
  const recipients = await teamRecipients(ctx.db, problem.mesaId);
  const reporter = report.personId ? await personForMail(ctx.db, report.personId) : null;
  let queued = 0;
  for (const r of recipients) {
    const locale = r.userLocale ?? r.mesaLocale;
    const mail = renderFieldFeedbackAlert({
      locale,
      recipientName: r.fullName,
      mesaName: r.mesaName,
      problem,
      report: { ...report, personName: reporter?.fullName ?? null },
      link: mailLinks.problem(ctx.publicUrl, problem.id),
    });
    const fresh = await queueMail(ctx.db, {
      dedupeKey: `field-alert:${report.id}:${r.personId}`,
      kind: 'field_feedback_alert',
      to: r.email,
      locale,
      ...mail,
      mesaId: problem.mesaId,
      personId: r.personId,
    });
    if (fresh) queued++;
  }
  return queued;
}
