import { z } from 'zod';
import { globalRoles, mesaRoles } from '../../domain/roles';
import { supportedLocales } from '../../i18n/languages';
import { timestamp } from './common';

export const loginBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const me = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    personId: z.uuid(),
    fullName: z.string(),
    globalRole: z.enum(globalRoles).nullable(),
    locale: z.enum(supportedLocales),
    mesas: z.array(z.object({ mesaId: z.uuid(), roles: z.array(z.enum(mesaRoles)) })),
  }),
  csrfToken: z.string().nullable().describe('Send as X-CSRF-Token on cookie-authenticated writes'),
  timeZone: z.string(),
});

export const updateMeBody = z.object({ locale: z.enum(supportedLocales) });

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'at least 10 characters').max(200),
});

export const tokenBody = z.object({ name: z.string().trim().min(1).max(100) });
export const tokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: timestamp,
  lastUsedAt: timestamp.nullable(),
});
export const createdToken = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: timestamp,
  token: z.string().describe('Shown once; store it now'),
});
