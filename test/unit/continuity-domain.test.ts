import { describe, expect, it } from 'vitest';
import { continuity, expectedOrganizations, type PrivateDesignation } from '../../src/domain/metrics';

/**
 * Who continuity expects at a session (issue 11, item 7): the designated private organizations, never
 * the high-level body's minister, the team, observers or occasional participants.
 */
describe('the organizations expected at a session', () => {
  const designations: PrivateDesignation[] = [
    { organizationId: 'adex', role: 'private_rep', startedOn: null, endedOn: null },
    { organizationId: 'snp', startedOn: '2026-01-01', endedOn: null },
    // The minister heads the high-level body: PRODUCE is not expected at sessions for that.
    { organizationId: 'produce', role: 'high_level', startedOn: null, endedOn: null },
    { organizationId: 'minagri', role: 'team', startedOn: null, endedOn: null },
    { organizationId: 'moderation', role: 'moderator', startedOn: null, endedOn: null },
    { organizationId: 'bid', role: 'observer', startedOn: null, endedOn: null },
    // A private representative invited when needed is not expected every time.
    { organizationId: 'cites', role: 'private_rep', occasional: true, startedOn: null, endedOn: null },
    { organizationId: 'sanipes', role: 'public_rep', startedOn: null, endedOn: null },
  ];

  it('are the private organizations designated that day, without the high-level body and the others', () => {
    expect([...expectedOrganizations(designations, '2025-12-15')]).toEqual(['adex']);
    expect([...expectedOrganizations(designations, '2026-01-12')].sort()).toEqual(['adex', 'snp']);
  });

  it('can count the regular public representatives too, still never the minister', () => {
    expect([...expectedOrganizations(designations, '2026-01-12', ['private', 'public'])].sort()).toEqual([
      'adex',
      'sanipes',
      'snp',
    ]);
  });

  it('does not show a minister who never attends as an absent organization at every session', () => {
    const sessions = ['2026-01-12', '2026-01-26', '2026-02-09'].map((heldOn, i) => ({
      meetingId: `s${i + 1}`,
      number: i + 1,
      heldOn,
      // The private sector keeps coming; the minister never does.
      presentOrganizationIds: ['adex', 'snp', 'minagri'],
    }));
    expect(continuity(sessions, designations).map((p) => [p.designated, p.present, p.share])).toEqual([
      [2, 2, 1],
      [2, 2, 1],
      [2, 2, 1],
    ]);
  });
});
