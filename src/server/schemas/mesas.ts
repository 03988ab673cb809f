import { z } from 'zod';
import { cadences, mesaKinds, mesaStatuses } from '../../domain/mesa-lifecycle';
import { compositionWarningKinds, participantGroups } from '../../domain/participation';
import { mesaRoles, visibilities } from '../../domain/roles';
import { supportedLocales } from '../../i18n/languages';
import { isoDate, optionalText, orgRef, text, timestamp } from './common';

export const mesaSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(mesaKinds),
  sector: z.string(),
  description: z.string(),
  status: z.enum(mesaStatuses),
  host: orgRef,
  cadence: z.enum(cadences),
  cadenceDays: z.number().int().nullable(),
  timeZone: z
    .string()
    .nullable()
    .describe(
      "The IANA time zone of the Mesa: its today, due days, overdue commitments, reminders and dashboards are read there; null: the deployment's TIME_ZONE",
    ),
  visibility: z.enum(visibilities),
  locale: z.enum(supportedLocales),
  launchedOn: isoDate.nullable(),
  focusLimit: z
    .number()
    .int()
    .describe('How many open problems may be in focus before the Matrix warns (the method says 3-4)'),
  reminderDaysBefore: z
    .number()
    .int()
    .nullable()
    .describe(
      "Days before a commitment's due date its owner is reminded; null: the deployment's MAIL_REMINDER_DAYS",
    ),
  reminderDaysAfter: z
    .number()
    .int()
    .nullable()
    .describe(
      'Days after a missed due date the owner gets the overdue notice (at least 1); null: the day after',
    ),
  published: z
    .boolean()
    .describe('Shown on the public portal and in the open data (its public records only, no sign-in)'),
  publishedAt: timestamp.nullable().describe('When it was last published; null: never'),
  participantCount: z.number().int(),
  myRoles: z.array(z.enum(mesaRoles)),
  version: z.number().int(),
  updatedAt: timestamp,
});

export const mesaEvent = z.object({
  id: z.uuid(),
  kind: z.enum(['status', 'host']),
  fromStatus: z.enum(mesaStatuses).nullable(),
  toStatus: z.enum(mesaStatuses).nullable(),
  fromHost: orgRef.nullable(),
  toHost: orgRef.nullable(),
  occurredOn: isoDate,
  reason: z.string(),
});

export const participant = z.object({
  id: z.uuid(),
  role: z.enum(mesaRoles),
  isFirstHandOperator: z.boolean(),
  isOccasional: z.boolean(),
  representsSmallProducers: z.boolean(),
  holdsSectorResponsibility: z.boolean(),
  startedOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  note: z.string().nullable(),
  person: z.object({ id: z.uuid(), fullName: z.string(), position: z.string().nullable() }),
  organization: orgRef.nullable(),
  designatedBy: orgRef.nullable(),
});

export const participantGroup = z.object({
  group: z.enum(participantGroups),
  participants: z.array(participant),
});
export const participantGroupsSchema = z.array(participantGroup);

export const mesaDetail = mesaSummary.extend({
  events: z.array(mesaEvent),
  participants: participantGroupsSchema.describe('Current participants, grouped as the paper groups them'),
  formerParticipants: z.array(participant),
  compositionWarnings: z.array(z.enum(compositionWarningKinds)),
  composition: z
    .object({
      privateReps: z.number().int(),
      associationStaff: z.number().int(),
      staffShare: z.number().nullable(),
      mostlyStaff: z.boolean(),
      smallProducerReps: z.number().int(),
      smallProducersRepresented: z.boolean(),
      teamWithSectorResponsibility: z.number().int(),
    })
    .describe(
      'The composition advice of section 4.1: association staff share, small producers, neutral team',
    ),
  allowedTransitions: z.array(z.enum(mesaStatuses)),
  can: z.object({ update: z.boolean(), transition: z.boolean(), manageParticipants: z.boolean() }),
  reminderDefaults: z
    .object({ daysBefore: z.number().int(), daysAfter: z.number().int() })
    .describe("The deployment's reminder timing, used while the Mesa sets none"),
});

/** A Mesa's own time zone, checked against the zones this server knows when it is saved. */
const mesaTimeZone = z
  .string()
  .trim()
  .max(64)
  .nullable()
  .optional()
  .describe("An IANA time zone such as Africa/Tunis; null or absent: the deployment's TIME_ZONE");

export const createMesaBody = z.object({
  name: text(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes')
    .max(60)
    .optional(),
  kind: z.enum(mesaKinds),
  sector: text(200),
  description: z.string().trim().max(5000).default(''),
  status: z.enum(['candidate', 'assessing', 'active']).default('candidate'),
  hostOrganizationId: z.uuid(),
  cadence: z.enum(cadences).default('biweekly'),
  cadenceDays: z.number().int().min(1).max(90).nullable().optional(),
  timeZone: mesaTimeZone,
  visibility: z.enum(visibilities).default('members'),
  locale: z.enum(supportedLocales).default('es'),
  launchedOn: isoDate.nullable().optional(),
});

export const updateMesaBody = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409 STALE_WRITE'),
  name: text(200).optional(),
  kind: z.enum(mesaKinds).optional(),
  sector: text(200).optional(),
  description: z.string().trim().max(5000).optional(),
  cadence: z.enum(cadences).optional(),
  cadenceDays: z.number().int().min(1).max(90).nullable().optional(),
  timeZone: mesaTimeZone,
  visibility: z.enum(visibilities).optional(),
  locale: z.enum(supportedLocales).optional(),
  focusLimit: z.number().int().min(1).max(20).optional(),
  published: z
    .boolean()
    .optional()
    .describe(
      'Publish the Mesa on the public portal and in the open data (its public records only), or withdraw it',
    ),
  reminderDaysBefore: z
    .number()
    .int()
    .min(0)
    .max(60)
    .nullable()
    .optional()
    .describe("Remind owners this many days before the due date (0-60); null: the deployment's setting"),
  reminderDaysAfter: z
    .number()
    .int()
    .min(0)
    .max(60)
    .nullable()
    .optional()
    .describe(
      'Send the overdue notice this many days after the due date (0-60; 0 and 1: the day after); null: the day after',
    ),
});

export const transitionBody = z.object({
  to: z.enum(mesaStatuses),
  reason: text(2000),
  host: z.uuid().optional().describe('New host institution, when the Mesa moves'),
  occurredOn: isoDate.optional(),
});

export const participationBody = z.object({
  personId: z.uuid(),
  role: z.enum(mesaRoles),
  designatedById: z.uuid().nullable().optional(),
  isFirstHandOperator: z.boolean().default(false),
  isOccasional: z.boolean().default(false),
  representsSmallProducers: z.boolean().default(false).describe('Speaks for small producers'),
  holdsSectorResponsibility: z
    .boolean()
    .default(false)
    .describe('A dedicated-team member who also holds formal responsibility for the sector'),
  startedOn: isoDate.nullable().optional(),
  endedOn: isoDate.nullable().optional(),
  note: optionalText(1000),
});

export const updateParticipationBody = z.object({
  role: z.enum(mesaRoles).optional(),
  designatedById: z.uuid().nullable().optional(),
  isFirstHandOperator: z.boolean().optional(),
  isOccasional: z.boolean().optional(),
  representsSmallProducers: z.boolean().optional(),
  holdsSectorResponsibility: z.boolean().optional(),
  startedOn: isoDate.nullable().optional(),
  endedOn: isoDate.nullable().optional(),
  note: optionalText(1000),
});
export const participationParams = z.object({ id: z.uuid(), participationId: z.uuid() });
