import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client';
import { overdueOnRecordSql, overdueSql, todaySql } from '../../src/db/queries/predicates';
import { todayIn } from '../../src/domain/calendar-days';
import { type CommitmentStatus, isOverdueOn, isOverdueOnRecord } from '../../src/domain/commitments';
import { emptyDatabase, rowsOf } from '../support/database';

/**
 * Each domain rule and its SQL twin (src/db/queries/predicates.ts) answer alike on the same cases: the
 * cases are rows of a small table, the SQL predicate runs over them on the database, the domain
 * function over the same values in TypeScript.
 */

let database: Database & { drop(): Promise<void> };

beforeAll(async () => {
  database = await emptyDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const rows = <T>(query: SQL) => rowsOf<T>(database, query);

interface DueCase {
  status: CommitmentStatus;
  dueOn: string;
  originalDueOn: string | null;
  today: string;
}

const statuses: CommitmentStatus[] = ['open', 'done', 'cancelled'];
const days = ['2026-03-09', '2026-03-10', '2026-03-11'];
const dueCases: DueCase[] = statuses.flatMap((status) =>
  days.flatMap((dueOn) =>
    [null, '2026-03-09', '2026-03-11'].flatMap((originalDueOn) =>
      days.map((today) => ({ status, dueOn, originalDueOn, today })),
    ),
  ),
);

/** The cases as an SQL `values` list named `cases(i, status, due_on, original_due_on, today)`. */
function dueCasesTable(): SQL {
  const values = sql.join(
    dueCases.map(
      (c, i) =>
        sql`(${i}::int, ${c.status}::text, ${c.dueOn}::date, ${c.originalDueOn}::date, ${c.today}::date)`,
    ),
    sql`, `,
  );
  return sql`(values ${values}) as cases(i, status, due_on, original_due_on, today)`;
}

describe('overdue: isOverdueOn and overdueSql', () => {
  it('agree on every status, and on the due day before, on and after today', async () => {
    const overdue = overdueSql(sql`status`, sql`due_on`, sql`today`);
    const onRecord = overdueOnRecordSql(sql`status`, sql`due_on`, sql`original_due_on`, sql`today`);
    const result = await rows<{ i: number; overdue: boolean; on_record: boolean }>(
      sql`select i, ${overdue} as overdue, ${onRecord} as on_record from ${dueCasesTable()} order by i`,
    );
    expect(result.map((r) => r.overdue)).toEqual(dueCases.map((c) => isOverdueOn(c, c.today)));
    expect(result.map((r) => r.on_record)).toEqual(dueCases.map((c) => isOverdueOnRecord(c, c.today)));
    // The cases hold both answers, and the due day itself is not overdue.
    expect(result.some((r) => r.overdue)).toBe(true);
    expect(result.some((r) => !r.overdue)).toBe(true);
    expect(isOverdueOn({ status: 'open', dueOn: '2026-03-10' }, '2026-03-10')).toBe(false);
  });

  it('takes a literal day as the SQL twin does', async () => {
    const [r] = await rows<{ late: boolean; due: boolean }>(
      sql`select ${overdueSql(sql`'open'`, sql`'2026-03-09'::date`, '2026-03-10')} as late,
        ${overdueSql(sql`'open'`, sql`'2026-03-10'::date`, '2026-03-10')} as due`,
    );
    expect(r).toEqual({ late: true, due: false });
  });
});

describe('today: todayIn and todaySql', () => {
  it('agree on the calendar day of an instant in a time zone', async () => {
    const instants = [
      '2026-03-10T04:59:59Z',
      '2026-03-10T05:00:00Z',
      '2026-12-31T23:30:00Z',
      '2026-07-01T12:00:00Z',
    ];
    const zones = ['America/Lima', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles'];
    const cases = instants.flatMap((at) => zones.map((zone) => ({ now: new Date(at), zone })));
    const selects = sql.join(
      cases.map(
        (c, i) => sql`select ${i}::int as i, to_char(${todaySql(c.now, c.zone)}, 'YYYY-MM-DD') as day`,
      ),
      sql` union all `,
    );
    const result = await rows<{ i: number; day: string }>(sql`select * from (${selects}) t order by i`);
    expect(result.map((r) => r.day)).toEqual(cases.map((c) => todayIn(c.now, c.zone)));
  });
});
