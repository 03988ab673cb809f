import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema';
import { suggestFilterFlags } from '../../src/domain/filters';
import { openProblemStatuses } from '../../src/domain/problem-status';
import { defaultBarrierCategories } from '../../src/domain/solutions';
import { type Client, createTestContext, type TestContext } from '../support/app';

/*
 * The demo Matrix of the Forestry, Aquaculture and Logistics Mesas (paper sections 5.1-5.3), read through
 * the HTTP API (the Matrix of each Mesa, then every problem's page) as the coordinator, who sees them all.
 */

interface OrgRef {
  id: string;
  name: string;
  acronym: string | null;
}
interface ApiIndicator {
  name: string;
  unit: string;
  direction: string;
  solutionId: string | null;
  baselineValue: number | null;
  baselineOn: string | null;
  targetValue: number | null;
  currentValue: number | null;
  currentOn: string | null;
  source: string | null;
}
interface ApiMatrixRow {
  id: string;
  number: number;
  title: string;
  inFocus: boolean;
  status: string;
  suggestedFlags: string[];
  latestSolution: { id: string; text: string; version: number } | null;
  indicators: ApiIndicator[];
}
interface ApiProblem {
  id: string;
  number: number;
  title: string;
  description: string;
  category: { key: string } | null;
  ownerType: string;
  raisedByPerson: { fullName: string } | null;
  raisedByOrganization: OrgRef | null;
  entities: OrgRef[];
  impact: number;
  ease: number;
  inFocus: boolean;
  visibility: string;
  status: string;
  filterFlags: string[];
  createdAt: string;
  indicators: ApiIndicator[];
  history: { fromStatus: string | null; toStatus: string; reason: string | null; occurredAt: string }[];
  solutions: {
    id: string;
    instrument: string;
    proposedByOrganization: OrgRef | null;
    filterFlags: string[];
    versions: { number: number; text: string; reason: string | null; revisedOn: string | null }[];
  }[];
  feedback: {
    verdict: string;
    text: string;
    observedOn: string | null;
    person: { fullName: string } | null;
  }[];
}

interface Version {
  number: number;
  text: string;
  reason: string | null;
  revisedOn: string | null;
}
interface Solution {
  id: string;
  instrument: string;
  proposedBy: string | null;
  filterFlags: string[];
  versions: Version[];
}
interface Problem {
  id: string;
  number: number;
  title: string;
  description: string;
  category: string | null;
  ownerType: string;
  raisedByPerson: string | null;
  raisedByOrganization: string | null;
  impact: number;
  ease: number;
  inFocus: boolean;
  visibility: string;
  status: string;
  filterFlags: string[];
  createdAt: Date;
  entities: string[];
  events: { from: string | null; to: string; reason: string | null; at: Date }[];
  solutions: Solution[];
  indicators: ApiIndicator[];
  feedback: { verdict: string; text: string; person: string | null; observedOn: string | null }[];
  /** The row of the Mesa's Matrix. */
  row: ApiMatrixRow;
}

let t: TestContext;
let coordinator: Client;
const mesaIds: Record<string, string> = {};
const matrix: Record<string, Problem[]> = {};

const acronym = (o: OrgRef | null) => (o ? (o.acronym ?? o.name) : null);

async function loadMatrices() {
  coordinator = await t.as('coordinator');
  const listed = (await coordinator.get('/api/mesas')).json().mesas as { id: string; slug: string }[];
  for (const m of listed) mesaIds[m.slug] = m.id;
  for (const [slug, id] of Object.entries(mesaIds)) {
    const res = await coordinator.get(`/api/mesas/${id}/matrix`);
    expect(res.statusCode).toBe(200);
    const rows = (res.json().problems as ApiMatrixRow[]).sort((a, b) => a.number - b.number);
    const problems: Problem[] = [];
    for (const row of rows) {
      const detail = await coordinator.get(`/api/problems/${row.id}`);
      expect(detail.statusCode).toBe(200);
      const p = detail.json() as ApiProblem;
      problems.push({
        id: p.id,
        number: p.number,
        title: p.title,
        description: p.description,
        category: p.category?.key ?? null,
        ownerType: p.ownerType,
        raisedByPerson: p.raisedByPerson?.fullName ?? null,
        raisedByOrganization: acronym(p.raisedByOrganization),
        impact: p.impact,
        ease: p.ease,
        inFocus: p.inFocus,
        visibility: p.visibility,
        status: p.status,
        filterFlags: p.filterFlags,
        createdAt: new Date(p.createdAt),
        entities: p.entities.map((e) => acronym(e)!).sort(),
        events: p.history.map((e) => ({
          from: e.fromStatus,
          to: e.toStatus,
          reason: e.reason,
          at: new Date(e.occurredAt),
        })),
        solutions: p.solutions.map((s) => ({
          id: s.id,
          instrument: s.instrument,
          proposedBy: acronym(s.proposedByOrganization),
          filterFlags: s.filterFlags,
          versions: s.versions.map((v) => ({
            number: v.number,
            text: v.text,
            reason: v.reason,
            revisedOn: v.revisedOn,
          })),
        })),
        indicators: p.indicators,
        feedback: p.feedback.map((f) => ({
          verdict: f.verdict,
          text: f.text,
          person: f.person?.fullName ?? null,
          observedOn: f.observedOn,
        })),
        row,
      });
    }
    matrix[slug] = problems;
  }
}

beforeAll(async () => {
  t = await createTestContext();
  await loadMatrices();
});
afterAll(() => t.close());

/** The one problem of a Mesa whose title contains `words`. */
function problem(slug: string, words: string): Problem {
  const found = (matrix[slug] ?? []).filter((p) => p.title.includes(words));
  expect(
    found.map((p) => p.title),
    `${slug}: ${words}`,
  ).toHaveLength(1);
  return found[0]!;
}

/** Everything a reader of the Mesa's Matrix sees as text. */
function allText(slug: string): string {
  return (matrix[slug] ?? [])
    .flatMap((p) => [
      p.title,
      p.description,
      ...p.events.map((e) => e.reason ?? ''),
      ...p.solutions.flatMap((s) => s.versions.map((v) => v.text)),
    ])
    .join('\n');
}

const lima = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'America/Lima' });
const currentText = (s: Solution) => s.versions.at(-1)!.text;

describe('the demo Matrix: problems per Mesa', () => {
  it('each Mesa has its Matrix, numbered from P-1 in the order problems were raised', () => {
    expect(matrix.forestal!.length).toBeGreaterThanOrEqual(15);
    expect(matrix.acuicola!.length).toBeGreaterThanOrEqual(10);
    expect(matrix.logistica!.length).toBeGreaterThanOrEqual(10);
    for (const slug of ['forestal', 'acuicola', 'logistica']) {
      const rows = matrix[slug]!;
      expect(
        rows.map((p) => p.number),
        slug,
      ).toEqual(rows.map((_, i) => i + 1));
      const raised = rows.map((p) => p.createdAt.getTime());
      for (let i = 1; i < raised.length; i++) expect(raised[i]! > raised[i - 1]!, slug).toBe(true);
    }
  });

  it('every problem has a default barrier category, scores from 1 to 5, an owner type and a raiser', () => {
    const keys = new Set(defaultBarrierCategories.map((c) => c.key));
    for (const [slug, rows] of Object.entries(matrix)) {
      for (const p of rows) {
        expect(keys.has(p.category ?? ''), `${slug} ${p.title}`).toBe(true);
        expect(p.impact).toBeGreaterThanOrEqual(1);
        expect(p.impact).toBeLessThanOrEqual(5);
        expect(p.ease).toBeGreaterThanOrEqual(1);
        expect(p.ease).toBeLessThanOrEqual(5);
        expect(['MP', 'YP']).toContain(p.ownerType);
        expect(p.raisedByPerson ?? p.raisedByOrganization, p.title).not.toBeNull();
      }
    }
    // The private sector's own jobs ("your problem") are in the Forestry Matrix.
    expect(problem('forestal', 'Baja productividad de los operadores').ownerType).toBe('YP');
    expect(problem('forestal', 'no tienen un gremio propio')).toMatchObject({
      ownerType: 'YP',
      category: 'private_coordination',
      entities: [],
    });
  });

  it('most problems were enacted or verified; some are in progress, parked or just identified', () => {
    const count = (statuses: string[]) =>
      Object.values(matrix)
        .flat()
        .filter((p) => statuses.includes(p.status)).length;
    const total = Object.values(matrix).flat().length;
    expect(count(['enacted', 'verified']) * 2).toBeGreaterThan(total);
    expect(count(['verified'])).toBeGreaterThanOrEqual(5);
    expect(count(['in_progress'])).toBeGreaterThanOrEqual(5);
    expect(count(['parked'])).toBe(2);
    expect(count(['identified'])).toBeGreaterThanOrEqual(1);

    expect(problem('forestal', 'Ley Forestal y de Fauna Silvestre').status).toBe('verified');
    expect(problem('forestal', 'Registrar una plantación').status).toBe('verified');
    expect(problem('forestal', 'OSINFOR no reconoce').status).toBe('in_progress');
    expect(problem('forestal', 'concurso de concesiones').status).toBe('enacted');
    expect(problem('acuicola', 'trata la acuicultura como pesca').status).toBe('enacted');
    expect(problem('acuicola', 'autorizaciones sanitarias').status).toBe('verified');
    expect(problem('acuicola', 'FDA').status).toBe('in_progress');
    expect(problem('logistica', 'camiones esperan').status).toBe('verified');
    expect(problem('logistica', 'niveles de servicio y productividad').status).toBe('in_progress');
    expect(problem('logistica', 'Carreteras peligrosas').status).toBe('identified');
  });

  it('3-4 open problems per Mesa are in focus, and only open ones', () => {
    for (const [slug, rows] of Object.entries(matrix)) {
      const focus = rows.filter((p) => p.inFocus);
      expect(focus.length, slug).toBeGreaterThanOrEqual(3);
      expect(focus.length, slug).toBeLessThanOrEqual(4);
      for (const p of focus) expect(openProblemStatuses, p.title).toContain(p.status);
    }
    expect(problem('forestal', 'OSINFOR no reconoce').inFocus).toBe(true);
    expect(problem('acuicola', 'Obtener una concesión acuícola').inFocus).toBe(true);
    expect(problem('logistica', 'niveles de servicio y productividad').inFocus).toBe(true);
  });
});

describe('statuses are dated, in order, within the life of each Mesa', () => {
  it('every problem starts identified and its status events follow the dates of the paper', () => {
    for (const [slug, rows] of Object.entries(matrix)) {
      for (const p of rows) {
        expect(p.events[0], p.title).toMatchObject({ from: null, to: 'identified' });
        expect(p.events.at(-1)!.to, p.title).toBe(p.status);
        for (let i = 1; i < p.events.length; i++) {
          expect(p.events[i]!.from, p.title).toBe(p.events[i - 1]!.to);
          expect(p.events[i]!.at.getTime()).toBeGreaterThan(p.events[i - 1]!.at.getTime());
        }
        const first = lima(p.events[0]!.at);
        const last = lima(p.events.at(-1)!.at);
        const launched = { forestal: '2014-12-04', acuicola: '2015-05-14', logistica: '2016-02-11' }[slug]!;
        expect(first >= launched, `${slug} ${p.title} ${first}`).toBe(true);
        // Aquaculture and Logistics operated until July 2016; Forestry paused from July 2016 to February 2017.
        const until = slug === 'forestal' ? '2017-12-31' : '2016-07-27';
        expect(last <= until, `${slug} ${p.title} ${last}`).toBe(true);
        for (const e of p.events) {
          const day = lima(e.at);
          expect(day > '2016-07-27' && day < '2017-02-16', `${p.title} ${day}`).toBe(false);
        }
        for (const e of p.events) if (e.to === 'parked') expect(e.reason?.length).toBeGreaterThan(20);
      }
    }
  });

  it('the paper dates: Forestry Law regulated in September 2015, Aquaculture Law in August 2015, abbreviated procedure in May 2017', () => {
    const enactedOn = (p: Problem) => lima(p.events.find((e) => e.to === 'enacted')!.at);
    expect(enactedOn(problem('forestal', 'Ley Forestal y de Fauna Silvestre'))).toMatch(/^2015-09-/);
    expect(enactedOn(problem('forestal', 'Registrar una plantación'))).toMatch(/^2015-09-/);
    expect(enactedOn(problem('forestal', 'de cuatro a ocho meses'))).toMatch(/^2015-09-/);
    expect(enactedOn(problem('acuicola', 'trata la acuicultura como pesca'))).toMatch(/^2015-08-/);
    expect(enactedOn(problem('acuicola', 'permiso de vertimiento'))).toMatch(/^2016-03-/);
    const tender = problem('forestal', 'concurso de concesiones');
    expect(enactedOn(tender)).toMatch(/^2017-05-/);
    expect(tender.events.at(-1)!.reason).toContain('Ucayali y Loreto');
  });
});

describe('solutions and their versions (the recursive loop)', () => {
  it('OSINFOR refused the early inspections for months, then agreed after SERFOR’s opinion: two versions with a reason', () => {
    const p = problem('forestal', 'OSINFOR no reconoce');
    const [solution] = p.solutions;
    expect(solution!.versions.length).toBeGreaterThanOrEqual(2);
    const [first, second] = solution!.versions;
    expect(first!.reason).toBeNull();
    expect(first!.text).toContain('OSINFOR se sume a las autoridades forestales regionales');
    expect(second!.reason).toMatch(/OSINFOR se negó durante meses/);
    expect(second!.reason).toMatch(/mandato/);
    expect(second!.reason).toMatch(/opinión favorable de SERFOR/);
    expect(second!.text).toMatch(/inspecciones tempranas en origen/);
    expect(second!.revisedOn! > first!.revisedOn!).toBe(true);
    expect(p.entities).toEqual(expect.arrayContaining(['OSINFOR', 'SERFOR', 'GORE-UCAYALI', 'GORE-LORETO']));
    // The Matrix row shows the current version.
    expect(p.row.latestSolution).toMatchObject({ id: solution!.id, version: solution!.versions.length });
    expect(p.row.latestSolution!.text).toBe(solution!.versions.at(-1)!.text);
  });

  it('Aquaculture concessions: enacted at six months, reopened for the 90-day target, the solution revised', () => {
    const p = problem('acuicola', 'Obtener una concesión acuícola');
    expect(p.events.map((e) => e.to)).toEqual([
      'identified',
      'prioritized',
      'in_progress',
      'enacted',
      'in_progress',
    ]);
    expect(p.events.at(-1)!.reason).toContain('90 días');
    const versions = p.solutions[0]!.versions;
    expect(versions).toHaveLength(2);
    expect(versions[1]!.reason).toMatch(/La implementación mostró/);
    expect(versions[1]!.text).toContain('90 días');
  });

  it('every problem but the merely identified one has a solution with an instrument, most proposed by an entity', () => {
    for (const rows of Object.values(matrix)) {
      for (const p of rows) {
        if (p.status === 'identified') continue;
        expect(p.solutions.length, p.title).toBeGreaterThan(0);
        for (const s of p.solutions) expect(s.versions[0]!.revisedOn, p.title).not.toBeNull();
      }
    }
    const all = Object.values(matrix).flatMap((rows) => rows.flatMap((p) => p.solutions));
    expect(all.filter((s) => s.proposedBy).length * 4).toBeGreaterThan(all.length * 3);
    expect(new Set(all.map((s) => s.instrument)).size).toBeGreaterThanOrEqual(7);
  });
});

describe('the filters of section 4.5 d and lesson 10', () => {
  it('a declaratory request (Forestry) and a subsidy request (Logistics) are flagged and parked with the litmus test', () => {
    const declaratory = problem('forestal', 'Declarar de interés nacional');
    expect(declaratory).toMatchObject({ status: 'parked', filterFlags: ['declaratory'] });
    expect(declaratory.solutions[0]!.filterFlags).toEqual(['declaratory']);
    expect(declaratory.events.at(-1)!.reason).toMatch(/operación diaria/);
    const subsidy = problem('logistica', 'Subsidio');
    expect(subsidy).toMatchObject({ status: 'parked', filterFlags: ['subsidy'] });
    expect(subsidy.solutions[0]!.filterFlags).toEqual(['subsidy']);
    expect(subsidy.events.at(-1)!.reason).toMatch(/productividad/);
  });

  it('the flags match what the text suggests, and no other problem suggests a flag', () => {
    for (const rows of Object.values(matrix)) {
      for (const p of rows) {
        expect(p.row.suggestedFlags, p.title).toEqual([]);
        const texts = [p.title, p.description, ...p.solutions.map(currentText)];
        expect(suggestFilterFlags(...texts), p.title).toEqual(p.filterFlags);
      }
    }
  });
});

describe('before → after indicators of the paper', () => {
  const expected: {
    slug: string;
    problem: string;
    name: string;
    unit: string;
    direction: string;
    baseline: number;
    current: number | null;
    target: number | null;
  }[] = [
    // 5.1: "landowners can now register their forest plantations in three days, where it used to take six to 12 months"
    {
      slug: 'forestal',
      problem: 'Registrar una plantación',
      name: 'Plazo para registrar una plantación forestal',
      unit: 'días',
      direction: 'lower_is_better',
      baseline: 180,
      current: 3,
      target: null,
    },
    // 5.1: "Wood from forest plantations can also now be extracted without a permit. The process used to last from four to eight months."
    {
      slug: 'forestal',
      problem: 'de cuatro a ocho meses',
      name: 'Plazo del permiso para extraer madera de plantaciones',
      unit: 'días',
      direction: 'lower_is_better',
      baseline: 120,
      current: 0,
      target: null,
    },
    // 5.1: "a $200 million fund enabled ... Cofide to provide seed second-tier funding"
    {
      slug: 'forestal',
      problem: 'financiamiento de largo plazo',
      name: 'Fondo de segundo piso de COFIDE para el sector forestal',
      unit: 'millones de US$',
      direction: 'higher_is_better',
      baseline: 0,
      current: 200,
      target: null,
    },
    // 5.2: "Obtaining a concession, which could previously take up to two years, now takes six months ... 90 days"
    {
      slug: 'acuicola',
      problem: 'Obtener una concesión acuícola',
      name: 'Plazo para obtener una concesión acuícola',
      unit: 'días',
      direction: 'lower_is_better',
      baseline: 730,
      current: 180,
      target: 90,
    },
    // 5.2: "the cost of franchising is now 70 percent lower"
    {
      slug: 'acuicola',
      problem: 'Obtener una concesión acuícola',
      name: 'Costo de obtener una concesión acuícola (índice, antes = 100)',
      unit: 'índice',
      direction: 'lower_is_better',
      baseline: 100,
      current: 30,
      target: null,
    },
    // 5.2: "authorizations that previously took 45 days and were valid for one year now take 12 days and are valid for three years"
    {
      slug: 'acuicola',
      problem: 'autorizaciones sanitarias',
      name: 'Plazo para obtener una autorización sanitaria de Sanipes',
      unit: 'días',
      direction: 'lower_is_better',
      baseline: 45,
      current: 12,
      target: null,
    },
    {
      slug: 'acuicola',
      problem: 'autorizaciones sanitarias',
      name: 'Vigencia de la autorización sanitaria de Sanipes',
      unit: 'años',
      direction: 'higher_is_better',
      baseline: 1,
      current: 3,
      target: null,
    },
    // 5.2: "In 2014, Sanipes had a single international accreditation. Today it boasts six."
    {
      slug: 'acuicola',
      problem: 'Sanipes, operativo desde fines de 2014',
      name: 'Acreditaciones internacionales de Sanipes',
      unit: 'acreditaciones',
      direction: 'higher_is_better',
      baseline: 1,
      current: 6,
      target: null,
    },
    // 5.2: "Remodeling its seven existing decentralized offices. Opening seven new decentralized offices."
    {
      slug: 'acuicola',
      problem: 'Sanipes, operativo desde fines de 2014',
      name: 'Oficinas desconcentradas de Sanipes',
      unit: 'oficinas',
      direction: 'higher_is_better',
      baseline: 7,
      current: null,
      target: 14,
    },
    // 5.3: "waiting time for inbound trucks at APM Terminals was cut from six hours to two"
    {
      slug: 'logistica',
      problem: 'camiones esperan',
      name: 'Espera de los camiones para ingresar a APM Terminals',
      unit: 'horas',
      direction: 'lower_is_better',
      baseline: 6,
      current: 2,
      target: null,
    },
    // 5.3: "replaced by an affidavit, saving the three days previously needed to get a Primary Zone extension"
    {
      slug: 'logistica',
      problem: 'carta náutica',
      name: 'Plazo para ampliar la zona primaria (carta náutica)',
      unit: 'días',
      direction: 'lower_is_better',
      baseline: 3,
      current: 0,
      target: null,
    },
  ];

  it.each(expected)('$slug: $name', (e) => {
    const p = problem(e.slug, e.problem);
    const found = p.indicators.filter((i) => i.name === e.name);
    expect(found).toHaveLength(1);
    const i = found[0]!;
    expect(i).toMatchObject({
      unit: e.unit,
      direction: e.direction,
      baselineValue: e.baseline,
      currentValue: e.current,
      targetValue: e.target,
    });
    expect(i.baselineOn).not.toBeNull();
    if (e.current !== null) expect(i.currentOn! >= i.baselineOn!).toBe(true);
    expect(i.source).toMatch(/sección 5\.[123]/);
    // The Matrix row shows it too.
    expect(p.row.indicators.filter((r) => r.name === e.name)).toMatchObject([
      { baselineValue: e.baseline, currentValue: e.current, targetValue: e.target },
    ]);
    // Each indicator measures one of the problem's solutions.
    expect(p.solutions.map((s) => s.id)).toContain(i.solutionId);
  });

  it('there are no other indicators than these', () => {
    const all = Object.values(matrix).flatMap((rows) => rows.flatMap((p) => p.indicators));
    expect(all.map((i) => i.name).sort()).toEqual(expected.map((e) => e.name).sort());
  });
});

describe('every other figure of sections 5.1-5.3 is in the Matrix texts', () => {
  const figures: Record<string, string[]> = {
    forestal: [
      'julio de 2011',
      'más de cuatro años',
      'US$150 millones',
      'US$1200 millones',
      'US$5500 millones',
      'desde hace 15 años',
      'primer año y medio',
      '200 años',
      'de 800 a 1000 árboles por hectárea',
      'entre los años seis y 20',
      '50 m³',
      '25 m³ en Chile',
      '5 m³ en Finlandia',
      'de seis a 12 meses',
      'tres días',
      'de cuatro a ocho meses',
      '10 años o más',
      'US$200 millones',
      '70/30',
      'tasas bajas de un dígito',
      '7,9 millones de hectáreas',
      'menos de dos millones',
      '4-5 m³',
      'cada 20 años',
      '25-28 m³',
      '13 años',
      'nueve millones de hectáreas',
      'cuatro millones',
      '40 000 hectáreas',
      'US$1000-2000',
      'US$5000-10 000',
      'San Martín y Huánuco',
      'Loreto, Madre de Dios y Ucayali',
      'Ucayali y Loreto',
      'ocho años',
      'auditorías quinquenales',
      '14 asociaciones',
      'seis gobiernos regionales',
      '20-27 m³',
      '30-50%',
      '70-90%',
    ],
    acuicola: [
      'casi 25% al año',
      'US$250 millones',
      'diez veces más',
      'agosto de 2015',
      'marzo de 2016',
      '20% de la concesión',
      'hasta dos años',
      'seis meses',
      '90 días',
      '70% menos',
      'US$117 millones',
      'Piura, San Martín y Puno',
      'Tumbes',
      'fines de 2014',
      'China',
      'Brasil',
      '45 días',
      'un año',
      '12 días',
      'tres años',
      'tres laboratorios nuevos (Piura, Tumbes y Puno)',
      'siete oficinas desconcentradas',
      'siete nuevas',
      'En 2014 tenía una sola acreditación internacional',
    ],
    logistica: [
      'desde 2012',
      'cinco meses',
      'US$9,8 millones sin IGV',
      '(a) la descarga directa',
      '(e) el uso de las áreas operativas',
      'seis a dos horas',
      'cuatro tipos de barreras',
      'certificación de un año',
      'tres días',
    ],
  };
  it.each(Object.entries(figures))('%s', (slug, expectedFigures) => {
    const text = allText(slug);
    for (const figure of expectedFigures) expect(text, figure).toContain(figure);
  });
});

describe('responsible public entities', () => {
  it('come from the organizations the paper names, and every MP problem has at least one', () => {
    for (const rows of Object.values(matrix)) {
      for (const p of rows) if (p.ownerType === 'MP') expect(p.entities.length, p.title).toBeGreaterThan(0);
    }
    expect(problem('forestal', 'Ley Forestal y de Fauna Silvestre').entities).toContain('SERFOR');
    expect(problem('forestal', 'financiamiento de largo plazo').entities).toContain('COFIDE');
    expect(problem('forestal', 'Tribunal Forestal').entities).toContain('SERFOR');
    expect(problem('forestal', 'catastro de tierras forestales').entities).toEqual(
      expect.arrayContaining(['SERFOR', 'GORE-SAN-MARTIN', 'GORE-HUANUCO']),
    );
    expect(problem('forestal', 'innovación').entities).toContain('CITEFOR-PUCALLPA');
    expect(problem('acuicola', 'procedimientos duplicados').entities).toEqual([
      'ANA',
      'OEFA',
      'PRODUCE',
      'SANIPES',
    ]);
    expect(problem('acuicola', 'garantía de crédito').entities).toContain('SUNARP');
    expect(problem('acuicola', 'I+D+i').entities).toEqual(expect.arrayContaining(['PNIPA', 'INNOVATE']));
    expect(problem('logistica', 'camiones esperan').entities).toEqual([
      'APN',
      'MININTER',
      'MPC',
      'PNP',
      'PROVIAS',
    ]);
    expect(problem('logistica', 'VUCE').entities).toEqual(['MINCETUR', 'SENASA']);
    expect(problem('logistica', 'inducción de seguridad').entities).toContain('SUNAFIL');
    expect(problem('logistica', 'Ley General de Aduanas').entities).toContain('SUNAT');
    expect(problem('logistica', 'niveles de servicio y productividad').entities).toEqual(
      expect.arrayContaining(['APN', 'OSITRAN']),
    );
  });

  it('the same bottleneck, a title usable as loan collateral, appears in Forestry and Aquaculture', async () => {
    const res = await coordinator.get(`/api/search?q=${encodeURIComponent('garantia prestamos')}`);
    expect(res.statusCode).toBe(200);
    const hits = res.json().results as { problem: { title: string }; mesa: { slug: string } }[];
    const slugs = new Set(hits.map((h) => h.mesa.slug));
    expect(slugs.has('forestal')).toBe(true);
    expect(slugs.has('acuicola')).toBe(true);
    expect(hits.map((h) => h.problem.title)).toContain(
      'El título acuícola no sirve como garantía de crédito',
    );
  });
});

describe('field feedback', () => {
  it('a smallholder reports the plantation registration only partly applied by a regional office', () => {
    const [report] = problem('forestal', 'Registrar una plantación').feedback;
    expect(report).toMatchObject({ verdict: 'partly', person: 'Nilda Amasifuén Tuanama' });
    expect(report!.text).toMatch(/agencia agraria/);
    expect(report!.observedOn! >= '2017-02-16').toBe(true);
  });

  it('the VUCE contingency plan works in Lima and Callao only; the truck pilot works', () => {
    expect(problem('logistica', 'VUCE').feedback).toMatchObject([{ verdict: 'partly' }]);
    expect(problem('logistica', 'camiones esperan').feedback).toMatchObject([
      { verdict: 'works', person: 'Felipe Ugaz Ramos' },
    ]);
  });
});

describe('audit', () => {
  it('every Matrix record of the demo has its audit event, and the audit chain verifies', async () => {
    const db = t.database.db;
    const all = Object.values(matrix).flat();
    const audited = async (type: string, action: string) =>
      (
        await db
          .select({ id: auditEvents.entityId })
          .from(auditEvents)
          .where(and(eq(auditEvents.entityType, type), eq(auditEvents.action, action)))
      ).length;
    const sols = all.flatMap((p) => p.solutions);
    const versions = sols.flatMap((s) => s.versions).length;
    expect(await audited('problem', 'create')).toBe(all.length);
    expect(await audited('problem', 'transition')).toBe(all.reduce((n, p) => n + p.events.length - 1, 0));
    expect(await audited('solution', 'create')).toBe(sols.length);
    expect(await audited('solution', 'revise')).toBe(versions - sols.length);
    expect(await audited('indicator', 'create')).toBe(all.flatMap((p) => p.indicators).length);
    expect(await audited('field_feedback', 'create')).toBe(all.flatMap((p) => p.feedback).length);

    const res = await (await t.as('admin')).get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(res.json().checked).toBeGreaterThan(all.length * 3);
  });
});
