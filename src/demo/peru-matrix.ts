import type { FilterFlag } from '../domain/filters';
import type { ProblemStatus } from '../domain/problem-status';
import type { SolutionInstrument } from '../domain/solutions';

/*
 * The Matrix of the Forestry, Aquaculture and Logistics Mesas Ejecutivas of Peru: their problems,
 * solutions (with the revisions the paper tells), statuses, responsible entities and before → after
 * indicators, encoded from sections 5.1-5.3 of the World Bank paper "Public-Private Dialogue for Modern
 * Industrial Policies". Every figure those sections give is here, as an indicator when it is a
 * before/after measure, otherwise in a description or a solution.
 *
 * Dates: the paper gives a few exact months (regulations of the Forestry Law in September 2015, the
 * Aquaculture General Law in August 2015 and its regulations in March 2016, the abbreviated procedure in
 * May 2017); the day chosen in those months is illustrative. Where the paper gives no date, the date is
 * an illustrative one within the period it describes (the results "until July 2016", and the Forestry
 * Mesa since its reinstallation in February 2017); the constants below say which is which.
 * People are the invented participants of peru.ts; who raised a problem is illustrative too.
 */

/** Keys of the default barrier categories (src/domain/solutions.ts). */
export type BarrierKey =
  | 'red_tape'
  | 'unsuited_regulation'
  | 'regulatory_gap'
  | 'export_market_access'
  | 'complementary_intervention'
  | 'public_entity'
  | 'infrastructure'
  | 'innovation'
  | 'skills'
  | 'financing'
  | 'land_property'
  | 'implementation_gap'
  | 'private_coordination';

export interface DemoStatusStep {
  to: ProblemStatus;
  /** YYYY-MM-DD */
  on: string;
  reason?: string;
}

export interface DemoSolutionRevision {
  text: string;
  /** Why the text changed ("la implementación mostró que…"). */
  reason: string;
  on: string;
}

export interface DemoSolution {
  /** Local name, for indicators that measure this solution. */
  key?: string;
  text: string;
  instrument: SolutionInstrument;
  /** Acronym of the proposing organization. */
  proposedBy?: string;
  on: string;
  filterFlags?: FilterFlag[];
  revisions?: DemoSolutionRevision[];
  /** The norm that enacted it, cited on the solution on the day it was published. */
  norm?: DemoNorm;
}

/** A norm a solution cites: its name, number and publication day (and gazette link, when known). */
export interface DemoNorm {
  name: string;
  number: string;
  on: string;
  url?: string;
}

export interface DemoIndicator {
  name: string;
  unit: string;
  direction: 'lower_is_better' | 'higher_is_better';
  /** Key of the solution it measures. */
  solution?: string;
  baseline?: number;
  baselineOn?: string;
  target?: number;
  current?: number;
  currentOn?: string;
  source: string;
}

export interface DemoFieldFeedback {
  verdict: 'works' | 'partly' | 'not_applied';
  text: string;
  /** Full name of the participant who reports it (peru.ts). */
  person: string;
  on: string;
}

export interface DemoProblem {
  title: string;
  description: string;
  category: BarrierKey;
  owner: 'MP' | 'YP';
  /** Full name of the participant (peru.ts) and/or acronym of the organization that raised it. */
  raisedBy?: { person?: string; organization?: string };
  /** Acronyms of the responsible public entities. */
  entities: string[];
  impact: 1 | 2 | 3 | 4 | 5;
  ease: 1 | 2 | 3 | 4 | 5;
  inFocus?: boolean;
  tags?: string[];
  /** `public` unless said otherwise: what the paper tells is public. */
  visibility?: 'public' | 'members' | 'team';
  filterFlags?: FilterFlag[];
  /** When the problem was raised at the Mesa. */
  raisedOn: string;
  /** Status changes after `identified`, in date order. */
  steps: DemoStatusStep[];
  solutions: DemoSolution[];
  indicators?: DemoIndicator[];
  feedback?: DemoFieldFeedback[];
}

const PAPER_51 = 'Banco Mundial, «Public-Private Dialogue for Modern Industrial Policies», sección 5.1';
const PAPER_52 = 'Banco Mundial, «Public-Private Dialogue for Modern Industrial Policies», sección 5.2';
const PAPER_53 = 'Banco Mundial, «Public-Private Dialogue for Modern Industrial Policies», sección 5.3';

const step = (to: ProblemStatus, on: string, reason?: string): DemoStatusStep =>
  reason ? { to, on, reason } : { to, on };

// ---------------------------------------------------------------------------------------------------
// Forestry (section 5.1)
// ---------------------------------------------------------------------------------------------------

// Weekly sessions on Thursdays from the launch on 4 December 2014 (the launch day of peru.ts).
const F_SESSION_1 = '2014-12-04';
const F_SESSION_2 = '2014-12-11';
const F_SESSION_3 = '2014-12-18';
const F_SESSION_JAN = '2015-01-08';
// "it was able to regulate the Law for Forestry and Wildlife in September 2015": the day is illustrative.
const F_REGULATIONS = '2015-09-30';
// The regulations of the Forestry and Wildlife Law (Ley 29763) approved then, as the enacted fixes cite
// them. The paper gives no day on which each fix was agreed or drafted, so the demo records none.
const F_NORM_ALL: DemoNorm = {
  name: 'Reglamentos de la Ley Forestal y de Fauna Silvestre (Ley N° 29763)',
  number: 'Decretos Supremos N° 018, 019, 020 y 021-2015-MINAGRI',
  on: F_REGULATIONS,
};
const F_NORM_FORESTRY: DemoNorm = {
  name: 'Reglamento para la Gestión Forestal',
  number: 'Decreto Supremo N° 018-2015-MINAGRI',
  on: F_REGULATIONS,
};
const F_NORM_PLANTATIONS: DemoNorm = {
  name: 'Reglamento para la Gestión de las Plantaciones Forestales y los Sistemas Agroforestales',
  number: 'Decreto Supremo N° 020-2015-MINAGRI',
  on: F_REGULATIONS,
};
// Results reported "until July 2016" (before the change of government on 28 July): illustrative day.
const F_RESULTS_2016 = '2016-06-16';
// First sessions of the Mesa reinstalled at MINAGRI in February 2017 (peru.ts: 16 February, illustrative).
const F_REINSTALLED = '2017-02-16';
const F_2017_SESSION_2 = '2017-02-23';
const F_2017_SESSION_4 = '2017-03-09';
// "Two regions (Ucayali and Loreto) launched this procedure in May 2017": the day is illustrative.
const F_ABBREVIATED = '2017-05-18';

const forestry: DemoProblem[] = [
  {
    title: 'La Ley Forestal y de Fauna Silvestre de julio de 2011 sigue sin reglamento',
    description:
      'La ley se aprobó en julio de 2011, pero en más de cuatro años no se pudo reglamentar por la gran ' +
      'cantidad de actores involucrados. Sin reglamento, el sector sigue trabado: el Perú exporta solo unos ' +
      'US$150 millones al año en productos forestales (e importa US$1200 millones), frente a US$5500 ' +
      'millones de Chile, y las exportaciones están estancadas desde hace 15 años. En el primer año y medio ' +
      'de la Mesa, un participante comentó que se hizo más que en los 200 años previos de historia ' +
      'republicana.',
    category: 'regulatory_gap',
    owner: 'MP',
    raisedBy: { person: 'Patricia Gálvez Ríos', organization: 'ADEX' },
    entities: ['SERFOR', 'MINAGRI', 'MINAM'],
    impact: 5,
    ease: 3,
    tags: ['reglamento', 'plantaciones', 'concesiones'],
    raisedOn: F_SESSION_1,
    steps: [
      step('prioritized', F_SESSION_1),
      step('in_progress', F_SESSION_2),
      step('enacted', F_REGULATIONS, 'Reglamentos de la Ley Forestal y de Fauna Silvestre aprobados.'),
      step('verified', F_RESULTS_2016, 'Los participantes confirman que los reglamentos se aplican.'),
    ],
    solutions: [
      {
        text:
          'Elaborar los reglamentos de la ley en la Mesa, con SERFOR, MINAGRI, MINAM, PRODUCE, los gobiernos ' +
          'regionales y el sector privado sentados juntos, y aprobarlos.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: F_SESSION_2,
        norm: F_NORM_ALL,
      },
    ],
  },
  {
    title: 'Registrar una plantación forestal toma de seis a 12 meses',
    description:
      'En plantaciones se siembran de 800 a 1000 árboles por hectárea, que se cosechan entre los años seis ' +
      'y 20 según la especie. La madera de plantaciones clonales crece 50 m³ por hectárea al año (la tasa ' +
      'más alta del mundo junto con Brasil), frente a 25 m³ en Chile y 5 m³ en Finlandia. Pero registrar ' +
      'una plantación tomaba de seis a 12 meses.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Jorge Ramírez Tuesta', organization: 'ADEX' },
    entities: ['SERFOR', 'GORE-UCAYALI', 'GORE-SAN-MARTIN', 'GORE-LORETO'],
    impact: 4,
    ease: 4,
    tags: ['plantaciones', 'registro'],
    raisedOn: F_SESSION_1,
    steps: [
      step('prioritized', F_SESSION_1),
      step('in_progress', F_SESSION_2),
      step('enacted', F_REGULATIONS, 'El reglamento simplifica el registro de plantaciones.'),
      step('verified', F_RESULTS_2016, 'Los propietarios registran sus plantaciones en tres días.'),
    ],
    solutions: [
      {
        key: 'registro',
        text: 'Simplificar en el reglamento de la ley el registro de plantaciones forestales: que el propietario registre su plantación en tres días.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: F_SESSION_2,
        norm: F_NORM_PLANTATIONS,
      },
    ],
    indicators: [
      {
        name: 'Plazo para registrar una plantación forestal',
        unit: 'días',
        direction: 'lower_is_better',
        solution: 'registro',
        // The paper gives a range, "six to 12 months"; the baseline is its lower end (180 days).
        baseline: 180,
        baselineOn: F_SESSION_1,
        current: 3,
        currentOn: F_REGULATIONS,
        source: `${PAPER_51}: «de seis a 12 meses» antes (línea de base: el mínimo, seis meses), «tres días» ahora.`,
      },
    ],
    feedback: [
      // Illustrative: the paper says much remains to be done "at the regional and local government levels"
      // and that the regional governments in the reinstalled Mesa help monitor developments in the field.
      {
        verdict: 'partly',
        text:
          'En Ucayali el registro de la plantación salió en tres días, pero en una agencia agraria de San ' +
          'Martín todavía nos piden requisitos anteriores al reglamento y el trámite demora semanas.',
        person: 'Nilda Amasifuén Tuanama',
        on: '2017-04-06',
      },
    ],
  },
  {
    title: 'Extraer madera de plantaciones exige un permiso que toma de cuatro a ocho meses',
    description:
      'Para extraer la madera de una plantación ya registrada había que tramitar un permiso, un proceso ' +
      'que duraba de cuatro a ocho meses.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Jorge Ramírez Tuesta', organization: 'ADEX' },
    entities: ['SERFOR', 'GORE-UCAYALI', 'GORE-SAN-MARTIN'],
    impact: 4,
    ease: 4,
    tags: ['plantaciones', 'permisos'],
    raisedOn: F_SESSION_1,
    steps: [
      step('prioritized', F_SESSION_1),
      step('in_progress', F_SESSION_2),
      step('enacted', F_REGULATIONS, 'El reglamento elimina el permiso para la madera de plantaciones.'),
      step('verified', F_RESULTS_2016, 'La madera de plantaciones se extrae sin permiso.'),
    ],
    solutions: [
      {
        key: 'sin-permiso',
        text: 'Que el reglamento permita extraer la madera de plantaciones sin permiso.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: F_SESSION_2,
        norm: F_NORM_PLANTATIONS,
      },
    ],
    indicators: [
      {
        name: 'Plazo del permiso para extraer madera de plantaciones',
        unit: 'días',
        direction: 'lower_is_better',
        solution: 'sin-permiso',
        // "The process used to last from four to eight months": the baseline is the lower end (120 days).
        baseline: 120,
        baselineOn: F_SESSION_1,
        current: 0,
        currentOn: F_REGULATIONS,
        source: `${PAPER_51}: el proceso duraba «de cuatro a ocho meses» (línea de base: el mínimo); ahora no se requiere permiso.`,
      },
    ],
  },
  {
    title: 'Los poseedores sin título no pueden vender su madera legalmente ni hipotecar',
    description:
      'Quien tiene la posesión de su tierra pero no el título no podía comercializar legalmente su madera ' +
      'ni ofrecer su tierra en garantía.',
    category: 'land_property',
    owner: 'MP',
    raisedBy: { person: 'Víctor Huamán Pinedo', organization: 'SNI' },
    entities: ['SERFOR', 'MINAGRI'],
    impact: 4,
    ease: 3,
    tags: ['tierras', 'garantía', 'crédito'],
    raisedOn: F_SESSION_2,
    steps: [
      step('prioritized', F_SESSION_3),
      step('in_progress', F_SESSION_JAN),
      step('enacted', F_REGULATIONS, 'El reglamento reconoce el certificado de posesión.'),
    ],
    solutions: [
      {
        text:
          'El reglamento permite a quien tiene la posesión sin título comercializar su madera legalmente y usar ' +
          'el certificado de posesión para solicitar «contratos de cesión en uso para sistemas agroforestales», ' +
          'que pueden hipotecarse.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: F_SESSION_JAN,
        norm: F_NORM_FORESTRY,
      },
    ],
  },
  {
    title: 'Concesiones en la Amazonía: trámites engorrosos y la producción no sirve de garantía',
    description:
      'En las concesiones forestales de la Amazonía los procedimientos eran engorrosos y la producción ' +
      'forestal no podía usarse como garantía de préstamos.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Raúl Pinedo Shapiama', organization: 'ADEX' },
    entities: ['SERFOR', 'GORE-LORETO', 'GORE-UCAYALI', 'GORE-MDD'],
    impact: 4,
    ease: 3,
    tags: ['concesiones', 'garantía', 'crédito'],
    raisedOn: F_SESSION_2,
    steps: [
      step('prioritized', F_SESSION_3),
      step('in_progress', F_SESSION_JAN),
      step('enacted', F_REGULATIONS, 'El reglamento simplifica los procedimientos de las concesiones.'),
    ],
    solutions: [
      {
        text:
          'Simplificar en el reglamento los procedimientos de las concesiones y permitir usar la producción ' +
          'forestal como garantía de préstamos, en beneficio también de los productos no maderables y del ' +
          'turismo.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: F_SESSION_JAN,
        norm: F_NORM_FORESTRY,
      },
    ],
  },
  {
    title: 'No hay financiamiento de largo plazo para plantaciones ni concesiones',
    description:
      'Por la naturaleza del negocio, las plantaciones requieren financiamiento a 10 años o más, con ' +
      'periodos de gracia largos, y ese financiamiento no estaba disponible. El de las concesiones de bosque ' +
      'primario también era restringido, y las concesiones nunca se aceptaban como garantía.',
    category: 'financing',
    owner: 'MP',
    raisedBy: { person: 'Jorge Ramírez Tuesta', organization: 'ADEX' },
    entities: ['COFIDE', 'MEF'],
    impact: 5,
    ease: 2,
    tags: ['financiamiento', 'crédito', 'plantaciones'],
    raisedOn: F_SESSION_2,
    steps: [
      step('prioritized', F_SESSION_3),
      step('in_progress', '2015-03-05'),
      // The paper does not date the fund; illustrative.
      step('enacted', '2016-03-17', 'Fondo de US$200 millones operado por COFIDE como segundo piso.'),
      step(
        'verified',
        F_RESULTS_2016,
        'Ya se otorgaron créditos a tasas bajas de un dígito, cuando antes de la Mesa no había financiamiento de largo plazo.',
      ),
    ],
    solutions: [
      {
        key: 'fondo',
        text:
          'Un fondo de US$200 millones permite a COFIDE dar financiamiento semilla de segundo piso, a través de ' +
          'instituciones financieras privadas o públicas con una proporción 70/30, para atraer más financiamiento ' +
          'privado a tasas razonables (no preferenciales) y que la banca aprenda a conocer el sector y aumente ' +
          'su exposición directa.',
        instrument: 'financing',
        proposedBy: 'COFIDE',
        on: '2015-03-05',
      },
    ],
    indicators: [
      {
        name: 'Fondo de segundo piso de COFIDE para el sector forestal',
        unit: 'millones de US$',
        direction: 'higher_is_better',
        solution: 'fondo',
        baseline: 0,
        baselineOn: F_SESSION_1,
        current: 200,
        currentOn: '2016-03-17',
        source: `${PAPER_51}: «a $200 million fund»; antes de la Mesa no había financiamiento de largo plazo.`,
      },
    ],
  },
  {
    title: 'Hace 13 años que no se convoca un concurso de concesiones forestales',
    description:
      'De 7,9 millones de hectáreas de bosque concesionado, menos de dos millones están en operación. En ' +
      'las concesiones se extraen unos 4-5 m³ de madera por hectárea cada 20 años, muy por debajo del nivel ' +
      'ambientalmente sostenible de 25-28 m³. Desde hace 13 años no hay concursos de concesiones y los ' +
      'procesos de selección eran largos. Dar valor al bosque otorgándolo a operadores responsables es la ' +
      'mejor manera de protegerlo.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Raúl Pinedo Shapiama', organization: 'ADEX' },
    entities: ['SERFOR', 'GORE-UCAYALI', 'GORE-LORETO'],
    impact: 4,
    ease: 2,
    tags: ['concesiones', 'concursos'],
    raisedOn: F_SESSION_3,
    steps: [
      step('prioritized', '2015-02-05'),
      step('in_progress', '2015-03-05'),
      step('enacted', F_ABBREVIATED, 'Ucayali y Loreto lanzan el procedimiento abreviado.'),
    ],
    solutions: [
      {
        text:
          'Nuevos lineamientos de SERFOR para los concursos de concesiones forestales, con procesos de selección ' +
          'mucho más cortos, para lanzar el primer concurso en 13 años.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: '2015-03-05',
      },
      {
        text:
          'Procedimiento abreviado: para ciertos tipos de tierras no es necesario que el gobierno regional ' +
          'convoque a concurso; las empresas presentan su propuesta y se les otorga la concesión.',
        instrument: 'procedure',
        proposedBy: 'SERFOR',
        on: '2015-10-15',
      },
    ],
  },
  {
    title: 'SERFOR, recién creado, aún no conoce el sector ni tiene las capacidades que necesita',
    description:
      'Normalmente una entidad pública nueva tarda algunos años en cumplir los requisitos mínimos para hacer ' +
      'bien su trabajo. SERFOR está a cargo de las políticas y lineamientos del sector.',
    category: 'public_entity',
    owner: 'MP',
    // Raised by the dedicated team (illustrative).
    raisedBy: { person: 'Carolina Benavides Ugarte', organization: 'PRODUCE' },
    entities: ['SERFOR', 'MINAGRI'],
    impact: 4,
    ease: 3,
    tags: ['institucionalidad'],
    raisedOn: F_SESSION_1,
    steps: [step('prioritized', F_SESSION_2), step('in_progress', F_SESSION_JAN)],
    solutions: [
      {
        text:
          'Usar la Mesa para que SERFOR aprenda rápido del sector, de primera mano, y se fortalezca como ' +
          'institución: un proceso en curso, muy acelerado gracias a la Mesa.',
        instrument: 'entity',
        proposedBy: 'PRODUCE',
        on: F_SESSION_JAN,
      },
    ],
  },
  {
    title: 'OSINFOR y SERFOR no coordinan ni publican su información',
    description:
      'La información sobre concesiones, permisos de aprovechamiento, vigilancia y sanciones estaba dispersa ' +
      'entre OSINFOR (supervisión) y SERFOR (políticas) y no era pública.',
    category: 'complementary_intervention',
    owner: 'MP',
    raisedBy: { person: 'Raúl Pinedo Shapiama', organization: 'ADEX' },
    entities: ['OSINFOR', 'SERFOR'],
    impact: 3,
    ease: 4,
    tags: ['transparencia', 'información'],
    raisedOn: '2015-02-05',
    steps: [
      step('prioritized', '2015-02-12'),
      step('in_progress', '2015-02-19'),
      // Reported among the results until July 2016; the date is illustrative.
      step('enacted', '2016-04-14', 'OSINFOR y SERFOR publican su información en sus portales.'),
    ],
    solutions: [
      {
        text:
          'Que OSINFOR y SERFOR coordinen sus datos y publiquen en sus portales la información sobre ' +
          'concesiones, permisos de aprovechamiento, vigilancia y sanciones, entre otras.',
        instrument: 'procedure',
        proposedBy: 'OSINFOR',
        on: '2015-02-19',
      },
    ],
  },
  {
    title: 'Años de expedientes acumulados sin resolver en la autoridad forestal',
    description: 'El rezago de procedimientos pendientes equivalía a varios años de trabajo.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Víctor Huamán Pinedo', organization: 'SNI' },
    entities: ['SERFOR'],
    impact: 3,
    ease: 3,
    tags: ['trámites'],
    raisedOn: '2015-02-05',
    steps: [
      step('prioritized', '2015-02-12'),
      step('in_progress', '2015-02-19'),
      step('enacted', '2016-02-18', 'Descarga de expedientes en marcha.'),
      step('verified', F_RESULTS_2016, 'El rezago bajó de varios años a casi nada.'),
    ],
    solutions: [
      {
        text: 'Descargar los expedientes acumulados de la autoridad forestal, con seguimiento en la Mesa.',
        instrument: 'procedure',
        proposedBy: 'SERFOR',
        on: '2015-02-19',
      },
    ],
  },
  {
    title: 'Los permisos de exportación de productos forestales son engorrosos',
    description:
      'El esquema de permisos de exportación de productos forestales demoraba los envíos de un sector que ' +
      'exporta poco para su potencial.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Patricia Gálvez Ríos', organization: 'ADEX' },
    entities: ['SERFOR'],
    impact: 3,
    ease: 4,
    tags: ['exportación', 'permisos'],
    raisedOn: '2015-02-12',
    steps: [
      step('prioritized', '2015-02-19'),
      step('in_progress', '2015-03-05'),
      step('enacted', '2015-11-12', 'Esquema de permisos de exportación simplificado.'),
    ],
    solutions: [
      {
        text: 'Simplificar drásticamente el esquema de permisos de exportación de SERFOR.',
        instrument: 'procedure',
        proposedBy: 'SERFOR',
        on: '2015-03-05',
      },
    ],
  },
  {
    title:
      'Supervisión sin sistema para las auditorías quinquenales y con un régimen de sanciones deficiente',
    description:
      'La gestión de las auditorías quinquenales de las concesiones no tenía un sistema de información, y ' +
      'la regulación de infracciones y sanciones era deficiente.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Raúl Pinedo Shapiama', organization: 'ADEX' },
    entities: ['OSINFOR', 'SERFOR'],
    impact: 3,
    ease: 3,
    tags: ['supervisión', 'sanciones'],
    raisedOn: '2015-02-12',
    steps: [
      step('prioritized', '2015-02-19'),
      step('in_progress', '2015-03-05'),
      step('enacted', '2016-05-19', 'Sistema de información en operación y régimen de sanciones mejorado.'),
    ],
    solutions: [
      {
        text: 'Poner en marcha el sistema de información para la gestión de las auditorías quinquenales.',
        instrument: 'procedure',
        proposedBy: 'OSINFOR',
        on: '2015-03-05',
      },
      {
        text: 'Mejorar la regulación de infracciones y sanciones.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: '2015-03-05',
      },
    ],
  },
  {
    title: 'El Tribunal Forestal lleva ocho años pendiente de conformarse',
    description:
      'La conformación del Tribunal Forestal y de Fauna Silvestre estaba pendiente desde hacía ocho años.',
    category: 'public_entity',
    owner: 'MP',
    raisedBy: { person: 'Patricia Gálvez Ríos', organization: 'ADEX' },
    entities: ['SERFOR', 'MINAGRI'],
    impact: 3,
    ease: 4,
    tags: ['institucionalidad'],
    raisedOn: '2015-02-12',
    steps: [
      step('prioritized', '2015-02-19'),
      step('in_progress', '2015-03-05'),
      step('enacted', '2016-01-21', 'Tribunal Forestal y de Fauna Silvestre conformado.'),
    ],
    solutions: [
      {
        text: 'Conformar el Tribunal Forestal y de Fauna Silvestre.',
        instrument: 'entity',
        proposedBy: 'MINAGRI',
        on: '2015-03-05',
      },
    ],
  },
  {
    title: 'Poca innovación: secado y corte deficientes y ensayos lentos para pisos estructurados',
    description:
      'El secado y el corte de la madera están lejos de lo ideal, no hay certificaciones de calidad en la ' +
      'región y los ensayos de pisos estructurados de madera toman mucho tiempo. Faltan innovación en los ' +
      'procesos productivos, transferencia de tecnología a pequeñas y medianas empresas y expertos ' +
      'extranjeros calificados.',
    category: 'innovation',
    owner: 'MP',
    raisedBy: { person: 'Víctor Huamán Pinedo', organization: 'SNI' },
    entities: ['CITEFOR-PUCALLPA', 'PRODUCE'],
    impact: 4,
    ease: 2,
    tags: ['innovación', 'CITE'],
    raisedOn: '2015-03-12',
    steps: [step('prioritized', '2015-03-19'), step('in_progress', '2015-04-16')],
    solutions: [
      {
        text:
          'Construir las instalaciones del nuevo CITE Forestal Pucallpa: sus laboratorios otorgarán ' +
          'certificaciones de calidad, y el CITE ayudará a estandarizar la fabricación, mejorar el secado y el ' +
          'corte de la madera y reducir significativamente el tiempo de los ensayos de pisos estructurados.',
        instrument: 'infrastructure',
        proposedBy: 'PRODUCE',
        on: '2015-04-16',
      },
    ],
  },
  {
    title: 'Declarar de interés nacional la actividad forestal',
    description:
      'Pedido inicial del sector privado: una norma que declare de interés nacional la actividad forestal. ' +
      'Prueba del filtro: ¿mejoraría en la práctica la operación diaria del sector? No: es meramente ' +
      'declarativa.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Víctor Huamán Pinedo', organization: 'SNI' },
    entities: ['MINAGRI'],
    impact: 1,
    ease: 4,
    // Illustration of the preliminary filtering (section 4.5 d): the paper gives this kind of request as
    // typical, without attributing it to a particular Mesa.
    visibility: 'members',
    filterFlags: ['declaratory'],
    raisedOn: F_SESSION_2,
    steps: [
      step(
        'parked',
        F_SESSION_3,
        'Filtro preliminar: una declaración no cambia la operación diaria del sector. La Mesa prioriza el ' +
          'reglamento de la ley y los trámites de plantaciones, que sí la cambian.',
      ),
    ],
    solutions: [
      {
        text: 'Ley que declara de interés nacional la actividad forestal.',
        instrument: 'law',
        on: F_SESSION_2,
        filterFlags: ['declaratory'],
      },
    ],
  },
  // The Mesa reinstalled at MINAGRI (February 2017).
  {
    title: 'Inspección en origen débil: OSINFOR no reconoce la legalidad declarada por la autoridad regional',
    description:
      'La autoridad forestal regional está a cargo de las inspecciones iniciales en origen (el bosque) para ' +
      'asegurar que la madera extraída es legal, pero no tiene la capacidad para hacerlo bien: no hay ' +
      'certeza sobre la legalidad de la madera en origen. Cuando OSINFOR inspecciona más adelante en la ' +
      'cadena no necesariamente reconoce lo que el gobierno regional declaró legal (por preocupaciones de ' +
      'corrupción en su mayoría fundadas): puede generar sanciones penales en toda la cadena y el cierre de ' +
      'mercados de destino para todos los productores nacionales. Hay comercio ilegal de madera, pero además ' +
      'un Estado débil en el nivel regional impone costos significativos a la producción privada.',
    category: 'implementation_gap',
    owner: 'MP',
    raisedBy: { person: 'Raúl Pinedo Shapiama', organization: 'ADEX' },
    entities: ['OSINFOR', 'SERFOR', 'GORE-UCAYALI', 'GORE-LORETO'],
    impact: 5,
    ease: 2,
    inFocus: true,
    tags: ['concesiones', 'legalidad', 'supervisión'],
    raisedOn: F_REINSTALLED,
    steps: [step('prioritized', F_REINSTALLED), step('in_progress', F_2017_SESSION_2)],
    solutions: [
      {
        text:
          'Que OSINFOR se sume a las autoridades forestales regionales en las inspecciones en origen, para ' +
          'reducir significativamente la incertidumbre sobre la legalidad de la madera. Los participantes ' +
          'privados coinciden en que es la solución ideal.',
        instrument: 'procedure',
        on: F_2017_SESSION_2,
        revisions: [
          {
            text:
              'OSINFOR realiza inspecciones tempranas en origen junto con las autoridades forestales ' +
              'regionales, sobre la base de la opinión favorable de SERFOR; en proceso de implementación.',
            reason:
              'OSINFOR se negó durante meses porque las inspecciones en origen no estaban formalmente en su ' +
              'mandato; aceptó hacerlas tras la opinión favorable de SERFOR.',
            // "OSINFOR refused for months": the date of its agreement is illustrative.
            on: '2017-06-22',
          },
        ],
      },
    ],
  },
  {
    title: 'Poca tierra disponible para plantar: no hay catastro de tierras forestales',
    description:
      'Los Andes y la Amazonía tienen unos nueve millones de hectáreas potencialmente reforestables (cuatro ' +
      'millones solo en la Amazonía), pero menos de 40 000 hectáreas se han reforestado con fines ' +
      'industriales o comerciales. La tierra es relativamente barata: US$1000-2000 por hectárea, frente a ' +
      'US$5000-10 000 en los países vecinos. En plantaciones quedan dos retos: reducir aún más el costo del ' +
      'financiamiento y aumentar la oferta de tierras aptas disponibles.',
    category: 'land_property',
    owner: 'MP',
    raisedBy: { person: 'Jorge Ramírez Tuesta', organization: 'ADEX' },
    entities: ['SERFOR', 'GORE-SAN-MARTIN', 'GORE-HUANUCO', 'GORE-LORETO', 'GORE-MDD', 'GORE-UCAYALI'],
    impact: 5,
    ease: 2,
    inFocus: true,
    tags: ['tierras', 'plantaciones', 'catastro'],
    raisedOn: F_REINSTALLED,
    steps: [step('prioritized', F_REINSTALLED), step('in_progress', F_2017_SESSION_4)],
    solutions: [
      {
        text:
          'Elaborar el catastro de tierras forestales con las regiones San Martín y Huánuco; Loreto, Madre de ' +
          'Dios y Ucayali se sumarán después.',
        instrument: 'program',
        proposedBy: 'SERFOR',
        on: F_2017_SESSION_4,
      },
      {
        text: 'SERFOR prepara una base de datos única, integrada y sistematizada.',
        instrument: 'procedure',
        proposedBy: 'SERFOR',
        on: F_2017_SESSION_4,
      },
    ],
  },
  {
    title: 'Plantar exige ser dueño de la tierra: no hay concesiones para plantaciones',
    description:
      'Las plantaciones existentes implican ser propietario de la tierra, lo que limita la llegada de grandes ' +
      'inversionistas.',
    category: 'regulatory_gap',
    owner: 'MP',
    raisedBy: { person: 'Jorge Ramírez Tuesta', organization: 'ADEX' },
    entities: ['SERFOR', 'GORE-UCAYALI', 'GORE-SAN-MARTIN'],
    impact: 4,
    ease: 3,
    tags: ['tierras', 'plantaciones', 'concesiones'],
    raisedOn: F_REINSTALLED,
    steps: [
      step('prioritized', F_REINSTALLED),
      step('in_progress', F_2017_SESSION_2),
      // "SERFOR has already launched, for the first time ever, guidelines": the date is illustrative.
      step(
        'enacted',
        '2017-04-20',
        'SERFOR publica por primera vez lineamientos de concesiones para plantaciones.',
      ),
    ],
    solutions: [
      {
        text:
          'Lineamientos de SERFOR, por primera vez, para concesiones para plantaciones: el privado planta y la ' +
          'propiedad de la tierra sigue en manos de los gobiernos regionales. Ayudarán a seguir atrayendo a ' +
          'grandes inversionistas.',
        instrument: 'regulation',
        proposedBy: 'SERFOR',
        on: F_2017_SESSION_2,
      },
    ],
  },
  {
    title: 'La ley no reconoce a los muy pequeños productores forestales',
    description:
      'La Mesa reinstalada incluye a los pequeños productores, antes subrepresentados, gracias a CONAFOR Perú, ' +
      'que agrupa a 14 asociaciones de pequeños y medianos productores de la Amazonía. La formalización es ' +
      'su objetivo: ante la amenaza de cargos drásticos contra la madera ilegal el costo de la informalidad ' +
      'aumentó, pero para pagar el costo de formalizarse necesitan ser más productivos. La ley no reconoce la ' +
      'existencia de los muy pequeños productores: un vacío evidente.',
    category: 'regulatory_gap',
    owner: 'MP',
    raisedBy: { person: 'Eusebio Rengifo Panduro', organization: 'CONAFOR' },
    entities: ['SERFOR', 'MINAGRI'],
    impact: 4,
    ease: 3,
    inFocus: true,
    tags: ['formalización', 'pequeños productores'],
    raisedOn: F_REINSTALLED,
    steps: [step('prioritized', F_2017_SESSION_2), step('in_progress', F_2017_SESSION_4)],
    solutions: [
      {
        text:
          'Reconocer en la ley a los muy pequeños productores forestales, dentro de las medidas de formalización ' +
          'que prepara la Mesa.',
        instrument: 'law',
        proposedBy: 'SERFOR',
        on: F_2017_SESSION_4,
      },
    ],
  },
  {
    title: 'Oficinas regionales: gestión débil, guías sin certificar y concesiones por sanear',
    description:
      'Queda mucho por hacer, sobre todo en los gobiernos regionales y locales: mejorar la gestión de las ' +
      'oficinas regionales, involucrarlas en la certificación de las guías, sanear el proceso de concesiones ' +
      'y sacar a concurso lo que nunca se concesionó. La Mesa reinstalada incluye cada vez más a las ' +
      'autoridades de los seis gobiernos regionales relevantes para el sector, lo que ayuda a hacer ' +
      'seguimiento en campo con ciclos cortos de aprendizaje y a corregir cuando hace falta.',
    category: 'public_entity',
    owner: 'MP',
    raisedBy: { person: 'Eusebio Rengifo Panduro', organization: 'CONAFOR' },
    entities: ['GORE-UCAYALI', 'GORE-LORETO', 'GORE-SAN-MARTIN', 'GORE-HUANUCO', 'GORE-MDD', 'SERFOR'],
    impact: 4,
    ease: 2,
    inFocus: true,
    tags: ['gobiernos regionales', 'concesiones'],
    raisedOn: F_2017_SESSION_2,
    steps: [step('prioritized', F_2017_SESSION_4)],
    solutions: [
      {
        text:
          'Involucrar a las oficinas regionales en la certificación de las guías, sanear el proceso de ' +
          'concesiones y sacar a concurso las áreas nunca concesionadas, con SERFOR.',
        instrument: 'procedure',
        proposedBy: 'SERFOR',
        on: F_2017_SESSION_4,
      },
    ],
  },
  {
    title: 'Baja productividad de los operadores forestales',
    description:
      'Brasil extrae 20-27 m³ por hectárea, frente a nuestros 4-5 m³, y aprovechamos comercialmente solo el ' +
      '30-50% de la madera, frente al 70-90% en Finlandia. Consolidar la industria legal permitiría ' +
      'desarrollar productos «mixtos», como tableros encolados o pisos estructurados.',
    category: 'innovation',
    owner: 'YP',
    raisedBy: { organization: 'MINAGRI' },
    entities: [],
    impact: 4,
    ease: 2,
    tags: ['productividad', 'concesiones'],
    raisedOn: F_2017_SESSION_2,
    steps: [step('prioritized', F_2017_SESSION_4)],
    solutions: [
      {
        text:
          'Los operadores mejoran la extracción y el aprovechamiento de la madera, con la transferencia de ' +
          'tecnología del CITE Forestal Pucallpa.',
        instrument: 'other',
        on: F_2017_SESSION_4,
      },
    ],
  },
  {
    title: 'Los inversionistas y las empresas reforestadoras no tienen un gremio propio',
    description:
      'Ninguna asociación representaba los intereses de los inversionistas y las empresas reforestadoras. ' +
      'Al permitir que el sector privado se conozca mejor, la Mesa ayudó a crearla.',
    category: 'private_coordination',
    owner: 'YP',
    raisedBy: { person: 'Jorge Ramírez Tuesta', organization: 'ADEX' },
    entities: [],
    impact: 3,
    ease: 4,
    tags: ['gremios', 'plantaciones'],
    raisedOn: F_2017_SESSION_2,
    steps: [step('in_progress', F_2017_SESSION_4)],
    solutions: [
      {
        text: 'Fundar, por primera vez, una asociación de inversionistas y empresas reforestadoras.',
        instrument: 'other',
        on: F_2017_SESSION_4,
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Aquaculture (section 5.2)
// ---------------------------------------------------------------------------------------------------

// Biweekly sessions from the launch on 14 May 2015 (peru.ts, illustrative day).
const A_SESSION_1 = '2015-05-14';
const A_SESSION_2 = '2015-05-28';
const A_SESSION_3 = '2015-06-11';
// "the enactment of the Aquaculture General Law in August 2015": the day is illustrative.
const A_LAW = '2015-08-30';
// "and its regulations, adopted in March 2016": the day is illustrative.
const A_REGULATIONS = '2016-03-25';
// Results as reported until July 2016 (Ministry of Production, 2016): illustrative day.
const A_RESULTS_2016 = '2016-07-07';

const aquaculture: DemoProblem[] = [
  {
    title: 'La regulación trata la acuicultura como pesca',
    description:
      'Las exportaciones acuícolas crecen casi 25% al año, aunque desde una base muy baja: unos US$250 ' +
      'millones, mientras Ecuador, con condiciones muy similares, exporta diez veces más. Las normas ' +
      'aplicaban a la acuicultura un enfoque pesquero y acumulaban requisitos innecesarios. La Ley General de ' +
      'Acuicultura (agosto de 2015) y su reglamento (marzo de 2016) adoptan una visión centrada en la ' +
      'acuicultura.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Silvia Delgado Paz', organization: 'SNI' },
    entities: ['PRODUCE'],
    impact: 5,
    ease: 3,
    tags: ['ley', 'reglamento'],
    raisedOn: A_SESSION_1,
    steps: [
      step('prioritized', A_SESSION_1),
      step('in_progress', A_SESSION_2),
      step('enacted', A_LAW, 'Ley General de Acuicultura promulgada.'),
    ],
    solutions: [
      {
        text: 'Una Ley General de Acuicultura con una visión centrada en la acuicultura y no en la pesca.',
        instrument: 'law',
        proposedBy: 'PRODUCE',
        on: A_SESSION_2,
      },
      {
        text: 'El reglamento de la Ley General de Acuicultura, elaborado con los participantes de la Mesa.',
        instrument: 'regulation',
        proposedBy: 'PRODUCE',
        on: A_LAW,
      },
    ],
  },
  {
    title: 'Se exige a los acuicultores un permiso de vertimiento de la ANA innecesario',
    description:
      'Entre los requisitos innecesarios estaba el permiso de vertimiento de aguas residuales que debía ' +
      'obtenerse de la Autoridad Nacional del Agua.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Óscar Zapata Nole', organization: 'SNI' },
    entities: ['ANA', 'PRODUCE'],
    impact: 3,
    ease: 4,
    tags: ['permisos', 'agua'],
    raisedOn: A_SESSION_1,
    steps: [
      step('prioritized', A_SESSION_2),
      step('in_progress', A_SESSION_2),
      step('enacted', A_REGULATIONS, 'La nueva regulación elimina el requisito.'),
    ],
    solutions: [
      {
        text: 'Eliminar el permiso de vertimiento de la ANA como requisito para la acuicultura.',
        instrument: 'regulation',
        proposedBy: 'PRODUCE',
        on: A_SESSION_2,
      },
    ],
  },
  {
    title: 'Investigar dentro de la propia concesión exige una autorización adicional',
    description: 'Cualquier investigación en el área concesionada requería una autorización adicional.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Mariela Chávez Cornejo', organization: 'ADEX' },
    entities: ['PRODUCE'],
    impact: 2,
    ease: 5,
    tags: ['innovación', 'permisos'],
    raisedOn: A_SESSION_2,
    steps: [
      step('prioritized', A_SESSION_3),
      step('in_progress', A_SESSION_3),
      step('enacted', A_REGULATIONS, 'Investigación permitida hasta en el 20% de la concesión.'),
    ],
    solutions: [
      {
        text: 'Permitir investigar hasta en el 20% de la concesión sin necesidad de autorización adicional.',
        instrument: 'regulation',
        proposedBy: 'PRODUCE',
        on: A_SESSION_3,
      },
    ],
  },
  {
    title: 'Especulación con reservas de áreas acuáticas que se renuevan sin fin',
    description:
      'Se reservaban áreas acuáticas buenas para la acuicultura sin desarrollarlas, y las reservas se ' +
      'renovaban indefinidamente.',
    category: 'regulatory_gap',
    owner: 'MP',
    raisedBy: { person: 'Mariela Chávez Cornejo', organization: 'ADEX' },
    entities: ['PRODUCE'],
    impact: 3,
    ease: 4,
    tags: ['concesiones', 'especulación'],
    raisedOn: A_SESSION_2,
    steps: [
      step('prioritized', A_SESSION_3),
      step('in_progress', A_SESSION_3),
      step('enacted', A_REGULATIONS, 'Solicitar una reserva exige ahora una carta fianza.'),
    ],
    solutions: [
      {
        text:
          'Exigir una carta fianza para solicitar una reserva de área acuática, para combatir la especulación y ' +
          'erradicar las reservas que se renuevan indefinidamente.',
        instrument: 'regulation',
        proposedBy: 'PRODUCE',
        on: A_SESSION_3,
      },
    ],
  },
  {
    title: 'El título acuícola no sirve como garantía de crédito',
    description:
      'Los acuicultores no podían usar su derecho acuícola como garantía de préstamos porque no se ' +
      'inscribía en los Registros Públicos.',
    category: 'land_property',
    owner: 'MP',
    raisedBy: { person: 'Óscar Zapata Nole', organization: 'SNI' },
    entities: ['SUNARP', 'PRODUCE'],
    impact: 4,
    ease: 3,
    tags: ['garantía', 'crédito', 'registro'],
    raisedOn: A_SESSION_2,
    steps: [
      step('prioritized', A_SESSION_3),
      step('in_progress', '2015-06-25'),
      step('enacted', A_REGULATIONS, 'Registro Acuícola creado en los Registros Públicos.'),
    ],
    solutions: [
      {
        text:
          'Crear un Registro Acuícola en los Registros Públicos para que los acuicultores usen su título ' +
          'inscrito como garantía de préstamos.',
        instrument: 'regulation',
        proposedBy: 'SUNARP',
        on: '2015-06-25',
      },
    ],
  },
  {
    title: 'Obtener una concesión acuícola toma hasta dos años y cuesta demasiado',
    description:
      'Obtener una concesión acuícola podía tomar hasta dos años, y su costo era alto. Con la nueva ley y su ' +
      'reglamento toma seis meses y cuesta 70% menos; la Mesa trabaja para que la espera baje a 90 días.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Wilber Condori Apaza', organization: 'ADEX' },
    entities: ['PRODUCE'],
    impact: 5,
    ease: 3,
    inFocus: true,
    tags: ['concesiones', 'trámites'],
    raisedOn: A_SESSION_1,
    steps: [
      step('prioritized', A_SESSION_1),
      step('in_progress', A_SESSION_2),
      step('enacted', A_REGULATIONS, 'La concesión se obtiene en seis meses y cuesta 70% menos.'),
      // "efforts are under way to bring the waiting time down to 90 days": the date is illustrative.
      step(
        'in_progress',
        '2016-04-21',
        'Seis meses sigue siendo demasiado: la Mesa retoma el problema para llevar la espera a 90 días.',
      ),
    ],
    solutions: [
      {
        key: 'concesion',
        text:
          'Simplificar el procedimiento de otorgamiento de concesiones en la Ley General de Acuicultura y su ' +
          'reglamento, y reducir su costo.',
        instrument: 'regulation',
        proposedBy: 'PRODUCE',
        on: A_SESSION_2,
        revisions: [
          {
            text:
              'Sobre el régimen vigente (seis meses, 70% menos de costo), seguir simplificando el procedimiento ' +
              'de otorgamiento hasta que la espera sea de 90 días.',
            reason:
              'La implementación mostró que la concesión ya se obtiene en seis meses y no en dos años, pero la ' +
              'espera aún puede bajar: la meta pasa a 90 días.',
            on: '2016-04-21',
          },
        ],
      },
    ],
    indicators: [
      {
        name: 'Plazo para obtener una concesión acuícola',
        unit: 'días',
        direction: 'lower_is_better',
        solution: 'concesion',
        // "up to two years" → "six months", target "90 days".
        baseline: 730,
        baselineOn: A_SESSION_1,
        target: 90,
        current: 180,
        currentOn: A_RESULTS_2016,
        source: `${PAPER_52}: «hasta dos años» antes, «seis meses» ahora, meta de «90 días».`,
      },
      {
        name: 'Costo de obtener una concesión acuícola (índice, antes = 100)',
        unit: 'índice',
        direction: 'lower_is_better',
        solution: 'concesion',
        baseline: 100,
        baselineOn: A_SESSION_1,
        current: 30,
        currentOn: A_RESULTS_2016,
        source: `${PAPER_52}: el costo es ahora «70 percent lower».`,
      },
    ],
  },
  {
    title: 'OEFA, ANA, PRODUCE y Sanipes exigen procedimientos duplicados',
    description:
      'Los acuicultores tramitaban ante OEFA, ANA, PRODUCE y Sanipes procedimientos que se duplicaban.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Óscar Zapata Nole', organization: 'SNI' },
    entities: ['OEFA', 'ANA', 'PRODUCE', 'SANIPES'],
    impact: 4,
    ease: 3,
    tags: ['trámites'],
    raisedOn: A_SESSION_2,
    steps: [
      step('prioritized', A_SESSION_3),
      step('in_progress', '2015-06-25'),
      // Reported among the results until July 2016; the date is illustrative.
      step('enacted', '2016-05-19', 'Procedimientos duplicados eliminados.'),
    ],
    solutions: [
      {
        text: 'Eliminar los procedimientos duplicados de OEFA, ANA, PRODUCE y Sanipes.',
        instrument: 'procedure',
        proposedBy: 'PRODUCE',
        on: '2015-06-25',
      },
    ],
  },
  {
    title: 'Poca inversión en investigación, desarrollo e innovación (I+D+i) acuícola',
    description:
      'Faltan centros de innovación y transferencia tecnológica y financiamiento para la I+D+i acuícola. La ' +
      'Universidad Peruana Cayetano Heredia (UPCH) ya opera un CITE privado en la región Tumbes.',
    category: 'innovation',
    owner: 'MP',
    raisedBy: { person: 'Mariela Chávez Cornejo', organization: 'ADEX' },
    entities: ['PRODUCE', 'PNIPA', 'INNOVATE'],
    impact: 4,
    ease: 2,
    inFocus: true,
    tags: ['innovación', 'CITE'],
    raisedOn: A_SESSION_3,
    steps: [step('prioritized', '2015-06-25'), step('in_progress', '2015-07-09')],
    solutions: [
      {
        text:
          'Tres nuevos CITE acuícolas públicos de innovación y transferencia tecnológica, en Piura, San Martín ' +
          'y Puno.',
        instrument: 'infrastructure',
        proposedBy: 'PRODUCE',
        on: '2015-07-09',
      },
      {
        text:
          'Programa Nacional de Innovación en Pesca y Acuicultura (PNIPA), con un préstamo de US$117 millones del ' +
          'Banco Mundial, que ya empezó a operar.',
        instrument: 'program',
        proposedBy: 'PRODUCE',
        on: '2015-07-09',
      },
      {
        text: 'Un fondo concursable de Innóvate Perú específico para la acuicultura.',
        instrument: 'financing',
        proposedBy: 'INNOVATE',
        on: '2015-07-09',
      },
    ],
  },
  {
    title: 'Sanipes, operativo desde fines de 2014, debe ponerse al día rápidamente',
    description:
      'Sanipes presta servicios públicos indispensables para el crecimiento de la acuicultura: permisos y ' +
      'certificaciones sanitarias, ensayos de laboratorio y apertura de mercados; debe cumplir un papel ' +
      'similar al de SENASA en las agroexportaciones. Como SERFOR en la Mesa Forestal, el apoyo de la Mesa ' +
      'le ayuda a ponerse al día muy rápido. En 2014 tenía una sola acreditación internacional.',
    category: 'public_entity',
    owner: 'MP',
    raisedBy: { person: 'Óscar Zapata Nole', organization: 'SNI' },
    entities: ['SANIPES', 'PRODUCE'],
    impact: 5,
    ease: 2,
    inFocus: true,
    tags: ['sanidad', 'institucionalidad', 'laboratorios'],
    raisedOn: A_SESSION_1,
    steps: [step('prioritized', A_SESSION_2), step('in_progress', A_SESSION_3)],
    solutions: [
      {
        key: 'infraestructura',
        text:
          'Fortalecer la infraestructura de Sanipes: remodelar y certificar sus laboratorios de Lima; abrir tres ' +
          'laboratorios nuevos (Piura, Tumbes y Puno); remodelar sus siete oficinas desconcentradas y abrir siete ' +
          'nuevas; adquirir e implementar equipos LC masa-masa; implementar el sistema TRACES; y obtener ' +
          'acreditaciones.',
        instrument: 'infrastructure',
        proposedBy: 'SANIPES',
        on: A_SESSION_3,
      },
    ],
    indicators: [
      {
        name: 'Acreditaciones internacionales de Sanipes',
        unit: 'acreditaciones',
        direction: 'higher_is_better',
        solution: 'infraestructura',
        baseline: 1,
        // "In 2014, Sanipes had a single international accreditation": the day is illustrative.
        baselineOn: '2014-12-31',
        current: 6,
        currentOn: A_RESULTS_2016,
        source: `${PAPER_52}: una acreditación internacional en 2014, seis «hoy».`,
      },
      {
        name: 'Oficinas desconcentradas de Sanipes',
        unit: 'oficinas',
        direction: 'higher_is_better',
        solution: 'infraestructura',
        // Seven existing offices to remodel and seven new ones to open: 14 in all.
        baseline: 7,
        baselineOn: A_SESSION_1,
        target: 14,
        source: `${PAPER_52}: remodelar sus «seven existing decentralized offices» y abrir «seven new» (meta: 14).`,
      },
    ],
  },
  {
    title: 'Las autorizaciones sanitarias de Sanipes toman 45 días y valen solo un año',
    description: 'Las autorizaciones sanitarias tomaban 45 días de trámite y debían renovarse cada año.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Wilber Condori Apaza', organization: 'ADEX' },
    entities: ['SANIPES'],
    impact: 4,
    ease: 4,
    tags: ['sanidad', 'trámites'],
    raisedOn: A_SESSION_2,
    steps: [
      step('prioritized', A_SESSION_3),
      step('in_progress', A_SESSION_3),
      // Reported among the results until July 2016; the dates are illustrative.
      step(
        'enacted',
        '2016-02-11',
        'Procedimiento simplificado: 12 días de trámite y tres años de vigencia.',
      ),
      step('verified', A_RESULTS_2016, 'Los productores obtienen la autorización en 12 días.'),
    ],
    solutions: [
      {
        key: 'autorizacion',
        text: 'Simplificar el procedimiento: autorización en 12 días y con una vigencia de tres años.',
        instrument: 'procedure',
        proposedBy: 'SANIPES',
        on: A_SESSION_3,
      },
    ],
    indicators: [
      {
        name: 'Plazo para obtener una autorización sanitaria de Sanipes',
        unit: 'días',
        direction: 'lower_is_better',
        solution: 'autorizacion',
        baseline: 45,
        baselineOn: A_SESSION_2,
        current: 12,
        currentOn: A_RESULTS_2016,
        source: `${PAPER_52}: «previously took 45 days» → «now take 12 days».`,
      },
      {
        name: 'Vigencia de la autorización sanitaria de Sanipes',
        unit: 'años',
        direction: 'higher_is_better',
        solution: 'autorizacion',
        baseline: 1,
        baselineOn: A_SESSION_2,
        current: 3,
        currentOn: A_RESULTS_2016,
        source: `${PAPER_52}: «valid for one year» → «valid for three years».`,
      },
    ],
  },
  {
    title: 'Los langostinos congelados peruanos no tienen acceso sanitario a China ni a Brasil',
    description:
      'Sin acuerdos sanitarios no se abren nuevos mercados de exportación; Sanipes es la entidad llamada a ' +
      'obtenerlos.',
    category: 'export_market_access',
    owner: 'MP',
    raisedBy: { person: 'Óscar Zapata Nole', organization: 'SNI' },
    entities: ['SANIPES'],
    impact: 4,
    ease: 3,
    tags: ['sanidad', 'mercados', 'langostino'],
    raisedOn: A_SESSION_2,
    steps: [
      step('prioritized', A_SESSION_3),
      step('in_progress', A_SESSION_3),
      // Reported among the results until July 2016; the date is illustrative.
      step('enacted', '2016-06-09', 'Mercados de China y Brasil abiertos para langostinos congelados.'),
    ],
    solutions: [
      {
        text: 'Que Sanipes negocie los acuerdos sanitarios para abrir los mercados de China y Brasil.',
        instrument: 'other',
        proposedBy: 'SANIPES',
        on: A_SESSION_3,
      },
    ],
  },
  {
    title: 'No hay un memorando de entendimiento con la FDA de EE. UU. para productos acuícolas',
    description:
      'Sin un acuerdo con la FDA, los productos acuícolas peruanos enfrentan más trabas para entrar a EE. UU.',
    category: 'export_market_access',
    owner: 'MP',
    raisedBy: { person: 'Mariela Chávez Cornejo', organization: 'ADEX' },
    entities: ['SANIPES'],
    impact: 4,
    ease: 2,
    inFocus: true,
    tags: ['sanidad', 'mercados'],
    raisedOn: '2015-09-10',
    steps: [step('prioritized', '2015-09-24'), step('in_progress', '2015-10-08')],
    solutions: [
      {
        text: 'Sanipes negocia un memorando de entendimiento con la FDA para los productos acuícolas.',
        instrument: 'other',
        proposedBy: 'SANIPES',
        on: '2015-10-08',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Logistics (section 5.3)
// ---------------------------------------------------------------------------------------------------

// Weekly sessions from the launch on 11 February 2016 (peru.ts, illustrative day).
const L_SESSION_1 = '2016-02-11';
const L_SESSION_2 = '2016-02-18';
const L_SESSION_3 = '2016-02-25';
const L_SESSION_4 = '2016-03-03';
// Results as reported for "February to July 2016": illustrative day before the change of government.
const L_RESULTS_2016 = '2016-07-14';

const logistics: DemoProblem[] = [
  {
    title: 'APM Terminals incumple desde 2012 los niveles de servicio y productividad (NSP) del contrato',
    description:
      'El concesionario del Muelle Norte del puerto del Callao no cumple los niveles de servicio y ' +
      'productividad (NSP) contractuales desde 2012: los servicios portuarios son inadecuados. En poco más de ' +
      'cinco meses la Mesa coordinó a los gremios para buscar soluciones.',
    category: 'infrastructure',
    owner: 'MP',
    raisedBy: { person: 'Felipe Ugaz Ramos', organization: 'ASPPOR' },
    entities: ['APN', 'OSITRAN', 'MTC'],
    impact: 5,
    ease: 2,
    inFocus: true,
    tags: ['puerto', 'Callao', 'APM Terminals'],
    raisedOn: L_SESSION_1,
    steps: [step('prioritized', L_SESSION_1), step('in_progress', L_SESSION_2)],
    solutions: [
      {
        text:
          'El concesionario se compromete a comprar los equipos necesarios para cumplir los NSP, por unos ' +
          'US$9,8 millones sin IGV.',
        instrument: 'infrastructure',
        proposedBy: 'APMT',
        // The commitment is among the results until July 2016; the date is illustrative.
        on: '2016-05-26',
      },
    ],
  },
  {
    title: 'Las reglas de operación de APM Terminals tienen vacíos que generan cobros no autorizados',
    description:
      'Los vacíos y la falta de información adecuada en las reglas que rigen al concesionario generan cobros ' +
      'no autorizados y servicios deficientes a los usuarios del puerto.',
    category: 'regulatory_gap',
    owner: 'MP',
    raisedBy: { person: 'Cristina Mejía Olaya', organization: 'ADEX' },
    entities: ['APN', 'OSITRAN'],
    impact: 4,
    ease: 3,
    inFocus: true,
    tags: ['puerto', 'Callao', 'APM Terminals'],
    raisedOn: L_SESSION_1,
    steps: [step('prioritized', L_SESSION_2), step('in_progress', L_SESSION_3)],
    solutions: [
      {
        text:
          'Proyecto de Reglamento de Operaciones de APM Terminals de la APN: aclara las obligaciones del ' +
          'concesionario para cumplir los NSP, llena los vacíos y la falta de información que generan cobros no ' +
          'autorizados, y mejora (a) la descarga directa y el despacho de granel sólido con cucharón; (b) las ' +
          'funciones de las juntas de preoperaciones y de operaciones; (c) la gestión de la carga dañada y ' +
          'perdida; (d) la gestión de daños a las naves; y (e) el uso de las áreas operativas para el embarque ' +
          'de contenedores y carga general.',
        instrument: 'regulation',
        proposedBy: 'APN',
        on: L_SESSION_3,
      },
    ],
  },
  {
    title: 'Los camiones esperan seis horas para ingresar a APM Terminals',
    description:
      'La gestión del tráfico de los camiones que ingresan al terminal del Muelle Norte es ineficiente.',
    category: 'complementary_intervention',
    owner: 'MP',
    raisedBy: { person: 'Roberto Aguirre Llosa', organization: 'SNI' },
    entities: ['APN', 'MININTER', 'PROVIAS', 'PNP', 'MPC'],
    impact: 5,
    ease: 4,
    tags: ['puerto', 'Callao', 'tráfico', 'APM Terminals'],
    raisedOn: L_SESSION_1,
    steps: [
      step('prioritized', L_SESSION_1),
      step('in_progress', L_SESSION_2),
      // The pilot is among the results until July 2016; the dates are illustrative.
      step('enacted', '2016-05-05', 'Piloto de gestión del tránsito en marcha.'),
      step('verified', '2016-06-16', 'La espera de los camiones bajó de seis a dos horas.'),
    ],
    solutions: [
      {
        key: 'piloto',
        text:
          'Proyecto piloto de gestión del tránsito preparado por un equipo del Ministerio del Interior ' +
          '(MININTER), Provías, la Universidad Nacional de Trujillo (UNT), la Policía Nacional (PNP) y la ' +
          'Municipalidad Provincial del Callao, liderado por la Autoridad Portuaria Nacional.',
        instrument: 'procedure',
        proposedBy: 'APN',
        on: L_SESSION_2,
      },
    ],
    indicators: [
      {
        name: 'Espera de los camiones para ingresar a APM Terminals',
        unit: 'horas',
        direction: 'lower_is_better',
        solution: 'piloto',
        baseline: 6,
        baselineOn: L_SESSION_1,
        current: 2,
        currentOn: '2016-06-16',
        source: `${PAPER_53}: la espera «was cut from six hours to two».`,
      },
    ],
    feedback: [
      // Illustrative report, consistent with the result the paper gives.
      {
        verdict: 'works',
        text: 'Con el piloto, los camiones que atendemos esperan unas dos horas para ingresar; antes eran seis.',
        person: 'Felipe Ugaz Ramos',
        on: '2016-06-09',
      },
    ],
  },
  {
    title: 'Carreteras peligrosas',
    description:
      'Uno de los cuatro tipos de barreras del diagnóstico de la Mesa; todavía sin solución trabajada.',
    category: 'infrastructure',
    owner: 'MP',
    raisedBy: { person: 'Tomás Bedoya Vargas', organization: 'CONFIEP' },
    entities: ['MTC', 'PROVIAS'],
    impact: 4,
    ease: 1,
    tags: ['carreteras', 'seguridad vial'],
    raisedOn: L_SESSION_1,
    steps: [],
    solutions: [],
  },
  {
    title: 'Si se cae la VUCE, SENASA no inspecciona: no acepta documentos en papel',
    description:
      'Antes del plan de contingencia, una caída del sistema de la Ventanilla Única de Comercio Exterior ' +
      '(VUCE) retrasaba las inspecciones porque SENASA no aceptaba copias de los documentos en papel.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Cristina Mejía Olaya', organization: 'ADEX' },
    entities: ['SENASA', 'MINCETUR'],
    impact: 3,
    ease: 4,
    tags: ['VUCE', 'inspecciones', 'agroexportación'],
    raisedOn: L_SESSION_2,
    steps: [
      step('prioritized', L_SESSION_3),
      step('in_progress', L_SESSION_3),
      // The plan is among the results until July 2016; the date is illustrative.
      step('enacted', '2016-05-12', 'Plan de contingencia vigente en Lima y Callao.'),
    ],
    solutions: [
      {
        text:
          'Plan de contingencia de SENASA para Lima y Callao ante una caída de la VUCE; luego, aplicarlo en todo ' +
          'el país.',
        instrument: 'procedure',
        proposedBy: 'SENASA',
        on: L_SESSION_3,
      },
    ],
    feedback: [
      // Illustrative: "now live in Lima and Callao, and expected to be implemented soon throughout Peru".
      {
        verdict: 'partly',
        text:
          'En Lima y Callao el plan funcionó en la última caída de la VUCE; en Ica todavía no rige y las ' +
          'inspecciones se retrasaron.',
        person: 'Cristina Mejía Olaya',
        on: '2016-07-07',
      },
    ],
  },
  {
    title: 'La inducción de seguridad y salud en el trabajo se repite en cada almacén',
    description:
      'La Ley de Seguridad y Salud en el Trabajo (LSST) exigía dar la inducción a toda persona que ingresara a ' +
      'un almacén aunque ya la hubiera recibido en otro, lo que encarecía el almacenamiento.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Felipe Ugaz Ramos', organization: 'ASPPOR' },
    entities: ['SUNAFIL', 'MTPE'],
    impact: 3,
    ease: 4,
    tags: ['almacenes', 'seguridad y salud en el trabajo'],
    raisedOn: L_SESSION_2,
    steps: [
      step('prioritized', L_SESSION_3),
      step('in_progress', L_SESSION_4),
      // Among the results until July 2016; the dates are illustrative.
      step(
        'enacted',
        '2016-04-28',
        'SUNAFIL se pronuncia: una inducción certificada vale un año en todos los almacenes.',
      ),
      step('verified', L_RESULTS_2016, 'Almacenes y transportistas ahorran dinero y tiempo.'),
    ],
    solutions: [
      {
        text:
          'Que SUNAFIL se pronuncie: los cursos de inducción con certificación de un año valen para todos los ' +
          'almacenes del país, siempre que cubran todos los riesgos existentes en las empresas participantes.',
        instrument: 'regulation',
        proposedBy: 'SUNAFIL',
        on: L_SESSION_4,
      },
    ],
  },
  {
    title:
      'Reglamento de la Ley General de Aduanas: cambios sin consulta y observaciones de la Comunidad Andina',
    description:
      'Las modificaciones al Reglamento de la Ley General de Aduanas se preparaban sin comentarios de los ' +
      'usuarios, y la Comunidad Andina tiene observaciones a los reglamentos de la ley.',
    category: 'unsuited_regulation',
    owner: 'MP',
    raisedBy: { person: 'Daniela Ferreyra Gil', organization: 'COMEX' },
    entities: ['SUNAT', 'MEF'],
    impact: 4,
    ease: 2,
    inFocus: true,
    tags: ['aduanas'],
    raisedOn: L_SESSION_2,
    steps: [step('prioritized', L_SESSION_3), step('in_progress', L_SESSION_4)],
    solutions: [
      {
        text:
          'SUNAT publica para comentarios de los miembros de la Mesa las modificaciones al Reglamento de la Ley ' +
          'General de Aduanas, y se trabaja para atender las observaciones de la Comunidad Andina.',
        instrument: 'regulation',
        proposedBy: 'SUNAT',
        on: L_SESSION_4,
      },
    ],
  },
  {
    title: 'Las inspecciones aduaneras dañan la carga de cadena de frío',
    description:
      'La carga congelada, refrigerada o fresca necesita un trato especial en los puntos de control para que ' +
      'la inspección no la dañe.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Cristina Mejía Olaya', organization: 'ADEX' },
    entities: ['SUNAT'],
    impact: 3,
    ease: 3,
    tags: ['aduanas', 'cadena de frío', 'inspecciones'],
    raisedOn: L_SESSION_3,
    steps: [step('prioritized', L_SESSION_4), step('in_progress', '2016-03-10')],
    solutions: [
      {
        text:
          'Protocolo de inspección para carga congelada, refrigerada, fresca y de cadena de frío (borrador de ' +
          'SUNAT-Aduanas), que guía las inspecciones y acciones en los puntos de control.',
        instrument: 'procedure',
        proposedBy: 'SUNAT',
        on: '2016-03-10',
      },
    ],
  },
  {
    title: 'Ampliar la zona primaria exige una carta náutica y tres días de trámite',
    description:
      'Para obtener una ampliación de la zona primaria ante la Intendencia de Aduana Marítima del Callao se ' +
      'exigía una carta náutica, lo que tomaba tres días.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Felipe Ugaz Ramos', organization: 'ASPPOR' },
    entities: ['SUNAT'],
    impact: 3,
    ease: 5,
    tags: ['aduanas', 'puerto', 'Callao'],
    raisedOn: L_SESSION_3,
    steps: [
      step('prioritized', L_SESSION_4),
      step('in_progress', L_SESSION_4),
      // Among the results until July 2016; the date is illustrative.
      step('enacted', '2016-04-21', 'La carta náutica se reemplaza por una declaración jurada.'),
    ],
    solutions: [
      {
        key: 'declaracion',
        text: 'Reemplazar la carta náutica obligatoria por una declaración jurada.',
        instrument: 'procedure',
        proposedBy: 'SUNAT',
        on: L_SESSION_4,
      },
    ],
    indicators: [
      {
        name: 'Plazo para ampliar la zona primaria (carta náutica)',
        unit: 'días',
        direction: 'lower_is_better',
        solution: 'declaracion',
        baseline: 3,
        baselineOn: L_SESSION_3,
        current: 0,
        currentOn: '2016-04-21',
        source: `${PAPER_53}: la declaración jurada ahorra «the three days previously needed».`,
      },
    ],
  },
  {
    title: 'Errores frecuentes en la documentación de las exportaciones definitivas',
    description:
      'Los usuarios cometen muchos errores en la documentación de exportación definitiva (errores de ' +
      'digitalización, conocimientos de embarque, etc.) y corregirlos toma tiempo; los funcionarios piden ' +
      'información de forma dispar.',
    category: 'skills',
    owner: 'MP',
    raisedBy: { person: 'Miguel Ángel Cornejo Díaz', organization: 'CCL' },
    entities: ['SUNAT'],
    impact: 3,
    ease: 3,
    tags: ['aduanas', 'exportación'],
    raisedOn: L_SESSION_3,
    steps: [step('prioritized', L_SESSION_4), step('in_progress', '2016-03-17')],
    solutions: [
      {
        text:
          'SUNAT-Aduanas capacita más sobre las principales causas de rechazo (errores de digitalización, ' +
          'conocimientos de embarque, etc.) y estandariza los pedidos de información de sus funcionarios.',
        instrument: 'program',
        proposedBy: 'SUNAT',
        on: '2016-03-17',
      },
    ],
  },
  {
    title: 'Se exige guía de remisión a la carga con destino a depósitos aduaneros',
    description:
      'Las operaciones portuarias de los transportistas se demoran por el llenado manual de guías de ' +
      'remisión para la mercancía que va a depósitos aduaneros.',
    category: 'red_tape',
    owner: 'MP',
    raisedBy: { person: 'Felipe Ugaz Ramos', organization: 'ASPPOR' },
    entities: ['SUNAT'],
    impact: 3,
    ease: 4,
    tags: ['aduanas', 'puerto', 'transporte'],
    raisedOn: L_SESSION_4,
    steps: [
      step('prioritized', '2016-03-10'),
      step('in_progress', '2016-03-17'),
      // Among the results until July 2016; the date is illustrative.
      step('enacted', '2016-06-02', 'SUNAT acepta los tickets de balanza automatizados.'),
    ],
    solutions: [
      {
        text:
          'SUNAT acepta tickets de balanza automatizados en lugar de guías de remisión para la mercancía con ' +
          'destino a depósitos aduaneros. Después se extendería a todos los casos (no solo al transporte a un ' +
          'almacén temporal o depósito aduanero), automatizando todos los procesos.',
        instrument: 'procedure',
        proposedBy: 'SUNAT',
        on: '2016-03-17',
      },
    ],
  },
  {
    title: 'Transporte y reordenamiento vial en el Callao y Lima; el Reglamento de Pesos y Medidas',
    description:
      'Los transportistas tienen problemas para cumplir el Reglamento de Pesos y Medidas aprobado por el MTC, ' +
      'y el transporte y el reordenamiento vial en el Callao y Lima Metropolitana necesitan una solución ' +
      'integral.',
    category: 'complementary_intervention',
    owner: 'MP',
    raisedBy: { person: 'Roberto Aguirre Llosa', organization: 'SNI' },
    entities: ['MTC', 'PROVIAS', 'MML', 'MPC'],
    impact: 4,
    ease: 1,
    inFocus: true,
    tags: ['transporte', 'tráfico', 'Callao'],
    raisedOn: L_SESSION_4,
    steps: [step('prioritized', '2016-03-10'), step('in_progress', '2016-04-07')],
    solutions: [
      {
        text:
          'Coordinar con los gremios de transportistas, el MTC, Provías y las municipalidades metropolitanas de ' +
          'Lima y del Callao una solución integral al transporte y al reordenamiento vial.',
        instrument: 'other',
        proposedBy: 'MTC',
        on: '2016-04-07',
      },
    ],
  },
  {
    title: 'Subsidio para compensar los altos costos logísticos',
    description:
      'Pedido inicial de participantes privados: un subsidio al flete para compensar los sobrecostos ' +
      'logísticos. Prueba del filtro: un subsidio compensa la ineficiencia pero no la corrige.',
    category: 'financing',
    owner: 'MP',
    raisedBy: { person: 'Miguel Ángel Cornejo Díaz', organization: 'CCL' },
    entities: ['MEF'],
    impact: 2,
    ease: 2,
    // Illustration of the preliminary filtering (section 4.5 d, lesson 10), whose example is precisely "a
    // subsidy because of high logistical costs"; the paper does not attribute it to this Mesa.
    visibility: 'members',
    filterFlags: ['subsidy'],
    raisedOn: L_SESSION_1,
    steps: [
      step(
        'parked',
        L_SESSION_2,
        'Filtro preliminar: la Mesa busca aumentar la productividad, no compensar la baja productividad. ' +
          'Trabaja sobre las causas de los sobrecostos: los servicios del Muelle Norte, el tráfico y los trámites.',
      ),
    ],
    solutions: [
      {
        text: 'Subsidio estatal al flete de la carga de exportación.',
        instrument: 'financing',
        on: L_SESSION_1,
        filterFlags: ['subsidy'],
      },
    ],
  },
];

/** The demo Matrix of each Mesa, by the Mesa's slug (peru.ts). */
export const demoMatrix: Record<string, DemoProblem[]> = {
  forestal: forestry,
  acuicola: aquaculture,
  logistica: logistics,
};
