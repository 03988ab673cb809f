import { AppError } from './errors';
import type { GlobalRole, MesaRole, Visibility } from './roles';
import { teamRoles } from './roles';

/**
 * Who may do what: the one authorization table of Mesas. Every route names one action; the HTTP layer
 * asks `authorize` before calling the domain. A rule allows an actor when any of its clauses matches:
 * - `global`: the account's global role is listed;
 * - `mesa`: the actor holds a listed role in the Mesa the request is about;
 * - `anyMesa`: the actor holds a listed role in some Mesa (e.g. a dedicated team adding people);
 * - `authenticated`: any signed-in account.
 * Reading a record additionally depends on its visibility (`canSee`).
 */
export interface Rule {
  global?: readonly GlobalRole[];
  mesa?: readonly MesaRole[];
  anyMesa?: readonly MesaRole[];
  authenticated?: true;
}

const coordinating: GlobalRole[] = ['admin', 'coordinator'];

export const accessTable = {
  'mesa.list': { authenticated: true },
  'mesa.read': { authenticated: true },
  'mesa.create': { global: coordinating },
  'mesa.update': { global: coordinating, mesa: teamRoles },
  'mesa.transition': { global: coordinating },
  'participation.read': { authenticated: true },
  'participation.manage': { global: coordinating, mesa: teamRoles },
  'organization.read': { authenticated: true },
  'organization.manage': { global: coordinating },
  /** Then scoped to the people the caller reaches (canReadPerson, canManagePerson). */
  'person.read': { global: coordinating, anyMesa: teamRoles },
  'person.manage': { global: coordinating, anyMesa: teamRoles },
  'account.manage': { global: ['admin'] },
  'audit.read': { global: ['admin'] },
  /**
   * A Mesa's audit trail and a record's history of changes: the coordinating office, which oversees
   * every Mesa. Not the team: the trail shows who did what with before and after values across records.
   */
  'audit.trail': { global: coordinating },
  /**
   * A Mesa's continuity archive: its whole history in one file (every record whatever its visibility,
   * and contact details when asked), and bringing one in as a new Mesa: the coordinating office.
   */
  'archive.export': { global: coordinating },
  'archive.import': { global: coordinating },
  'token.own': { authenticated: true },
  // The Matrix. Reading also depends on the Mesa's and each problem's visibility (canSee).
  'matrix.read': { authenticated: true },
  'matrix.import': { global: coordinating, mesa: teamRoles },
  'problem.create': { global: coordinating, mesa: [...teamRoles, 'private_rep', 'public_rep'] },
  'problem.update': { global: coordinating, mesa: teamRoles },
  'solution.propose': { global: coordinating, mesa: [...teamRoles, 'private_rep', 'public_rep'] },
  'solution.revise': { global: coordinating, mesa: teamRoles },
  'indicator.manage': { global: coordinating, mesa: teamRoles },
  'feedback.report': { global: coordinating, mesa: [...teamRoles, 'private_rep', 'public_rep'] },
  /** A Mesa's saved views of its Matrix: read by whoever reads the Matrix, kept by whoever edits it. */
  'matrixView.manage': { global: coordinating, mesa: teamRoles },
  /**
   * Documents attached to a record: read by whoever sees the record and the document's own visibility;
   * uploaded and deleted by the Mesa's dedicated team and the coordinating office.
   */
  'document.read': { authenticated: true },
  'document.manage': { global: coordinating, mesa: teamRoles },
  /**
   * Lessons a Mesa learned: read by whoever sees the Mesa and the lesson's visibility (in other Mesas too,
   * as similar lessons and in the search); written, edited and deleted by its team and the coordinating office.
   */
  'lesson.read': { authenticated: true },
  'lesson.manage': { global: coordinating, mesa: teamRoles },
  /** A Mesa's reform tracking table: whoever reads its Matrix (each row only for a problem they see). */
  'reform.read': { authenticated: true },
  'category.read': { authenticated: true },
  'category.manage': { global: ['admin'] },
  // Sessions and commitments. Reading also depends on visibility (and public-sector-only meetings).
  'meeting.read': { authenticated: true },
  'meeting.manage': { global: coordinating, mesa: teamRoles },
  'commitment.read': { authenticated: true },
  'commitment.manage': { global: coordinating, mesa: teamRoles },
  /** Reporting progress: the team, or a representative on a commitment of their own (checked too). */
  'commitment.report': { global: coordinating, mesa: [...teamRoles, 'public_rep', 'private_rep'] },
  'calendar.read': { authenticated: true },
  /** Following a problem or a commitment, and the list of one's follows: takes seeing the record too. */
  'follow.manage': { authenticated: true },
  'mail.outbox': { global: ['admin'] },
  // The programme: feasibility, escalation, portfolio and dashboards.
  'assessment.read': { global: [...coordinating, 'high_level'], mesa: teamRoles },
  'assessment.manage': { global: coordinating },
  'assessment.questions': { global: ['admin'] },
  'escalation.create': { global: coordinating, mesa: teamRoles },
  /** Reading one escalation also depends on its visibility (canSee). */
  'escalation.read': { authenticated: true },
  /** The cross-Mesa inbox of the high-level body. */
  'escalation.inbox': { global: [...coordinating, 'high_level'] },
  'escalation.decide': { global: ['admin', 'high_level'], mesa: ['high_level'] },
  'portfolio.read': { global: [...coordinating, 'high_level'] },
  /**
   * The Evaluation Wheel: its rounds, who answered and the results (aggregates only) are read by the
   * coordinating office, the high-level body and the Mesa's team, who open, remind and close rounds.
   * Answering takes being asked by the round (checked too). The question set is the administrators'.
   */
  'wheel.read': { global: [...coordinating, 'high_level'], mesa: teamRoles },
  'wheel.manage': { global: coordinating, mesa: teamRoles },
  'wheel.answer': { authenticated: true },
  'wheelQuestion.read': { authenticated: true },
  'wheelQuestion.manage': { global: ['admin'] },
  /** A Mesa's dashboards: what the members see (each metric reads only records the caller may see). */
  'metrics.read': { authenticated: true },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof accessTable;

/** What the authorization table needs to know about the caller. */
export interface Actor {
  userId: string;
  personId: string | null;
  globalRole: GlobalRole | null;
  /** Roles in every Mesa the person participates in, by Mesa id. */
  mesaRoles: ReadonlyMap<string, readonly MesaRole[]>;
}

/**
 * A key equal for two actors exactly when they have the same rights (the global role and the roles in
 * each Mesa): what they may see is then the same, so an answer built for one may be served to the other.
 */
export function rightsKey(actor: Actor): string {
  const mesas = [...actor.mesaRoles.entries()]
    .map(([mesaId, roles]) => `${mesaId}:${[...roles].sort().join('+')}`)
    .sort();
  return `${actor.globalRole ?? '-'}|${mesas.join(',')}`;
}

export function rolesIn(actor: Actor | null, mesaId: string | undefined): readonly MesaRole[] {
  if (!actor || !mesaId) return [];
  return actor.mesaRoles.get(mesaId) ?? [];
}

export function isAllowed(actor: Actor | null, action: Action, mesaId?: string): boolean {
  if (!actor) return false;
  const rule: Rule = accessTable[action];
  if (rule.authenticated) return true;
  if (actor.globalRole && rule.global?.includes(actor.globalRole)) return true;
  if (rule.mesa?.some((r) => rolesIn(actor, mesaId).includes(r))) return true;
  if (rule.anyMesa) {
    for (const roles of actor.mesaRoles.values()) {
      if (roles.some((r) => rule.anyMesa?.includes(r))) return true;
    }
  }
  return false;
}

/**
 * Whether the actor may see a record of the given visibility in a Mesa. The coordinating office sees
 * everything; the high-level body sees what members see; the dedicated team sees its Mesa's team
 * records; other participants see `members` and `public`; everyone else only `public`.
 */
export function canSee(actor: Actor | null, visibility: Visibility, mesaId: string | undefined): boolean {
  if (visibility === 'public') return true;
  if (!actor) return false;
  if (actor.globalRole === 'admin' || actor.globalRole === 'coordinator') return true;
  const roles = rolesIn(actor, mesaId);
  if (visibility === 'members') return actor.globalRole === 'high_level' || roles.length > 0;
  return roles.some((r) => teamRoles.includes(r));
}

/**
 * Whether the actor may see a meeting: its visibility as for any record and, for a meeting among
 * public entities only, not as a private representative or observer (only the coordinating office,
 * the high-level body, the dedicated team and public representatives).
 */
export function canSeeMeeting(
  actor: Actor | null,
  meeting: { visibility: Visibility; mesaId: string; publicSectorOnly: boolean },
): boolean {
  if (!canSee(actor, meeting.visibility, meeting.mesaId)) return false;
  if (!meeting.publicSectorOnly) return true;
  if (!actor) return false;
  if (actor.globalRole) return true;
  return rolesIn(actor, meeting.mesaId).some((r) => [...teamRoles, 'public_rep', 'high_level'].includes(r));
}

/**
 * Whether the actor may see an escalation: like any record (its Mesa's, its problem's and its own
 * visibility), and always when the actor may decide it — an escalation is addressed to the high-level
 * body, so one the dedicated team keeps to itself still reaches the body it is sent to.
 */
export function canSeeEscalation(
  actor: Actor | null,
  e: { mesaId: string; mesaVisibility: Visibility; problemVisibility: Visibility; visibility: Visibility },
): boolean {
  if (isAllowed(actor, 'escalation.decide', e.mesaId)) return true;
  return (
    canSee(actor, e.mesaVisibility, e.mesaId) &&
    canSee(actor, e.problemVisibility, e.mesaId) &&
    canSee(actor, e.visibility, e.mesaId)
  );
}

/** What the rules about a person of the directory need to know about them. */
export interface PersonInDirectory {
  /** The Mesas the person takes or took part in. */
  mesaIds: readonly string[];
  /** The global role of their account, if they have one. */
  accountRole: GlobalRole | null;
}

/**
 * Whose contact details a caller may read and edit in the directory (`person.read`/`person.manage`):
 * the coordinating office everyone's; a dedicated team the people of the Mesas it serves, and the
 * people of no Mesa yet (just added to the directory, to be given a participation) who hold no
 * global role. `all`, or the Mesas whose people the caller reaches.
 */
export function personReach(actor: Actor | null): 'all' | string[] {
  if (actor?.globalRole === 'admin' || actor?.globalRole === 'coordinator') return 'all';
  if (!actor) return [];
  return [...actor.mesaRoles]
    .filter(([, roles]) => roles.some((r) => teamRoles.includes(r)))
    .map(([id]) => id);
}

export function canReadPerson(actor: Actor | null, person: PersonInDirectory): boolean {
  const reach = personReach(actor);
  if (reach === 'all') return true;
  if (person.mesaIds.length === 0) return person.accountRole === null && reach.length > 0;
  return person.mesaIds.some((id) => reach.includes(id));
}

/**
 * Whether the caller may edit a person: one they may read, except that the people with an account of
 * a global role (the administrators, the coordinating office, the high-level body) are edited only by
 * an administrator.
 */
export function canManagePerson(actor: Actor | null, person: PersonInDirectory): boolean {
  if (!canReadPerson(actor, person)) return false;
  return person.accountRole === null || actor?.globalRole === 'admin';
}

/**
 * Whether the caller may change a person's e-mail directly. The address of someone with an account
 * is where their sign-in, notices and digests go: only an administrator changes it for them (the
 * person themselves asks for it and confirms from the new address). The address of a person without
 * an account is a contact detail, edited by whoever manages them.
 */
export function canChangePersonEmail(
  actor: Actor | null,
  person: PersonInDirectory & { hasAccount: boolean },
): boolean {
  if (!canManagePerson(actor, person)) return false;
  return !person.hasAccount || actor?.globalRole === 'admin';
}

/** The visibilities an actor may see in a Mesa, for filtering lists in SQL. */
export function visibleLevels(actor: Actor | null, mesaId: string | undefined): Visibility[] {
  return (['public', 'members', 'team'] as const).filter((v) => canSee(actor, v, mesaId));
}

/**
 * Throws when the action is not allowed. A record the actor may not see answers NOT_FOUND, exactly as
 * a missing one does, so responses never reveal that it exists.
 */
export function authorize(
  actor: Actor | null,
  action: Action,
  scope: { mesaId?: string; visibility?: Visibility } = {},
): void {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (scope.visibility && !canSee(actor, scope.visibility, scope.mesaId)) throw new AppError('NOT_FOUND');
  if (!isAllowed(actor, action, scope.mesaId)) throw new AppError('FORBIDDEN');
}
