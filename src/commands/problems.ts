import { recordAudit } from '../db/audit';
import { getCategoryByKey, listCategories } from '../db/queries/categories';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import { notifyLiveMeetingsOfMesa } from '../db/queries/meetings-events';
import { lockMesa } from '../db/queries/mesas';
import {
  currentSolutionTexts,
  getProblem,
  insertProblem,
  insertStatusEvent,
  listProblemEntityIds,
  lockProblem,
  type NewProblem,
  nextProblemNumber,
  type Problem,
  replaceProblemEntities,
  setSearchDocument,
  updateProblemRow,
} from '../db/queries/problems';
import { canSee } from '../domain/access';
import { AppError, assertVersion, invalid } from '../domain/errors';
import { type FilterFlag, filterFlags, reconcileFlags } from '../domain/filters';
import { assertProblemTransition, isReopening, type ProblemStatus } from '../domain/problem-status';
import { problemSearchDocument } from '../domain/search-text';
import { auditActor, type CommandContext, inTransaction } from './context';
import { tellFollowers } from './follows';
import { organizationsExist, personOfMesaHistory } from './references';
import { rethrowUnique } from './unique';

export interface ProblemInput {
  title: string;
  description?: string;
  /** The key of a barrier category (e.g. `red_tape`); null for none. */
  categoryKey?: string | null;
  ownerType?: 'MP' | 'YP';
  raisedByPersonId?: string | null;
  raisedByOrganizationId?: string | null;
  /** The responsible public entities. */
  entityIds?: string[];
  impact?: number;
  ease?: number;
  inFocus?: boolean;
  tags?: string[];
  visibility?: 'public' | 'members' | 'team';
  filterFlags?: FilterFlag[];
  /** Suggested flags the team dismissed: no longer suggested. */
  dismissedFlags?: FilterFlag[];
  /** When the problem was raised (the first status event); now by default. */
  occurredAt?: Date;
}

export function checkFlags(flags: readonly string[] | undefined, path = 'filterFlags') {
  flags?.forEach((flag, i) => {
    if (!(filterFlags as readonly string[]).includes(flag))
      invalid(`${path}.${i}`, 'fields.unknownFilterFlag');
  });
  return flags ? [...new Set(flags)] : undefined;
}

/**
 * The confirmed and dismissed flags of a record after a change (see reconcileFlags): column values for
 * what changes, nothing when neither list is given. A flag both confirmed and dismissed is refused.
 */
export function settleFlags(
  stored: { filterFlags: readonly string[]; dismissedFlags: readonly string[] },
  confirmed: readonly string[] | undefined,
  dismissed: readonly string[] | undefined,
): { filterFlags?: FilterFlag[]; dismissedFlags?: FilterFlag[] } {
  const checkedConfirmed = checkFlags(confirmed);
  const checkedDismissed = checkFlags(dismissed, 'dismissedFlags');
  if (!checkedConfirmed && !checkedDismissed) return {};
  const next = reconcileFlags(
    { confirmed: stored.filterFlags, dismissed: stored.dismissedFlags },
    { confirmed: checkedConfirmed, dismissed: checkedDismissed },
  );
  const [conflict] = next.conflicts;
  if (conflict) invalid(`dismissedFlags.${dismissed!.indexOf(conflict)}`, 'fields.alsoInFilterFlags');
  return { filterFlags: next.confirmed, dismissedFlags: next.dismissed };
}

function checkScore(value: number | undefined, path: string) {
  if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 5)) {
    invalid(path, 'fields.scoreRange');
  }
}

function cleanTags(tags: readonly string[] | undefined) {
  if (!tags) return undefined;
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/** Checks the fields and references of a problem input and turns it into column values. */
async function problemValues(
  ctx: CommandContext,
  mesaId: string,
  input: Partial<ProblemInput>,
  stored: { filterFlags: readonly string[]; dismissedFlags: readonly string[] } = {
    filterFlags: [],
    dismissedFlags: [],
  },
): Promise<Partial<NewProblem>> {
  const values: Partial<NewProblem> = {};
  if (input.title !== undefined) {
    if (!input.title.trim()) invalid('title', 'fields.required');
    values.title = input.title.trim();
  }
  if (input.description !== undefined) values.description = input.description;
  if (input.categoryKey !== undefined) {
    if (input.categoryKey === null) values.categoryId = null;
    else {
      const category = await getCategoryByKey(ctx.db, input.categoryKey);
      if (!category || category.archivedAt) {
        // Name the keys that exist, so that a client (or a person writing a script) can correct it.
        const keys = (await listCategories(ctx.db)).map((c) => c.key);
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'categoryKey', key: 'fields.unknownCategory', params: { keys: keys.join(', ') } }],
          allowed: keys,
        });
      }
      values.categoryId = category.id;
    }
  }
  if (input.ownerType !== undefined) {
    if (input.ownerType !== 'MP' && input.ownerType !== 'YP') invalid('ownerType', 'fields.ownerTypeValues');
    values.ownerType = input.ownerType;
  }
  if (input.raisedByPersonId !== undefined) {
    // Whoever raised it takes (or took) part in this Mesa, like every person a Mesa's records name.
    if (input.raisedByPersonId) {
      await personOfMesaHistory(ctx, mesaId, input.raisedByPersonId, 'raisedByPersonId');
    }
    values.raisedByPersonId = input.raisedByPersonId;
  }
  if (input.raisedByOrganizationId !== undefined) {
    if (input.raisedByOrganizationId) {
      await organizationsExist(ctx, [input.raisedByOrganizationId], () => 'raisedByOrganizationId');
    }
    values.raisedByOrganizationId = input.raisedByOrganizationId;
  }
  checkScore(input.impact, 'impact');
  checkScore(input.ease, 'ease');
  if (input.impact !== undefined) values.impact = input.impact;
  if (input.ease !== undefined) values.ease = input.ease;
  if (input.inFocus !== undefined) values.inFocus = input.inFocus;
  if (input.tags !== undefined) values.tags = cleanTags(input.tags);
  if (input.visibility !== undefined) {
    if (!['public', 'members', 'team'].includes(input.visibility))
      invalid('visibility', 'fields.unknownVisibility');
    // Nobody files a record they could not see themselves.
    if (!canSee(ctx.actor, input.visibility, mesaId)) invalid('visibility', 'fields.notVisibleToYou');
    values.visibility = input.visibility;
  }
  Object.assign(values, settleFlags(stored, input.filterFlags, input.dismissedFlags));
  return values;
}

async function checkEntities(ctx: CommandContext, ids: readonly string[] | undefined) {
  if (!ids) return undefined;
  await organizationsExist(ctx, ids, (i) => `entityIds.${i}`);
  return [...new Set(ids)];
}

/** Recomputes a problem's search document from its text and the current text of its solutions. */
export async function refreshSearchDocument(ctx: CommandContext, problem: Problem) {
  const doc = problemSearchDocument({
    title: problem.title,
    description: problem.description,
    tags: problem.tags,
    solutionTexts: await currentSolutionTexts(ctx.db, problem.id),
  });
  if (doc !== problem.searchDocument) await setSearchDocument(ctx.db, problem.id, doc);
  return doc;
}

/** Adds a problem to a Mesa's Matrix, numbered P-1, P-2… within the Mesa. */
export function createProblem(
  ctx: CommandContext,
  mesaId: string,
  input: ProblemInput,
): Promise<{ id: string; number: number }> {
  return inTransaction(ctx, async (tx) => {
    // The Mesa row lock serializes numbering; the unique (mesa, number) index guards it too.
    const mesa = await lockMesa(tx.db, mesaId);
    if (!mesa) throw new AppError('NOT_FOUND');
    if (typeof input.title !== 'string') invalid('title', 'fields.required');
    const { occurredAt, entityIds, ...rest } = input;
    const values = await problemValues(tx, mesaId, rest);
    const entities = (await checkEntities(tx, entityIds)) ?? [];
    const number = await nextProblemNumber(tx.db, mesaId);
    const when = occurredAt ?? new Date();
    const title = values.title ?? input.title;
    const row = await insertProblem(tx.db, {
      ...values,
      title,
      mesaId,
      number,
      status: 'identified',
      statusChangedAt: when,
      searchDocument: problemSearchDocument({ title, description: values.description, tags: values.tags }),
      createdBy: tx.actor.userId || null,
      createdAt: when,
      updatedAt: when,
    }).catch(rethrowUnique('number'));
    await replaceProblemEntities(tx.db, row.id, entities);
    await insertStatusEvent(tx.db, {
      problemId: row.id,
      fromStatus: null,
      toStatus: 'identified',
      occurredAt: when,
      recordedBy: tx.actor.userId || null,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'problem',
      entityId: row.id,
      mesaId,
      action: 'create',
      after: { ...row, entityIds: entities },
      requestId: tx.requestId,
    });
    // A problem raised during a session shows on every open page of that session.
    await notifyLiveMeetingsOfMesa(tx.db, mesaId, {
      type: 'problem.created',
      problemId: row.id,
      visibility: row.visibility,
    });
    await notifyMatrixEvent(tx.db, mesaId, {
      type: 'problem.created',
      problemId: row.id,
      visibility: row.visibility,
    });
    return { id: row.id, number: row.number };
  });
}

/** Edits a problem; `version` must match the stored one or nothing is written (409 STALE_WRITE). */
export function updateProblem(
  ctx: CommandContext,
  id: string,
  version: number,
  changes: Partial<ProblemInput>,
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockProblem(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, version);
    const { occurredAt: _ignored, entityIds, ...rest } = changes;
    const values = await problemValues(tx, before.mesaId, rest, before);
    const entities = await checkEntities(tx, entityIds);
    const beforeEntities = await listProblemEntityIds(tx.db, id);
    const after = await updateProblemRow(tx.db, id, values);
    if (entities) await replaceProblemEntities(tx.db, id, entities);
    await refreshSearchDocument(tx, after);
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'problem',
      entityId: id,
      mesaId: before.mesaId,
      action: 'update',
      before: { ...before, entityIds: beforeEntities },
      after: { ...after, entityIds: entities ?? beforeEntities },
      requestId: tx.requestId,
    });
    await notifyLiveMeetingsOfMesa(tx.db, before.mesaId, {
      type: 'problem.updated',
      problemId: id,
      visibility: after.visibility,
    });
    await notifyMatrixEvent(tx.db, before.mesaId, {
      type: 'problem.updated',
      problemId: id,
      visibility: after.visibility,
      previousVisibility: before.visibility,
    });
  });
}

export interface ProblemTransition {
  to: ProblemStatus;
  reason?: string | null;
  occurredAt?: Date;
  /** When given, must match the stored version (409 STALE_WRITE otherwise). */
  version?: number;
}

/**
 * Moves a problem along its statuses (the rules of src/domain/problem-status.ts), recording a dated,
 * explained status event.
 */
export function transitionProblem(ctx: CommandContext, id: string, t: ProblemTransition): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockProblem(tx.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, t.version);
    const reason = t.reason?.trim() || null;
    assertProblemTransition(before.status, t.to, reason);
    const when = t.occurredAt ?? new Date();
    if (when.getTime() < before.statusChangedAt.getTime())
      invalid('occurredAt', 'fields.beforeLastStatusChange');
    // Reopening answers the field alert (negative feedback on the enacted fix): it clears.
    const clearsAlert = isReopening(before.status, t.to) && before.fieldAlertFeedbackId !== null;
    const alert = (value: string | null) => (clearsAlert ? { fieldAlertFeedbackId: value } : {});
    const after = await updateProblemRow(tx.db, id, {
      status: t.to,
      statusReason: reason,
      statusChangedAt: when,
      ...alert(null),
    });
    await insertStatusEvent(tx.db, {
      problemId: id,
      fromStatus: before.status,
      toStatus: t.to,
      reason,
      occurredAt: when,
      recordedBy: tx.actor.userId || null,
    });
    await tellFollowers(tx, { problemId: id }, 'problem_status', { from: before.status, to: t.to, reason });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'problem',
      entityId: id,
      mesaId: before.mesaId,
      action: 'transition',
      before: {
        status: before.status,
        statusReason: before.statusReason,
        ...alert(before.fieldAlertFeedbackId),
      },
      after: { status: after.status, statusReason: reason, occurredAt: when.toISOString(), ...alert(null) },
      requestId: tx.requestId,
    });
    await notifyLiveMeetingsOfMesa(tx.db, before.mesaId, {
      type: 'problem.updated',
      problemId: id,
      visibility: after.visibility,
    });
    await notifyMatrixEvent(tx.db, before.mesaId, {
      type: 'problem.transitioned',
      problemId: id,
      visibility: after.visibility,
    });
  });
}

/** The problem's Mesa and visibility, for authorizing requests about it and the records under it. */
export async function problemScope(ctx: Pick<CommandContext, 'db'>, id: string) {
  const p = await getProblem(ctx.db, id);
  return p ? { mesaId: p.mesaId, visibility: p.visibility, status: p.status } : null;
}
