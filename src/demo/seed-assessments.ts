import { createAssessment } from '../commands/assessments';
import type { CommandContext } from '../commands/context';
import { closeMeeting } from '../commands/meeting-minutes';
import { recordAttendance, startMeeting } from '../commands/meeting-record';
import { createMeeting } from '../commands/meetings';
import { updateParticipation } from '../commands/participations';
import { listQuestions } from '../db/queries/assessments';
import { meetingParticipantRows } from '../db/queries/meetings';
import { listParticipations } from '../db/queries/participations';
import type { AssessmentAnswerValue } from '../domain/feasibility';
import type { MatrixRefs } from './seed-matrix';

/** A time of a demo day in Lima (UTC-5). */
const lima = (day: string, time: string) => new Date(`${day}T${time}:00-05:00`);

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo assessments refer to an unknown ${what}`);
  return value;
}

/**
 * The Forestry Mesa before its reinstallation at the Ministry of Agriculture (paper section 5): "Due to
 * private sector demand, the Forestry ME was reinstalled (including new actors) at the Ministry of
 * Agriculture in February 2017", and "the new ME included smallholders, previously underrepresented.
 * This was facilitated by the conformation of CONAFOR Perú, an association that encompasses 14
 * associations of small and medium size holders in the Amazon". Step 4.5 b asks for preliminary meetings
 * with the most relevant stakeholders before the Mesa is installed. The days of the preliminary meeting,
 * the assessment and the decision are illustrative; only questions the paper speaks to are answered.
 */
const PRELIMINARY_DAY = '2017-02-02';
const ASSESSED_ON = '2017-02-06';
const DECIDED_ON = '2017-02-08';

const PRELIMINARY_INVITEES = [
  'Lucía Paredes Villanueva', // the new dedicated team at MINAGRI
  'Diego Salas Huamán',
  'Rosa Quispe Mamani', // SERFOR
  'Jorge Ramírez Tuesta', // plantations (ADEX)
  'Raúl Pinedo Shapiama', // concessions in Loreto (ADEX)
  'Eusebio Rengifo Panduro', // CONAFOR Perú
  'Luis Ahuanari Pacaya', // regional government of Ucayali
];

const answers: { key: string; answer: AssessmentAnswerValue; note: string; evidence: string }[] = [
  {
    key: 'convener.willing',
    answer: 'yes',
    note: 'El Ministerio de Agricultura y Riego acoge la Mesa a pedido del sector privado.',
    evidence: 'Sección 5: la Mesa Forestal se reinstala en el Ministerio de Agricultura en febrero de 2017.',
  },
  {
    key: 'public_sector.in_charge',
    answer: 'yes',
    note: 'SERFOR está a cargo de las políticas y lineamientos del sector; OSINFOR, de la supervisión.',
    evidence: 'Sección 5.1.',
  },
  {
    key: 'public_sector.willing',
    answer: 'partly',
    note:
      'OSINFOR se negó durante meses a inspeccionar en origen porque no estaba en su mandato; aceptó tras la ' +
      'opinión favorable de SERFOR.',
    evidence: 'Sección 5.1.',
  },
  {
    key: 'public_sector.delivers',
    answer: 'partly',
    note:
      'Las autoridades forestales regionales no tienen capacidad para las inspecciones en origen: el Estado ' +
      'débil en las regiones impone costos al sector. Los seis gobiernos regionales se suman a la Mesa.',
    evidence: 'Sección 5.1.',
  },
  {
    key: 'team.appointed',
    answer: 'yes',
    note:
      'Se designa un equipo dedicado en el Ministerio de Agricultura. Operar sin equipo dedicado, como intentó ' +
      'el nuevo gobierno en 2016, no funcionó.',
    evidence: 'Sección 5.',
  },
  {
    key: 'sector.well_defined',
    answer: 'yes',
    note:
      'Plantaciones y concesiones forestales en la Amazonía. El Perú exporta unos US$150 millones al año en ' +
      'productos forestales, frente a US$5500 millones de Chile, con ventajas comparativas evidentes.',
    evidence: 'Sección 5.1.',
  },
  {
    key: 'sector.coordination_failures',
    answer: 'yes',
    note:
      'En su primer año y medio la Mesa reglamentó la Ley Forestal y de Fauna Silvestre, pendiente por más de ' +
      'cuatro años: las barreras son de coordinación y se pueden resolver.',
    evidence: 'Sección 5.1.',
  },
  {
    key: 'private_sector.self_organized',
    answer: 'partly',
    note:
      'Los pequeños productores se organizaron en CONAFOR Perú (14 asociaciones de la Amazonía); los ' +
      'inversionistas y empresas de reforestación aún no tienen un gremio propio.',
    evidence: 'Sección 5.1.',
  },
  {
    key: 'private_sector.commit_time',
    answer: 'yes',
    note: 'La reinstalación se hace a pedido del propio sector privado.',
    evidence: 'Sección 5.',
  },
  {
    key: 'private_sector.preliminary_meetings',
    answer: 'yes',
    note: 'Reunión preliminar con CONAFOR Perú, los gremios, SERFOR y el gobierno regional de Ucayali.',
    evidence: 'Reunión preliminar vinculada.',
  },
];

/**
 * Marks the smallholders' representatives (designated by CONAFOR Perú) in the Forestry Mesa, and records
 * the preliminary meeting and the feasibility assessment of its reinstallation, with the decision.
 */
export async function seedAssessments(ctx: CommandContext, refs: MatrixRefs): Promise<void> {
  const mesaId = required(refs.mesas.get('forestal'), 'Mesa: forestal');
  const person = (name: string) => required(refs.people.get(name), `person: ${name}`);

  for (const p of await listParticipations(ctx.db, mesaId)) {
    if (p.designatedBy?.acronym === 'CONAFOR') {
      await updateParticipation(ctx, mesaId, p.id, { representsSmallProducers: true });
    }
  }

  const startsAt = lima(PRELIMINARY_DAY, '10:00');
  const meeting = await createMeeting(ctx, mesaId, {
    kind: 'preliminary',
    title: 'Reunión preliminar para reinstalar la Mesa Ejecutiva Forestal',
    startsAt,
    endsAt: lima(PRELIMINARY_DAY, '12:00'),
    timeZone: 'America/Lima',
    place: 'Ministerio de Agricultura y Riego, Lima',
    moderatorPersonId: person('Lucía Paredes Villanueva'),
    invitees: PRELIMINARY_INVITEES.map(person),
  });
  await startMeeting(ctx, meeting.id, startsAt);
  const invited = await meetingParticipantRows(ctx.db, meeting.id);
  await recordAttendance(
    ctx,
    meeting.id,
    invited.map((r) => ({ personId: r.personId, status: 'present' as const, note: null })),
    startsAt,
  );
  await closeMeeting(ctx, meeting.id, lima(PRELIMINARY_DAY, '12:00'));

  const questionId = new Map((await listQuestions(ctx.db)).map((q) => [q.key, q.id]));
  await createAssessment(ctx, mesaId, {
    assessedOn: ASSESSED_ON,
    answers: answers.map((a) => ({
      ...a,
      questionId: required(questionId.get(a.key), `question: ${a.key}`),
    })),
    decision: 'launch',
    rationale:
      'Reinstalar la Mesa en el Ministerio de Agricultura y Riego, a pedido del sector privado, con nuevos ' +
      'actores: los pequeños productores de CONAFOR Perú y los gobiernos regionales. Sin señales de alerta; ' +
      'queda por fortalecer la capacidad de las autoridades forestales regionales.',
    decidedOn: DECIDED_ON,
    meetingIds: [meeting.id],
    // Only the questions the paper speaks to are answered: the launch went ahead knowing it.
    confirmIncomplete: true,
  });
}
