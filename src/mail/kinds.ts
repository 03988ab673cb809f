/** What an e-mail of Mesas is about. */
export const mailKinds = [
  'invitation',
  'commitment_reminder',
  'commitment_overdue',
  'minutes',
  'weekly_digest',
] as const;
export type MailKind = (typeof mailKinds)[number];
