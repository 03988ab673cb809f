import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listCommitments } from '../../db/queries/commitments';
import { listEscalations } from '../../db/queries/escalations';
import { homeReads, problemsAwaitingFeedback } from '../../db/queries/home';
import { listMesas } from '../../db/queries/mesas';
import { canSee, isAllowed } from '../../domain/access';
import { isOverdue, sortMyCommitments } from '../../domain/commitments';
import { escalationAgeDays, sortInbox } from '../../domain/escalations';
import { landingFor } from '../../domain/home';
import { problemCode } from '../../domain/problem-code';
import type { MesaRole } from '../../domain/roles';
import { allow } from '../context';
import { escalationVisibleTo } from '../load';
import { isCoordinating, presentHomeMesa } from '../presenters/home';
import { errors } from '../schemas/common';
import { homeResponse } from '../schemas/home';

/** How many records each block of the home lists; its count says how many there are in all. */
export const HOME_LIST_SIZE = 5;

const representativeRoles: readonly MesaRole[] = ['private_rep', 'public_rep'];

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/home',
    {
      config: { access: 'mesa.list' },
      schema: {
        tags: ['home'],
        summary: 'What waits for you: your Mesas, commitments, decisions and field feedback',
        description:
          'Counts and the first few records of what waits for the signed-in person, by role: the high-level body’s escalations to decide, each Mesa’s next session, late commitments, escalations and field feedback alerts, sessions overdue against the cadence, your own commitments, and the enacted problems awaiting your field feedback. Only records you may see are counted.',
        response: { 200: homeResponse, ...errors(401) },
      },
    },
    async (req) => {
      const { actor } = allow(req, 'mesa.list');
      const { db } = app.database;
      const now = new Date();
      const zone = app.config.TIME_ZONE;

      const allMesas = (await listMesas(db)).filter((r) => canSee(actor, r.mesa.visibility, r.mesa.id));
      const listed = allMesas.filter(
        (r) => actor.mesaRoles.has(r.mesa.id) || (isCoordinating(actor) && r.mesa.status === 'active'),
      );
      const represented = allMesas
        .filter((r) =>
          (actor.mesaRoles.get(r.mesa.id) ?? []).some((role) => representativeRoles.includes(role)),
        )
        .map((r) => r.mesa.id);
      const mesaById = new Map(allMesas.map((r) => [r.mesa.id, r.mesa]));
      const ref = (id: string) => {
        const m = mesaById.get(id)!;
        return { id: m.id, slug: m.slug, name: m.name };
      };

      const [reads, own, open, awaiting] = await Promise.all([
        homeReads(
          db,
          listed.map((r) => r.mesa.id),
          now,
        ),
        actor.personId ? listCommitments(db, { personId: actor.personId, status: 'open' }) : [],
        listEscalations(db, { statuses: ['open'] }),
        actor.personId ? problemsAwaitingFeedback(db, represented, actor.personId) : [],
      ]);

      const waiting = sortInbox(
        open
          .filter((r) => escalationVisibleTo(actor, r))
          .map((r) => ({ ...r, id: r.escalation.id, escalatedAt: r.escalation.escalatedAt })),
      );
      const decidable = waiting.filter((r) => isAllowed(actor, 'escalation.decide', r.mesa.id));
      const mine = own.filter(
        (r) =>
          canSee(actor, r.mesa.visibility, r.mesa.id) && canSee(actor, r.commitment.visibility, r.mesa.id),
      );
      const zoneOf = (c: (typeof mine)[number]) => c.mesa.timeZone ?? zone;
      const isLate = (c: (typeof mine)[number]) => isOverdue(c.commitment, now, zoneOf(c));
      const sorted = sortMyCommitments(
        mine.map((r) => ({ ...r, ...r.commitment })),
        now,
        zoneOf,
      );
      const feedback = awaiting.filter(
        (p) => mesaById.has(p.mesaId) && canSee(actor, p.visibility, p.mesaId),
      );

      return {
        landing: landingFor(actor.globalRole, actor.mesaRoles.values()),
        inbox: isAllowed(actor, 'escalation.inbox')
          ? { awaitingDecision: decidable.length, waiting: waiting.length }
          : null,
        decisions: {
          count: decidable.length,
          items: decidable.slice(0, HOME_LIST_SIZE).map((r) => ({
            id: r.escalation.id,
            mesa: { id: r.mesa.id, slug: r.mesa.slug, name: r.mesa.name },
            problem: { id: r.problem.id, code: problemCode(r.problem.number), title: r.problem.title },
            escalatedAt: r.escalation.escalatedAt,
            ageDays: escalationAgeDays(r.escalation, now, zone),
          })),
        },
        mesas: listed.map((r) => presentHomeMesa(r, reads, actor, now, zone)),
        commitments: {
          open: mine.length,
          late: mine.filter(isLate).length,
          items: sorted.slice(0, HOME_LIST_SIZE).map((c) => ({
            id: c.commitment.id,
            text: c.commitment.text,
            dueOn: c.commitment.dueOn,
            late: isLate(c),
            mesa: { id: c.mesa.id, slug: c.mesa.slug, name: c.mesa.name },
          })),
        },
        feedback: {
          count: feedback.length,
          items: feedback.slice(0, HOME_LIST_SIZE).map((p) => ({
            id: p.id,
            code: problemCode(p.number),
            title: p.title,
            enactedAt: p.enactedAt,
            mesa: ref(p.mesaId),
          })),
        },
      };
    },
  );
};
