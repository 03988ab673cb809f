import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed';
import { createTestContext, type TestContext } from '../support/app';

interface OrgRef {
  id: string;
  name: string;
  acronym: string | null;
}
interface MesaEvent {
  kind: 'status' | 'host';
  fromStatus: string | null;
  toStatus: string | null;
  fromHost: OrgRef | null;
  toHost: OrgRef | null;
  occurredOn: string;
  reason: string;
}
interface Participant {
  role: string;
  isFirstHandOperator: boolean;
  isOccasional: boolean;
  startedOn: string | null;
  endedOn: string | null;
  person: { fullName: string };
  organization: OrgRef | null;
  designatedBy: OrgRef | null;
}
interface MesaDetail {
  id: string;
  slug: string;
  name: string;
  kind: string;
  status: string;
  visibility: string;
  locale: string;
  launchedOn: string | null;
  host: OrgRef;
  myRoles: string[];
  events: MesaEvent[];
  participants: { group: string; participants: Participant[] }[];
  formerParticipants: Participant[];
  compositionWarnings: string[];
}
interface Organization {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  level: string;
  parentId: string | null;
}

let t: TestContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestContext();
  const res = await (await t.as('coordinator')).get('/api/mesas');
  for (const m of res.json().mesas as { id: string; slug: string }[]) ids[m.slug] = m.id;
});
afterAll(() => t.close());

async function mesa(slug: string): Promise<MesaDetail> {
  const res = await (await t.as('coordinator')).get(`/api/mesas/${ids[slug]}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** Status and host events after the creation event, as [date, what] pairs. */
function timeline(m: MesaDetail): [string, string][] {
  return m.events
    .slice(1)
    .map((e): [string, string] => [
      e.occurredOn,
      e.kind === 'status'
        ? `${e.fromStatus}→${e.toStatus}`
        : `host ${e.fromHost?.acronym}→${e.toHost?.acronym}`,
    ]);
}

describe('the three Mesas of the paper (sections 5.1-5.3)', () => {
  it('exist with their kinds, names, visibility and language', async () => {
    const expected = {
      forestal: { name: 'Mesa Ejecutiva Forestal', kind: 'sector', visibility: 'members' },
      acuicola: { name: 'Mesa Ejecutiva Acuícola', kind: 'sector', visibility: 'members' },
      logistica: { name: 'Mesa Ejecutiva de Logística', kind: 'factor', visibility: 'public' },
    };
    expect(Object.keys(ids).sort()).toEqual(['acuicola', 'forestal', 'logistica']);
    for (const [slug, facts] of Object.entries(expected)) {
      const m = await mesa(slug);
      expect(m).toMatchObject({ ...facts, locale: 'es' });
    }
  });

  it('Forestry: launched at PRODUCE in December 2014, paused in July 2016, reinstalled at MINAGRI in February 2017', async () => {
    const m = await mesa('forestal');
    const created = m.events[0]!;
    expect(created).toMatchObject({ kind: 'status', fromStatus: null, toStatus: 'candidate' });
    expect(created.toHost?.acronym).toBe('PRODUCE');
    expect(created.occurredOn < '2014-12-01').toBe(true);

    const steps = timeline(m);
    expect(steps.map(([, what]) => what)).toEqual([
      'candidate→active',
      'active→paused',
      'paused→active',
      'host PRODUCE→MINAGRI',
    ]);
    expect(steps[0]![0]).toMatch(/^2014-12-/);
    expect(steps[1]![0]).toMatch(/^2016-07-/);
    expect(steps[2]![0]).toMatch(/^2017-02-/);
    expect(steps[3]![0]).toBe(steps[2]![0]);
    for (const e of m.events.slice(1)) expect(e.reason.length).toBeGreaterThan(10);

    expect(m.launchedOn).toMatch(/^2014-12-/);
    expect(m.status).toBe('active');
    expect(m.host.acronym).toBe('MINAGRI');
  });

  it('Aquaculture: set up in early 2015 and launched at PRODUCE in May 2015, until July 2016', async () => {
    const m = await mesa('acuicola');
    expect(m.events[0]!.toHost?.acronym).toBe('PRODUCE');
    expect(m.events[0]!.occurredOn).toMatch(/^2015-0[1-4]-/);
    const steps = timeline(m);
    expect(steps.map(([, what]) => what)).toEqual(['candidate→active', 'active→paused']);
    expect(steps[0]![0]).toMatch(/^2015-05-/);
    expect(steps[1]![0]).toMatch(/^2016-07-/);
    expect(m.launchedOn).toMatch(/^2015-05-/);
    expect(m.host.acronym).toBe('PRODUCE');
  });

  it('Logistics: launched at PRODUCE in February 2016, operating until July 2016', async () => {
    const m = await mesa('logistica');
    expect(m.events[0]!.toHost?.acronym).toBe('PRODUCE');
    const steps = timeline(m);
    expect(steps.map(([, what]) => what)).toEqual(['candidate→active', 'active→paused']);
    expect(steps[0]![0]).toMatch(/^2016-02-/);
    expect(steps[1]![0]).toMatch(/^2016-07-/);
    expect(m.launchedOn).toMatch(/^2016-02-/);
    expect(m.host.acronym).toBe('PRODUCE');
  });
});

describe('organizations the paper names', () => {
  let byAcronym: Map<string, Organization>;
  beforeAll(async () => {
    const res = await (await t.as('coordinator')).get('/api/organizations');
    expect(res.statusCode).toBe(200);
    const orgs = res.json().organizations as Organization[];
    byAcronym = new Map(orgs.filter((o) => o.acronym).map((o) => [o.acronym!, o]));
  });
  const parentOf = (acronym: string) => {
    const parentId = byAcronym.get(acronym)?.parentId;
    return [...byAcronym.values()].find((o) => o.id === parentId)?.acronym;
  };

  it('includes the public entities of the three Mesas', () => {
    const forestry = [
      'SERFOR',
      'OSINFOR',
      'MINAM',
      'MINAGRI',
      'PRODUCE',
      'COFIDE',
      'CITEFOR-PUCALLPA',
      'TFFS',
    ];
    const regions = ['GORE-UCAYALI', 'GORE-LORETO', 'GORE-SAN-MARTIN', 'GORE-HUANUCO', 'GORE-MDD'];
    const aquaculture = ['SANIPES', 'ANA', 'OEFA', 'SUNARP', 'PNIPA', 'INNOVATE', 'SENASA'];
    const logistics = [
      'MTC',
      'MINCETUR',
      'OSITRAN',
      'APN',
      'MININTER',
      'PROVIAS',
      'PNP',
      'MPC',
      'MML',
      'SUNAT',
      'SUNAFIL',
    ];
    for (const acronym of [...forestry, ...regions, ...aquaculture, ...logistics]) {
      expect(byAcronym.get(acronym)?.kind, acronym).toBe('public_entity');
    }
    for (const acronym of regions) expect(byAcronym.get(acronym)?.level, acronym).toBe('regional');
    for (const acronym of ['MPC', 'MML']) expect(byAcronym.get(acronym)?.level, acronym).toBe('local');
    expect(byAcronym.get('SERFOR')?.level).toBe('national');
  });

  it('includes the business associations, the port concessionaire and the universities', () => {
    for (const acronym of ['SNI', 'ADEX', 'COMEX', 'CCL', 'CONFIEP', 'ASPPOR', 'AFIN', 'CONAFOR']) {
      expect(byAcronym.get(acronym)?.kind, acronym).toBe('business_association');
    }
    expect(byAcronym.get('APMT')?.kind).toBe('company');
    expect(byAcronym.get('UPCH')?.kind).toBe('academia');
    expect(byAcronym.get('UNT')?.kind).toBe('academia');
  });

  it('attaches agencies to their ministries', () => {
    expect(parentOf('SERFOR')).toBe('MINAGRI');
    expect(parentOf('SENASA')).toBe('MINAGRI');
    expect(parentOf('ANA')).toBe('MINAGRI');
    expect(parentOf('SANIPES')).toBe('PRODUCE');
    expect(parentOf('OEFA')).toBe('MINAM');
    expect(parentOf('APN')).toBe('MTC');
    expect(parentOf('PROVIAS')).toBe('MTC');
    expect(parentOf('SUNAT')).toBe('MEF');
    expect(parentOf('PNP')).toBe('MININTER');
    expect(parentOf('TFFS')).toBe('SERFOR');
    expect(parentOf('PRODUCE')).toBeUndefined();
  });
});

describe('participants', () => {
  it('every Mesa has private, public and dedicated-team participants, led by a moderator', async () => {
    for (const slug of ['forestal', 'acuicola', 'logistica']) {
      const m = await mesa(slug);
      const groups = Object.fromEntries(m.participants.map((g) => [g.group, g.participants]));
      for (const group of ['private', 'public', 'team'])
        expect(groups[group]?.length, `${slug} ${group}`).toBeGreaterThan(0);
      expect(groups.team![0]!.role).toBe('moderator');
      expect(groups.team!.length).toBeGreaterThanOrEqual(2);
      for (const p of groups.private!) {
        if (p.organization?.acronym !== 'APMT') expect(p.designatedBy, p.person.fullName).not.toBeNull();
      }
      const firstHand = groups.private!.filter((p) => p.isFirstHandOperator).length;
      expect(firstHand * 2, slug).toBeGreaterThan(groups.private!.length);
      expect(
        groups.public!.some((p) => p.isOccasional),
        slug,
      ).toBe(true);
      expect(
        groups.public!.some((p) => !p.isOccasional),
        slug,
      ).toBe(true);
      expect(m.compositionWarnings, slug).toEqual([]);
    }
  });

  it('Forestry: the PRODUCE team left in July 2016 and a new MINAGRI team runs the reinstalled Mesa', async () => {
    const m = await mesa('forestal');
    const former = m.formerParticipants.filter((p) => p.role === 'team' || p.role === 'moderator');
    expect(former.length).toBeGreaterThan(0);
    for (const p of former) {
      expect(p.organization?.acronym).toBe('PRODUCE');
      expect(p.endedOn).toMatch(/^2016-07-/);
    }
    const team = m.participants.find((g) => g.group === 'team')!.participants;
    for (const p of team) {
      expect(p.organization?.acronym).toBe('MINAGRI');
      expect(p.startedOn).toMatch(/^2017-02-/);
    }
    const highLevel = m.participants.find((g) => g.group === 'high_level')!.participants;
    expect(highLevel.map((p) => p.organization?.acronym)).toEqual(['MINAGRI']);
    // The reinstalled Mesa includes smallholders of CONAFOR Perú and regional governments.
    const privateReps = m.participants.find((g) => g.group === 'private')!.participants;
    expect(privateReps.some((p) => p.designatedBy?.acronym === 'CONAFOR' && p.isFirstHandOperator)).toBe(
      true,
    );
    const publicReps = m.participants.find((g) => g.group === 'public')!.participants;
    expect(publicReps.some((p) => p.organization?.acronym === 'GORE-UCAYALI')).toBe(true);
    expect(publicReps.some((p) => p.organization?.acronym === 'SERFOR')).toBe(true);
    expect(publicReps.some((p) => p.organization?.acronym === 'OSINFOR')).toBe(true);
  });

  it('Logistics: the seven associations the paper names designate its private representatives', async () => {
    const m = await mesa('logistica');
    const privateReps = m.participants.find((g) => g.group === 'private')!.participants;
    const designators = new Set(privateReps.map((p) => p.designatedBy?.acronym).filter(Boolean));
    expect([...designators].sort()).toEqual(['ADEX', 'AFIN', 'ASPPOR', 'CCL', 'COMEX', 'CONFIEP', 'SNI']);
    const publicReps = m.participants.find((g) => g.group === 'public')!.participants;
    const entities = new Set(publicReps.map((p) => p.organization?.acronym));
    for (const acronym of ['PRODUCE', 'MTC', 'MINCETUR', 'OSITRAN', 'APN'])
      expect(entities.has(acronym), acronym).toBe(true);
  });

  it('Aquaculture: Sanipes and PRODUCE sit at the Mesa', async () => {
    const m = await mesa('acuicola');
    const publicReps = m.participants.find((g) => g.group === 'public')!.participants;
    const entities = new Set(publicReps.map((p) => p.organization?.acronym));
    expect(entities.has('SANIPES')).toBe(true);
    expect(entities.has('PRODUCE')).toBe(true);
  });
});

describe('demo accounts', () => {
  const forestryRoles = ['team', 'moderator', 'public_rep', 'private_rep', 'observer'] as const;

  it('every role can sign in', async () => {
    for (const role of ['admin', 'coordinator', 'high_level', ...forestryRoles] as const) {
      const res = await (await t.as(role)).get('/api/auth/me');
      expect(res.statusCode, role).toBe(200);
      expect(res.json().user.email).toBe(`${role}@demo.mesas.local`);
    }
  });

  it('the Mesa accounts participate in the Forestry Mesa only, with their role', async () => {
    for (const role of forestryRoles) {
      const me = (await (await t.as(role)).get('/api/auth/me')).json();
      expect(me.user.mesas, role).toEqual([{ mesaId: ids.forestal, roles: [role] }]);
      const forestry = await (await t.as(role)).get(`/api/mesas/${ids.forestal}`);
      expect(forestry.statusCode, role).toBe(200);
      expect(forestry.json().myRoles).toEqual([role]);
    }
  });

  it('they cannot see the Aquaculture Mesa but see the public Logistics Mesa', async () => {
    for (const role of forestryRoles) {
      const c = await t.as(role);
      expect((await c.get(`/api/mesas/${ids.acuicola}`)).statusCode, role).toBe(404);
      expect((await c.get(`/api/mesas/${ids.logistica}`)).statusCode, role).toBe(200);
      const listed = (await c.get('/api/mesas')).json().mesas.map((m: { slug: string }) => m.slug);
      expect(listed.sort(), role).toEqual(['forestal', 'logistica']);
    }
  });

  it('the coordinator and the high-level account see all three Mesas', async () => {
    for (const role of ['coordinator', 'high_level'] as const) {
      const c = await t.as(role);
      expect((await c.get(`/api/mesas/${ids.acuicola}`)).statusCode, role).toBe(200);
      expect((await c.get('/api/mesas')).json().mesas).toHaveLength(3);
    }
  });
});

describe('loading the demo again', () => {
  it('changes nothing', async () => {
    const c = await t.as('coordinator');
    const before = (await c.get('/api/organizations')).json().organizations.length;
    expect(await seedDemo(t.database.db, { timeZone: 'America/Lima' })).toEqual({ loaded: false });
    expect((await c.get('/api/mesas')).json().mesas).toHaveLength(3);
    expect((await c.get('/api/organizations')).json().organizations).toHaveLength(before);
  });
});
