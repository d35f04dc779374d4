import type { z } from 'zod';
import { canonicalJson, retryAfterMs, syncErrorSchema, type SyncError } from '../../shared/sync';

/** What the engine gets instead of hidden globals: fetch, the clock in ms and timers. */
export interface SyncTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** One HTTP exchange with the sync server, read into a value the engine can switch on. */
export type Answer<T> =
  | { readonly kind: 'ok'; readonly value: T }
  /** A non-2xx answer; `error` is null when its body is not the protocol's error shape. */
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly error: SyncError | null;
      readonly retryAfterMs: number | null;
    }
  /** No answer: offline, refused connection, reset, timeout. */
  | { readonly kind: 'network'; readonly detail: string }
  /** A 2xx answer this desk cannot read. */
  | { readonly kind: 'unreadable'; readonly detail: string };

export interface CallOptions<T> {
  readonly fetch: FetchLike;
  readonly timers: SyncTimers;
  readonly nowMs: () => number;
  readonly timeoutMs: number;
  /** Abandons the request early (as a timeout would): the answer is then 'network'. */
  readonly cancel?: AbortSignal;
  /** Told when the request goes out; the function it returns, once it is over (answered or not). */
  readonly inFlight?: InFlightRequests;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: string;
  readonly token: string | null;
  /** Sent as canonical JSON: a push's events then arrive in the order the server hashes fastest. */
  readonly body?: unknown;
  /** Bytes sent as they are (a scan), instead of a JSON body. */
  readonly rawBody?: { readonly bytes: Blob; readonly mediaType: string };
  readonly schema: z.ZodType<T>;
}

/** Keeps count of the requests under way (the engine: which ones the network's return may abandon). */
export interface InFlightRequests {
  sent(): () => void;
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

export async function callServer<T>(options: CallOptions<T>): Promise<Answer<T>> {
  const controller = new AbortController();
  const timer = options.timers.setTimeout(() => controller.abort(), options.timeoutMs);
  const abandon = () => controller.abort();
  if (options.cancel?.aborted === true) controller.abort();
  options.cancel?.addEventListener('abort', abandon, { once: true });
  const over = options.inFlight?.sent();
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token !== null) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.rawBody !== undefined) headers['content-type'] = options.rawBody.mediaType;
    let response: Response;
    try {
      response = await options.fetch(options.url, {
        method: options.method,
        headers,
        signal: controller.signal,
        ...(options.body === undefined ? {} : { body: canonicalJson(options.body) }),
        ...(options.rawBody === undefined ? {} : { body: options.rawBody.bytes }),
      });
    } catch (error) {
      return {
        kind: 'network',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return {
        kind: 'network',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    if (!response.ok) {
      const parsed = syncErrorSchema.safeParse(json);
      return {
        kind: 'refused',
        status: response.status,
        error: parsed.success ? parsed.data : null,
        retryAfterMs: retryAfterMs(response.headers.get('retry-after'), options.nowMs()),
      };
    }
    const parsed = options.schema.safeParse(json);
    if (!parsed.success) return { kind: 'unreadable', detail: parsed.error.message.slice(0, 1000) };
    return { kind: 'ok', value: parsed.data };
  } finally {
    over?.();
    options.timers.clearTimeout(timer);
    options.cancel?.removeEventListener('abort', abandon);
  }
}
