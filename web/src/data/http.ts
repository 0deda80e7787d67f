// Requests with the person's token, and errors as the server worded them.
import { ConsoleError } from './console-data.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The server's own words for a refused request: a Kubernetes Status .message, or {error}. */
export async function errorFrom(response: Response): Promise<ConsoleError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // A body that cannot be read says nothing more than the status.
  }
  return new ConsoleError(response.status, messageOf(response.status, response.statusText, text));
}

export function messageOf(status: number, statusText: string, body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    if (typeof parsed.message === 'string' && parsed.message !== '') return parsed.message;
    if (typeof parsed.error === 'string' && parsed.error !== '') return parsed.error;
  } catch {
    // Not JSON: the text itself, when it is short enough to read.
  }
  const trimmed = body.trim();
  if (trimmed !== '' && trimmed.length <= 500 && !trimmed.startsWith('<')) return trimmed;
  return `${status} ${statusText || 'error'}`.trim();
}

/** Any failure as a ConsoleError; a network failure is status 0. */
export function asConsoleError(error: unknown): ConsoleError {
  if (error instanceof ConsoleError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ConsoleError(0, `the operator could not be reached (${message})`);
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Waits `ms`, or until `signal` aborts (then resolves early). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

export class Http {
  readonly #token: string;
  readonly #fetch: Fetch;
  readonly #onUnauthorized: (() => void) | undefined;
  #unauthorized = false;

  /**
   * `onUnauthorized` is called once, at the first 401: the token is no longer accepted (expired,
   * revoked), so every later request would fail too and the person has to sign in again.
   */
  constructor(
    token: string,
    fetchImpl: Fetch = (input, init) => fetch(input, init),
    onUnauthorized?: () => void,
  ) {
    this.#token = token;
    this.#fetch = fetchImpl;
    this.#onUnauthorized = onUnauthorized;
  }

  /** The response when it is 2xx; a ConsoleError with the server's message otherwise. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await this.raw(path, init);
    if (!response.ok) throw await errorFrom(response);
    return response;
  }

  /** The response whatever its status; a ConsoleError (status 0) when the server is not reached. */
  async raw(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${this.#token}`);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    let response: Response;
    try {
      response = await this.#fetch(path, { ...init, headers, cache: 'no-store' });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw asConsoleError(error);
    }
    if (response.status === 401 && !this.#unauthorized) {
      this.#unauthorized = true;
      this.#onUnauthorized?.();
    }
    return response;
  }

  async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }

  async post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.json<T>(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  }
}
