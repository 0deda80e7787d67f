// How every slurmrestd request is sent: authentication headers, a timeout, a per-cluster cap
// on concurrent requests, one token renewal on an auth failure, and retries with backoff and
// jitter for requests that are safe to repeat. openapi-fetch calls `send` for each request.

import type { TokenSource } from './auth/token-source.ts';
import { type AuthFailure, authFailureOf, SlurmUnavailableError } from './errors.ts';
import { ConcurrencyLimiter } from './limiter.ts';

export type RequestObserver = (event: {
  method: string;
  route: string;
  status: number | 'error';
  durationSeconds: number;
}) => void;

export interface TransportOptions {
  tokens: TokenSource;
  timeoutMs?: number;
  maxConcurrentRequests?: number;
  /** Attempts for requests safe to repeat (GET, DELETE); POST is sent once. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  observe?: RequestObserver;
  fetchImpl?: typeof fetch;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

export class SlurmTransport {
  readonly limiter: ConcurrencyLimiter;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly options: TransportOptions;

  constructor(options: TransportOptions) {
    this.options = options;
    this.limiter = new ConcurrencyLimiter(options.maxConcurrentRequests ?? 16);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.attempts = options.attempts ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 5_000;
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  /** A fetch for openapi-fetch that acts as `user`. */
  fetchAs(user: string): (request: Request) => Promise<Response> {
    return (request) => this.send(request, user);
  }

  async send(request: Request, user: string): Promise<Response> {
    const repeatable = request.method === 'GET' || request.method === 'DELETE';
    const attempts = repeatable ? this.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.sendAuthenticated(request.clone(), user);
        if (repeatable && RETRYABLE_STATUS.has(response.status) && attempt < attempts) {
          await this.backoff(attempt);
          continue;
        }
        return response;
      } catch (error) {
        if (!(error instanceof SlurmUnavailableError) || attempt >= attempts) throw error;
        await this.backoff(attempt);
      }
    }
  }

  /** Sends once; on an auth failure renews the token and sends once more. */
  private async sendAuthenticated(request: Request, user: string): Promise<Response> {
    const retry = request.clone();
    const response = await this.sendOnce(request, user, await this.options.tokens.token(user));
    const failure = await authFailure(response);
    // An ambiguous answer is worth a fresh token only where resending cannot duplicate work.
    if (failure === 'none' || (failure === 'maybe' && request.method === 'POST')) return response;
    this.options.tokens.invalidate(user);
    return this.sendOnce(retry, user, await this.options.tokens.token(user));
  }

  private async sendOnce(original: Request, user: string, token: string): Promise<Response> {
    const request = await withLength(original);
    request.headers.set('X-SLURM-USER-NAME', user);
    request.headers.set('X-SLURM-USER-TOKEN', token);
    const route = routeOf(request.url);
    return this.limiter.run(async () => {
      const started = performance.now();
      const observe = (status: number | 'error') =>
        this.options.observe?.({
          method: request.method,
          route,
          status,
          durationSeconds: (performance.now() - started) / 1000,
        });
      try {
        const response = await this.fetchImpl(request, { signal: AbortSignal.timeout(this.timeoutMs) });
        observe(response.status);
        return response;
      } catch (error) {
        observe('error');
        const reason =
          error instanceof Error && error.name === 'TimeoutError'
            ? `timed out after ${this.timeoutMs} ms`
            : String(error);
        throw new SlurmUnavailableError(`${request.method} ${route}: ${reason}`, null, [], { cause: error });
      }
    });
  }

  private async backoff(attempt: number): Promise<void> {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    // Full jitter: many clients recovering from one outage do not retry in lockstep.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }
}

/**
 * The request with its body buffered. A Request built from another Request's stream (as an
 * adapter does to rewrite the version in the URL) would go out with Transfer-Encoding: chunked,
 * which slurmrestd 26.05 refuses with 406; a buffered body goes with a Content-Length.
 */
async function withLength(request: Request): Promise<Request> {
  if (request.body === null) return request;
  const body = await request.arrayBuffer();
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}

async function authFailure(response: Response): Promise<AuthFailure> {
  if (response.status !== 500) return authFailureOf(response.status, undefined);
  try {
    return authFailureOf(500, await response.clone().json());
  } catch {
    return 'none';
  }
}

/** The path with numbers replaced, so metrics have bounded labels: /slurm/v0.0.42/job/{id}. */
export function routeOf(url: string): string {
  return new URL(url).pathname.replace(/\/\d+(?=\/|$)/g, '/{id}');
}
