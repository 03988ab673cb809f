import type { CommandContext } from '../commands/context';
import { transitionMesa, updateMesa } from '../commands/mesas';
import { addDays } from '../domain/calendar-days';
import { dateInZone } from '../domain/dates';
import type { MatrixRefs } from './seed-matrix';
import { type DemoSessions, seedMesaSessions } from './seed-sessions';

/**
 * The demo's present (issue 11, item 13). The paper's history of the Forestry Mesa stops in April 2017,
 * so on its own every figure of a demo loaded today reads years late. The paper's facts keep their real
 * dates; after them, and clearly marked as illustrative, the Forestry Mesa pauses two weeks after its
 * last recorded session and is reactivated ten weeks before the day the demo is loaded, meeting every
 * two weeks since: four closed sessions, commitments done on time, done late, late by a few days and
 * due in the coming days, and the next session planned for tomorrow. Every day is computed from `now`
 * in Lima, so the same `now` gives the same demo.
 */

const ZONE = 'America/Lima';
/** Two weeks after the Forestry Mesa's last session in the paper's history (13 April 2017). */
export const FORESTRY_PAUSED_ON = '2017-04-27';

const PLACE = 'Ministerio de Agricultura y Riego, Lima';
const MODERATOR = 'Lucía Paredes Villanueva';
// Problem titles of the Forestry Matrix (peru-matrix.ts).
const LAND_REGISTRY = 'Poca tierra disponible para plantar: no hay catastro de tierras forestales';
const REGIONAL_OFFICES = 'Oficinas regionales: gestión débil, guías sin certificar y concesiones por sanear';
const FINANCING = 'No hay financiamiento de largo plazo para plantaciones ni concesiones';
const BACKLOG = 'Años de expedientes acumulados sin resolver en la autoridad forestal';
const SMALL_PRODUCERS = 'La ley no reconoce a los muy pequeños productores forestales';

/** The days of the present, from the day the demo is loaded (`today`, in Lima). */
export function presentDays(now: Date) {
  const today = dateInZone(now, ZONE);
  const day = (n: number) => addDays(today, n);
  const next = day(1);
  return {
    today,
    /** The Forestry Mesa meets again: ten weeks before the next session. */
    reactivatedOn: addDays(next, -70),
    /** Closed sessions every two weeks back from the next one. */
    sessions: [56, 42, 28, 14].map((weeks) => addDays(next, -weeks)),
    next,
    day,
  };
}

/** The recent sessions of the Forestry Mesa, relative to `now`. */
export function forestryPresent(now: Date): DemoSessions {
  const { day, sessions } = presentDays(now);
  const [s1, s2, s3, s4] = sessions as [string, string, string, string];
  return {
    place: PLACE,
    moderator: MODERATOR,
    meetings: [
      {
        kind: 'session',
        day: s1,
        problems: [REGIONAL_OFFICES, LAND_REGISTRY],
        decisions: [
          {
            text: 'La Mesa vuelve a sesionar cada dos semanas y prioriza las oficinas regionales y el catastro de tierras forestales.',
            problem: REGIONAL_OFFICES,
          },
        ],
        commitments: [
          {
            key: 'guides',
            person: 'Rosa Quispe Mamani',
            text: 'Enviar a las oficinas regionales el formato único de guías de transporte forestal certificadas.',
            dueOn: day(-41),
            problem: REGIONAL_OFFICES,
          },
          {
            key: 'smallholders',
            person: 'Eusebio Rengifo Panduro',
            text: 'Reunir las observaciones de las asociaciones de CONAFOR Perú al registro de pequeños productores.',
            dueOn: day(-27),
            problem: SMALL_PRODUCERS,
          },
        ],
      },
      {
        kind: 'session',
        day: s2,
        problems: [BACKLOG, LAND_REGISTRY],
        attendance: {
          'Raúl Pinedo Shapiama': { status: 'excused', note: 'En su concesión en Loreto.' },
        },
        decisions: [
          {
            text: 'SERFOR y OSINFOR publicarán cada mes el número de expedientes pendientes por oficina.',
            problem: BACKLOG,
          },
        ],
        commitments: [
          {
            key: 'backlog',
            person: 'Carlos Mendoza Vílchez',
            text: 'Presentar el inventario de expedientes pendientes de OSINFOR con su antigüedad.',
            dueOn: day(-27),
            problem: BACKLOG,
          },
        ],
      },
      {
        kind: 'session',
        day: s3,
        problems: [LAND_REGISTRY, FINANCING, SMALL_PRODUCERS],
        reports: [
          {
            commitment: 'smallholders',
            text: 'Diez de las catorce asociaciones enviaron sus observaciones; faltan las de Madre de Dios.',
          },
        ],
        decisions: [
          {
            text: 'El catastro de tierras forestales empieza por Loreto, con la información de la autoridad regional.',
            problem: LAND_REGISTRY,
          },
        ],
        commitments: [
          {
            key: 'loreto',
            person: 'Edwin Tamani Murayari',
            text: 'Entregar a SERFOR los polígonos de tierras forestales disponibles en Loreto.',
            dueOn: day(-4),
            problem: LAND_REGISTRY,
          },
          {
            key: 'financing',
            person: 'Javier Ormeño Castillo',
            text: 'Presentar las condiciones de la línea de crédito de largo plazo para plantaciones forestales.',
            dueOn: day(3),
            problem: FINANCING,
          },
        ],
      },
      {
        kind: 'session',
        day: s4,
        problems: [LAND_REGISTRY, BACKLOG],
        attendance: {
          'Víctor Huamán Pinedo': { status: 'absent' },
        },
        reports: [
          {
            commitment: 'loreto',
            text: 'La Gerencia Regional tiene listos los polígonos de tres provincias; falta validar Datem del Marañón.',
          },
        ],
        decisions: [
          {
            text: 'OSINFOR y SERFOR atenderán primero los expedientes de más de dos años.',
            problem: BACKLOG,
          },
        ],
        commitments: [
          {
            key: 'portal',
            person: 'Hugo Tapia Alvarado',
            text: 'Publicar en el portal de SERFOR el tablero de expedientes pendientes por oficina.',
            dueOn: day(-2),
            problem: BACKLOG,
          },
          {
            key: 'pilot',
            person: 'Jorge Ramírez Tuesta',
            text: 'Probar con cinco empresas de plantaciones la consulta del catastro de tierras de Loreto.',
            dueOn: day(2),
            problem: LAND_REGISTRY,
          },
          {
            key: 'training',
            person: 'Teresa Flores Saavedra',
            text: 'Capacitar al personal de la oficina de Pucallpa en la certificación de guías de transporte.',
            dueOn: day(-6),
            problem: REGIONAL_OFFICES,
          },
        ],
      },
    ],
    completions: [
      { commitment: 'guides', on: day(-43) },
      { commitment: 'backlog', on: day(-28) },
      // Late: due three days earlier.
      { commitment: 'smallholders', on: day(-24) },
      { commitment: 'training', on: day(-7) },
      // 'loreto' and 'portal' stay open past their days; 'financing' and 'pilot' are due in days.
    ],
    // Planned for tomorrow: within the week the demo is loaded (but on a Sunday).
    nextSessionInDays: 1,
  };
}

/**
 * Gives the demo its present: the Forestry Mesa paused after the paper's history, reactivated with a
 * two-week cadence, and its recent sessions (see above). Runs inside the demo seed's transaction.
 */
export async function seedPresent(ctx: CommandContext, refs: MatrixRefs, now: Date): Promise<void> {
  const mesaId = refs.mesas.get('forestal');
  if (!mesaId) throw new Error('The demo present needs the Forestry Mesa');
  const { reactivatedOn } = presentDays(now);
  await transitionMesa(ctx, mesaId, {
    to: 'paused',
    occurredOn: FORESTRY_PAUSED_ON,
    reason:
      'Ilustrativo (demostración): la historia del documento termina aquí; la Mesa deja de sesionar ' +
      'después de su sesión del 13 de abril de 2017.',
  });
  const active = await transitionMesa(ctx, mesaId, {
    to: 'active',
    occurredOn: reactivatedOn,
    reason:
      'Ilustrativo (demostración): la Mesa vuelve a sesionar cada dos semanas; las fechas se cuentan desde ' +
      'el día en que se cargó la demostración.',
  });
  await updateMesa(ctx, mesaId, active.version, { cadence: 'biweekly' });
  await seedMesaSessions(ctx, mesaId, forestryPresent(now), refs, now);
}
