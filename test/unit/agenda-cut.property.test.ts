import { describe, expect, it } from 'vitest';
import {
  type AgendaCommitment,
  type AgendaEscalationDecision,
  type AgendaFeedback,
  type AgendaItemKind,
  type AgendaProblem,
  draftAgenda,
} from '../../src/domain/agenda';
import { mulberry32 } from '../support/random';

/**
 * The agenda never drops an item, whatever the schedule: over random sequences of sessions (planned
 * on random days, held hours to days earlier or later than planned, closed after a while) and random
 * records dated between them — a new problem, field feedback, an escalation decision, a commitment
 * done — every record dated after session k started and up to when session k+1 started is on session
 * k+1's agenda, and no record is on two agendas. Each agenda is drafted as the session starts, cut at
 * the start of the session held before it, as src/db/queries/agenda.ts does.
 */

/** A small seeded generator (mulberry32), so that a failing case can be replayed from its seed. */
function random(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)]!;
  return { next, int, pick };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = Date.parse('2025-03-03T15:00:00Z');
const LIMA = 'America/Lima';

type EventKind = 'new_problem' | 'field_feedback' | 'escalation_decision' | 'commitment_due';
interface HeldSession {
  scheduledAt: Date;
  startedAt: Date;
  closedAt: Date;
}
interface DatedEvent {
  id: string;
  kind: EventKind;
  at: Date;
}

/** Sessions planned about weekly, each held up to 5 days early or 3 days late; in the order held. */
function schedule(r: ReturnType<typeof random>): HeldSession[] {
  const count = r.int(2, 7);
  const sessions: HeldSession[] = [];
  const starts = new Set<number>();
  for (let k = 0; k < count; k++) {
    const scheduledAt = BASE + k * 7 * DAY + r.int(-2, 2) * DAY;
    // Whole hours, so that records can fall exactly on a start or a close.
    let startedAt = scheduledAt + r.pick([0, r.int(-5 * 24, -1), r.int(1, 3 * 24)]) * HOUR;
    while (starts.has(startedAt)) startedAt += HOUR;
    starts.add(startedAt);
    sessions.push({
      scheduledAt: new Date(scheduledAt),
      startedAt: new Date(startedAt),
      closedAt: new Date(startedAt + r.int(1, 4) * HOUR),
    });
  }
  return sessions.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
}

/** Records dated anywhere from before the first session to the last start, some on the boundaries. */
function records(r: ReturnType<typeof random>, sessions: readonly HeldSession[]): DatedEvent[] {
  const first = sessions[0]!.startedAt.getTime() - 10 * DAY;
  const last = sessions.at(-1)!.startedAt.getTime();
  const kinds: EventKind[] = ['new_problem', 'field_feedback', 'escalation_decision', 'commitment_due'];
  return Array.from({ length: r.int(1, 40) }, (_, n) => {
    const s = r.pick(sessions);
    const at = r.pick([
      s.startedAt.getTime(),
      s.closedAt.getTime(),
      s.scheduledAt.getTime(),
      s.startedAt.getTime() + 1,
      s.startedAt.getTime() - 1,
      first + Math.floor(r.next() * (last - first)),
    ]);
    return { id: `e${n}`, kind: r.pick(kinds), at: new Date(Math.min(at, last)) };
  });
}

/** The draft agenda of session `k` as it starts, from the records that exist by then. */
function agendaAtStart(sessions: readonly HeldSession[], k: number, events: readonly DatedEvent[]) {
  const session = sessions[k]!;
  const existing = events.filter((e) => e.at <= session.startedAt);
  const old = new Date(BASE - 400 * DAY);
  const problems: AgendaProblem[] = existing
    .filter((e) => e.kind !== 'commitment_due')
    .map((e) => ({
      id: e.id,
      title: e.id,
      status: e.kind === 'new_problem' ? 'identified' : 'in_progress',
      impact: 3,
      ease: 3,
      inFocus: false,
      createdAt: e.kind === 'new_problem' ? e.at : old,
    }));
  const feedback: AgendaFeedback[] = existing
    .filter((e) => e.kind === 'field_feedback')
    .map((e) => ({ id: `f-${e.id}`, problemId: e.id, verdict: 'not_applied', receivedAt: e.at }));
  const escalationDecisions: AgendaEscalationDecision[] = existing
    .filter((e) => e.kind === 'escalation_decision')
    .map((e) => ({ id: `x-${e.id}`, problemId: e.id, decidedAt: e.at }));
  // Done before the session's day was due: listed when done since the last session.
  const commitments: AgendaCommitment[] = existing
    .filter((e) => e.kind === 'commitment_due')
    .map((e) => ({
      id: e.id,
      text: e.id,
      problemId: null,
      status: 'done',
      dueOn: '2000-01-01',
      completedAt: e.at,
    }));
  return draftAgenda({
    sessionStartsAt: session.scheduledAt,
    timeZone: LIMA,
    lastSessionAt: k > 0 ? sessions[k - 1]!.startedAt : null,
    heldAt: session.startedAt,
    now: session.startedAt,
    problems,
    commitments,
    feedback,
    escalationDecisions,
  });
}

/** The records an agenda lists, as `<record>:<section>`. */
function listed(items: ReturnType<typeof draftAgenda>): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    const id = item.commitmentId ?? item.problemId!;
    for (const reason of item.reasons) keys.add(`${id}:${reason as AgendaItemKind}`);
  }
  return keys;
}

describe('the agenda over random schedules, early and late starts', () => {
  it('lists every record dated between two starts on the later session’s agenda, and on no other', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = random(seed);
      const sessions = schedule(r);
      const events = records(r, sessions);
      const agendas = sessions.map((_, k) => listed(agendaAtStart(sessions, k, events)));
      for (const e of events) {
        const key = `${e.id}:${e.kind}`;
        // The session whose agenda must list it: the first one started at or after it.
        const owner = sessions.findIndex((s) => e.at <= s.startedAt);
        const on = agendas.flatMap((a, k) => (a.has(key) ? [k] : []));
        expect({ seed, key, at: e.at.toISOString(), on }).toEqual({
          seed,
          key,
          at: e.at.toISOString(),
          on: [owner],
        });
      }
    }
  });

  it('keeps what happened on the day a session planned for the 8th was held, the 4th', () => {
    const sessions: HeldSession[] = [
      {
        scheduledAt: new Date('2025-12-08T15:00:00Z'),
        startedAt: new Date('2025-12-04T14:00:00Z'),
        closedAt: new Date('2025-12-04T16:00:00Z'),
      },
      {
        scheduledAt: new Date('2025-12-15T15:00:00Z'),
        startedAt: new Date('2025-12-15T15:00:00Z'),
        closedAt: new Date('2025-12-15T17:00:00Z'),
      },
    ];
    const afternoon = new Date('2025-12-04T20:00:00Z');
    const events: DatedEvent[] = [
      { id: 'decision', kind: 'escalation_decision', at: afternoon },
      { id: 'feedback', kind: 'field_feedback', at: afternoon },
      { id: 'problem', kind: 'new_problem', at: afternoon },
    ];
    expect([...listed(agendaAtStart(sessions, 1, events))].sort()).toEqual([
      'decision:escalation_decision',
      'feedback:field_feedback',
      'problem:new_problem',
    ]);
  });
});
