import * as oidc from 'openid-client';
import type { Config } from '../config/config';
import { AppError } from '../domain/errors';

type OidcSettings = NonNullable<Config['oidc']>;

/** What the browser carries from the redirect to the provider back to the callback. */
export interface OidcTransaction {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Where in the web app to land once signed in. */
  redirect: string;
}

/** The person the provider vouches for, from the verified ID token (and UserInfo for what it lacks). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/** Seconds a sign-in may take at the provider before its callback is refused. */
export const OIDC_TRANSACTION_SECONDS = 600;

/**
 * The relying party of one deployment. The provider's metadata is discovered on first use (not at start,
 * so that Mesas starts while the provider is down) and kept; a failed discovery is tried again next time.
 */
export function oidcRelyingParty(settings: OidcSettings, publicUrl: string) {
  const redirectUri = new URL('/api/auth/oidc/callback', publicUrl).href;
  let configuration: Promise<oidc.Configuration> | null = null;

  function discover() {
    configuration ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        // Config allows http:// only for a provider on this machine.
        execute: settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  }

  return {
    redirectUri,

    /** The provider's authorization URL for a new sign-in, and what the callback must find again. */
    async start(redirect: string): Promise<{ url: URL; transaction: OidcTransaction }> {
      const config = await discover().catch(unavailable);
      const transaction: OidcTransaction = {
        codeVerifier: oidc.randomPKCECodeVerifier(),
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        redirect,
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
        state: transaction.state,
        nonce: transaction.nonce,
      });
      return { url, transaction };
    },

    /**
     * Exchanges the code of the provider's answer (the callback's query string) and verifies the ID
     * token: signature, issuer, audience, expiry, and the state and nonce of this browser's transaction.
     */
    async finish(query: string, transaction: OidcTransaction): Promise<OidcIdentity> {
      const config = await discover().catch(unavailable);
      const currentUrl = new URL(redirectUri);
      currentUrl.search = query;
      const tokens = await oidc
        .authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: transaction.codeVerifier,
          expectedState: transaction.state,
          expectedNonce: transaction.nonce,
          idTokenExpected: true,
        })
        .catch(refused);
      const claims = tokens.claims();
      if (!claims) throw new AppError('OIDC_FAILED');
      // Providers that follow OpenID Connect Core strictly put e-mail in UserInfo only, not the ID token.
      const profile =
        claims.email === undefined
          ? await oidc.fetchUserInfo(config, tokens.access_token, claims.sub).catch(refused)
          : claims;
      return {
        issuer: config.serverMetadata().issuer,
        subject: claims.sub,
        email: typeof profile.email === 'string' ? profile.email : null,
        emailVerified: profile.email_verified === true,
      };
    },
  };
}

export type OidcRelyingParty = ReturnType<typeof oidcRelyingParty>;

/** The provider answered, and its answer is not a sign-in: refused there, forged, replayed or expired. */
function refused(error: unknown): never {
  if (
    error instanceof oidc.ClientError ||
    error instanceof oidc.ResponseBodyError ||
    error instanceof oidc.AuthorizationResponseError ||
    error instanceof oidc.WWWAuthenticateChallengeError
  ) {
    // The library's reason is logged, not shown: it is for the operator, not for the person signing in.
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new AppError('OIDC_FAILED', undefined, `${error.message}${cause}`);
  }
  unavailable(error);
}

/** The provider could not be reached (network, timeout). */
function unavailable(error: unknown): never {
  if (error instanceof AppError) throw error;
  throw new AppError('UNAVAILABLE', undefined, error instanceof Error ? error.message : String(error));
}
