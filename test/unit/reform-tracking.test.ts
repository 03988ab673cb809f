import { describe, expect, it } from 'vitest';
import {
  buildReformRows,
  indicatorNote,
  normText,
  type ReformProblemData,
  type ReformSolutionData,
  reformSolution,
} from '../../src/domain/reform-tracking';

const mesa = { id: 'm1', name: 'Forestal', slug: 'forestal' };
const options = { timeZone: () => 'America/Lima', targetWord: 'meta' };

function solution(overrides: Partial<ReformSolutionData> = {}): ReformSolutionData {
  return {
    id: 's1',
    text: 'Registro en línea',
    instrument: 'procedure',
    firstRevisedOn: null,
    createdAt: new Date('2015-03-10T15:00:00Z'),
    agreedOn: null,
    draftedOn: null,
    normName: null,
    normNumber: null,
    normDate: null,
    normUrl: null,
    ...overrides,
  };
}

function problem(overrides: Partial<ReformProblemData> = {}): ReformProblemData {
  return {
    mesa,
    id: 'p1',
    number: 1,
    title: 'Registro de plantaciones lento',
    status: 'in_progress',
    entities: ['SERFOR'],
    solutions: [solution()],
    statusEvents: [],
    indicators: [],
    ...overrides,
  };
}

describe('the reform tracking table', () => {
  it('dates each stage from the first proposal, the solution’s days and the status moves', () => {
    const [row] = buildReformRows(
      [
        problem({
          status: 'verified',
          solutions: [
            solution({
              id: 'early',
              createdAt: new Date('2015-02-01T15:00:00Z'),
              firstRevisedOn: '2015-01-20',
            }),
            solution({
              id: 'norm',
              agreedOn: '2015-04-02',
              draftedOn: '2015-06-15',
              normName: 'Reglamento para la Gestión de Plantaciones Forestales',
              normNumber: 'D.S. 020-2015-MINAGRI',
              normDate: '2015-09-30',
            }),
          ],
          statusEvents: [
            { toStatus: 'in_progress', occurredAt: new Date('2015-04-01T15:00:00Z') },
            { toStatus: 'enacted', occurredAt: new Date('2015-10-01T04:30:00Z') },
            { toStatus: 'verified', occurredAt: new Date('2016-02-10T15:00:00Z') },
          ],
        }),
      ],
      options,
    );
    expect(row!.solutionId).toBe('norm');
    expect(row!.code).toBe('P-1');
    // 04:30 UTC on 1 October is still 30 September in Lima.
    expect(row!.dates).toEqual({
      proposed: '2015-01-20',
      agreed: '2015-04-02',
      drafted: '2015-06-15',
      enacted: '2015-09-30',
      implemented: '2016-02-10',
    });
    expect(row!.stage).toBe('implemented');
    expect(normText(row!.norm)).toBe(
      'D.S. 020-2015-MINAGRI, Reglamento para la Gestión de Plantaciones Forestales (2015-09-30)',
    );
  });

  it('forgets the enacted and implemented days of a fix reopened by field feedback', () => {
    const [row] = buildReformRows(
      [
        problem({
          status: 'in_progress',
          solutions: [solution({ agreedOn: '2015-04-02' })],
          statusEvents: [
            { toStatus: 'enacted', occurredAt: new Date('2015-10-01T15:00:00Z') },
            { toStatus: 'verified', occurredAt: new Date('2016-01-01T15:00:00Z') },
            { toStatus: 'in_progress', occurredAt: new Date('2016-03-01T15:00:00Z') },
          ],
        }),
      ],
      options,
    );
    expect(row!.dates.enacted).toBeNull();
    expect(row!.dates.implemented).toBeNull();
    expect(row!.stage).toBe('agreed');
  });

  it('takes the last move to enacted when a fix was enacted twice', () => {
    const [row] = buildReformRows(
      [
        problem({
          status: 'enacted',
          statusEvents: [
            { toStatus: 'enacted', occurredAt: new Date('2015-10-01T15:00:00Z') },
            { toStatus: 'in_progress', occurredAt: new Date('2016-03-01T15:00:00Z') },
            { toStatus: 'enacted', occurredAt: new Date('2016-08-01T15:00:00Z') },
          ],
        }),
      ],
      options,
    );
    expect(row!.dates.enacted).toBe('2016-08-01');
    expect(row!.stage).toBe('enacted');
  });

  it('gives no row for a problem without a solution, keeps parked and dropped ones, and orders by Mesa and number', () => {
    const rows = buildReformRows(
      [
        problem({ id: 'b3', number: 3, mesa: { id: 'm2', name: 'Acuícola', slug: 'acuicola' } }),
        problem({ id: 'f2', number: 2, status: 'dropped' }),
        problem({ id: 'f1', number: 1 }),
        problem({ id: 'f9', number: 9, solutions: [] }),
      ],
      options,
    );
    expect(rows.map((r) => r.code)).toEqual(['P-3', 'P-1', 'P-2']);
    expect(rows.map((r) => r.mesa.name)).toEqual(['Acuícola', 'Forestal', 'Forestal']);
    expect(rows[2]!.status).toBe('dropped');
    expect(rows[2]!.stage).toBe('proposed');
  });

  it('chooses the solution furthest along, else the latest proposed', () => {
    const older = solution({ id: 'older', createdAt: new Date('2015-01-01') });
    const newer = solution({ id: 'newer', createdAt: new Date('2015-05-01') });
    const agreed = solution({ id: 'agreed', createdAt: new Date('2014-01-01'), agreedOn: '2015-02-01' });
    expect(reformSolution([older, newer])!.id).toBe('newer');
    expect(reformSolution([older, agreed, newer])!.id).toBe('agreed');
    expect(reformSolution([])).toBeNull();
  });

  it('writes the impact note from the outcome indicators', () => {
    expect(
      indicatorNote(
        { name: 'Tiempo de registro', unit: 'días', baselineValue: 270, currentValue: 3, targetValue: null },
        'meta',
      ),
    ).toBe('Tiempo de registro: 270 → 3 días');
    const [row] = buildReformRows(
      [
        problem({
          indicators: [
            { name: 'Plazo', unit: 'días', baselineValue: 730, currentValue: null, targetValue: 90 },
            { name: 'Costo', unit: 'USD', baselineValue: 1000.456, currentValue: 200, targetValue: null },
          ],
        }),
      ],
      options,
    );
    expect(row!.impact).toBe('Plazo: 730 → ? días (meta 90); Costo: 1000.46 → 200 USD');
  });
});
