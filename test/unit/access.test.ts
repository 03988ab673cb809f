import { describe, expect, it } from 'vitest';
import {
  type Actor,
  authorize,
  canChangePersonEmail,
  canManagePerson,
  canReadPerson,
  canSee,
  canSeeEscalation,
  isAllowed,
  rightsKey,
  visibleLevels,
} from '../../src/domain/access';
import { AppError } from '../../src/domain/errors';
import type { GlobalRole, MesaRole } from '../../src/domain/roles';

const FORESTRY = 'mesa-forestry';
const AQUACULTURE = 'mesa-aquaculture';

function actor(globalRole: GlobalRole | null, roles: Record<string, MesaRole[]> = {}): Actor {
  return { userId: 'u', personId: 'p', globalRole, mesaRoles: new Map(Object.entries(roles)) };
}

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
}

describe('authorization table', () => {
  it('lets only the coordinating office create Mesas', () => {
    expect(isAllowed(actor('admin'), 'mesa.create')).toBe(true);
    expect(isAllowed(actor('coordinator'), 'mesa.create')).toBe(true);
    expect(isAllowed(actor('high_level'), 'mesa.create')).toBe(false);
    expect(isAllowed(actor(null, { [FORESTRY]: ['team'] }), 'mesa.create')).toBe(false);
  });

  it('scopes Mesa roles to their own Mesa', () => {
    const team = actor(null, { [FORESTRY]: ['team'] });
    expect(isAllowed(team, 'participation.manage', FORESTRY)).toBe(true);
    expect(isAllowed(team, 'participation.manage', AQUACULTURE)).toBe(false);
    const privateRep = actor(null, { [FORESTRY]: ['private_rep'] });
    expect(isAllowed(privateRep, 'participation.manage', FORESTRY)).toBe(false);
  });

  it('lets a dedicated team of any Mesa use the people directory', () => {
    expect(isAllowed(actor(null, { [FORESTRY]: ['moderator'] }), 'person.read')).toBe(true);
    expect(isAllowed(actor(null, { [FORESTRY]: ['observer'] }), 'person.read')).toBe(false);
  });

  it('keeps accounts and the audit log to administrators', () => {
    expect(isAllowed(actor('admin'), 'account.manage')).toBe(true);
    expect(isAllowed(actor('coordinator'), 'account.manage')).toBe(false);
    expect(isAllowed(actor('coordinator'), 'audit.read')).toBe(false);
  });

  it('denies everything to nobody', () => {
    expect(isAllowed(null, 'mesa.list')).toBe(false);
    expect(codeOf(() => authorize(null, 'mesa.list'))).toBe('UNAUTHENTICATED');
  });
});

describe('rights key (an answer built for one caller may serve another with the same key)', () => {
  it('is the same for the same rights, whoever holds them and in whatever order', () => {
    const a = { ...actor('high_level', { [FORESTRY]: ['team', 'moderator'], [AQUACULTURE]: ['observer'] }) };
    const b = {
      ...actor('high_level', { [AQUACULTURE]: ['observer'], [FORESTRY]: ['moderator', 'team'] }),
      userId: 'other',
      personId: 'other',
    };
    expect(rightsKey(a)).toBe(rightsKey(b));
  });

  it('differs as soon as the global role or a role in one Mesa differs', () => {
    const base = actor('high_level', { [FORESTRY]: ['public_rep'] });
    expect(rightsKey(actor('coordinator', { [FORESTRY]: ['public_rep'] }))).not.toBe(rightsKey(base));
    expect(rightsKey(actor(null, { [FORESTRY]: ['public_rep'] }))).not.toBe(rightsKey(base));
    expect(rightsKey(actor('high_level', { [FORESTRY]: ['team'] }))).not.toBe(rightsKey(base));
    expect(rightsKey(actor('high_level', { [AQUACULTURE]: ['public_rep'] }))).not.toBe(rightsKey(base));
    expect(rightsKey(actor('high_level'))).not.toBe(rightsKey(base));
  });
});

describe('visibility', () => {
  it('shows public records to everyone, members records to participants and the high-level body', () => {
    expect(canSee(null, 'public', FORESTRY)).toBe(true);
    expect(canSee(null, 'members', FORESTRY)).toBe(false);
    expect(canSee(actor(null), 'members', FORESTRY)).toBe(false);
    expect(canSee(actor(null, { [FORESTRY]: ['observer'] }), 'members', FORESTRY)).toBe(true);
    expect(canSee(actor(null, { [FORESTRY]: ['observer'] }), 'members', AQUACULTURE)).toBe(false);
    expect(canSee(actor('high_level'), 'members', AQUACULTURE)).toBe(true);
  });

  it('keeps team records to the dedicated team and the coordinating office', () => {
    expect(canSee(actor(null, { [FORESTRY]: ['team'] }), 'team', FORESTRY)).toBe(true);
    expect(canSee(actor(null, { [FORESTRY]: ['private_rep'] }), 'team', FORESTRY)).toBe(false);
    expect(canSee(actor('high_level'), 'team', FORESTRY)).toBe(false);
    expect(canSee(actor('coordinator'), 'team', FORESTRY)).toBe(true);
    expect(visibleLevels(actor(null, { [FORESTRY]: ['public_rep'] }), FORESTRY)).toEqual([
      'public',
      'members',
    ]);
  });

  it('answers NOT_FOUND, not FORBIDDEN, for a record the actor may not see', () => {
    const outsider = actor(null, { [FORESTRY]: ['team'] });
    expect(
      codeOf(() => authorize(outsider, 'mesa.update', { mesaId: AQUACULTURE, visibility: 'members' })),
    ).toBe('NOT_FOUND');
    const observer = actor(null, { [FORESTRY]: ['observer'] });
    expect(
      codeOf(() => authorize(observer, 'mesa.update', { mesaId: FORESTRY, visibility: 'members' })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() => authorize(observer, 'mesa.read', { mesaId: FORESTRY, visibility: 'members' })),
    ).toBeNull();
  });
});

describe('Matrix actions', () => {
  it('lets participants raise problems and propose solutions, and the team keep the Matrix', () => {
    const privateRep = actor(null, { [FORESTRY]: ['private_rep'] });
    const team = actor(null, { [FORESTRY]: ['team'] });
    const observer = actor(null, { [FORESTRY]: ['observer'] });
    expect(isAllowed(privateRep, 'problem.create', FORESTRY)).toBe(true);
    expect(isAllowed(privateRep, 'solution.propose', FORESTRY)).toBe(true);
    expect(isAllowed(privateRep, 'problem.update', FORESTRY)).toBe(false);
    expect(isAllowed(privateRep, 'problem.create', AQUACULTURE)).toBe(false);
    expect(isAllowed(team, 'problem.update', FORESTRY)).toBe(true);
    expect(isAllowed(team, 'solution.revise', FORESTRY)).toBe(true);
    expect(isAllowed(observer, 'feedback.report', FORESTRY)).toBe(false);
    expect(isAllowed(actor('high_level'), 'problem.create', FORESTRY)).toBe(false);
    expect(isAllowed(actor('coordinator'), 'category.manage')).toBe(false);
  });
});

describe('escalation visibility', () => {
  const teamOnly = {
    mesaId: FORESTRY,
    mesaVisibility: 'members',
    problemVisibility: 'team',
    visibility: 'team',
  } as const;

  it('shows a team-only escalation to the high-level body it is sent to, and to the team', () => {
    expect(canSeeEscalation(actor('high_level'), teamOnly)).toBe(true);
    expect(canSeeEscalation(actor(null, { [FORESTRY]: ['high_level'] }), teamOnly)).toBe(true);
    expect(canSeeEscalation(actor(null, { [FORESTRY]: ['team'] }), teamOnly)).toBe(true);
    expect(canSeeEscalation(actor('coordinator'), teamOnly)).toBe(true);
  });

  it('hides it from the other participants, from another Mesa’s high-level member and from anonymous callers', () => {
    expect(canSeeEscalation(actor(null, { [FORESTRY]: ['private_rep'] }), teamOnly)).toBe(false);
    expect(canSeeEscalation(actor(null, { [FORESTRY]: ['public_rep'] }), teamOnly)).toBe(false);
    expect(canSeeEscalation(actor(null, { [AQUACULTURE]: ['high_level'] }), teamOnly)).toBe(false);
    expect(canSeeEscalation(null, teamOnly)).toBe(false);
  });

  it('shows a members escalation to every participant of the Mesa', () => {
    const members = { ...teamOnly, problemVisibility: 'members', visibility: 'members' } as const;
    expect(canSeeEscalation(actor(null, { [FORESTRY]: ['private_rep'] }), members)).toBe(true);
    expect(canSeeEscalation(actor(null, { [AQUACULTURE]: ['private_rep'] }), members)).toBe(false);
  });
});

describe('people of the directory', () => {
  const team = actor(null, { [FORESTRY]: ['team'] });
  const rep = actor(null, { [FORESTRY]: ['private_rep'] });
  const forestry = { mesaIds: [FORESTRY], accountRole: null };
  const aquaculture = { mesaIds: [AQUACULTURE], accountRole: null };
  const unplaced = { mesaIds: [], accountRole: null };
  const admin = { mesaIds: [], accountRole: 'admin' } as const;
  const highLevel = { mesaIds: [FORESTRY], accountRole: 'high_level' } as const;

  it("lets a team reach the people of the Mesas it serves and of no Mesa yet, not another Mesa's", () => {
    expect(canReadPerson(team, forestry)).toBe(true);
    expect(canReadPerson(team, unplaced)).toBe(true);
    expect(canReadPerson(team, aquaculture)).toBe(false);
    expect(canReadPerson(team, admin)).toBe(false);
    expect(canReadPerson(team, { mesaIds: [AQUACULTURE, FORESTRY], accountRole: null })).toBe(true);
    expect(canReadPerson(rep, forestry)).toBe(false);
    expect(canReadPerson(actor('coordinator'), aquaculture)).toBe(true);
  });

  it('leaves the people with a global role to an administrator', () => {
    expect(canReadPerson(team, highLevel)).toBe(true);
    expect(canManagePerson(team, highLevel)).toBe(false);
    expect(canManagePerson(actor('coordinator'), highLevel)).toBe(false);
    expect(canManagePerson(actor('coordinator'), admin)).toBe(false);
    expect(canManagePerson(actor('admin'), admin)).toBe(true);
    expect(canManagePerson(team, forestry)).toBe(true);
  });

  it("changes an account's e-mail only as an administrator; a contact's as whoever manages them", () => {
    expect(canChangePersonEmail(team, { ...forestry, hasAccount: false })).toBe(true);
    expect(canChangePersonEmail(team, { ...forestry, hasAccount: true })).toBe(false);
    expect(canChangePersonEmail(actor('coordinator'), { ...forestry, hasAccount: true })).toBe(false);
    expect(canChangePersonEmail(actor('admin'), { ...highLevel, hasAccount: true })).toBe(true);
  });
});
