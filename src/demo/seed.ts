import { eq, sql } from 'drizzle-orm';
import { createAccount } from '../commands/accounts';
import { systemContext } from '../commands/context';
import { createMesa, transitionMesa, updateMesa } from '../commands/mesas';
import { createOrganization } from '../commands/organizations';
import { addParticipation } from '../commands/participations';
import { createPerson } from '../commands/people';
import type { Db } from '../db/client';
import { installationFacts, mesas } from '../db/schema';
import type { GlobalRole } from '../domain/roles';
import { demoMesas, demoOrganizations } from './peru';
import { seedAssessments } from './seed-assessments';
import { seedEscalations } from './seed-escalations';
import { seedLessons } from './seed-lessons';
import { seedMatrix } from './seed-matrix';
import { seedPresent } from './seed-present';
import { seedSessions } from './seed-sessions';
import { seedWheel } from './seed-wheel';
import { type DemoAccountRole, demoAccountRoles } from './types';

export const DEMO_PASSWORD = 'mesas-demo';

/** One demo account per role: `<role>@demo.mesas.local`. */
export const demoAccounts: { role: DemoAccountRole; email: string; globalRole: GlobalRole | null }[] =
  demoAccountRoles.map((role) => ({
    role,
    email: `${role}@demo.mesas.local`,
    globalRole: role === 'admin' || role === 'coordinator' || role === 'high_level' ? role : null,
  }));

const GLOBAL_ACCOUNT_PEOPLE: Record<
  'admin' | 'coordinator' | 'high_level',
  { fullName: string; org: string }
> = {
  admin: { fullName: 'Administración Mesas', org: 'PRODUCE' },
  coordinator: { fullName: 'Oficina de Coordinación de Mesas Ejecutivas', org: 'PRODUCE' },
  high_level: { fullName: 'Despacho Ministerial', org: 'MEF' },
};

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(mesas);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the Forestry, Aquaculture and Logistics Mesas of Peru (paper sections 5.1-5.3) with their
 * organizations, participants, demo accounts, Matrix and sessions, through the same commands the API uses, so every
 * record has its audit event; then, unless `present` is false, the demo's present around `now`. Runs once: a second call finds the demo and does nothing.
 */
export interface SeedOptions {
  timeZone: string;
  /** Today for the demo: the next session of an active Mesa is announced after it. */
  now?: Date;
  /**
   * Whether to give the demo its present (seed-present.ts): the Forestry Mesa's recent sessions and
   * commitments around `now`. On by default; false loads the paper's history alone.
   */
  present?: boolean;
}

export function seedDemo(db: Db, options: SeedOptions): Promise<{ loaded: boolean }> {
  // One transaction: an interrupted seed leaves nothing behind and runs again on the next start.
  return db.transaction((tx) => seedInTransaction(tx, options));
}

async function seedInTransaction(db: Db, options: SeedOptions): Promise<{ loaded: boolean }> {
  const [done] = await db
    .select()
    .from(installationFacts)
    .where(sql`${installationFacts.key} = 'demo_loaded_at'`);
  if (done) return { loaded: false };
  const ctx = systemContext(db, 'demo seed', options.timeZone);
  const orgIds = new Map<string, string>();
  for (const o of demoOrganizations) {
    const row = await createOrganization(ctx, {
      name: o.name,
      acronym: o.acronym,
      kind: o.kind,
      level: o.level,
      parentId: o.parent ? orgId(orgIds, o.parent) : null,
    });
    orgIds.set(o.acronym, row.id);
  }
  const accountPeople = new Map<DemoAccountRole, string>();
  const people = new Map<string, string>();
  const mesaIds = new Map<string, string>();
  for (const m of demoMesas) {
    const mesa = await createMesa(ctx, {
      slug: m.slug,
      name: m.name,
      kind: m.kind,
      sector: m.sector,
      description: m.description,
      hostOrganizationId: orgId(orgIds, m.host),
      cadence: m.cadence,
      visibility: m.visibility,
      locale: m.locale,
      status: 'candidate',
      createdOn: m.createdOn,
    });
    mesaIds.set(m.slug, mesa.id);
    for (const step of m.lifecycle) {
      await transitionMesa(ctx, mesa.id, {
        to: step.to,
        reason: step.reason,
        occurredOn: step.on,
        ...(step.host ? { host: orgId(orgIds, step.host) } : {}),
      });
    }
    for (const p of m.participants) {
      let personId = people.get(p.fullName);
      if (!personId) {
        const account = p.account ? demoAccounts.find((a) => a.role === p.account) : undefined;
        const person = await createPerson(ctx, {
          fullName: p.fullName,
          position: p.position,
          organizationId: orgId(orgIds, p.organization),
          email: account?.email ?? null,
        });
        personId = person.id;
        people.set(p.fullName, personId);
      }
      if (p.account) accountPeople.set(p.account, personId);
      await addParticipation(ctx, mesa.id, {
        personId,
        role: p.role,
        designatedById: p.designatedBy ? orgId(orgIds, p.designatedBy) : null,
        isFirstHandOperator: p.firstHandOperator ?? false,
        isOccasional: p.occasional ?? false,
        startedOn: p.startedOn ?? null,
        endedOn: p.endedOn ?? null,
      });
    }
  }
  for (const a of demoAccounts) {
    const personId = accountPeople.get(a.role);
    const global = a.globalRole ? GLOBAL_ACCOUNT_PEOPLE[a.globalRole] : undefined;
    await createAccount(ctx, {
      email: a.email,
      password: DEMO_PASSWORD,
      weakPasswordAllowed: true,
      globalRole: a.globalRole,
      locale: 'es',
      ...(personId
        ? { personId }
        : {
            fullName: global?.fullName ?? a.email,
            organizationId: global ? orgId(orgIds, global.org) : null,
          }),
    });
  }
  const refs = { organizations: orgIds, mesas: mesaIds, people };
  await seedMatrix(ctx, refs);
  const now = options.now ?? new Date();
  const present = options.present ?? true;
  await seedSessions(ctx, refs, now, !present);
  await seedEscalations(ctx, refs, now);
  await seedAssessments(ctx, refs);
  await seedWheel(ctx, refs);
  await seedLessons(ctx, refs);
  if (present) await seedPresent(ctx, refs, now);
  // The three Mesas publish their progress (lesson 11): their public records appear on the portal.
  for (const id of mesaIds.values()) {
    const [row] = await db.select({ version: mesas.version }).from(mesas).where(eq(mesas.id, id));
    await updateMesa(ctx, id, row!.version, { published: true });
  }
  await db.insert(installationFacts).values({ key: 'demo_loaded_at', value: new Date().toISOString() });
  return { loaded: true };
}

function orgId(ids: Map<string, string>, acronym: string): string {
  const id = ids.get(acronym);
  if (!id) throw new Error(`Demo data refers to an unknown organization: ${acronym}`);
  return id;
}
