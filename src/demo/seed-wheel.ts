import type { CommandContext } from '../commands/context';
import { answerSignedIn, closeWheelRound, openWheelRound } from '../commands/wheel';
import { respondentOf, roundQuestions } from '../db/queries/wheel';
import {
  DEFAULT_WHEEL_INTERVAL_MONTHS,
  DEFAULT_WHEEL_MIN_ANSWERS,
  type RespondentGroup,
  type WheelDimension,
} from '../domain/wheel';
import type { MatrixRefs } from './seed-matrix';

/** A time of a demo day in Lima (UTC-5). */
const lima = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`);

/**
 * Two rounds of the Evaluation Wheel in the Forestry Mesa, before and after its reinstallation at the
 * Ministry of Agriculture (paper section 5): in June 2016 the Mesa at PRODUCE had regulated the Forestry
 * Law (September 2015) with a minister who championed it, a dedicated team and weekly sessions, but few
 * regions or smallholders at the table; in August 2017, six months after it was reinstalled with new
 * actors, the regions (the abbreviated procedure launched in Ucayali and Loreto, the cadaster with San
 * Martín and Huánuco) and CONAFOR's smallholders take part, while its champion and mandate are being
 * rebuilt at a new host and the El Niño floods of 2017 tested it. The rounds were recorded after the
 * fact, so nobody was mailed; who answered is illustrative, and the scores are plausible, not measured.
 */

interface DemoRound {
  openedOn: string;
  closesOn: string;
  /** Closed by the team on that day; otherwise the round ended on its closing day. */
  closedOn?: string;
  notApplicable: WheelDimension[];
  /** Who answered, by name. */
  respondents: string[];
  /** The mean each group tends to give per dimension; a missing dimension is mostly "don't know". */
  tendency: Record<RespondentGroup, Partial<Record<WheelDimension, number>>>;
}

const before: DemoRound = {
  openedOn: '2016-06-06',
  closesOn: '2016-06-20',
  notApplicable: ['crisis'],
  respondents: [
    'Carolina Benavides Ugarte',
    'Martín Cárdenas Oré',
    'Rosa Quispe Mamani',
    'Hugo Tapia Alvarado',
    'Carlos Mendoza Vílchez',
    'Elena Sifuentes Carranza',
    'Javier Ormeño Castillo',
    'Jorge Ramírez Tuesta',
    'Raúl Pinedo Shapiama',
    'Víctor Huamán Pinedo',
    'Patricia Gálvez Ríos',
  ],
  tendency: {
    team: {
      mandate: 4.5,
      structure: 4,
      champions: 5,
      facilitation: 4.5,
      outputs: 4.5,
      outreach: 3,
      monitoring: 3.5,
      subnational: 2,
      sector: 4,
      investment: 4,
      partners: 2,
    },
    public: {
      mandate: 4,
      structure: 3.5,
      champions: 4.5,
      facilitation: 4,
      outputs: 4,
      outreach: 3,
      monitoring: 3,
      subnational: 2,
      sector: 3.5,
      investment: 3.5,
      partners: 2.5,
    },
    private: {
      mandate: 4,
      structure: 3,
      champions: 4.5,
      facilitation: 4.5,
      outputs: 4,
      outreach: 2.5,
      monitoring: 3,
      subnational: 1.5,
      sector: 4,
      investment: 3.5,
    },
  },
};

const after: DemoRound = {
  openedOn: '2017-08-07',
  closesOn: '2017-08-25',
  closedOn: '2017-08-24',
  notApplicable: [],
  respondents: [
    'Lucía Paredes Villanueva',
    'Diego Salas Huamán',
    'Milagros Cueva Rengifo',
    'Rosa Quispe Mamani',
    'Hugo Tapia Alvarado',
    'Carlos Mendoza Vílchez',
    'Luis Ahuanari Pacaya',
    'Teresa Flores Saavedra',
    'Fernando Alvarado Tello',
    'Jorge Ramírez Tuesta',
    'Raúl Pinedo Shapiama',
    'Víctor Huamán Pinedo',
    'Eusebio Rengifo Panduro',
    'Nilda Amasifuén Tuanama',
  ],
  tendency: {
    team: {
      mandate: 3.5,
      structure: 4.5,
      champions: 3,
      facilitation: 4,
      outputs: 3.5,
      outreach: 3.5,
      monitoring: 4,
      subnational: 4,
      sector: 4,
      investment: 3.5,
      crisis: 3.5,
      partners: 3,
    },
    public: {
      mandate: 3,
      structure: 4,
      champions: 3,
      facilitation: 3.5,
      outputs: 3.5,
      outreach: 3,
      monitoring: 3.5,
      subnational: 3.5,
      sector: 3.5,
      investment: 3,
      crisis: 3,
      partners: 3,
    },
    private: {
      mandate: 3,
      structure: 4.5,
      champions: 2.5,
      facilitation: 3.5,
      outputs: 3,
      outreach: 3,
      monitoring: 3.5,
      subnational: 4,
      sector: 4,
      investment: 3,
      crisis: 3.5,
    },
  },
};

/** A score near the group's tendency, varied by respondent and question; 0 where they would not know. */
function scoreOf(tendency: number | undefined, respondent: number, question: number): number {
  if (tendency === undefined) return (respondent + question) % 3 === 0 ? 2 : 0;
  const spread = [0, 0.5, -0.5, 1, -1, 0][(respondent * 7 + question * 3) % 6]!;
  return Math.max(1, Math.min(5, Math.round(tendency + spread)));
}

async function seedRound(
  ctx: CommandContext,
  mesaId: string,
  people: ReadonlyMap<string, string>,
  r: DemoRound,
) {
  const { round } = await openWheelRound(
    ctx,
    mesaId,
    { closesOn: r.closesOn, notApplicable: r.notApplicable },
    {
      minAnswers: DEFAULT_WHEEL_MIN_ANSWERS,
      intervalMonths: DEFAULT_WHEEL_INTERVAL_MONTHS,
      now: lima(r.openedOn, '09:00'),
      mail: false,
    },
  );
  const questions = await roundQuestions(ctx.db, round.id);
  for (const [i, name] of r.respondents.entries()) {
    const personId = people.get(name);
    if (!personId) throw new Error(`Demo Wheel refers to an unknown person: ${name}`);
    const actor = { ...ctx.actor, personId };
    const respondent = await respondentOf(ctx.db, round.id, personId);
    if (!respondent) throw new Error(`Demo Wheel: ${name} was not asked`);
    const group = respondent.respondentGroup;
    const answers = questions.map((q, j) => ({
      questionId: q.id,
      score: scoreOf(r.tendency[group][q.dimension], i, j),
    }));
    // Answers came in over the round's first days.
    const at = lima(r.openedOn, `${String(10 + (i % 8)).padStart(2, '0')}:00`);
    await answerSignedIn({ ...ctx, actor }, round.id, answers, new Date(at.getTime() + (i % 5) * 86_400_000));
  }
  if (r.closedOn) await closeWheelRound(ctx, round.id, lima(r.closedOn, '18:00'));
}

export async function seedWheel(ctx: CommandContext, refs: MatrixRefs): Promise<void> {
  const mesaId = refs.mesas.get('forestal');
  if (!mesaId) throw new Error('Demo Wheel refers to an unknown Mesa: forestal');
  await seedRound(ctx, mesaId, refs.people, before);
  await seedRound(ctx, mesaId, refs.people, after);
}
