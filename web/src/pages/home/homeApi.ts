/**
 * The home part of the API client: what waits for the signed-in person (GET /api/me/home), and where
 * they land after signing in.
 */
import { landingFor } from '../../../../src/domain/home';
import type { ResponseBody } from '../../../../src/sdk/client';
import { client, unwrap } from '../../api';
import { useSession } from '../../session';

export type Home = ResponseBody<'/api/me/home', 'get'>;
export type HomeMesa = Home['mesas'][number];

/**
 * Under the escalations key: deciding or answering an escalation refreshes the inbox count the
 * navigation shows, as it refreshes the inbox.
 */
export const homeQueryKey = ['escalations', 'home'] as const;

export const homeApi = {
  get: () => unwrap(client.GET('/api/me/home')),
};

/** Where the signed-in person lands: the high-level body on its inbox, everyone else on the home. */
export function useLanding() {
  const { user } = useSession();
  if (!user) return 'home';
  return landingFor(
    user.globalRole,
    user.mesas.map((m) => m.roles),
  );
}
