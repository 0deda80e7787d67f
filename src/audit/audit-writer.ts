// The write-behind's contracts: what it writes through (AuditStore in production, an in-memory
// fake in unit tests), its options and statistics, and which write errors are worth retrying.
import type { AuditErrorClass } from './errors.ts';
import type { AuditedResource } from './rows.ts';
import type { Transition } from './sink.ts';
import { InvalidTransitionError } from './store.ts';
import type { ResourceSnapshot } from './upserts.ts';

export interface AuditWriter {
  recordTransitions(transitions: readonly Transition[]): Promise<number>;
  upsertResources(snapshots: readonly ResourceSnapshot[]): Promise<void>;
  /** `observedAt`: when the copy was seen (its row is upserted as of then); now by default. */
  resyncResource(resource: AuditedResource, observedAt?: Date): Promise<boolean>;
  markMissingDeleted(
    kind: AuditedResource['kind'],
    presentUids: readonly string[],
    at?: Date,
  ): Promise<number>;
}

/**
 * Bad data (SQLSTATE classes 22 and 23): retrying this row cannot help, so it is set aside and the
 * rest is written. (Other permanent errors, such as a revoked privilege, hold the queue: errors.ts.)
 */
export function isBadDataError(error: unknown): boolean {
  if (error instanceof InvalidTransitionError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|23)[0-9A-Z]{3}$/.test(code);
}

export interface WriteBehindOptions {
  /** Transitions held while the database is unreachable (default 10,000). */
  capacity?: number;
  /** Distinct resources whose latest state is held (default 10,000). */
  snapshotCapacity?: number;
  /** Rows per write (default 100; at most half the capacity). */
  batchSize?: number;
  /**
   * First retry delay (default 500 ms), doubling per consecutive failure up to retryMaxMs (default
   * 30 s). After a permanent error (errors.ts) the next retry waits retryMaxMs at once.
   */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Given, an overflow schedules a resync from these resources by itself (e.g. the informers' caches). */
  resyncSource?: () => AuditedResource[];
  onWriteError?: (error: unknown, consecutiveFailures: number, errorClass: AuditErrorClass) => void;
  /** A write succeeded after `failures` failed attempts in a row. */
  onRecovered?: (failures: number) => void;
  onNeedsResync?: () => void;
  random?: () => number;
  now?: () => Date;
}

export interface WriteBehindStats {
  /** Transitions plus resource snapshots waiting to be written. */
  backlog: number;
  transitionBacklog: number;
  snapshotBacklog: number;
  /** Transitions written (or found already stored). */
  written: number;
  /** Failed write attempts; each retry counts. */
  failures: number;
  /** Of those, the ones whose error passes by itself (the database away). */
  transientErrors: number;
  /** Of those, the ones whose error repeats until the database is changed (errors.ts). */
  permanentErrors: number;
  /** Dropped on overflow, or left unwritten at close. */
  drops: number;
  /** Refused as malformed (no valid uid or time) or rejected by the database as bad data. */
  rejected: number;
  needsResync: boolean;
  /** False while writes are failing. */
  healthy: boolean;
  /** True while writes are failing and the last error was permanent. */
  permanentError: boolean;
}
