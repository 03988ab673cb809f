import type { Cadence, MesaKind, MesaStatus } from '../domain/mesa-lifecycle';
import type { GlobalRole, Locale, MesaRole, Visibility } from '../domain/roles';

export interface DemoOrganization {
  name: string;
  /** Unique within the demo; used to refer to the organization below. */
  acronym: string;
  kind: 'public_entity' | 'business_association' | 'company' | 'academia' | 'other';
  level: 'national' | 'regional' | 'local';
  /** Acronym of the parent organization (e.g. an agency attached to a ministry). */
  parent?: string;
}

export interface DemoParticipant {
  fullName: string;
  position: string;
  /** Acronym of the person's own organization. */
  organization: string;
  role: MesaRole;
  /** Acronym of the association or entity that designated them. */
  designatedBy?: string;
  firstHandOperator?: boolean;
  occasional?: boolean;
  startedOn?: string;
  endedOn?: string;
  /** The demo account (by role) that signs in as this person. */
  account?: DemoAccountRole;
}

export interface DemoLifecycleStep {
  on: string;
  to: MesaStatus;
  /** Acronym of a new host institution. */
  host?: string;
  reason: string;
}

export interface DemoMesa {
  slug: string;
  name: string;
  kind: MesaKind;
  sector: string;
  description: string;
  /** The first host institution (acronym). */
  host: string;
  createdOn: string;
  cadence: Cadence;
  visibility: Visibility;
  locale: Locale;
  /** Lifecycle after creation as a candidate, in date order. */
  lifecycle: DemoLifecycleStep[];
  participants: DemoParticipant[];
}

/** One demo account per role, `<role>@demo.mesas.local`: the global roles, then the roles in a Mesa. */
export const demoAccountRoles = [
  'admin',
  'coordinator',
  'high_level',
  'team',
  'moderator',
  'public_rep',
  'private_rep',
  'observer',
] as const satisfies readonly (GlobalRole | Exclude<MesaRole, 'high_level'>)[];
export type DemoAccountRole = (typeof demoAccountRoles)[number];
