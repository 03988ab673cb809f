import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/strings.en';
import es from '../../src/i18n/strings.es';
import { retryDelayMs } from '../../src/jobs/mail-job';
import { formatMeetingTime, senderDomain } from '../../src/mail/format';
import { parseSender } from '../../src/mail/ics';
import { renderCommitmentOverdue, renderCommitmentReminder, renderInvitation } from '../../src/mail/render';
import { isPermanentFailure, outboxMessageId } from '../../src/mail/transport';

/** Every key path of a nested object, plural suffixes folded (`_one`, `_other` → one key). */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keys(v, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
  );
}

describe('mail strings', () => {
  it('has every e-mail string in Spanish and English', () => {
    expect([...new Set(keys(es.mail))].sort()).toEqual([...new Set(keys(en.mail))].sort());
  });
});

describe('rendering', () => {
  const commitment = {
    text: 'Publicar <el> reglamento & "anexos"',
    dueOn: '2025-03-14',
    organizationName: 'SERFOR',
    problemTitle: null,
  };

  it('escapes record text in the HTML and keeps it as written in the text', () => {
    const mail = renderCommitmentReminder({
      locale: 'es',
      recipientName: 'Ana <Pérez>',
      mesaName: 'Mesa Forestal',
      commitment,
      daysLeft: 2,
    });
    expect(mail.text).toContain('> Publicar <el> reglamento & "anexos"');
    expect(mail.html).toContain('Publicar &lt;el&gt; reglamento &amp; &quot;anexos&quot;');
    expect(mail.html).toContain('Hola, Ana &lt;Pérez&gt;:');
    expect(mail.html).not.toContain('<el>');
    expect(mail.text).toContain('Vence el: viernes, 14 de marzo de 2025');
    expect(mail.text).toContain('Entidad: SERFOR');
  });

  it('says today, tomorrow or in N days, and how late, in each language', () => {
    const common = { recipientName: 'X', mesaName: 'M', commitment };
    expect(renderCommitmentReminder({ ...common, locale: 'en', daysLeft: 0 }).subject).toMatch(
      /^Reminder: commitment due today:/,
    );
    expect(renderCommitmentReminder({ ...common, locale: 'es', daysLeft: 1 }).subject).toMatch(
      /^Recordatorio: compromiso que vence mañana:/,
    );
    expect(renderCommitmentOverdue({ ...common, locale: 'en', daysLate: 3 }).text).toContain('(3 days late)');
    expect(renderCommitmentOverdue({ ...common, locale: 'es', daysLate: 1 }).text).toContain(
      '(1 día de retraso)',
    );
  });

  it('gives the meeting time on the wall clock of its own zone', () => {
    const startsAt = new Date('2025-03-14T14:00:00Z');
    const endsAt = new Date('2025-03-14T16:30:00Z');
    expect(formatMeetingTime(startsAt, endsAt, 'America/Lima', 'en')).toBe(
      'Friday, 14 March 2025, 09:00–11:30',
    );
    expect(formatMeetingTime(startsAt, endsAt, 'Europe/Madrid', 'es')).toBe(
      'viernes, 14 de marzo de 2025, 15:00–17:30',
    );
    const invitation = renderInvitation({
      locale: 'en',
      recipientName: 'John',
      mesaName: 'Forestry Mesa',
      meeting: {
        kind: 'session',
        number: 12,
        title: '',
        startsAt,
        endsAt,
        timeZone: 'America/Lima',
        place: '',
        onlineUrl: null,
      },
      agenda: [],
    });
    expect(invitation.subject).toBe(
      'Invitation: Session 12 of Forestry Mesa, Friday, 14 March 2025, 09:00–11:30',
    );
    expect(invitation.text).toContain('When: Friday, 14 March 2025, 09:00–11:30 (America/Lima time)');
    expect(invitation.text).toContain('The agenda will be shared before the meeting.');
    expect(invitation.text).not.toContain('Place:');
  });
});

describe('sending rules', () => {
  it('backs off 1, 2, 4… minutes, at most an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it('gives up at once only on a permanent refusal of the recipient or message', () => {
    expect(
      isPermanentFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, permanent: true }),
    ).toBe(true);
    expect(
      isPermanentFailure({ code: 'EMESSAGE', command: 'DATA', responseCode: 554, permanent: true }),
    ).toBe(true);
    expect(
      isPermanentFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451, permanent: false }),
    ).toBe(false);
    expect(
      isPermanentFailure({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, permanent: true }),
    ).toBe(false);
    expect(isPermanentFailure({ code: 'ECONNECTION' })).toBe(false);
    expect(isPermanentFailure(new Error('boom'))).toBe(false);
  });

  it('derives the Message-ID and the organizer from MAIL_FROM', () => {
    expect(senderDomain('Mesas <no-reply@mesas.gob.pe>')).toBe('mesas.gob.pe');
    expect(outboxMessageId('abc', 'no-reply@example.org')).toBe('<abc@example.org>');
    expect(parseSender('"Oficina de Mesas" <mesas@produce.gob.pe>')).toEqual({
      name: 'Oficina de Mesas',
      email: 'mesas@produce.gob.pe',
    });
    expect(parseSender('mesas@produce.gob.pe')).toEqual({
      name: 'mesas@produce.gob.pe',
      email: 'mesas@produce.gob.pe',
    });
    expect(parseSender('not an address')).toBeNull();
  });
});
