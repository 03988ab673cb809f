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

/**
 * A language of the app, by its code (`es`, `en`, `pt`): one whose string files exist
 * (src/i18n/locales/<code>.json). A plain string, checked against the languages found where it comes in
 * (request schemas, the configuration, the command line): src/i18n/languages.ts on the server,
 * web/src/i18n/index.ts in the web app.
 */
export type Locale = string;
