import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import {
  getMinutesVersion,
  insertMinutesVersion,
  lockMeeting,
  markUnrecordedAbsent,
  touchMeeting,
  updateMeetingRow,
} from '../db/queries/meetings';
import { notifyMeetingEvent } from '../db/queries/meetings-events';
import { loadMinutesRecord } from '../db/queries/meetings-minutes';
import { AppError, assertVersion, type FieldIssue, invalidFields } from '../domain/errors';
import { assertMeetingTransition, assertRecordChange, nextMinutesVersion } from '../domain/meetings';
import { buildMinutes, type MinutesDocument, type MinutesSectionId } from '../domain/minutes';
import type { Visibility } from '../domain/roles';
import { translator } from '../i18n';
import { queueMinutes } from '../mail/messages';
import { auditActor, type CommandContext, inTransaction } from './context';
import { assertOpen, checkVisibility } from './meetings';

/** Closing a session freezes its record and issues the minutes; a correction is a new version of them. */

export function closeMeeting(
  ctx: CommandContext,
  id: string,
  now = new Date(),
  options: { version?: number } = {},
) {
  return inTransaction(ctx, async (tx) => {
    const before = await lockMeeting(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, options.version);
    assertOpen(before);
    assertMeetingTransition(before.state, 'closed');
    const absent = await markUnrecordedAbsent(tx.db, id, now);
    const after = await updateMeetingRow(tx.db, id, { state: 'closed', closedAt: now });
    const { record, locale } = await loadMinutesRecord(tx.db, after, now);
    const document = buildMinutes(
      { ...record, version: { number: 1, reason: null } },
      translator(locale),
      locale,
    );
    const minutes = await insertMinutesVersion(tx.db, {
      meetingId: id,
      number: 1,
      locale,
      content: document,
      reason: null,
      visibility: after.visibility,
      createdBy: tx.actor.userId || null,
      createdAt: now,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'meeting',
      entityId: id,
      mesaId: before.mesaId,
      action: 'close',
      before: { state: before.state, closedAt: before.closedAt },
      after: {
        state: after.state,
        closedAt: after.closedAt,
        recordedAbsent: absent.map((a) => a.personId),
        minutesVersion: 1,
      },
      requestId: tx.requestId,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'minutes',
      entityId: minutes.id,
      mesaId: before.mesaId,
      action: 'create',
      after: minutes,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(tx.db, id, { type: 'meeting.closed' }, before.mesaId);
    await notifyMeetingEvent(tx.db, id, { type: 'minutes.created', minutesVersion: 1 }, before.mesaId);
    // The Matrix marks the problems that circle: on the agendas of many held sessions without progress.
    if (after.kind === 'session' && after.mesaId) {
      await notifyMatrixEvent(tx.db, after.mesaId, { type: 'session.closed' });
    }
    await queueMinutes(tx, id, now);
    return { meeting: after, minutes };
  });
}

export interface MinutesCorrection {
  /** Why the minutes are corrected; required, and shown in the new version. */
  reason: string;
  /** The whole corrected document, replacing the previous version's. */
  content?: MinutesDocument;
  /** Corrected rows of some sections; the other sections stay as they were. */
  sections?: { id: MinutesSectionId; rows: string[][] }[];
  /** Who may read this version (e.g. `public` to publish it); the previous version's by default. */
  visibility?: Visibility;
}

/**
 * Corrects the minutes of a closed meeting: a new version (n + 1) with its reason; the earlier
 * versions stay as they were.
 */
export function correctMinutes(ctx: CommandContext, meetingId: string, input: MinutesCorrection) {
  return inTransaction(ctx, async (tx) => {
    const meeting = await lockMeeting(tx.db, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    assertRecordChange(meeting.state, { asCorrection: true, reason: input.reason });
    const previous = await getMinutesVersion(tx.db, meetingId);
    if (!previous) throw new AppError('CONFLICT', { reason: 'no_minutes' });
    const base = (input.content ?? previous.version.content) as MinutesDocument;
    const issues: FieldIssue[] = [];
    const sections = base.sections.map((s) => ({ ...s }));
    input.sections?.forEach((change, i) => {
      const section = sections.find((s) => s.id === change.id);
      if (!section) {
        issues.push({ path: `sections.${i}.id`, key: 'fields.noSuchMinutesSection' });
        return;
      }
      change.rows.forEach((row, r) => {
        if (row.length !== section.columns.length) {
          issues.push({
            path: `sections.${i}.rows.${r}`,
            key: 'fields.cellCount',
            params: { cells: section.columns.length },
          });
        }
      });
      section.rows = change.rows;
    });
    input.content?.sections.forEach((s, i) => {
      s.rows.forEach((row, r) => {
        if (row.length !== s.columns.length) {
          issues.push({
            path: `content.sections.${i}.rows.${r}`,
            key: 'fields.cellCount',
            params: { cells: s.columns.length },
          });
        }
      });
    });
    checkVisibility(tx, meeting.mesaId, input.visibility, issues);
    if (issues.length) invalidFields(issues);

    const number = nextMinutesVersion([previous.version.number]);
    const t = translator(base.locale);
    const reason = input.reason.trim();
    const versionLabel = t('minutesDoc.meta.version');
    const content: MinutesDocument = {
      ...base,
      meta: [
        ...base.meta.filter((m) => m.label !== versionLabel),
        { label: versionLabel, value: t('minutesDoc.correction', { number, reason }) },
      ],
      sections,
    };
    const row = await insertMinutesVersion(tx.db, {
      meetingId,
      number,
      locale: base.locale,
      content,
      reason,
      visibility: input.visibility ?? previous.version.visibility,
      createdBy: tx.actor.userId || null,
    });
    await touchMeeting(tx.db, meetingId);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'minutes',
      entityId: row.id,
      mesaId: meeting.mesaId,
      action: 'correct',
      before: { number: previous.version.number, content: previous.version.content },
      after: row,
      requestId: tx.requestId,
    });
    await notifyMeetingEvent(
      tx.db,
      meetingId,
      { type: 'minutes.created', minutesVersion: number },
      meeting.mesaId,
    );
    await queueMinutes(tx, meetingId);
    return row;
  });
}
