import { and, eq, inArray } from 'drizzle-orm';
import type { CommandContext } from '../commands/context';
import { createLesson } from '../commands/lessons';
import { escalations, meetings, problems } from '../db/schema';
import type { Visibility } from '../domain/roles';
import type { MatrixRefs } from './seed-matrix';

/**
 * Lessons the demo Mesas wrote down. The Forestry Mesa's are the paper's lessons learned (section 6) as
 * its own story tells them (section 5.1): private champions and the regulations of the Forestry Law,
 * continuity after the change of government of July 2016, the declaratory request filtered out,
 * verifying a fix on the ground region by region, an agency's mandate unblocked by escalation and an
 * inter-session, and long-term finance without a subsidy. The Aquaculture Mesa's lesson (section 5.2:
 * Sanipes' authorizations and the ANA's discharge permit) is the one another Mesa finds on its own
 * permit delays. In the demo's language, written by the system like the rest of the demo.
 */

interface DemoLesson {
  mesa: string;
  whatHappened: string;
  whatWasLearned: string;
  tags: string[];
  visibility: Visibility;
  /** Problem titles (peru-matrix.ts). */
  problems?: string[];
  /** Days (in Lima) of the Mesa's meetings (seed-sessions.ts). */
  meetings?: string[];
  /** Escalations, by the title of their problem (seed-escalations.ts). */
  escalations?: string[];
}

const LAW_REGULATIONS = 'La Ley Forestal y de Fauna Silvestre de julio de 2011 sigue sin reglamento';
const PLANTATION_REGISTRY = 'Registrar una plantación forestal toma de seis a 12 meses';
const DECLARATORY = 'Declarar de interés nacional la actividad forestal';
const ORIGIN_INSPECTION =
  'Inspección en origen débil: OSINFOR no reconoce la legalidad declarada por la autoridad regional';
const LONG_TERM_FINANCE = 'No hay financiamiento de largo plazo para plantaciones ni concesiones';
const SMALLHOLDERS = 'La ley no reconoce a los muy pequeños productores forestales';
const SANIPES_PERMITS = 'Las autorizaciones sanitarias de Sanipes toman 45 días y valen solo un año';
const ANA_DISCHARGE = 'Se exige a los acuicultores un permiso de vertimiento de la ANA innecesario';

export const demoLessons: DemoLesson[] = [
  {
    mesa: 'forestal',
    whatHappened:
      'La Ley Forestal y de Fauna Silvestre de 2011 llevaba más de cuatro años sin reglamento por la cantidad ' +
      'de actores involucrados. La Mesa empezó a resolver desde su primera sesión, con ADEX y la SNI ' +
      'explicando qué trababa al sector y un ministro que la impulsaba, y los reglamentos se aprobaron en ' +
      'septiembre de 2015.',
    whatWasLearned:
      'Más que largas consultas y estudios, conviene empezar a resolver problemas desde el inicio: el impulso ' +
      'de los primeros logros mantiene la participación. Un grupo privado capaz y comprometido, con ' +
      'impulsores que sepan articular los problemas del sector, es indispensable; su asistencia continua ' +
      'es una medida de éxito cuando aún es pronto para mostrar resultados.',
    tags: ['impulsores', 'sector privado', 'reglamento'],
    visibility: 'public',
    problems: [LAW_REGULATIONS],
  },
  {
    mesa: 'forestal',
    whatHappened:
      'Con el cambio de gobierno de julio de 2016 la Mesa dejó de sesionar y pasó del Ministerio de la ' +
      'Producción al de Agricultura, a pedido del propio sector privado. Se reinstaló en febrero de 2017 con ' +
      'un equipo nuevo, los pequeños productores de CONAFOR y los seis gobiernos regionales del sector, y ' +
      'retomó la Matriz donde había quedado.',
    whatWasLearned:
      'Más que escribir la Mesa en una ley, el compromiso continuo del sector privado es lo que le permite ' +
      'sobrevivir a los ciclos políticos. Dejar el estado de cada problema en la Matriz y sus actas antes ' +
      'del cambio permitió al equipo nuevo continuar sin empezar de cero. El cambio además sumó actores que ' +
      'faltaban: pequeños productores y regiones.',
    tags: ['continuidad', 'cambio de gobierno', 'regiones'],
    visibility: 'public',
    problems: [SMALLHOLDERS],
    meetings: ['2017-03-02'],
  },
  {
    mesa: 'forestal',
    whatHappened:
      'Entre los primeros pedidos del sector estuvo una ley que declare de interés nacional la actividad ' +
      'forestal. La Mesa aplicó la prueba del filtro: ¿mejoraría en la práctica la operación diaria del ' +
      'sector? No: era meramente declarativa, y se dejó de lado para priorizar el reglamento y los trámites ' +
      'de plantaciones.',
    whatWasLearned:
      'Los pedidos declarativos, como las exoneraciones o los subsidios, parecen fáciles pero no cambian nada ' +
      'en el terreno y consumen sesiones. Ante cada pedido, preguntar qué cambia en la operación diaria del ' +
      'sector; si nada, marcarlo en el filtro y explicar a quien lo propuso por qué se prioriza otra cosa.',
    tags: ['filtro', 'declarativo', 'priorización'],
    visibility: 'public',
    problems: [DECLARATORY],
  },
  {
    mesa: 'forestal',
    whatHappened:
      'El reglamento redujo el registro de plantaciones de seis a 12 meses a tres días, y en 2016 los ' +
      'participantes lo confirmaron. En 2017 una pequeña productora reportó que una agencia agraria de San ' +
      'Martín seguía pidiendo requisitos anteriores al reglamento y el trámite demoraba semanas.',
    whatWasLearned:
      'Aprobar la norma no es resolver el problema: hay que verificarlo en el terreno, región por región, con ' +
      'quienes hacen el trámite. Tener a los gobiernos regionales en la Mesa y pedir retroalimentación de ' +
      'campo permite ciclos cortos de aprendizaje: la Mesa retomó el problema en su siguiente sesión.',
    tags: ['verificación en el terreno', 'regiones', 'retroalimentación de campo'],
    visibility: 'public',
    problems: [PLANTATION_REGISTRY],
    meetings: ['2017-03-02'],
  },
  {
    mesa: 'forestal',
    whatHappened:
      'OSINFOR se negó durante meses a inspeccionar en origen junto con la autoridad regional porque no ' +
      'estaba formalmente en su mandato. En una intersesión de las entidades públicas, OSINFOR y SERFOR ' +
      'acordaron el camino, y la Mesa lo escaló: con la opinión favorable de SERFOR, el viceministro decidió ' +
      'que OSINFOR se sume a las inspecciones antes del aprovechamiento.',
    whatWasLearned:
      'Cuando una entidad se niega por su mandato, una opinión técnica del ente rector puede bastar sin ' +
      'cambiar la ley. Las intersesiones resuelven lo que una sesión no puede, y los funcionarios deben ' +
      'sentir suyo el logro: el equipo de la Mesa es un intermediario honesto, no el protagonista.',
    tags: ['coordinación', 'mandato', 'intersesiones'],
    visibility: 'members',
    problems: [ORIGIN_INSPECTION],
    meetings: ['2017-03-09'],
    escalations: [ORIGIN_INSPECTION],
  },
  {
    mesa: 'forestal',
    whatHappened:
      'Las plantaciones necesitan financiamiento a 10 años o más con periodos de gracia largos, y el sector ' +
      'pedía crédito a tasas subsidiadas. La Mesa escaló la decisión: se creó un fondo de US$200 millones ' +
      'para que COFIDE preste como segundo piso, a tasas razonables y no subsidiadas.',
    whatWasLearned:
      'Para un subsidio no hace falta una Mesa: el objetivo es aumentar la productividad, no compensar la ' +
      'baja productividad. Un fondo de segundo piso hace que la banca aprenda a conocer el sector y aumente ' +
      'su exposición directa, lo que dura más que una tasa subsidiada.',
    tags: ['financiamiento', 'subsidios', 'productividad'],
    visibility: 'public',
    problems: [LONG_TERM_FINANCE],
    escalations: [LONG_TERM_FINANCE],
  },
  {
    mesa: 'acuicola',
    whatHappened:
      'Sin autorización sanitaria de Sanipes no se pueden exportar productos acuícolas, y tomaba 45 días de ' +
      'trámite y había que renovarla cada año; además se exigía a los acuicultores un permiso de vertimiento ' +
      'de la ANA que no hacía falta. La Mesa ' +
      'revisó cada requisito con Sanipes y la ANA: el permiso de vertimiento se eliminó y la autorización ' +
      'sale en 12 días y vale tres años.',
    whatWasLearned:
      'Ante un permiso que demora meses, preguntar primero si hace falta: un requisito que no protege nada se ' +
      'elimina, no se acelera. Para los que sí hacen falta, sentar a la entidad que los otorga a revisar el ' +
      'trámite paso a paso, medir el plazo antes y después, y pedir a los productores que confirmen el ' +
      'nuevo plazo en el terreno.',
    tags: ['permisos', 'trámites', 'plazos'],
    visibility: 'public',
    problems: [SANIPES_PERMITS, ANA_DISCHARGE],
    meetings: ['2015-11-19'],
  },
];

/** The calendar day (YYYY-MM-DD) of a moment in Lima. */
const limaDay = (at: Date) => new Date(at.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);

function lookup<T>(found: T | undefined, what: string, key: string): T {
  if (found === undefined) throw new Error(`Demo lessons refer to an unknown ${what}: ${key}`);
  return found;
}

/** Loads the demo lessons through the lesson command. */
export async function seedLessons(ctx: CommandContext, refs: MatrixRefs): Promise<void> {
  for (const l of demoLessons) {
    const mesaId = lookup(refs.mesas.get(l.mesa), 'Mesa', l.mesa);
    const titles = [...new Set([...(l.problems ?? []), ...(l.escalations ?? [])])];
    const problemRows = titles.length
      ? await ctx.db
          .select({ id: problems.id, title: problems.title })
          .from(problems)
          .where(and(eq(problems.mesaId, mesaId), inArray(problems.title, titles)))
      : [];
    const problemId = (title: string) =>
      lookup(
        problemRows.find((p) => p.title === title),
        'problem',
        title,
      ).id;
    const meetingRows = await ctx.db
      .select({ id: meetings.id, startsAt: meetings.startsAt })
      .from(meetings)
      .where(eq(meetings.mesaId, mesaId));
    const escalationRows = await ctx.db
      .select({ id: escalations.id, problemId: escalations.problemId })
      .from(escalations)
      .where(eq(escalations.mesaId, mesaId));
    await createLesson(ctx, mesaId, {
      whatHappened: l.whatHappened,
      whatWasLearned: l.whatWasLearned,
      tags: l.tags,
      visibility: l.visibility,
      links: {
        problemIds: (l.problems ?? []).map(problemId),
        meetingIds: (l.meetings ?? []).map(
          (day) =>
            lookup(
              meetingRows.find((m) => limaDay(m.startsAt) === day),
              'meeting',
              day,
            ).id,
        ),
        escalationIds: (l.escalations ?? []).map(
          (title) =>
            lookup(
              escalationRows.find((e) => e.problemId === problemId(title)),
              'escalation',
              title,
            ).id,
        ),
      },
    });
  }
}
