import { z } from 'zod';

/** The ways to sign in a deployment offers, for its sign-in page. */
export const signInOptions = z.object({
  oidc: z
    .object({
      name: z.string().nullable().describe('The provider, e.g. "ID Gob.pe"; null when not configured'),
    })
    .nullable()
    .describe('Sign-in with the identity provider (GET /api/auth/oidc/start), when it is configured'),
});
