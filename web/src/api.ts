/**
 * The one HTTP client of the web app. Every call goes through `request`, which sends the session
 * cookie, the CSRF token on writes and the UI language, and turns error envelopes into `ApiError`.
 * Types come from the server's own schemas (as they travel over the wire, hence `z.input`).
 */
import type { z } from 'zod';
import type { changePasswordBody, me, updateMeBody } from '../../src/server/schemas/auth';
import type {
  account,
  accountBody,
  organization,
  organizationBody,
  person,
  personBody,
  updateAccountBody,
  updateOrganizationBody,
  updatePersonBody,
} from '../../src/server/schemas/directory';
import type {
  createMesaBody,
  mesaDetail,
  mesaEvent,
  mesaSummary,
  participant,
  participationBody,
  transitionBody,
  updateMesaBody,
  updateParticipationBody,
} from '../../src/server/schemas/mesas';
import type { signInOptions } from '../../src/server/schemas/oidc';

export type Me = z.input<typeof me>;
export type SignInOptions = z.input<typeof signInOptions>;
export type User = Me['user'];
export type MesaSummary = z.input<typeof mesaSummary>;
export type MesaDetail = z.input<typeof mesaDetail>;
export type MesaEvent = z.input<typeof mesaEvent>;
export type Participant = z.input<typeof participant>;
export type ParticipantGroup = MesaDetail['participants'][number]['group'];
export type MesaStatus = MesaSummary['status'];
export type MesaRole = Participant['role'];
export type Organization = z.input<typeof organization>;
export type Person = z.input<typeof person>;
export type Account = z.input<typeof account>;
export type GlobalRole = NonNullable<User['globalRole']>;
export type Locale = User['locale'];

export type CreateMesa = z.input<typeof createMesaBody>;
export type UpdateMesa = z.input<typeof updateMesaBody>;
export type Transition = z.input<typeof transitionBody>;
export type CreateParticipation = z.input<typeof participationBody>;
export type UpdateParticipation = z.input<typeof updateParticipationBody>;
export type CreateOrganization = z.input<typeof organizationBody>;
export type UpdateOrganization = z.input<typeof updateOrganizationBody>;
export type CreatePerson = z.input<typeof personBody>;
export type UpdatePerson = z.input<typeof updatePersonBody>;
export type CreateAccount = z.input<typeof accountBody>;
export type UpdateAccount = z.input<typeof updateAccountBody>;
export type UpdateMe = z.input<typeof updateMeBody>;
export type ChangePassword = z.input<typeof changePasswordBody>;

export interface FieldIssue {
  path: string;
  /** The message's stable name (a catalogue key such as `fields.required`, or a zod issue code). */
  key: string;
  message: string;
}

/** A refused or failed request. `code` is the server's stable code, or NETWORK when it was unreachable. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly requestId: string | null;
  /** The whole error envelope, with any further details the server gave (e.g. `rows`). */
  readonly details: Record<string, unknown>;

  constructor(init: {
    code: string;
    status: number;
    message: string;
    fields?: FieldIssue[];
    requestId?: string | null;
    details?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId ?? null;
    this.details = init.details ?? {};
  }
}

let csrfToken: string | null = null;
let language: Locale = 'es';

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function setApiLanguage(locale: Locale) {
  language = locale;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A new Idempotency-Key: 128 random bits (crypto.randomUUID needs a secure context; this does not). */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** How often, and after how long, a POST is sent again when the network failed or the server was away. */
const POST_RETRY_DELAYS_MS = [500, 1500];

/**
 * Sends one request. Each POST is one submission with its own Idempotency-Key: when it is sent again
 * because the answer was lost (network failure, server unavailable), it carries the same key, so the
 * server writes once and answers the retry with the first answer.
 */
async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
  // A file (a Blob) travels as it is, under its own type; anything else as JSON.
  const file = body instanceof Blob ? body : null;
  if (body !== undefined)
    headers['Content-Type'] = file ? file.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (method === 'POST') headers['Idempotency-Key'] = newIdempotencyKey();
  const retries = method === 'POST' ? POST_RETRY_DELAYS_MS : [];
  for (let attempt = 0; ; attempt++) {
    const retryIn = retries[attempt];
    try {
      const res = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : (file ?? JSON.stringify(body)),
      });
      if (res.status !== 503 || retryIn === undefined) return res;
    } catch {
      if (retryIn === undefined) throw new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' });
    }
    await new Promise((resolve) => setTimeout(resolve, retryIn));
  }
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const error = (
      data as { error?: { code?: string; message?: string; fields?: FieldIssue[]; requestId?: string } }
    )?.error;
    throw new ApiError({
      code: error?.code ?? 'INTERNAL',
      status: res.status,
      message: error?.message ?? res.statusText,
      fields: error?.fields,
      requestId: error?.requestId ?? res.headers.get('x-request-id'),
      details: error ?? {},
    });
  }
  return data as T;
}

const get = <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query));
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body);
const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
const del = <T>(path: string) => request<T>('DELETE', path);
const id = encodeURIComponent;

export const api = {
  auth: {
    login: (email: string, password: string) => post<Me>('/api/auth/login', { email, password }),
    /** The ways to sign in besides e-mail and password (the identity provider, when configured). */
    options: () => get<SignInOptions>('/api/auth/options'),
    /** The signed-in user, or null when signed out. */
    me: async (): Promise<Me | null> => {
      try {
        return await get<Me>('/api/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    logout: () => post<{ ok: true }>('/api/auth/logout'),
    updateMe: (body: UpdateMe) => patch<Me>('/api/auth/me', body),
    /** Your own password; your other sessions end. */
    changePassword: (body: ChangePassword) => post<{ ok: true }>('/api/auth/password', body),
    /** Asks to change your own e-mail address: a confirmation link is mailed to the new one. */
    requestEmailChange: (email: string) =>
      post<{ email: string; expiresAt: string }>('/api/me/email', { email }),
    /** Applies the change with the token of the mailed link. */
    confirmEmailChange: (token: string) => post<Person>('/api/me/email/confirm', { token }),
  },
  mesas: {
    list: () => get<{ mesas: MesaSummary[] }>('/api/mesas'),
    get: (mesaId: string) => get<MesaDetail>(`/api/mesas/${id(mesaId)}`),
    create: (body: CreateMesa) => post<MesaDetail>('/api/mesas', body),
    update: (mesaId: string, body: UpdateMesa) => patch<MesaDetail>(`/api/mesas/${id(mesaId)}`, body),
    transition: (mesaId: string, body: Transition) =>
      post<MesaDetail>(`/api/mesas/${id(mesaId)}/transitions`, body),
  },
  participations: {
    add: (mesaId: string, body: CreateParticipation) =>
      post<Participant>(`/api/mesas/${id(mesaId)}/participations`, body),
    update: (mesaId: string, participationId: string, body: UpdateParticipation) =>
      patch<Participant>(`/api/mesas/${id(mesaId)}/participations/${id(participationId)}`, body),
    remove: (mesaId: string, participationId: string) =>
      del<{ ok: true }>(`/api/mesas/${id(mesaId)}/participations/${id(participationId)}`),
  },
  organizations: {
    list: (query?: { q?: string; kind?: string }) =>
      get<{ organizations: Organization[] }>('/api/organizations', query),
    create: (body: CreateOrganization) => post<Organization>('/api/organizations', body),
    update: (orgId: string, body: UpdateOrganization) =>
      patch<Organization>(`/api/organizations/${id(orgId)}`, body),
  },
  people: {
    list: (query?: { q?: string; organizationId?: string }) =>
      get<{ people: Person[] }>('/api/people', query),
    create: (body: CreatePerson) => post<Person>('/api/people', body),
    update: (personId: string, body: UpdatePerson) => patch<Person>(`/api/people/${id(personId)}`, body),
  },
  accounts: {
    list: () => get<{ accounts: Account[] }>('/api/accounts'),
    create: (body: CreateAccount) => post<Account>('/api/accounts', body),
    update: (accountId: string, body: UpdateAccount) =>
      patch<Account>(`/api/accounts/${id(accountId)}`, body),
  },
};

/** The request helpers, for API clients kept beside the pages that use them (e.g. the Matrix). */
export const http = { get, post, put, patch, del };
