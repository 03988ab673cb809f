export const globalRoles = ['admin', 'coordinator', 'high_level'] as const;
export type GlobalRole = (typeof globalRoles)[number];

/** Roles a person holds inside one Mesa (a participation). */
export const mesaRoles = [
  'team',
  'moderator',
  'public_rep',
  'private_rep',
  'high_level',
  'observer',
] as const;
export type MesaRole = (typeof mesaRoles)[number];

export const visibilities = ['public', 'members', 'team'] as const;
export type Visibility = (typeof visibilities)[number];

/** The dedicated team: it runs the Mesa day to day and may see `team` records. */
export const teamRoles: readonly MesaRole[] = ['team', 'moderator'];

export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
