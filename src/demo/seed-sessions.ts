import { eq } from 'drizzle-orm';
import { createCommitment, reportProgress, updateCommitment } from '../commands/commitments';
import type { CommandContext } from '../commands/context';
import { closeMeeting } from '../commands/meeting-minutes';
import { addDecision, recordAttendance, startMeeting } from '../commands/meeting-record';
import { createMeeting } from '../commands/meetings';
import { meetingParticipantRows } from '../db/queries/meetings';
import { problems } from '../db/schema';
import type { AttendanceStatus, MeetingKind } from '../domain/meetings';
import type { Visibility } from '../domain/roles';
import type { MatrixRefs } from './seed-matrix';

/** A time of a demo day in Lima (UTC-5). */
function lima(day: string, time = '10:00'): Date {
  return new Date(`${day}T${time}:00-05:00`);
}

function addDaysTo(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The calendar day (YYYY-MM-DD) of a moment in Lima. */
function limaDay(at: Date): string {
  return new Date(at.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);
}

export interface DemoCommitment {
  /** Referred to by later progress reports and completions. */
  key: string;
  person: string;
  text: string;
  dueOn: string;
  problem?: string;
  /** The meeting's unless said otherwise. */
  visibility?: Visibility;
}

export interface DemoMeeting {
  kind: MeetingKind;
  day: string;
  title?: string;
  publicSectorOnly?: boolean;
  /**
   * Sessions are public (the paper reports them: the portal shows them) unless said otherwise; other
   * meetings, and the inter-sessional ones among public entities, are for the Mesa's members.
   */
  visibility?: Visibility;
  /** Full names; for a session, every current participant by default. */
  invitees?: string[];
  moderator?: string;
  /** Problem titles on the meeting. */
  problems?: string[];
  /** Attendance other than present, by full name; every other invitee was present. */
  attendance?: Record<string, { status: Exclude<AttendanceStatus, 'present'>; note?: string }>;
  decisions?: { text: string; problem?: string }[];
  /** Progress reported at the meeting, by the commitment's owner. */
  reports?: { commitment: string; text: string }[];
  commitments?: DemoCommitment[];
}

/** A commitment completed on a day (through the commitment's own command, dated then). */
interface DemoCompletion {
  commitment: string;
  on: string;
}

export interface DemoSessions {
  place: string;
  moderator: string;
  meetings: DemoMeeting[];
  completions: DemoCompletion[];
  /** Days from today to an announced next session, if the Mesa still meets. */
  nextSessionInDays?: number;
}

// Problem titles of the Matrix (peru-matrix.ts).
const PLANTATION_REGISTRY = 'Registrar una plantación forestal toma de seis a 12 meses';
const ORIGIN_INSPECTION =
  'Inspección en origen débil: OSINFOR no reconoce la legalidad declarada por la autoridad regional';
const OSINFOR_SERFOR = 'OSINFOR y SERFOR no coordinan ni publican su información';
const SMALL_PRODUCERS = 'La ley no reconoce a los muy pequeños productores forestales';
const ANA_DISCHARGE = 'Se exige a los acuicultores un permiso de vertimiento de la ANA innecesario';
const SANIPES_PERMITS = 'Las autorizaciones sanitarias de Sanipes toman 45 días y valen solo un año';
const TRUCK_WAIT = 'Los camiones esperan seis horas para ingresar a APM Terminals';
const VUCE_DOWN = 'Si se cae la VUCE, SENASA no inspecciona: no acepta documentos en papel';

const forestry: DemoSessions = {
  place: 'Ministerio de Agricultura y Riego, Lima',
  moderator: 'Lucía Paredes Villanueva',
  meetings: [
    {
      kind: 'session',
      day: '2017-03-02',
      problems: [PLANTATION_REGISTRY, ORIGIN_INSPECTION],
      attendance: {
        'Nilda Amasifuén Tuanama': {
          status: 'excused',
          note: 'En campo en San Martín; envió sus comentarios.',
        },
        'Edwin Tamani Murayari': { status: 'absent' },
      },
      decisions: [
        {
          text: 'La Mesa retoma el registro de plantaciones: el trámite de tres días del reglamento debe aplicarse también en las oficinas regionales.',
          problem: PLANTATION_REGISTRY,
        },
        {
          text: 'OSINFOR y SERFOR se reunirán antes de la próxima sesión para acordar cómo inspeccionar en origen.',
          problem: ORIGIN_INSPECTION,
        },
      ],
      commitments: [
        {
          key: 'registry',
          person: 'Rosa Quispe Mamani',
          text: 'Presentar a la Mesa el procedimiento simplificado de registro de plantaciones para las oficinas regionales.',
          dueOn: '2017-03-16',
          problem: PLANTATION_REGISTRY,
        },
        {
          key: 'inspection',
          person: 'Carlos Mendoza Vílchez',
          text: 'Proponer un protocolo de inspección temprana, antes del aprovechamiento, que reconozca lo verificado por la autoridad regional.',
          dueOn: '2017-03-30',
          problem: ORIGIN_INSPECTION,
        },
      ],
    },
    {
      kind: 'intersessional',
      day: '2017-03-09',
      title: 'Coordinación OSINFOR - SERFOR sobre inspecciones en origen',
      publicSectorOnly: true,
      invitees: [
        'Lucía Paredes Villanueva',
        'Diego Salas Huamán',
        'Rosa Quispe Mamani',
        'Hugo Tapia Alvarado',
        'Carlos Mendoza Vílchez',
      ],
      problems: [OSINFOR_SERFOR, ORIGIN_INSPECTION],
      decisions: [
        {
          text: 'OSINFOR acepta inspeccionar en origen antes del aprovechamiento, a partir de la información que SERFOR le comparta.',
          problem: ORIGIN_INSPECTION,
        },
      ],
      commitments: [
        {
          key: 'data',
          person: 'Hugo Tapia Alvarado',
          text: 'Compartir con OSINFOR la base de datos de títulos habilitantes y planes de manejo aprobados.',
          dueOn: '2017-03-23',
          problem: OSINFOR_SERFOR,
        },
      ],
    },
    {
      kind: 'session',
      day: '2017-03-16',
      problems: [PLANTATION_REGISTRY, ORIGIN_INSPECTION, SMALL_PRODUCERS],
      attendance: {
        'Raúl Pinedo Shapiama': { status: 'absent' },
        'Javier Ormeño Castillo': { status: 'excused' },
      },
      reports: [
        {
          commitment: 'inspection',
          text: 'El borrador del protocolo está listo; lo revisa la Oficina de Asesoría Jurídica de OSINFOR.',
        },
      ],
      decisions: [
        {
          text: 'Se aprueba el procedimiento simplificado de registro de plantaciones presentado por SERFOR; Ucayali lo aplicará primero.',
          problem: PLANTATION_REGISTRY,
        },
      ],
      commitments: [
        {
          key: 'ucayali',
          person: 'Luis Ahuanari Pacaya',
          text: 'Abrir en la Gerencia Regional Forestal de Ucayali la ventanilla de registro de plantaciones con el procedimiento simplificado.',
          dueOn: '2017-05-11',
          problem: PLANTATION_REGISTRY,
        },
        {
          key: 'pilot',
          person: 'Jorge Ramírez Tuesta',
          text: 'Reunir a diez empresas de plantaciones de Ucayali para registrar sus plantaciones con el nuevo procedimiento.',
          dueOn: '2017-04-27',
          problem: PLANTATION_REGISTRY,
          // The companies taking part are named among the members only.
          visibility: 'members',
        },
      ],
    },
    {
      kind: 'session',
      day: '2017-03-30',
      problems: [ORIGIN_INSPECTION, SMALL_PRODUCERS],
      attendance: {
        'Patricia Gálvez Ríos': { status: 'excused', note: 'Feria de exportadores de ADEX.' },
        'Eusebio Rengifo Panduro': { status: 'absent' },
      },
      reports: [
        {
          commitment: 'inspection',
          text: 'El protocolo espera la aprobación del consejo directivo de OSINFOR; se presentará en la próxima sesión.',
        },
        {
          commitment: 'ucayali',
          text: 'La Gerencia Regional capacitó a su personal en el procedimiento; falta el local de la ventanilla.',
        },
      ],
      decisions: [
        {
          text: 'Se da un plazo adicional a OSINFOR para presentar el protocolo de inspección temprana.',
          problem: ORIGIN_INSPECTION,
        },
      ],
    },
    {
      kind: 'session',
      day: '2017-04-13',
      problems: [PLANTATION_REGISTRY, ORIGIN_INSPECTION],
      attendance: {
        'Raúl Pinedo Shapiama': { status: 'excused' },
        'Maritza Vela Panduro': { status: 'absent' },
      },
      reports: [
        {
          commitment: 'ucayali',
          text: 'La ventanilla de Pucallpa abrirá en mayo; se gestiona el presupuesto del local.',
        },
      ],
      decisions: [
        {
          text: 'OSINFOR presentó el protocolo de inspección temprana aprobado por su consejo directivo; la Mesa lo da por cumplido.',
          problem: ORIGIN_INSPECTION,
        },
      ],
    },
  ],
  completions: [
    { commitment: 'registry', on: '2017-03-14' },
    { commitment: 'data', on: '2017-03-22' },
    // Late: due 30 March.
    { commitment: 'inspection', on: '2017-04-12' },
    { commitment: 'pilot', on: '2017-04-25' },
    // 'ucayali' stays open: due 11 May 2017, overdue.
  ],
  nextSessionInDays: 7,
};

const aquaculture: DemoSessions = {
  place: 'Ministerio de la Producción, Lima',
  moderator: 'Claudia Ruiz Barreto',
  meetings: [
    {
      kind: 'session',
      day: '2015-06-04',
      problems: [ANA_DISCHARGE],
      attendance: {
        'Wilber Condori Apaza': { status: 'excused', note: 'Participa desde Puno por teléfono.' },
      },
      decisions: [
        {
          text: 'La ANA revisará si el permiso de vertimiento es necesario para la acuicultura.',
          problem: ANA_DISCHARGE,
        },
      ],
      commitments: [
        {
          key: 'ana',
          person: 'Rubén Castro Ñique',
          text: 'Emitir opinión técnica sobre exonerar a la acuicultura del permiso de vertimiento.',
          dueOn: '2015-06-25',
          problem: ANA_DISCHARGE,
        },
      ],
    },
    {
      kind: 'session',
      day: '2015-11-19',
      problems: [SANIPES_PERMITS],
      attendance: { 'Mariela Chávez Cornejo': { status: 'absent' } },
      decisions: [
        {
          text: 'Sanipes propondrá ampliar la vigencia de sus autorizaciones sanitarias y reducir su plazo.',
          problem: SANIPES_PERMITS,
        },
      ],
      commitments: [
        {
          key: 'sanipes',
          person: 'Mónica Sánchez Yupanqui',
          text: 'Presentar la propuesta de autorizaciones sanitarias de mayor vigencia y menor plazo de trámite.',
          dueOn: '2015-12-03',
          problem: SANIPES_PERMITS,
        },
      ],
    },
    {
      kind: 'session',
      day: '2016-06-23',
      problems: [SANIPES_PERMITS],
      decisions: [
        {
          text: 'La Mesa revisa sus avances antes del cambio de gobierno y deja el estado de cada problema en la Matriz.',
        },
      ],
    },
  ],
  completions: [
    { commitment: 'ana', on: '2015-06-24' },
    { commitment: 'sanipes', on: '2015-12-01' },
  ],
};

const logistics: DemoSessions = {
  place: 'Ministerio de la Producción, Lima',
  moderator: 'Renzo Olivares Campos',
  meetings: [
    {
      kind: 'session',
      day: '2016-02-25',
      problems: [TRUCK_WAIT],
      attendance: { 'Ricardo Benítez Lozada': { status: 'excused' } },
      decisions: [
        {
          text: 'Se formará un equipo con APN y la Universidad Nacional de Trujillo para medir la espera de los camiones.',
          problem: TRUCK_WAIT,
        },
      ],
      commitments: [
        {
          key: 'apn',
          person: 'Jorge Luis Bravo Cárdenas',
          text: 'Presentar el piloto de citas para el ingreso de camiones a APM Terminals.',
          dueOn: '2016-03-10',
          problem: TRUCK_WAIT,
        },
      ],
    },
    {
      kind: 'session',
      day: '2016-04-21',
      problems: [VUCE_DOWN],
      attendance: { 'Daniel Cabrera Ruiz': { status: 'absent' } },
      decisions: [
        {
          text: 'SENASA aceptará documentos en papel cuando la VUCE no esté disponible.',
          problem: VUCE_DOWN,
        },
      ],
      commitments: [
        {
          key: 'senasa',
          person: 'Gloria Campos Rivera',
          text: 'Emitir el procedimiento de contingencia para inspeccionar con documentos en papel cuando la VUCE falle.',
          dueOn: '2016-05-05',
          problem: VUCE_DOWN,
        },
      ],
    },
  ],
  completions: [
    { commitment: 'apn', on: '2016-03-09' },
    { commitment: 'senasa', on: '2016-05-04' },
  ],
};

const demoSessions: Record<string, DemoSessions> = {
  forestal: forestry,
  acuicola: aquaculture,
  logistica: logistics,
};

function lookup(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo sessions refer to an unknown ${what}: ${key}`);
  return id;
}

/**
 * Loads the sessions of the demo Mesas through the meeting and commitment commands, dated with the
 * data: each meeting is created, started, its attendance, decisions, progress reports and new
 * commitments recorded, then closed (minutes version 1). Commitments are completed on their days. A
 * Mesa that still meets gets its next session announced, `nextSessionInDays` after `now`, unless
 * `announceNext` is false (the demo's present, seed-present.ts, then plans it).
 */
export async function seedSessions(
  ctx: CommandContext,
  refs: MatrixRefs,
  now: Date,
  announceNext = true,
): Promise<void> {
  for (const [slug, data] of Object.entries(demoSessions)) {
    const { nextSessionInDays, ...rest } = data;
    const announced = announceNext && nextSessionInDays !== undefined ? { nextSessionInDays } : {};
    await seedMesaSessions(ctx, lookup(refs.mesas, slug, 'Mesa'), { ...rest, ...announced }, refs, now);
  }
}

/** Loads one Mesa's meetings, commitments and completions (and announces its next session). */
export async function seedMesaSessions(
  ctx: CommandContext,
  mesaId: string,
  data: DemoSessions,
  refs: MatrixRefs,
  now: Date,
) {
  const person = (fullName: string) => lookup(refs.people, fullName, 'person');
  const problemIds = new Map(
    (
      await ctx.db
        .select({ id: problems.id, title: problems.title })
        .from(problems)
        .where(eq(problems.mesaId, mesaId))
    ).map((p) => [p.title, p.id]),
  );
  const problem = (title: string) => lookup(problemIds, title, 'problem');
  const commitments = new Map<string, { id: string; version: number; owner: string }>();

  // Completions are replayed in date order between the meetings.
  const completions = [...data.completions].sort((a, b) => a.on.localeCompare(b.on));
  const complete = async (until: string) => {
    while (completions.length && completions[0]!.on < until) {
      const c = completions.shift()!;
      const found = commitments.get(c.commitment);
      if (!found) throw new Error(`Demo sessions complete an unknown commitment: ${c.commitment}`);
      const after = await updateCommitment(
        ctx,
        found.id,
        found.version,
        { status: 'done' },
        lima(c.on, '17:00'),
      );
      found.version = after.version;
    }
  };

  for (const m of data.meetings) {
    await complete(m.day);
    const startsAt = lima(m.day);
    const visibility = m.visibility ?? (m.kind === 'session' && !m.publicSectorOnly ? 'public' : 'members');
    const meeting = await createMeeting(ctx, mesaId, {
      kind: m.kind,
      visibility,
      ...(m.title ? { title: m.title } : {}),
      startsAt,
      endsAt: lima(m.day, m.kind === 'session' ? '12:00' : '11:00'),
      timeZone: 'America/Lima',
      place: data.place,
      publicSectorOnly: m.publicSectorOnly ?? false,
      moderatorPersonId: person(m.moderator ?? data.moderator),
      problemIds: (m.problems ?? []).map(problem),
      ...(m.invitees ? { invitees: m.invitees.map(person) } : {}),
    });
    await startMeeting(ctx, meeting.id, startsAt);
    const invited = await meetingParticipantRows(ctx.db, meeting.id);
    const byId = new Map(Object.entries(m.attendance ?? {}).map(([name, a]) => [person(name), a]));
    // Everyone invited (present unless named), and those named who are not invited by default (an
    // occasional participant the record says was expected).
    const people = [...new Set([...invited.map((r) => r.personId), ...byId.keys()])];
    await recordAttendance(
      ctx,
      meeting.id,
      people.map((personId) => {
        const a = byId.get(personId);
        return { personId, status: a?.status ?? 'present', note: a?.note ?? null };
      }),
      startsAt,
    );
    const minute = (n: number) => new Date(startsAt.getTime() + n * 60_000);
    let n = 5;
    for (const r of m.reports ?? []) {
      const c = commitments.get(r.commitment);
      if (!c) throw new Error(`Demo sessions report on an unknown commitment: ${r.commitment}`);
      // Reported by the commitment's owner.
      const asOwner = { ...ctx, actor: { ...ctx.actor, personId: c.owner } };
      await reportProgress(asOwner, c.id, { text: r.text, meetingId: meeting.id }, minute(n++));
    }
    for (const d of m.decisions ?? []) {
      await addDecision(ctx, meeting.id, { text: d.text, problemId: d.problem ? problem(d.problem) : null });
    }
    for (const c of m.commitments ?? []) {
      const row = await createCommitment(
        ctx,
        mesaId,
        {
          personId: person(c.person),
          text: c.text,
          dueOn: c.dueOn,
          problemId: c.problem ? problem(c.problem) : null,
          meetingId: meeting.id,
          visibility: c.visibility ?? visibility,
        },
        minute(n++),
      );
      commitments.set(c.key, { id: row.id, version: row.version, owner: row.personId ?? person(c.person) });
    }
    await closeMeeting(ctx, meeting.id, lima(m.day, m.kind === 'session' ? '12:00' : '11:00'));
  }
  await complete('9999-12-31');

  if (data.nextSessionInDays !== undefined) {
    const day = limaDay(addDaysTo(now, data.nextSessionInDays));
    await createMeeting(ctx, mesaId, {
      kind: 'session',
      startsAt: lima(day),
      endsAt: lima(day, '12:00'),
      timeZone: 'America/Lima',
      place: data.place,
      moderatorPersonId: person(data.moderator),
    });
  }
}
