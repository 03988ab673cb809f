/** What an e-mail of Mesas is about. */
export const mailKinds = [
  'invitation',
  'commitment_reminder',
  'commitment_overdue',
  /** The chase: one message per owner listing all their late commitments in a Mesa. */
  'commitment_chase',
  'minutes',
  'weekly_digest',
  /** The confirmation link of an e-mail change, sent to the new address. */
  'email_change',
  /** Negative field feedback on an enacted fix, to the Mesa's dedicated team. */
  'field_feedback_alert',
  /** A link to report field feedback from a phone without signing in. */
  'field_feedback_link',
  /** The personal link to answer a round of the Evaluation Wheel, and its reminder. */
  'wheel_invitation',
  'wheel_reminder',
  /** What moved in the problems and commitments a person follows, at most one an hour. */
  'follow_changes',
] as const;
export type MailKind = (typeof mailKinds)[number];
