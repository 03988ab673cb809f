import { type GlobalRole, type MesaRole, teamRoles } from './roles';

/** Where a person lands after signing in: the escalation inbox, or their home of what waits for them. */
export type Landing = 'inbox' | 'home';

/**
 * The high-level body (a minister or vice-minister holding the global high-level role) lands on its
 * inbox of escalations: deciding them is what waits for it. One who also runs a Mesa (its dedicated
 * team) lands on the home like the team. Everyone else lands on their home.
 */
export function landingFor(
  globalRole: GlobalRole | null,
  rolesByMesa: Iterable<readonly MesaRole[]>,
): Landing {
  if (globalRole !== 'high_level') return 'home';
  for (const roles of rolesByMesa) {
    if (roles.some((r) => teamRoles.includes(r))) return 'home';
  }
  return 'inbox';
}
