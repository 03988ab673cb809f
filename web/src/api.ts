/**
 * The one HTTP client of the web app: the typed client of `src/sdk` (paths, parameters, bodies and
 * answers generated from the API's OpenAPI document), with what the browser adds as middleware: the
 * session cookie, the CSRF token on writes, the UI language, a new Idempotency-Key per POST submission
 * (the same one when it is sent again), and error envelopes turned into `ApiError`.
 */
import {
  ApiError,
  createMesasClient,
  type MesasClient,
  type QueryParams,
  type RequestBody,
  type ResponseBody,
  unwrap,
} from '../../src/sdk/client';

export { ApiError, type FieldIssue } from '../../src/sdk/client';
export { unwrap };

export type Me = ResponseBody<'/api/auth/me', 'get'>;
export type SignInOptions = ResponseBody<'/api/auth/options', 'get'>;
export type User = Me['user'];
export type MesaSummary = ResponseBody<'/api/mesas', 'get'>['mesas'][number];
export type MesaDetail = ResponseBody<'/api/mesas/{id}', 'get'>;
export type MesaEvent = MesaDetail['events'][number];
export type Participant = MesaDetail['formerParticipants'][number];
export type ParticipantGroup = MesaDetail['participants'][number]['group'];
export type MesaStatus = MesaSummary['status'];
export type MesaRole = Participant['role'];
export type Organization = ResponseBody<'/api/organizations/{id}', 'get'>;
export type Person = ResponseBody<'/api/people/{id}', 'get'>;
export type Account = ResponseBody<'/api/accounts/{id}', 'get'>;
export type GlobalRole = NonNullable<User['globalRole']>;
export type Locale = User['locale'];

export type CreateMesa = RequestBody<'/api/mesas', 'post'>;
export type UpdateMesa = RequestBody<'/api/mesas/{id}', 'patch'>;
export type Transition = RequestBody<'/api/mesas/{id}/transitions', 'post'>;
export type CreateParticipation = RequestBody<'/api/mesas/{id}/participations', 'post'>;
export type UpdateParticipation = RequestBody<'/api/mesas/{id}/participations/{participationId}', 'patch'>;
export type CreateOrganization = RequestBody<'/api/organizations', 'post'>;
export type UpdateOrganization = RequestBody<'/api/organizations/{id}', 'patch'>;
export type CreatePerson = RequestBody<'/api/people', 'post'>;
export type UpdatePerson = RequestBody<'/api/people/{id}', 'patch'>;
export type CreateAccount = RequestBody<'/api/accounts', 'post'>;
export type UpdateAccount = RequestBody<'/api/accounts/{id}', 'patch'>;
export type UpdateMe = RequestBody<'/api/auth/me', 'patch'>;
export type ChangePassword = RequestBody<'/api/auth/password', 'post'>;

let csrfToken: string | null = null;
let language: Locale = 'es';

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function setApiLanguage(locale: Locale) {
  language = locale;
}

/** A new Idempotency-Key: 128 random bits (crypto.randomUUID needs a secure context; this does not). */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** How often, and after how long, a POST is sent again when the network failed or the server was away. */
const POST_RETRY_DELAYS_MS = [500, 1500];

/**
 * Sends one request. Each POST is one submission with its own Idempotency-Key (set by the middleware
 * below, once): when it is sent again because the answer was lost (network failure, server
 * unavailable), it carries the same key, so the server writes once and answers the retry with the first
 * answer. An unreachable server is an `ApiError` NETWORK.
 */
async function send(request: Request): Promise<Response> {
  const retries = request.method === 'POST' ? POST_RETRY_DELAYS_MS : [];
  for (let attempt = 0; ; attempt++) {
    const retryIn = retries[attempt];
    try {
      const res = await fetch(retryIn === undefined ? request : request.clone());
      if (res.status !== 503 || retryIn === undefined) return res;
    } catch {
      if (retryIn === undefined) throw new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' });
    }
    await new Promise((resolve) => setTimeout(resolve, retryIn));
  }
}

/** Query strings as the web app always wrote them: empty and absent values left out. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return params.toString();
}

/** The typed client every page uses (through the `*Api` modules beside them). */
export const client: MesasClient = createMesasClient({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: send,
  language: () => language,
  options: { credentials: 'same-origin', querySerializer, headers: { Accept: 'application/json' } },
});
client.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    if (request.method === 'POST') request.headers.set('Idempotency-Key', newIdempotencyKey());
    return request;
  },
});

/** For a body sent as it is (a file), under its own type, instead of as JSON. */
export const asFile = (file: Blob) => ({
  bodySerializer: (body: unknown) => body as Blob,
  headers: { 'Content-Type': file.type || 'application/octet-stream' },
});

const path = (id: string) => ({ params: { path: { id } } });

export const api = {
  auth: {
    login: (email: string, password: string) =>
      unwrap(client.POST('/api/auth/login', { body: { email, password } })),
    /** The ways to sign in besides e-mail and password (the identity provider, when configured). */
    options: () => unwrap(client.GET('/api/auth/options')),
    /** The signed-in user, or null when signed out. */
    me: async (): Promise<Me | null> => {
      try {
        return await unwrap(client.GET('/api/auth/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    logout: () => unwrap(client.POST('/api/auth/logout')),
    updateMe: (body: UpdateMe) => unwrap(client.PATCH('/api/auth/me', { body })),
    /** Your own password; your other sessions end. */
    changePassword: (body: ChangePassword) => unwrap(client.POST('/api/auth/password', { body })),
    /** Asks to change your own e-mail address: a confirmation link is mailed to the new one. */
    requestEmailChange: (email: string) => unwrap(client.POST('/api/me/email', { body: { email } })),
    /** Applies the change with the token of the mailed link. */
    confirmEmailChange: (token: string) => unwrap(client.POST('/api/me/email/confirm', { body: { token } })),
  },
  mesas: {
    list: () => unwrap(client.GET('/api/mesas')),
    get: (mesaId: string) => unwrap(client.GET('/api/mesas/{id}', path(mesaId))),
    create: (body: CreateMesa) => unwrap(client.POST('/api/mesas', { body })),
    update: (mesaId: string, body: UpdateMesa) =>
      unwrap(client.PATCH('/api/mesas/{id}', { ...path(mesaId), body })),
    transition: (mesaId: string, body: Transition) =>
      unwrap(client.POST('/api/mesas/{id}/transitions', { ...path(mesaId), body })),
  },
  participations: {
    add: (mesaId: string, body: CreateParticipation) =>
      unwrap(client.POST('/api/mesas/{id}/participations', { ...path(mesaId), body })),
    update: (mesaId: string, participationId: string, body: UpdateParticipation) =>
      unwrap(
        client.PATCH('/api/mesas/{id}/participations/{participationId}', {
          params: { path: { id: mesaId, participationId } },
          body,
        }),
      ),
    remove: (mesaId: string, participationId: string) =>
      unwrap(
        client.DELETE('/api/mesas/{id}/participations/{participationId}', {
          params: { path: { id: mesaId, participationId } },
        }),
      ),
  },
  organizations: {
    list: (query?: QueryParams<'/api/organizations', 'get'>) =>
      unwrap(client.GET('/api/organizations', { params: { query } })),
    create: (body: CreateOrganization) => unwrap(client.POST('/api/organizations', { body })),
    update: (orgId: string, body: UpdateOrganization) =>
      unwrap(client.PATCH('/api/organizations/{id}', { ...path(orgId), body })),
  },
  people: {
    list: (query?: { q?: string; organizationId?: string }) =>
      unwrap(client.GET('/api/people', { params: { query } })),
    create: (body: CreatePerson) => unwrap(client.POST('/api/people', { body })),
    update: (personId: string, body: UpdatePerson) =>
      unwrap(client.PATCH('/api/people/{id}', { ...path(personId), body })),
  },
  accounts: {
    list: () => unwrap(client.GET('/api/accounts')),
    create: (body: CreateAccount) => unwrap(client.POST('/api/accounts', { body })),
    update: (accountId: string, body: UpdateAccount) =>
      unwrap(client.PATCH('/api/accounts/{id}', { ...path(accountId), body })),
  },
};
