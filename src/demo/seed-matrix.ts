import type { CommandContext } from '../commands/context';
import { reportFieldFeedback } from '../commands/field-feedback';
import { addIndicator } from '../commands/indicators';
import { createProblem, transitionProblem } from '../commands/problems';
import { proposeSolution, reviseSolution, updateSolution } from '../commands/solutions';
import { getSolution } from '../db/queries/problems';
import { type DemoProblem, demoMatrix } from './peru-matrix';

/** What the Matrix refers to, created earlier by the demo seed. */
export interface MatrixRefs {
  /** Organization ids by acronym. */
  organizations: ReadonlyMap<string, string>;
  /** Mesa ids by slug. */
  mesas: ReadonlyMap<string, string>;
  /** Person ids by full name. */
  people: ReadonlyMap<string, string>;
}

/** A day of the demo at a given minute past 10:00 in Lima (UTC-5), so that same-day events keep their order. */
function at(day: string, minute: number): Date {
  return new Date(Date.parse(`${day}T10:00:00-05:00`) + minute * 60_000);
}

function lookup(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo Matrix refers to an unknown ${what}: ${key}`);
  return id;
}

type Action = { on: string; run: (when: Date) => Promise<unknown> };

/**
 * Loads the Matrix of the demo Mesas (peru-matrix.ts) through the same commands the API uses, so every
 * problem, status change, solution version, indicator and field report has its audit event and every
 * problem its search text. Dated events carry the dates of the data.
 */
export async function seedMatrix(ctx: CommandContext, refs: MatrixRefs): Promise<void> {
  for (const [slug, problems] of Object.entries(demoMatrix)) {
    const mesaId = lookup(refs.mesas, slug, 'Mesa');
    // Numbered P-1, P-2… in the order they were raised (data order on the same day).
    const raised = [...problems].sort((a, b) => a.raisedOn.localeCompare(b.raisedOn));
    for (const [index, p] of raised.entries()) await seedProblem(ctx, mesaId, p, index, refs);
  }
}

async function seedProblem(
  ctx: CommandContext,
  mesaId: string,
  p: DemoProblem,
  index: number,
  refs: MatrixRefs,
) {
  const org = (acronym: string) => lookup(refs.organizations, acronym, 'organization');
  const person = (fullName: string) => lookup(refs.people, fullName, 'person');
  // Raised at the session's start (one minute apart, in number order), then worked on from 10:00.
  let minute = 1;
  const { id: problemId } = await createProblem(ctx, mesaId, {
    title: p.title,
    description: p.description,
    categoryKey: p.category,
    ownerType: p.owner,
    raisedByPersonId: p.raisedBy?.person ? person(p.raisedBy.person) : null,
    raisedByOrganizationId: p.raisedBy?.organization ? org(p.raisedBy.organization) : null,
    entityIds: p.entities.map(org),
    impact: p.impact,
    ease: p.ease,
    inFocus: p.inFocus ?? false,
    tags: p.tags ?? [],
    visibility: p.visibility ?? 'public',
    filterFlags: p.filterFlags ?? [],
    occurredAt: at(p.raisedOn, index - 60),
  });

  // Status changes, solutions, revisions and field reports, replayed in date order; on the same day in
  // that order (a problem reopened, then its solution revised).
  const solutionIds = new Map<string, string>();
  const actions: Action[] = [];
  let previous = p.raisedOn;
  for (const s of p.steps) {
    if (s.on < previous) throw new Error(`Demo Matrix: status changes out of date order in "${p.title}"`);
    previous = s.on;
    actions.push({
      on: s.on,
      run: (when) => transitionProblem(ctx, problemId, { to: s.to, reason: s.reason, occurredAt: when }),
    });
  }
  p.solutions.forEach((s, i) => {
    const ref = s.key ?? `#${i}`;
    actions.push({
      on: s.on,
      run: async (when) => {
        const { id } = await proposeSolution(ctx, problemId, {
          text: s.text,
          instrument: s.instrument,
          proposedByOrganizationId: s.proposedBy ? org(s.proposedBy) : null,
          filterFlags: s.filterFlags ?? [],
          revisedOn: s.on,
          occurredAt: when,
        });
        solutionIds.set(ref, id);
      },
    });
    const norm = s.norm;
    if (norm) {
      if (norm.on < s.on) throw new Error(`Demo Matrix: a norm predates its solution in "${p.title}"`);
      actions.push({
        on: norm.on,
        run: async () => {
          const id = lookup(solutionIds, ref, 'solution');
          const row = await getSolution(ctx.db, id);
          await updateSolution(ctx, id, {
            version: row!.version,
            normName: norm.name,
            normNumber: norm.number,
            normDate: norm.on,
            normUrl: norm.url ?? null,
          });
        },
      });
    }
    for (const r of s.revisions ?? []) {
      if (r.on < s.on) throw new Error(`Demo Matrix: a revision predates its solution in "${p.title}"`);
      actions.push({
        on: r.on,
        run: (when) =>
          reviseSolution(ctx, lookup(solutionIds, ref, 'solution'), {
            text: r.text,
            reason: r.reason,
            revisedOn: r.on,
            occurredAt: when,
          }),
      });
    }
  });
  for (const f of p.feedback ?? []) {
    actions.push({
      on: f.on,
      run: (when) =>
        reportFieldFeedback(ctx, problemId, {
          verdict: f.verdict,
          text: f.text,
          personId: person(f.person),
          observedOn: f.on,
          occurredAt: when,
        }),
    });
  }
  for (const a of actions) {
    if (a.on < p.raisedOn) throw new Error(`Demo Matrix: an event predates the problem "${p.title}"`);
  }
  // Array.prototype.sort is stable: events of the same day keep the order above.
  for (const a of [...actions].sort((x, y) => x.on.localeCompare(y.on))) await a.run(at(a.on, minute++));

  for (const i of p.indicators ?? []) {
    await addIndicator(ctx, problemId, {
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      solutionId: i.solution ? lookup(solutionIds, i.solution, 'solution') : null,
      baselineValue: i.baseline ?? null,
      baselineOn: i.baselineOn ?? null,
      targetValue: i.target ?? null,
      currentValue: i.current ?? null,
      currentOn: i.currentOn ?? null,
      source: i.source,
    });
  }
}
