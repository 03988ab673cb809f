/** The sections of the installation's administration, and who may open each. */
export type AdminSection =
  | 'organizations'
  | 'people'
  | 'accounts'
  | 'outbox'
  | 'assessments'
  | 'wheelQuestions'
  | 'archive';

export const adminPaths: Record<AdminSection, string> = {
  organizations: '/admin/organizations',
  people: '/admin/people',
  accounts: '/admin/accounts',
  outbox: '/admin/outbox',
  assessments: '/admin/assessment-questions',
  wheelQuestions: '/admin/wheel-questions',
  archive: '/archives/import',
};

/** The sections a person may open, by their rights: the header shows one link to them when any. */
export function adminSections(rights: {
  isAdmin: boolean;
  isCoordinating: boolean;
  canManagePeople: boolean;
}): AdminSection[] {
  const sections: AdminSection[] = [];
  if (rights.isCoordinating) sections.push('organizations');
  if (rights.canManagePeople) sections.push('people');
  if (rights.isAdmin) sections.push('accounts', 'outbox', 'assessments', 'wheelQuestions');
  if (rights.isCoordinating) sections.push('archive');
  return sections;
}
