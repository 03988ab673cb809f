/** What an e-mail of Mesas is about. */
export const mailKinds = [
  'invitation',
  'commitment_reminder',
  'commitment_overdue',
  'minutes',
  'weekly_digest',
  /** The confirmation link of an e-mail change, sent to the new address. */
  'email_change',
] as const;
export type MailKind = (typeof mailKinds)[number];
