import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type TestContext } from '../support/app';
import { mesaBySlug } from '../support/fixtures';

/** The demo's Evaluation Wheel: the Forestry Mesa before and after its 2017 reinstallation. */

let t: TestContext;
let team: Client;
let mesaId: string;

beforeAll(async () => {
  t = await createTestContext();
  team = await t.as('coordinator');
  mesaId = (await mesaBySlug(t, 'forestal'))!.id;
});
afterAll(() => t?.close());

describe('the Forestry Mesa’s Evaluation Wheel', () => {
  it('has a round before and a round after the reinstallation of February 2017, each answered by at least five', async () => {
    const res = await team.get(`/api/mesas/${mesaId}/wheel`);
    expect(res.statusCode, res.body).toBe(200);
    const rounds = res.json().rounds as { id: string; openedOn: string; open: boolean; answered: number }[];
    expect(rounds).toHaveLength(2);
    const [after, before] = rounds;
    expect(before!.openedOn < '2016-07-28').toBe(true);
    expect(after!.openedOn > '2017-02-16').toBe(true);
    for (const r of rounds) {
      expect(r.open).toBe(false);
      expect(r.answered).toBeGreaterThanOrEqual(5);
    }
  });

  it('shows the second round beside the first, with plausible scores and the measured facts of its period', async () => {
    const rounds = (await team.get(`/api/mesas/${mesaId}/wheel`)).json().rounds as { id: string }[];
    const res = (await team.get(`/api/wheel-rounds/${rounds[0]!.id}/results`)).json();
    expect(res.results.shown).toBe(true);
    expect(res.previous.round.id).toBe(rounds[1]!.id);
    const mean = (results: { dimensions: { dimension: string; mean: number | null }[] }, d: string) =>
      results.dimensions.find((x) => x.dimension === d)!.mean!;
    for (const d of res.results.dimensions as { mean: number | null; applicable: boolean }[]) {
      if (d.mean !== null) {
        expect(d.mean).toBeGreaterThanOrEqual(1);
        expect(d.mean).toBeLessThanOrEqual(5);
      }
    }
    // The regions joined after the reinstallation; the champion at the new host was still being won.
    expect(mean(res.results, 'subnational')).toBeGreaterThan(mean(res.previous.results, 'subnational'));
    expect(mean(res.results, 'champions')).toBeLessThan(mean(res.previous.results, 'champions'));
    // The first round found no crisis to respond to.
    const crisis = res.previous.results.dimensions.find(
      (d: { dimension: string }) => d.dimension === 'crisis',
    );
    expect(crisis.applicable).toBe(false);
    const structure = res.facts.find((f: { dimension: string }) => f.dimension === 'structure');
    expect(structure.facts[0].kind).toBe('participation_continuity');
  });
});
