import { and, eq } from 'drizzle-orm';
import type { CommandContext } from '../commands/context';
import {
  answerEscalation,
  createEscalation,
  decideEscalation,
  returnEscalation,
} from '../commands/escalations';
import { problems } from '../db/schema';
import type { EscalationReason } from '../domain/escalations';
import type { MatrixRefs } from './seed-matrix';

/**
 * Escalations of the demo Mesas to the high-level body, where the paper (sections 5.1-5.2) tells of
 * decisions the Mesa could not take itself: the money for long-term forestry finance and for the
 * aquaculture innovation centres, OSINFOR's refusal to inspect at the origin (outside its mandate until
 * SERFOR's opinion), the budget of the forestry land cadaster and recognizing very small producers in
 * the law. Dated with the data; the last two are recent (relative to today), so the Forestry Mesa's
 * next session reports a fresh decision and the high-level inbox has one waiting.
 */

/** A time of a demo day in Lima (UTC-5). */
const lima = (day: string, time = '10:00') => new Date(`${day}T${time}:00-05:00`);

type Step =
  | { kind: 'return'; at: Date; by: string; text: string }
  | { kind: 'answer'; at: Date; by: string; text: string }
  | { kind: 'decide'; at: Date; by: string; text: string; decidedOn: string };

interface DemoEscalation {
  mesa: string;
  problem: string;
  reason: EscalationReason;
  brief: string;
  options: string[];
  /** Who escalated it (a member of the dedicated team), and when. */
  by: string;
  at: Date;
  steps: Step[];
}

const dayOf = (at: Date) => new Date(at.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);

function demoEscalations(now: Date): DemoEscalation[] {
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const decidedRecently = daysAgo(3);
  return [
    {
      mesa: 'forestal',
      problem: 'No hay financiamiento de largo plazo para plantaciones ni concesiones',
      reason: 'budget',
      brief:
        'Las plantaciones necesitan crédito a 10 años o más con periodos de gracia largos, y nadie lo ofrece; ' +
        'las concesiones no se aceptan como garantía. La Mesa no puede asignar recursos públicos para un fondo.',
      options: [
        'Un fondo de US$200 millones que COFIDE opere como segundo piso, con una proporción 70/30',
        'Una línea de crédito directa del Estado a tasas subsidiadas',
        'Esperar a que la banca privada aprenda a conocer el sector',
      ],
      by: 'Martín Cárdenas Oré',
      at: lima('2015-03-05', '12:30'),
      steps: [
        {
          kind: 'decide',
          // The paper does not date the decision; illustrative.
          at: lima('2015-04-16', '18:00'),
          by: 'Ricardo Valdivia Montes',
          decidedOn: '2015-04-16',
          text:
            'Se crea un fondo de US$200 millones para que COFIDE dé financiamiento semilla de segundo piso ' +
            '(70/30) a plantaciones y concesiones, a tasas razonables, no subsidiadas.',
        },
      ],
    },
    {
      mesa: 'acuicola',
      problem: 'Poca inversión en investigación, desarrollo e innovación (I+D+i) acuícola',
      reason: 'budget',
      brief:
        'La innovación acuícola necesita centros públicos de transferencia tecnológica en las regiones ' +
        'productoras y un programa de financiamiento: inversiones que la Mesa no puede asignar.',
      options: [
        'Tres CITE acuícolas públicos (Piura, San Martín y Puno) y un programa nacional financiado con el Banco Mundial',
        'Un solo CITE en Lima',
      ],
      by: 'Andrés Linares Chumpitaz',
      at: lima('2015-10-15', '12:30'),
      steps: [
        {
          kind: 'decide',
          // Illustrative date.
          at: lima('2015-11-12', '18:00'),
          by: 'Ricardo Valdivia Montes',
          decidedOn: '2015-11-12',
          text:
            'Se planifican tres CITE acuícolas públicos en Piura, San Martín y Puno, y se gestiona un préstamo ' +
            'de US$117 millones del Banco Mundial para el Programa Nacional de Innovación en Pesca y Acuicultura (PNIPA).',
        },
      ],
    },
    {
      mesa: 'forestal',
      problem:
        'Inspección en origen débil: OSINFOR no reconoce la legalidad declarada por la autoridad regional',
      reason: 'inter_agency_dispute',
      brief:
        'La Mesa propone que OSINFOR inspeccione en origen junto con la autoridad regional. OSINFOR se niega ' +
        'desde hace meses: dice que no está formalmente en su mandato.',
      options: [
        'OSINFOR acompaña a la autoridad regional en las inspecciones en origen, con opinión favorable de SERFOR',
        'Modificar por ley el mandato de OSINFOR',
      ],
      by: 'Diego Salas Huamán',
      at: lima('2017-03-02', '12:30'),
      steps: [
        {
          kind: 'return',
          at: lima('2017-03-03', '17:00'),
          by: 'Fernando Alvarado Tello',
          text: '¿Qué opina SERFOR? ¿Basta su opinión para que OSINFOR actúe sin cambiar la ley?',
        },
        {
          kind: 'answer',
          at: lima('2017-03-06', '11:00'),
          by: 'Diego Salas Huamán',
          text: 'SERFOR emitirá opinión favorable: la inspección temprana cabe en las funciones de supervisión de OSINFOR.',
        },
        {
          kind: 'decide',
          at: lima('2017-03-08', '18:00'),
          by: 'Fernando Alvarado Tello',
          decidedOn: '2017-03-08',
          text:
            'Con la opinión favorable de SERFOR, OSINFOR se suma a la autoridad regional en las inspecciones en ' +
            'origen, antes del aprovechamiento.',
        },
      ],
    },
    {
      mesa: 'forestal',
      problem: 'Poca tierra disponible para plantar: no hay catastro de tierras forestales',
      reason: 'budget',
      brief:
        'SERFOR prepara el catastro de tierras forestales con San Martín y Huánuco, pero no tiene presupuesto ' +
        'para levantarlo. Sin catastro no aumenta la oferta de tierras aptas para plantar.',
      options: [
        'Financiar este año el catastro de San Martín y Huánuco; Loreto, Madre de Dios y Ucayali después',
        'Financiar el catastro de las cinco regiones a la vez',
      ],
      by: 'Diego Salas Huamán',
      at: daysAgo(30),
      steps: [
        {
          kind: 'return',
          at: daysAgo(20),
          by: 'Fernando Alvarado Tello',
          text: '¿Cuánto cuesta cada región y quién mantiene el catastro al día?',
        },
        {
          kind: 'answer',
          at: daysAgo(16),
          by: 'Diego Salas Huamán',
          text:
            'SERFOR estima el costo por región en su informe técnico; la base de datos única de SERFOR lo ' +
            'mantendrá al día con los gobiernos regionales.',
        },
        {
          kind: 'decide',
          at: decidedRecently,
          by: 'Fernando Alvarado Tello',
          decidedOn: dayOf(decidedRecently),
          text:
            'Se financia este año el catastro de San Martín y Huánuco; Loreto, Madre de Dios y Ucayali se ' +
            'sumarán el próximo año.',
        },
      ],
    },
    {
      mesa: 'forestal',
      problem: 'La ley no reconoce a los muy pequeños productores forestales',
      reason: 'legal_authority',
      brief:
        'Reconocer en la ley a los muy pequeños productores forestales, para que puedan formalizarse, exige ' +
        'modificar la Ley Forestal y de Fauna Silvestre: la Mesa no puede hacerlo.',
      options: [
        'Proponer al Congreso la modificación de la ley',
        'Pedir facultades para un decreto legislativo',
        'Reconocerlos primero en el reglamento, mientras se cambia la ley',
      ],
      by: 'Lucía Paredes Villanueva',
      at: daysAgo(9),
      steps: [],
    },
  ];
}

function lookup(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo escalations refer to an unknown ${what}: ${key}`);
  return id;
}

/** Loads the demo escalations through the escalation commands, each step dated and done by its person. */
export async function seedEscalations(ctx: CommandContext, refs: MatrixRefs, now: Date): Promise<void> {
  const as = (fullName: string): CommandContext => ({
    ...ctx,
    actor: { ...ctx.actor, personId: lookup(refs.people, fullName, 'person') },
  });
  for (const e of demoEscalations(now)) {
    const mesaId = lookup(refs.mesas, e.mesa, 'Mesa');
    const [problem] = await ctx.db
      .select({ id: problems.id })
      .from(problems)
      .where(and(eq(problems.mesaId, mesaId), eq(problems.title, e.problem)));
    if (!problem) throw new Error(`Demo escalations refer to an unknown problem: ${e.problem}`);
    const row = await createEscalation(
      as(e.by),
      problem.id,
      { reason: e.reason, brief: e.brief, options: e.options },
      e.at,
    );
    for (const s of e.steps) {
      if (s.kind === 'return') await returnEscalation(as(s.by), row.id, { questions: s.text }, s.at);
      else if (s.kind === 'answer') await answerEscalation(as(s.by), row.id, { text: s.text }, s.at);
      else {
        await decideEscalation(
          as(s.by),
          row.id,
          {
            decision: s.text,
            decidedOn: s.decidedOn,
            decidedByPersonId: lookup(refs.people, s.by, 'person'),
          },
          s.at,
        );
      }
    }
  }
}
