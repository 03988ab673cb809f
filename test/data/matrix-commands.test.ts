import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { reportFieldFeedback } from '../../src/commands/field-feedback';
import { addIndicator, updateIndicator } from '../../src/commands/indicators';
import { createProblem, transitionProblem, updateProblem } from '../../src/commands/problems';
import { proposeSolution, reviseSolution } from '../../src/commands/solutions';
import type { Database } from '../../src/db/client';
import { loadMatrix } from '../../src/db/queries/matrix';
import { problemStatusEvents, problems, solutionVersions } from '../../src/db/schema';
import type { AppError } from '../../src/domain/errors';
import { emptyDatabase } from '../support/database';
import { makeMesa, makeOrganization } from '../support/factories';

let database: Database & { drop(): Promise<void> };
let mesaId: string;
let serfor: string;
beforeAll(async () => {
  database = await emptyDatabase();
  mesaId = await makeMesa(database.db, { slug: 'cmd-matrix', visibility: 'members' });
  serfor = await makeOrganization(database.db, { name: 'Servicio Nacional Forestal', acronym: 'SERFOR' });
});
afterAll(() => database?.drop());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a failure');
}

describe('Matrix commands (as the demo data and the importer call them)', () => {
  it('numbers problems per Mesa, keeps solution versions, indicators and feedback, and loads the Matrix', async () => {
    const ctx = systemContext(database.db, 'test');
    const raisedAt = new Date('2016-03-01T15:00:00Z');
    const first = await createProblem(ctx, mesaId, {
      title: 'Registro de plantaciones lento',
      description: 'El trámite tarda entre 6 y 12 meses',
      categoryKey: 'red_tape',
      entityIds: [serfor],
      impact: 5,
      ease: 4,
      tags: ['Plantaciones', 'plantaciones', ' '],
      occurredAt: raisedAt,
    });
    const second = await createProblem(ctx, mesaId, { title: 'Segundo problema' });
    expect([first.number, second.number]).toEqual([1, 2]);

    const solution = await proposeSolution(ctx, first.id, {
      text: 'Registro en línea',
      instrument: 'procedure',
      revisedOn: '2016-04-01',
    });
    expect(
      await reviseSolution(ctx, solution.id, { text: 'Registro en línea en 3 días', reason: 'Se acordó' }),
    ).toEqual({
      number: 2,
    });
    const indicator = await addIndicator(ctx, first.id, {
      name: 'Tiempo de registro',
      unit: 'días',
      direction: 'lower_is_better',
      baselineValue: 270,
      solutionId: solution.id,
    });
    await updateIndicator(ctx, indicator.id, { currentValue: 3, currentOn: '2017-01-15' });
    await transitionProblem(ctx, first.id, {
      to: 'in_progress',
      occurredAt: new Date('2016-06-01T12:00:00Z'),
    });
    await transitionProblem(ctx, first.id, { to: 'enacted', occurredAt: new Date('2017-01-10T12:00:00Z') });
    const feedback = await reportFieldFeedback(ctx, first.id, { verdict: 'partly', text: 'Solo en Lima' });
    expect(feedback.offerReopen).toBe(true);

    const [row] = await database.db.select().from(problems).where(eq(problems.id, first.id));
    expect(row?.tags).toEqual(['Plantaciones', 'plantaciones']);
    expect(row?.searchDocument).toContain('registro en linea en 3 dias');
    expect(row?.searchDocument).not.toContain('registro en linea\n');
    expect(row?.createdAt.toISOString()).toBe(raisedAt.toISOString());
    const events = await database.db
      .select()
      .from(problemStatusEvents)
      .where(eq(problemStatusEvents.problemId, first.id))
      .orderBy(asc(problemStatusEvents.occurredAt));
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'identified'],
      ['identified', 'in_progress'],
      ['in_progress', 'enacted'],
    ]);
    const versions = await database.db
      .select()
      .from(solutionVersions)
      .where(eq(solutionVersions.solutionId, solution.id))
      .orderBy(asc(solutionVersions.number));
    expect(versions.map((v) => [v.number, v.text, v.reason])).toEqual([
      [1, 'Registro en línea', null],
      [2, 'Registro en línea en 3 días', 'Se acordó'],
    ]);

    const matrix = await loadMatrix(database.db, mesaId, ['public', 'members']);
    const loaded = matrix.find((p) => p.id === first.id)!;
    expect(loaded.latestSolution).toMatchObject({ text: 'Registro en línea en 3 días', version: 2 });
    expect(loaded.solutionCount).toBe(1);
    expect(loaded.entities.map((e) => e.acronym)).toEqual(['SERFOR']);
    expect(loaded.indicators[0]).toMatchObject({ baselineValue: 270, currentValue: 3 });
    expect(loaded.latestFeedback).toMatchObject({ verdict: 'partly' });
    expect(loaded.category?.key).toBe('red_tape');
    expect(await loadMatrix(database.db, mesaId, [])).toEqual([]);

    await updateProblem(ctx, second.id, 1, { inFocus: true, impact: 2 });
    expect((await failure(updateProblem(ctx, second.id, 1, { impact: 3 }))).code).toBe('STALE_WRITE');
  });

  it('names the field of a bad reference or value', async () => {
    const ctx = systemContext(database.db, 'test');
    const cases: [Parameters<typeof createProblem>[2], string][] = [
      [{ title: ' ' }, 'title'],
      [{ title: 'x', categoryKey: 'nope' }, 'categoryKey'],
      [{ title: 'x', impact: 6 }, 'impact'],
      [{ title: 'x', ease: 0 }, 'ease'],
      [{ title: 'x', entityIds: ['00000000-0000-4000-8000-000000000000'] }, 'entityIds.0'],
    ];
    for (const [input, path] of cases) {
      const error = await failure(createProblem(ctx, mesaId, input));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details?.fields?.[0]?.path).toBe(path);
    }
    const p = await createProblem(ctx, mesaId, { title: 'Para transiciones' });
    const illegal = await failure(transitionProblem(ctx, p.id, { to: 'verified' }));
    expect(illegal.code).toBe('ILLEGAL_TRANSITION');
    const backwards = await failure(
      transitionProblem(ctx, p.id, { to: 'prioritized', occurredAt: new Date('2001-01-01T00:00:00Z') }),
    );
    expect(backwards.details?.fields?.[0]?.path).toBe('occurredAt');
    const unexplained = await failure(transitionProblem(ctx, p.id, { to: 'parked', reason: '  ' }));
    expect(unexplained.details?.fields?.[0]?.path).toBe('reason');
  });
});
