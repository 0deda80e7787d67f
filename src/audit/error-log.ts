// Log lines about the audit store's health, bounded: a permanent error is logged at error level
// when it starts or changes, then at most once per interval while it lasts (counting the failures
// in between), and once more when writes succeed again. Transient errors are the caller's
// onWriteError (main.ts warns on the first and every tenth).
import { type AuditErrorClass, describeAuditError, sqlStateOf } from './errors.ts';

/** What the audit store logs through (a pino Logger fits). */
export interface AuditLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class PermanentErrorLog {
  private readonly log: AuditLog | undefined;
  private readonly repeatMs: number;
  private readonly now: () => number;
  private current: { description: string; at: number; unlogged: number } | undefined;

  constructor(log: AuditLog | undefined, repeatMs = 10 * 60_000, now: () => number = Date.now) {
    this.log = log;
    this.repeatMs = repeatMs;
    this.now = now;
  }

  failed(error: unknown, consecutiveFailures: number, errorClass: AuditErrorClass): void {
    if (errorClass !== 'permanent') return;
    const description = describeAuditError(error);
    const now = this.now();
    const last = this.current;
    if (last && last.description === description && now - last.at < this.repeatMs) {
      last.unlogged++;
      return;
    }
    this.current = { description, at: now, unlogged: 0 };
    this.log?.error(
      {
        err: error,
        sqlState: sqlStateOf(error),
        consecutiveFailures,
        failedSinceLastLog: last?.description === description ? last.unlogged : 0,
      },
      `audit store: ${description}; writes wait (nothing is lost) and are retried at the slowest backoff; not ready until one succeeds`,
    );
  }

  recovered(failures: number): void {
    if (!this.current) return;
    this.log?.info({ failures, after: this.current.description }, 'audit store: writes succeed again; ready');
    this.current = undefined;
  }
}
