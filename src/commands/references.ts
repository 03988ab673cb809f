import { meetingRef, personInMesa, problemRef } from '../db/queries/commitments';
import { personInMesaHistory } from '../db/queries/people';
import { existingOrganizationIds } from '../db/queries/problems';
import { canSee, canSeeMeeting } from '../domain/access';
import { type FieldIssue, invalid } from '../domain/errors';
import type { CommandContext } from './context';

/**
 * The references a command's input makes to records of a Mesa, checked in one place so that no
 * command lets a record of another Mesa in: a person must take part in the Mesa, a problem or meeting
 * must be the Mesa's and one the actor may see, an organization must exist (organizations form one
 * directory shared by every Mesa). A refused reference is a VALIDATION_FAILED naming its field; a
 * record of another Mesa is refused exactly like a missing one, so that nothing about it is revealed.
 */

export type PersonOfMesa = NonNullable<Awaited<ReturnType<typeof personInMesa>>>;

/** A person who currently takes part in the Mesa (with their participations there). */
export async function personOfMesa(
  ctx: CommandContext,
  mesaId: string,
  personId: string,
  path = 'personId',
): Promise<PersonOfMesa> {
  const person = await personInMesa(ctx.db, mesaId, personId);
  if (!person) invalid(path, 'fields.unknownPerson');
  if (person.participations.length === 0) invalid(path, 'fields.doesNotTakePart');
  return person;
}

/**
 * A person who takes or once took part in the Mesa: for records of what happened, such as who raised
 * a problem (they may have left the Mesa since).
 */
export async function personOfMesaHistory(
  ctx: CommandContext,
  mesaId: string,
  personId: string,
  path = 'personId',
): Promise<void> {
  const person = await personInMesaHistory(ctx.db, mesaId, personId);
  if (!person) invalid(path, 'fields.unknownPerson');
  if (!person.tookPart) invalid(path, 'fields.doesNotTakePart');
}

/**
 * The problems a command names that are not problems of the Mesa the actor may see, as field issues
 * (for commands that report every refused field at once).
 */
export async function problemIssues(
  ctx: CommandContext,
  mesaId: string,
  refs: readonly { id: string; path: string }[],
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const ref of refs) {
    const problem = await problemRef(ctx.db, ref.id);
    if (!problem || problem.mesaId !== mesaId || !canSee(ctx.actor, problem.visibility, mesaId)) {
      issues.push({ path: ref.path, key: 'fields.notAProblemOfTheMesa' });
    }
  }
  return issues;
}

/** A problem of the Mesa that the actor may see. */
export async function problemOfMesa(
  ctx: CommandContext,
  mesaId: string,
  problemId: string,
  path = 'problemId',
) {
  const problem = await problemRef(ctx.db, problemId);
  if (!problem || problem.mesaId !== mesaId || !canSee(ctx.actor, problem.visibility, mesaId)) {
    invalid(path, 'fields.notAProblemOfTheMesa');
  }
  return problem;
}

/** A meeting of the Mesa that the actor may see. */
export async function meetingOfMesa(
  ctx: CommandContext,
  mesaId: string,
  meetingId: string,
  path = 'meetingId',
) {
  const meeting = await meetingRef(ctx.db, meetingId);
  if (!meeting || meeting.mesaId !== mesaId || !canSeeMeeting(ctx.actor, meeting)) {
    invalid(path, 'fields.notAMeetingOfTheMesa');
  }
  return meeting;
}

/** Organizations of the directory; `pathOf` names the field of each (by its position in `ids`). */
export async function organizationsExist(
  ctx: CommandContext,
  ids: readonly string[],
  pathOf: (index: number) => string,
): Promise<void> {
  const found = await existingOrganizationIds(ctx.db, [...new Set(ids)]);
  ids.forEach((id, i) => {
    if (!found.has(id)) invalid(pathOf(i), 'fields.unknownOrganization');
  });
}
