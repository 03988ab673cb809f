import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/commands/context';
import { reportFieldFeedback } from '../../src/commands/field-feedback';
import { addIndicator } from '../../src/commands/indicators';
import { createProblem, transitionProblem } from '../../src/commands/problems';
import { proposeSolution } from '../../src/commands/solutions';
import type { Database } from '../../src/db/client';
import { listCategories } from '../../src/db/queries/categories';
import { loadMatrix } from '../../src/db/queries/matrix';
import { loadMatrixJson } from '../../src/db/queries/matrix-json';
import { mesas, problems, solutions, solutionVersions } from '../../src/db/schema';
import type { Visibility } from '../../src/domain/roles';
import { presentMatrixBody, writeMatrixBody } from '../../src/server/presenters';
import { matrixResponse } from '../../src/server/schemas/matrix';
import { compileSerializer, jsonBytes } from '../../src/server/serializer';
import { emptyDatabase } from '../support/database';
import { makeMesa, makeOrganization } from '../support/factories';

/**
 * The Matrix's API writes its answer around JSON the database writes of each problem (`loadMatrixJson`,
 * `writeMatrixBody`). It must say what the rest of the API says of the same problems (`loadMatrix`,
 * presented and serialized by the response schema), whatever the text holds.
 */

/** Text a JSON writer can get wrong: quotes, backslashes, control characters, characters beyond Latin-1. */
const HOSTILE =
  'Comillas "dobles", barra \\ invertida, salto\nde línea,\ttab, \u2028, emoji 🌲, guion — largo, </script>';

let database: Database & { drop(): Promise<void> };
let mesaId: string;
let tied: string[] = [];
const serialize = compileSerializer(matrixResponse.omit({ can: true }));

async function bothWays(levels: Visibility[], q?: string) {
  const { db } = database;
  const [mesa] = await db.select().from(mesas).where(eq(mesas.id, mesaId));
  const categories = await listCategories(db, { includeArchived: true });
  const presented = serialize(
    presentMatrixBody(mesa!, await loadMatrix(db, mesaId, levels, { q }), categories),
  );
  const pieces = writeMatrixBody(mesa!, await loadMatrixJson(db, mesaId, levels, { q }), categories);
  return { written: JSON.parse(pieces.join('')), presented: JSON.parse(presented), pieces };
}

beforeAll(async () => {
  database = await emptyDatabase();
  const { db } = database;
  const ctx = systemContext(db, 'test');
  mesaId = await makeMesa(db, { slug: 'matrix-json', name: `Mesa ${HOSTILE}` });
  const hostile = await makeOrganization(db, { name: `Oficina ${HOSTILE}`, acronym: 'O"\\' });
  const plain = await makeOrganization(db, { name: 'Autoridad Nacional', acronym: null });
  const first = await createProblem(ctx, mesaId, {
    title: `Título ${HOSTILE}`,
    description: `Declarar de interés nacional la industria. ${HOSTILE}`,
    categoryKey: 'red_tape',
    raisedByOrganizationId: hostile,
    entityIds: [hostile, plain],
    impact: 5,
    ease: 4,
    inFocus: true,
    tags: [HOSTILE, 'b'],
    visibility: 'public',
  });
  await createProblem(ctx, mesaId, { title: 'Miembros', visibility: 'members', impact: 2 });
  await createProblem(ctx, mesaId, { title: 'Equipo', visibility: 'team', description: 'Subsidio directo' });
  // A flag the domain no longer knows stays in the database: neither answer shows it.
  await db
    .update(problems)
    .set({ filterFlags: ['retired', 'subsidy'], dismissedFlags: ['declaratory', 'old'] })
    .where(eq(problems.id, first.id));

  // Two solutions whose current versions were made at the same instant: both answers pick the same one.
  const a = await proposeSolution(ctx, first.id, { text: `Primera ${HOSTILE}`, instrument: 'procedure' });
  const b = await proposeSolution(ctx, first.id, { text: 'Segunda', instrument: 'law' });
  tied = [a.id, b.id];
  await db.update(solutions).set({ filterFlags: ['gone', 'tax_exemption'] });
  await db
    .update(solutionVersions)
    .set({ createdAt: new Date('2020-05-01T10:00:00.123Z') })
    .where(sql`${solutionVersions.solutionId} in (${a.id}, ${b.id})`);
  // Microseconds that `new Date` drops: the database writes the same millisecond.
  await db.execute(
    sql`update problems set status_changed_at = '2021-02-03 04:05:06.789999+00' where id = ${first.id}`,
  );

  await addIndicator(ctx, first.id, {
    name: HOSTILE,
    unit: '%',
    direction: 'higher_is_better',
    baselineValue: 12.5,
    targetValue: 0.1,
    solutionId: a.id,
  });
  await addIndicator(ctx, first.id, { name: 'Sin valores', unit: 'días', direction: 'lower_is_better' });
  await transitionProblem(ctx, first.id, { to: 'in_progress' });
  await transitionProblem(ctx, first.id, { to: 'enacted' });
  await reportFieldFeedback(ctx, first.id, {
    verdict: 'not_applied',
    text: HOSTILE,
    observedOn: '2024-01-02',
  });
});
afterAll(() => database?.drop());

describe('the Matrix written from the JSON the database writes', () => {
  it('says what the presented Matrix says, for every audience, hostile text included', async () => {
    for (const levels of [
      ['public'],
      ['public', 'members'],
      ['public', 'members', 'team'],
    ] as Visibility[][]) {
      const { written, presented } = await bothWays(levels);
      expect(written, levels.join(',')).toEqual(presented);
      expect(written.problems).toHaveLength(levels.length);
    }
    const { written } = await bothWays(['public', 'members', 'team']);
    const first = written.problems.find((p: { number: number }) => p.number === 1);
    // The cases above were reached, not skipped.
    expect(first.title).toBe(`Título ${HOSTILE}`);
    expect(first.entities.map((e: { name: string }) => e.name)).toEqual([
      'Autoridad Nacional',
      `Oficina ${HOSTILE}`,
    ]);
    expect(first.filterFlags).toEqual(['subsidy']);
    expect(first.suggestedFlags).toEqual([]);
    expect(first.solutionCount).toBe(2);
    expect(first.latestSolution.revisedAt).toBe('2020-05-01T10:00:00.123Z');
    expect(first.latestSolution.filterFlags).toEqual(['tax_exemption']);
    // Of two revised at the same instant, the one the SQL order puts first (`latestSolutionFirst`).
    expect(first.latestSolution.id).toBe(tied.sort().at(-1));
    expect(first.indicators.map((i: { baselineValue: number | null }) => i.baselineValue)).toEqual([
      12.5,
      null,
    ]);
    expect(first.latestFeedback).toMatchObject({ verdict: 'not_applied', text: HOSTILE, person: null });
    expect(first.fieldAlert).toMatchObject({ verdict: 'not_applied' });
    expect(written.mesa.name).toBe(`Mesa ${HOSTILE}`);
  });

  it('writes instants to the millisecond, as the presented Matrix does', async () => {
    await database.db.execute(
      sql`update problems set status_changed_at = '2021-02-03 04:05:06.789999+00' where mesa_id = ${mesaId} and number = 2`,
    );
    const { written, presented } = await bothWays(['public', 'members']);
    expect(written).toEqual(presented);
    const second = written.problems.find((p: { number: number }) => p.number === 2);
    expect(second.statusChangedAt).toBe('2021-02-03T04:05:06.789Z');
  });

  it('finds the same problems with a search, and none without a visibility', async () => {
    const found = await bothWays(['public', 'members', 'team'], 'subsidio');
    expect(found.written).toEqual(found.presented);
    expect(found.written.problems.map((p: { title: string }) => p.title)).toEqual(['Equipo']);
    expect(await loadMatrixJson(database.db, mesaId, [])).toEqual([]);
  });

  it('is encoded piece by piece to the bytes of the whole', async () => {
    const { pieces } = await bothWays(['public', 'members', 'team']);
    const bytes = jsonBytes(pieces);
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toContain('🌲');
  });
});
