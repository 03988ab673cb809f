import { recordAudit } from '../db/audit';
import {
  deleteLesson as deleteRow,
  insertLesson,
  type LessonLinkIds,
  type LessonRecord,
  lessonLinkIds,
  lockLesson,
  recordsOfMesa,
  replaceLessonLinks,
  updateLesson as updateRow,
} from '../db/queries/lessons';
import { AppError, assertVersion, type FieldIssue, invalid, invalidFields } from '../domain/errors';
import { lessonSearchDocument, lessonTags } from '../domain/lessons';
import type { Visibility } from '../domain/roles';
import { auditActor, type CommandContext, inTransaction } from './context';

export interface LessonInput {
  whatHappened: string;
  whatWasLearned: string;
  tags?: string[] | undefined;
  /** `members` unless said otherwise. */
  visibility?: Visibility | undefined;
  links?: Partial<LessonLinkIds> | undefined;
}

export interface LessonChanges extends Partial<LessonInput> {
  /** The version the caller read; a stale one answers 409 STALE_WRITE and nothing is written. */
  version?: number | undefined;
}

const linkPaths = {
  problemIds: 'links.problemIds',
  meetingIds: 'links.meetingIds',
  escalationIds: 'links.escalationIds',
};
const notOfMesa = {
  problemIds: 'fields.notAProblemOfTheMesa',
  meetingIds: 'fields.notAMeetingOfTheMesa',
  escalationIds: 'fields.notAnEscalationOfTheMesa',
} as const;

/** A text as kept: trimmed, and required. */
function checkedText(path: string, text: string): string {
  const kept = (text ?? '').trim();
  if (!kept) invalid(path, 'fields.required');
  return kept;
}

/**
 * The records a lesson draws on, each one of its own Mesa and named once; 400 naming every one that is
 * not (a record of another Mesa, or none, reads alike).
 */
async function checkedLinks(
  ctx: CommandContext,
  mesaId: string,
  links: Partial<LessonLinkIds>,
): Promise<LessonLinkIds> {
  const wanted: LessonLinkIds = {
    problemIds: links.problemIds ?? [],
    meetingIds: links.meetingIds ?? [],
    escalationIds: links.escalationIds ?? [],
  };
  const issues: FieldIssue[] = [];
  for (const kind of Object.keys(wanted) as (keyof LessonLinkIds)[]) {
    wanted[kind].forEach((id, i) => {
      if (wanted[kind].indexOf(id) !== i)
        issues.push({ path: `${linkPaths[kind]}.${i}`, key: 'fields.listedTwice' });
    });
  }
  if (issues.length) invalidFields(issues);
  const found = await recordsOfMesa(ctx.db, mesaId, wanted);
  for (const kind of Object.keys(wanted) as (keyof LessonLinkIds)[]) {
    wanted[kind].forEach((id, i) => {
      if (!found[kind].includes(id)) issues.push({ path: `${linkPaths[kind]}.${i}`, key: notOfMesa[kind] });
    });
  }
  if (issues.length) invalidFields(issues);
  return wanted;
}

/** What the audit trail keeps of a lesson: its fields and the records it draws on. */
const audited = (l: LessonRecord, links: LessonLinkIds) => ({
  whatHappened: l.whatHappened,
  whatWasLearned: l.whatWasLearned,
  tags: l.tags,
  visibility: l.visibility,
  ...links,
});

/** Writes down a lesson of a Mesa, with the records it draws on, and audits it in one transaction. */
export function createLesson(ctx: CommandContext, mesaId: string, input: LessonInput): Promise<LessonRecord> {
  const whatHappened = checkedText('whatHappened', input.whatHappened);
  const whatWasLearned = checkedText('whatWasLearned', input.whatWasLearned);
  const tags = lessonTags(input.tags ?? []);
  return inTransaction(ctx, async (tx) => {
    const links = await checkedLinks(tx, mesaId, input.links ?? {});
    const row = await insertLesson(tx.db, {
      mesaId,
      whatHappened,
      whatWasLearned,
      tags,
      visibility: input.visibility ?? 'members',
      searchDocument: lessonSearchDocument({ whatHappened, whatWasLearned, tags }),
      createdBy: tx.actor.userId || null,
    });
    await replaceLessonLinks(tx.db, row.id, links);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'lesson',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: audited(row, links),
      requestId: tx.requestId,
    });
    return row;
  });
}

/**
 * Edits a lesson: its texts, tags, visibility, or the records it draws on (given ones replace them all,
 * by kind). A stale version answers 409 STALE_WRITE; nothing to change, 400.
 */
export function updateLesson(ctx: CommandContext, id: string, changes: LessonChanges): Promise<LessonRecord> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockLesson(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, changes.version);
    const { whatHappened, whatWasLearned, tags, visibility, links } = changes;
    if ([whatHappened, whatWasLearned, tags, visibility, links].every((v) => v === undefined))
      invalid('body', 'fields.nothingToChange');
    const next = {
      whatHappened:
        whatHappened === undefined ? before.whatHappened : checkedText('whatHappened', whatHappened),
      whatWasLearned:
        whatWasLearned === undefined ? before.whatWasLearned : checkedText('whatWasLearned', whatWasLearned),
      tags: tags === undefined ? before.tags : lessonTags(tags),
      visibility: visibility ?? before.visibility,
    };
    const linksBefore = await lessonLinkIds(tx.db, id);
    const linksAfter = links
      ? await checkedLinks(tx, before.mesaId, {
          problemIds: links.problemIds ?? linksBefore.problemIds,
          meetingIds: links.meetingIds ?? linksBefore.meetingIds,
          escalationIds: links.escalationIds ?? linksBefore.escalationIds,
        })
      : linksBefore;
    const after = await updateRow(tx.db, id, { ...next, searchDocument: lessonSearchDocument(next) });
    if (links) await replaceLessonLinks(tx.db, id, linksAfter);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'lesson',
      entityId: id,
      mesaId: before.mesaId,
      action: 'update',
      before: audited(before, linksBefore),
      after: audited(after, linksAfter),
      requestId: tx.requestId,
    });
    return after;
  });
}

/** Deletes a lesson and its links; the audit trail keeps what it was. */
export function deleteLesson(ctx: CommandContext, id: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockLesson(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    const links = await lessonLinkIds(tx.db, id);
    await deleteRow(tx.db, id);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'lesson',
      entityId: id,
      mesaId: before.mesaId,
      action: 'delete',
      before: audited(before, links),
      requestId: tx.requestId,
    });
  });
}
