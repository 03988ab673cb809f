/** Addresses of web-app pages that e-mails link to, under the deployment's PUBLIC_URL. */
const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;

export const mailLinks = {
  meeting: (base: string | undefined, meetingId: string) =>
    base ? join(base, `/meetings/${encodeURIComponent(meetingId)}`) : null,
  problem: (base: string | undefined, problemId: string) =>
    base ? join(base, `/problems/${encodeURIComponent(problemId)}`) : null,
  /** The short address of a field-feedback link (`/f/<token>`), opened without signing in. */
  feedbackLink: (base: string, token: string) => join(base, `/f/${token}`),
  /** The short address of an Evaluation Wheel link (`/w/<token>`), opened without signing in. */
  wheelLink: (base: string, token: string) => join(base, `/w/${token}`),
  myCommitments: (base: string | undefined) => (base ? join(base, '/commitments') : null),
  mesaCommitments: (base: string | undefined, mesaId: string) =>
    base ? join(base, `/mesas/${encodeURIComponent(mesaId)}/commitments`) : null,
};
