import { randomBytes } from 'node:crypto';
import { systemContext } from '../../src/commands/context';
import { createMesa, type MesaInput } from '../../src/commands/mesas';
import { createOrganization, type OrganizationInput } from '../../src/commands/organizations';
import type { Database } from '../../src/db/client';

/**
 * Small factories for the data tier (an empty migrated database, no demo data): each makes one record
 * through the real command, as the system, with sensible defaults that any field given overrides, and
 * answers its id. Names are unique, so a test file may call them as often as it likes.
 */

type Db = Database['db'];

const ctx = (db: Db) => systemContext(db, 'test');

/** A name no other record made here has. */
const fresh = (prefix: string) => `${prefix} ${randomBytes(4).toString('hex')}`;

/** An organization of the directory (a public entity unless told otherwise). */
export async function makeOrganization(db: Db, overrides: Partial<OrganizationInput> = {}): Promise<string> {
  const org = await createOrganization(ctx(db), {
    name: fresh('Entidad'),
    kind: 'public_entity',
    ...overrides,
  });
  return org.id;
}

/** A Mesa, hosted by a new organization unless `hostOrganizationId` is given. */
export async function makeMesa(
  db: Db,
  overrides: Partial<MesaInput> & { createdOn?: string } = {},
): Promise<string> {
  const mesa = await createMesa(ctx(db), {
    name: fresh('Mesa de prueba'),
    kind: 'sector',
    sector: 'Pruebas',
    visibility: 'members',
    ...overrides,
    hostOrganizationId: overrides.hostOrganizationId ?? (await makeOrganization(db)),
  });
  return mesa.id;
}
