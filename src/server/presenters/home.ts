import type { HomeReads } from '../../db/queries/home';
import type { listMesas } from '../../db/queries/mesas';
import { type Actor, canSee, canSeeEscalation, canSeeMeeting } from '../../domain/access';
import { cadencePlan } from '../../domain/cadence';
import { todayIn } from '../../domain/calendar-days';
import { isOverdueOn } from '../../domain/commitments';
import { teamRoles } from '../../domain/roles';

type MesaRow = Awaited<ReturnType<typeof listMesas>>[number];
/** Whether the actor runs the programme: an administrator or the coordinating office. */
export const isCoordinating = (actor: Actor) =>
  actor.globalRole === 'admin' || actor.globalRole === 'coordinator';

/** One Mesa's figures on the home: only the records the caller may see are counted. */
export function presentHomeMesa(
  row: MesaRow,
  reads: HomeReads,
  actor: Actor,
  now: Date,
  deploymentZone: string,
) {
  const { mesa } = row;
  const id = mesa.id;
  const timeZone = mesa.timeZone ?? deploymentZone;
  const today = todayIn(now, timeZone);
  const roles = actor.mesaRoles.get(id) ?? [];
  const seen = <R extends { mesaId: string; visibility: 'public' | 'members' | 'team' }>(rows: R[]) =>
    rows.filter((r) => r.mesaId === id && canSee(actor, r.visibility, id));
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

  const session = reads.sessions.find(
    (s) => s.mesaId === id && s.state !== 'closed' && canSeeMeeting(actor, { ...s, mesaId: id }),
  );
  const commitments = seen(reads.openCommitments);
  const escalations = reads.waitingEscalations.filter(
    (e) =>
      e.mesaId === id &&
      canSeeEscalation(actor, {
        mesaId: id,
        mesaVisibility: mesa.visibility,
        problemVisibility: e.problemVisibility,
        visibility: e.visibility,
      }),
  );
  const held = seen(reads.held)
    .map((h) => h.lastHeldAt)
    .filter((d): d is Date => d !== null);
  const plan =
    mesa.status === 'active'
      ? cadencePlan({
          cadence: mesa.cadence,
          customDays: mesa.cadenceDays,
          heldAt: held,
          scheduledAt: session ? [session.startsAt] : [],
          launchedOn: mesa.launchedOn,
          now,
          timeZone,
          count: 0,
        })
      : null;

  return {
    mesa: { id, slug: mesa.slug, name: mesa.name, status: mesa.status },
    roles: [...roles],
    runs: isCoordinating(actor) || roles.some((r) => teamRoles.includes(r)),
    nextSession:
      session && session.state !== 'closed'
        ? {
            id: session.id,
            number: session.number,
            title: session.title,
            startsAt: session.startsAt,
            state: session.state,
            agendaItems: session.agendaItems,
            agendaReady: session.agendaItems > 0,
          }
        : null,
    commitments: {
      open: sum(commitments),
      late: sum(commitments.filter((c) => isOverdueOn({ status: 'open', dueOn: c.dueOn }, today))),
    },
    escalations: {
      open: sum(escalations.filter((e) => e.status === 'open')),
      returned: sum(escalations.filter((e) => e.status === 'returned')),
    },
    fieldAlerts: sum(seen(reads.fieldAlerts)),
    cadence: plan
      ? { overdue: plan.overdue, daysOverdue: plan.daysOverdue, nextDueOn: plan.nextDueOn }
      : null,
  };
}
