import type { Mesa } from '../../db/queries/mesas';
import type { MesaMetrics } from '../../db/queries/metrics';
import type { Portfolio } from '../../db/queries/portfolio';
import {
  FIRST_WAVE,
  LAUNCH_WINDOW_DAYS,
  MAX_ACTIVE_MESAS_PER_MEMBER,
  MAX_LAUNCHES_IN_WINDOW,
} from '../../domain/portfolio';

export function presentMetrics(mesa: Mesa, metrics: MesaMetrics, timeZone: string) {
  return {
    mesa: { id: mesa.id, slug: mesa.slug, name: mesa.name, cadence: mesa.cadence },
    timeZone,
    ...metrics,
    circling: metrics.circling.map(({ problemId, number, title, sessions, since }) => ({
      problemId,
      number,
      title,
      sessions,
      since,
    })),
  };
}

export function presentPortfolio(p: Portfolio, timeZone: string) {
  return {
    timeZone,
    mesas: p.mesas.map((m) => ({
      id: m.mesa.id,
      slug: m.mesa.slug,
      name: m.mesa.name,
      kind: m.mesa.kind,
      sector: m.mesa.sector,
      status: m.mesa.status,
      visibility: m.mesa.visibility,
      locale: m.mesa.locale,
      host: m.host,
      launchedOn: m.mesa.launchedOn,
      cadence: { cadence: m.mesa.cadence, ...m.cadence },
      team: m.team,
      teamLoad: m.teamLoad,
      momentum: m.momentum,
      continuity: m.continuity,
      commitments: m.commitments,
      escalations: m.escalations,
    })),
    teamLoads: p.teamLoads,
    momentum: p.momentum,
    escalations: p.escalations,
    scorecard: p.scorecard,
    advice: p.advice.map(({ kind, level, ...params }) => ({ kind, level, params })),
    limits: {
      maxActiveMesasPerMember: MAX_ACTIVE_MESAS_PER_MEMBER,
      firstWave: { min: FIRST_WAVE.min, max: FIRST_WAVE.max },
      maxLaunchesInWindow: MAX_LAUNCHES_IN_WINDOW,
      launchWindowDays: LAUNCH_WINDOW_DAYS,
    },
  };
}
