import { pgEnum, text, timestamp } from 'drizzle-orm/pg-core';
import { cadences, mesaKinds, mesaStatuses } from '../../domain/mesa-lifecycle';
import { globalRoles, type Locale, mesaRoles, visibilities } from '../../domain/roles';

/** The enums and columns shared by every area of the schema. */

export const organizationKind = pgEnum('organization_kind', [
  'public_entity',
  'business_association',
  'company',
  'academia',
  'other',
]);
export const organizationLevel = pgEnum('organization_level', ['national', 'regional', 'local']);
export const globalRole = pgEnum('global_role', globalRoles);
export const mesaRole = pgEnum('mesa_role', mesaRoles);
export const visibility = pgEnum('visibility', visibilities);
export const mesaKind = pgEnum('mesa_kind', mesaKinds);
export const mesaStatus = pgEnum('mesa_status', mesaStatuses);
export const cadence = pgEnum('cadence', cadences);
/**
 * A language column: plain text, since the languages are those whose string files exist
 * (src/i18n/locales); the app validates the value, the database names no language.
 */
export const locale = (name: string) => text(name).$type<Locale>();
export const mesaEventKind = pgEnum('mesa_event_kind', ['status', 'host']);

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
