/** Addresses of web-app pages that e-mails link to, under the deployment's PUBLIC_URL. */
const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;

export const mailLinks = {
  meeting: (base: string | undefined, meetingId: string) =>
    base ? join(base, `/meetings/${encodeURIComponent(meetingId)}`) : null,
  myCommitments: (base: string | undefined) => (base ? join(base, '/commitments') : null),
};
