// How failed reconciles are logged. A neighbour being away (slurmrestd unavailable, the API
// server unreachable or answering 5xx) fails every reconcile that needs it, each retried with
// backoff: one warning per cause and interval, counting the failures it stands for, reads as the
// outage it is. Any other failure is an error with its stack, every time.
import { httpStatusOf } from '../kube/resources.ts';
import { SlurmUnavailableError } from '../slurm/errors.ts';
import type { Logger } from './logger.ts';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);

/** What is away, when the error says a neighbour is; undefined for every other failure. */
export function outageCause(error: unknown): string | undefined {
  if (error instanceof SlurmUnavailableError) {
    // Not the message: it names the operation, and often the job.
    const why =
      error.httpStatus !== null
        ? `HTTP ${error.httpStatus}`
        : (networkCode(error) ?? error.message.replace(/^\S+ \S+: /, ''));
    return `slurmrestd: ${why}`;
  }
  const status = httpStatusOf(error);
  if (status !== undefined) return status >= 500 ? `kube-apiserver: HTTP ${status}` : undefined;
  const code = networkCode(error);
  return code ? `kube-apiserver: ${code}` : undefined;
}

function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  }
  return undefined;
}

export class FailureLog {
  private readonly log: Logger;
  private readonly intervalMs: number;
  private readonly now: () => number;
  /** Per cause: when it was last logged, and the failures since that were not. */
  private readonly causes = new Map<string, { at: number; unlogged: number }>();

  constructor(log: Logger, intervalMs = 30_000, now: () => number = Date.now) {
    this.log = log;
    this.intervalMs = intervalMs;
    this.now = now;
  }

  report(queue: string, key: string, error: unknown): void {
    const cause = outageCause(error);
    if (!cause) {
      this.log.error({ queue, key, err: error }, 'reconcile failed');
      return;
    }
    const now = this.now();
    const last = this.causes.get(cause);
    if (last && now - last.at < this.intervalMs) {
      last.unlogged++;
      return;
    }
    this.causes.set(cause, { at: now, unlogged: 0 });
    this.log.warn(
      { queue, key, cause, failedSinceLastWarning: last?.unlogged ?? 0 },
      'reconcile failed: a neighbour is unavailable; retrying with backoff',
    );
  }
}
