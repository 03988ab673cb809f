import { recordAudit } from '../db/audit';
import { notifyMatrixEvent } from '../db/queries/matrix-events';
import {
  existingOrganizationIds,
  getSolution,
  insertSolution,
  insertSolutionVersion,
  lockProblem,
  lockSolution,
  setSolutionCurrentVersion,
  updateSolutionRow,
} from '../db/queries/problems';
import { AppError, assertVersion, invalid } from '../domain/errors';
import type { FilterFlag } from '../domain/filters';
import { trackedSolutionFields } from '../domain/follows';
import { type SolutionInstrument, solutionInstruments } from '../domain/solutions';
import { auditActor, type CommandContext, inTransaction } from './context';
import { tellFollowers } from './follows';
import { checkFlags, refreshSearchDocument, settleFlags } from './problems';

export interface SolutionInput {
  text: string;
  instrument?: SolutionInstrument;
  proposedByOrganizationId?: string | null;
  filterFlags?: FilterFlag[];
  /** The date the text was written (e.g. the session that proposed it); optional. */
  revisedOn?: string | null;
  /** When it was recorded; now by default. */
  occurredAt?: Date;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string | null | undefined, path: string) {
  if (value && (!isoDate.test(value) || Number.isNaN(Date.parse(value)))) invalid(path, 'fields.notADate');
}

/** Proposes a solution under a problem: version 1 of its text. */
export function proposeSolution(
  ctx: CommandContext,
  problemId: string,
  input: SolutionInput,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const problem = await lockProblem(tx.db, problemId);
    if (!problem) throw new AppError('NOT_FOUND');
    if (typeof input.text !== 'string' || !input.text.trim()) invalid('text', 'fields.required');
    if (input.instrument !== undefined && !solutionInstruments.includes(input.instrument)) {
      invalid('instrument', 'fields.unknownInstrument');
    }
    if (input.proposedByOrganizationId) {
      const found = await existingOrganizationIds(tx.db, [input.proposedByOrganizationId]);
      if (!found.size) invalid('proposedByOrganizationId', 'fields.unknownOrganization');
    }
    const flags = checkFlags(input.filterFlags);
    checkDate(input.revisedOn, 'revisedOn');
    const when = input.occurredAt ?? new Date();
    const userId = tx.actor.userId || null;
    const solution = await insertSolution(tx.db, {
      problemId,
      instrument: input.instrument ?? 'other',
      proposedByOrganizationId: input.proposedByOrganizationId ?? null,
      filterFlags: flags ?? [],
      currentVersion: 1,
      createdBy: userId,
      createdAt: when,
      updatedAt: when,
    });
    const version = await insertSolutionVersion(tx.db, {
      solutionId: solution.id,
      number: 1,
      text: input.text.trim(),
      reason: null,
      revisedOn: input.revisedOn ?? null,
      revisedBy: userId,
      createdAt: when,
    });
    await refreshSearchDocument(tx, problem);
    await tellFollowers(tx, { problemId }, 'solution_proposed', { text: version.text });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'solution',
      entityId: solution.id,
      mesaId: problem.mesaId,
      action: 'create',
      after: { ...solution, text: version.text, revisedOn: version.revisedOn },
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, problem.mesaId, {
      type: 'solution.changed',
      problemId: problem.id,
      visibility: problem.visibility,
    });
    return { id: solution.id };
  });
}

export interface SolutionRevision {
  text: string;
  /** Why the text changes ("implementation showed that…"); required. */
  reason: string;
  revisedOn?: string | null;
  occurredAt?: Date;
  /** When given, must match the solution's edit version (409 STALE_WRITE otherwise). */
  version?: number;
}

/**
 * Revises a solution: adds version number+1 with its reason and author. Earlier versions are never
 * changed (the recursive loop of the method keeps every text).
 */
export function reviseSolution(
  ctx: CommandContext,
  solutionId: string,
  input: SolutionRevision,
): Promise<{ number: number }> {
  return inTransaction(ctx, async (tx) => {
    const found = await getSolution(tx.db, solutionId);
    if (!found) throw new AppError('NOT_FOUND');
    // Lock order: the problem, then the solution (as proposing does).
    const problem = await lockProblem(tx.db, found.problemId);
    const solution = await lockSolution(tx.db, solutionId);
    if (!problem || !solution) throw new AppError('NOT_FOUND');
    assertVersion(solution.version, input.version);
    if (typeof input.text !== 'string' || !input.text.trim()) invalid('text', 'fields.required');
    if (typeof input.reason !== 'string' || !input.reason.trim()) invalid('reason', 'fields.required');
    checkDate(input.revisedOn, 'revisedOn');
    const number = solution.currentVersion + 1;
    const when = input.occurredAt ?? new Date();
    const version = await insertSolutionVersion(tx.db, {
      solutionId,
      number,
      text: input.text.trim(),
      reason: input.reason.trim(),
      revisedOn: input.revisedOn ?? null,
      revisedBy: tx.actor.userId || null,
      createdAt: when,
    });
    await setSolutionCurrentVersion(tx.db, solutionId, number);
    await refreshSearchDocument(tx, problem);
    await tellFollowers(tx, { problemId: problem.id }, 'solution_revised', {
      number,
      text: version.text,
      reason: version.reason,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'solution',
      entityId: solutionId,
      mesaId: problem.mesaId,
      action: 'revise',
      before: { currentVersion: solution.currentVersion },
      after: {
        currentVersion: number,
        text: version.text,
        reason: version.reason,
        revisedOn: version.revisedOn,
      },
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, problem.mesaId, {
      type: 'solution.changed',
      problemId: problem.id,
      visibility: problem.visibility,
    });
    return { number };
  });
}

export interface SolutionChanges {
  /** The edit version the change was made from: must match the stored one (409 STALE_WRITE otherwise). */
  version: number;
  instrument?: SolutionInstrument;
  /** The confirmed filter flags. */
  filterFlags?: FilterFlag[];
  /** Suggested flags the team dismissed: no longer suggested. */
  dismissedFlags?: FilterFlag[];
  /** Reform tracking: the day the Mesa agreed on the solution, and the day its instrument was drafted. */
  agreedOn?: string | null;
  draftedOn?: string | null;
  /** The norm that enacts it: name, number, date and official gazette link (http or https). */
  normName?: string | null;
  normNumber?: string | null;
  normDate?: string | null;
  normUrl?: string | null;
}

const trackedFields = ['agreedOn', 'draftedOn', 'normName', 'normNumber', 'normDate', 'normUrl'] as const;
type TrackedField = (typeof trackedFields)[number];

/** A gazette link: an absolute http or https address. */
function isHttpAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The reform-tracking dates and the norm as they are kept (blank text as null), or 400 naming the field. */
function trackedValues(changes: SolutionChanges): Partial<Record<TrackedField, string | null>> {
  const out: Partial<Record<TrackedField, string | null>> = {};
  for (const field of trackedFields) {
    const value = changes[field];
    if (value === undefined) continue;
    const kept = typeof value === 'string' ? value.trim() || null : null;
    if (field === 'agreedOn' || field === 'draftedOn' || field === 'normDate') checkDate(kept, field);
    if (field === 'normUrl' && kept && !isHttpAddress(kept)) invalid(field, 'fields.httpAddress');
    out[field] = kept;
  }
  return out;
}

/**
 * Edits what a solution carries besides its text: the instrument, the filter flags the team confirmed
 * or dismissed, the reform-tracking dates (agreed, drafted) and the norm that enacts it, with
 * optimistic locking on the solution's edit version.
 */
export function updateSolution(
  ctx: CommandContext,
  solutionId: string,
  changes: SolutionChanges,
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const found = await getSolution(tx.db, solutionId);
    if (!found) throw new AppError('NOT_FOUND');
    // Lock order: the problem, then the solution (as proposing and revising do).
    const problem = await lockProblem(tx.db, found.problemId);
    const before = await lockSolution(tx.db, solutionId);
    if (!problem || !before) throw new AppError('NOT_FOUND');
    assertVersion(before.version, changes.version);
    const values: Partial<
      Pick<typeof before, 'instrument' | 'filterFlags' | 'dismissedFlags' | TrackedField>
    > = {};
    if (changes.instrument !== undefined) {
      if (!solutionInstruments.includes(changes.instrument))
        invalid('instrument', 'fields.unknownInstrument');
      values.instrument = changes.instrument;
    }
    Object.assign(values, settleFlags(before, changes.filterFlags, changes.dismissedFlags));
    Object.assign(values, trackedValues(changes));
    if (Object.keys(values).length === 0) invalid('body', 'fields.nothingToChange');
    const after = await updateSolutionRow(tx.db, solutionId, values);
    // Its reform tracking moving (agreed, drafted, enacted by a norm) is progress its followers hear of.
    const moved = trackedSolutionFields.filter((field) => after[field] !== before[field]);
    if (moved.length) {
      await tellFollowers(
        tx,
        { problemId: problem.id },
        'solution_tracked',
        Object.fromEntries(moved.map((field) => [field, after[field]])),
      );
    }
    const shown = (s: typeof before) => ({
      instrument: s.instrument,
      filterFlags: s.filterFlags,
      dismissedFlags: s.dismissedFlags,
      agreedOn: s.agreedOn,
      draftedOn: s.draftedOn,
      normName: s.normName,
      normNumber: s.normNumber,
      normDate: s.normDate,
      normUrl: s.normUrl,
    });
    await recordAudit(tx.db, {
      actor: auditActor(tx),
      entityType: 'solution',
      entityId: solutionId,
      mesaId: problem.mesaId,
      action: 'update',
      before: shown(before),
      after: shown(after),
      requestId: tx.requestId,
    });
    await notifyMatrixEvent(tx.db, problem.mesaId, {
      type: 'solution.changed',
      problemId: problem.id,
      visibility: problem.visibility,
    });
  });
}
