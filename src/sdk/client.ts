/**
 * The typed client of the Mesas API, shared by the web app and the CLI. Paths, parameters, bodies and
 * answers all come from `schema.ts`, generated from the API's OpenAPI document (`npm run sdk`): a
 * changed response schema fails the type check of every caller.
 *
 *   const mesas = createMesasClient({ baseUrl: 'https://mesas.example.org', token: 'mesas_pat_…' });
 *   const mesa = await unwrap(mesas.GET('/api/mesas/{id}', { params: { path: { id: 'forestry' } } }));
 */
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type { paths } from './schema';
export type MesasClient = Client<paths>;

export interface MesasClientOptions {
  /** Where the server answers, e.g. `http://localhost:3000`; empty for the page's own origin. */
  baseUrl?: string;
  /** A personal API token (`mesas_pat_…`), sent as `Authorization: Bearer`. */
  token?: string;
  /** The fetch to use (defaults to the global one). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * The language of messages and labels (`Accept-Language`), or how to read it at each request. With a
   * token, the account's own language comes first; a route's `lang` parameter comes before both.
   */
  language?: string | (() => string);
  /** Further options of openapi-fetch (credentials, a query serializer…). */
  options?: Omit<ClientOptions, 'baseUrl' | 'fetch'>;
}

export function createMesasClient(options: MesasClientOptions = {}): MesasClient {
  const client = createClient<paths>({
    ...options.options,
    baseUrl: options.baseUrl ?? '',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { token, language } = options;
  if (token || language) {
    client.use({
      onRequest({ request }) {
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
        const lang = typeof language === 'function' ? language() : language;
        if (lang) request.headers.set('Accept-Language', lang);
        return request;
      },
    } satisfies Middleware);
  }
  return client;
}

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

interface Envelope {
  error?: { code?: string; message?: string; fields?: FieldIssue[]; requestId?: string };
}

/** The `ApiError` of a refused answer, from its error envelope (`{ error: { code, message… } }`). */
export function apiError(response: Response, body: unknown): ApiError {
  const error = body && typeof body === 'object' ? (body as Envelope).error : undefined;
  return new ApiError({
    code: error?.code ?? 'INTERNAL',
    status: response.status,
    message: error?.message ?? response.statusText,
    fields: error?.fields,
    requestId: error?.requestId ?? response.headers.get('x-request-id'),
    details: error ?? {},
  });
}

/** What a successful call of the client answers (the union member that has `data`). */
export type Data<R> = R extends { data: infer D } ? D : never;

/** The answer of a call, or its `ApiError` thrown: `await unwrap(client.GET('/api/mesas'))`. */
export async function unwrap<R extends { response: Response; error?: unknown }>(
  call: Promise<R>,
): Promise<Data<R>> {
  const result = await call;
  if (!result.response.ok) throw apiError(result.response, result.error);
  return (result as { data?: unknown }).data as Data<R>;
}

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;
type Json<C> = C extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON a successful call of `method path` answers, e.g. `ResponseBody<'/api/mesas/{id}', 'get'>`. */
export type ResponseBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? { [S in keyof R]: S extends 200 | 201 | 202 ? Json<R[S]> : never }[keyof R]
    : never;

/** The JSON body `method path` takes. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query string parameters `method path` takes. */
export type QueryParams<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * The values of a string union as a list in the order given, for menus and filters. The type check fails
 * when the list leaves out a value of the union or names one it does not have, so a list kept beside the
 * UI follows the API's enum: `valuesOf<MeetingKind>()(['session', …])`.
 */
export const valuesOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): readonly T[] =>
    list;
