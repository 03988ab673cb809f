import type { listOutbox } from '../../db/queries/mail';
import type { MailKind } from '../../mail/kinds';

export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>['rows'][number];

export function presentOutboxMessage(row: OutboxRow) {
  return {
    id: row.id,
    kind: row.kind as MailKind,
    dedupeKey: row.dedupeKey,
    to: row.toAddress,
    locale: row.locale,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    sendAfter: row.sendAfter,
    lockedUntil: row.lockedUntil,
    messageId: row.messageId,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    hasCalendar: row.hasIcs,
    mesa: row.mesaId && row.mesaName ? { id: row.mesaId, name: row.mesaName } : null,
    person: row.personId && row.personName ? { id: row.personId, fullName: row.personName } : null,
  };
}
