import { z } from 'zod';
import { globalRoles } from '../../domain/roles';
import { supportedLocales } from '../../i18n/languages';
import { optionalText, text, timestamp } from './common';

const organizationKinds = ['public_entity', 'business_association', 'company', 'academia', 'other'] as const;
const organizationLevels = ['national', 'regional', 'local'] as const;

export const organization = z.object({
  id: z.uuid(),
  name: z.string(),
  acronym: z.string().nullable(),
  kind: z.enum(organizationKinds),
  level: z.enum(organizationLevels),
  parentId: z.uuid().nullable(),
  website: z.string().nullable(),
});

export const organizationBody = z.object({
  name: text(200),
  acronym: optionalText(30),
  kind: z.enum(organizationKinds),
  level: z.enum(organizationLevels).default('national'),
  parentId: z.uuid().nullable().optional(),
  website: z.url().max(300).nullable().optional(),
});
export const updateOrganizationBody = z.object({
  name: text(200).optional(),
  acronym: optionalText(30),
  kind: z.enum(organizationKinds).optional(),
  level: z.enum(organizationLevels).optional(),
  parentId: z.uuid().nullable().optional(),
  website: z.url().max(300).nullable().optional(),
});
export const organizationQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(organizationKinds).optional(),
});

export const person = z.object({
  id: z.uuid(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  position: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  hasAccount: z.boolean(),
});
export const personBody = z.object({
  fullName: text(200),
  email: z.email().max(254).nullable().optional(),
  phone: optionalText(50),
  position: optionalText(200),
  organizationId: z.uuid().nullable().optional(),
});
export const updatePersonBody = personBody.partial();

export const emailChangeBody = z.object({ email: z.email().max(254) });
export const emailChangeRequested = z.object({
  email: z.string().describe('Where the confirmation link was sent'),
  expiresAt: z.string().describe('Until when the link works (ISO 8601)'),
});
export const confirmEmailChangeBody = z.object({ token: z.string().min(1).max(200) });
export const peopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  organizationId: z.uuid().optional(),
});

export const account = z.object({
  id: z.uuid(),
  email: z.string(),
  personId: z.uuid(),
  fullName: z.string(),
  globalRole: z.enum(globalRoles).nullable(),
  locale: z.enum(supportedLocales),
  disabledAt: timestamp.nullable(),
  lastLoginAt: timestamp.nullable(),
  createdAt: timestamp,
});
const password = z.string().min(10, 'at least 10 characters').max(200);
export const accountBody = z.object({
  email: z.email().max(254),
  password,
  globalRole: z.enum(globalRoles).nullable().default(null),
  locale: z.enum(supportedLocales).default('es'),
  personId: z.uuid().optional(),
  fullName: text(200).optional(),
  organizationId: z.uuid().nullable().optional(),
});
export const updateAccountBody = z.object({
  globalRole: z.enum(globalRoles).nullable().optional(),
  locale: z.enum(supportedLocales).optional(),
  password: password.optional(),
  disabled: z.boolean().optional(),
});

export const auditEvent = z.object({
  seq: z.number().int(),
  occurredAt: timestamp,
  actorLabel: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  mesaId: z.uuid().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export const auditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
