import { asc } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { jsonRows } from '../../src/db/json-rows';
import { outcomeIndicators, people, problems } from '../../src/db/schema';

const shape = jsonRows({
  id: problems.id,
  number: problems.number,
  inFocus: problems.inFocus,
  tags: problems.tags,
  createdAt: problems.createdAt,
  baseline: outcomeIndicators.baselineValue,
  baselineOn: outcomeIndicators.baselineOn,
  person: { id: people.id, fullName: people.fullName },
});

describe('jsonRows', () => {
  it('decodes each column as drizzle does, from its JSON form (one flat array, in the shape’s order)', () => {
    const row = shape.decode([
      'p1',
      7,
      true,
      ['a', 'b'],
      '2024-05-01T12:34:56.789123+00:00',
      '12.50',
      '2024-04-30',
      'x1',
      'Ana',
    ]);
    expect(row).toEqual({
      id: 'p1',
      number: 7,
      inFocus: true,
      tags: ['a', 'b'],
      createdAt: new Date('2024-05-01T12:34:56.789Z'),
      baseline: 12.5,
      baselineOn: '2024-04-30',
      person: { id: 'x1', fullName: 'Ana' },
    });
    // The same instants as drizzle reads from the text protocol.
    expect(row.createdAt).toEqual(problems.createdAt.mapFromDriverValue('2024-05-01 07:34:56.789123-05'));
  });

  it('makes a joined object that found no row null, and keeps one with a value', () => {
    const absent = shape.decode(['p1', 1, false, [], '2024-05-01T00:00:00+00:00', null, null, null, null]);
    expect(absent.person).toBeNull();
    expect(absent.baseline).toBeNull();
    const partly = shape.decode(['p1', 1, false, [], '2024-05-01T00:00:00+00:00', null, null, 'x1', null]);
    expect(partly.person).toEqual({ id: 'x1', fullName: null });
  });

  it('reads numeric columns as text (their JSON number would lose digits) and aggregates in order', () => {
    const { sql } = new PgDialect().sqlToQuery(
      shape.all(asc(problems.number)).getSQL() as Parameters<PgDialect['sqlToQuery']>[0],
    );
    expect(sql).toContain('"outcome_indicators"."baseline_value"::text');
    expect(sql).not.toContain('"problems"."number"::text');
    expect(sql).toMatch(
      /^coalesce\(json_agg\(json_build_array\(.*\) order by "problems"\."number" asc\), '\[\]'::json\)$/,
    );
    expect(shape.decodeAll([])).toEqual([]);
  });
});
