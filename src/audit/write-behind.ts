// The AuditSink reconcilers call: record() only appends to a bounded in-memory backlog and returns.
// One worker writes the backlog in batches, oldest first. While the database is away a batch waits
// and is retried with exponential backoff and jitter; writes are idempotent, so a batch whose
// commit was not acknowledged is simply sent again. When the backlog overflows, the oldest waiting
// entry is dropped, counted, and `needsResync` is set: a resync rebuilds, from the resources'
// current status, what the drops lost (what their status.phaseHistory still holds).
// A permanent error (errors.ts: a revoked privilege, a missing column) is retried too, since an
// admin may fix it, but only at the slowest backoff; the queue waits meanwhile, as in an outage.
import { backoffDelay } from '../runtime/backoff.ts';
import {
  type AuditWriter,
  isBadDataError,
  type WriteBehindOptions,
  type WriteBehindStats,
} from './audit-writer.ts';
import { Backlog } from './backlog.ts';
import { type AuditErrorClass, classifyAuditError } from './errors.ts';
import { type AuditedResource, isUuid } from './rows.ts';
import type { AuditSink, Transition } from './sink.ts';
import type { ResourceSnapshot } from './upserts.ts';
import { type ResyncJob, type ResyncResult, type ResyncSource, runResync } from './write-behind-resync.ts';

export type { WriteBehindOptions, WriteBehindStats } from './audit-writer.ts';

export class WriteBehindAuditSink implements AuditSink {
  private readonly writer: AuditWriter;
  private readonly options: WriteBehindOptions;
  private readonly batchSize: number;
  private readonly backlog: Backlog;
  private readonly resyncJobs: ResyncJob[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private running = false;
  private scheduled = false;
  private wake: (() => void) | undefined;
  private closed = false;
  private dropEpoch = 0;
  private consecutiveFailures = 0;
  private readonly counts = {
    written: 0,
    failures: 0,
    transientErrors: 0,
    permanentErrors: 0,
    drops: 0,
    rejected: 0,
  };
  private resyncNeeded = false;
  /** The last write error, for a log line or a readiness message. */
  lastError: unknown = null;
  /** Its class; null once a write succeeds. */
  lastErrorClass: AuditErrorClass | null = null;

  constructor(writer: AuditWriter, options: WriteBehindOptions = {}) {
    this.writer = writer;
    this.options = options;
    const capacity = Math.max(2, options.capacity ?? 10_000);
    this.batchSize = Math.max(1, Math.min(options.batchSize ?? 100, Math.floor(capacity / 2)));
    this.backlog = new Backlog(capacity, Math.max(1, options.snapshotCapacity ?? 10_000), () =>
      this.dropped(),
    );
  }

  record(transition: Transition): void {
    try {
      if (
        !isUuid(transition.uid) ||
        !(transition.at instanceof Date) ||
        Number.isNaN(transition.at.valueOf())
      ) {
        this.counts.rejected++;
        return;
      }
      if (this.closed) {
        this.counts.drops++;
        return;
      }
      this.backlog.pushTransition(transition);
      this.kick();
    } catch {
      // record() must never throw into a reconcile.
    }
  }

  /** The resource as the informer sees it now (add or update). Only the latest state per resource is kept. */
  observe(resource: AuditedResource, observedAt = this.now()): void {
    this.putSnapshot({ resource, observedAt, deletedAt: null });
  }

  /** The resource is gone from Kubernetes; its rows stay, marked deleted. */
  deleted(resource: AuditedResource, at = this.now()): void {
    this.putSnapshot({ resource, observedAt: at, deletedAt: at });
  }

  /**
   * Rebuilds missing rows from the resources' current status, once the transitions recorded before
   * this call are written. With `complete`, rows absent from the list are marked deleted.
   * Idempotent; resolves when done (it waits for the database as long as that takes).
   */
  resync(source: ResyncSource, options: { complete?: boolean } = {}): Promise<ResyncResult> {
    return new Promise((resolve) => {
      const { seq } = this.backlog;
      this.resyncJobs.push({
        source,
        complete: !!options.complete,
        // Copies handed in were seen now; a source function is read (and timed) when the resync runs.
        observedAt: typeof source === 'function' ? undefined : this.now(),
        afterSeq: seq,
        epoch: this.dropEpoch,
        resolve,
      });
      this.kick();
    });
  }

  /** For metrics and readiness. */
  get stats(): WriteBehindStats {
    const { transitionCount, snapshotCount } = this.backlog;
    return {
      backlog: transitionCount + snapshotCount,
      transitionBacklog: transitionCount,
      snapshotBacklog: snapshotCount,
      ...this.counts,
      needsResync: this.resyncNeeded,
      healthy: this.consecutiveFailures === 0,
      permanentError: this.consecutiveFailures > 0 && this.lastErrorClass === 'permanent',
    };
  }

  /** Resolves true once everything queued is written, false if that takes longer than timeoutMs. */
  async flush(timeoutMs = 10_000): Promise<boolean> {
    if (!this.hasWork() && !this.running) return true;
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<boolean>((resolve) => this.idleWaiters.push(() => resolve(true)));
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    this.wake?.(); // retry now rather than after the backoff
    const result = await Promise.race([idle, late]);
    clearTimeout(timer);
    return result;
  }

  /** Writes what it can within timeoutMs, then stops; what is left counts as dropped. */
  async close(timeoutMs = 5000): Promise<{ unwritten: number }> {
    const flushed = await this.flush(timeoutMs);
    this.closed = true;
    this.wake?.();
    const unwritten = flushed ? 0 : this.stats.backlog;
    this.counts.drops += unwritten;
    return { unwritten };
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private putSnapshot(snapshot: ResourceSnapshot): void {
    try {
      const uid = snapshot.resource.metadata.uid;
      if (!isUuid(uid)) return;
      this.backlog.putSnapshot(uid, snapshot);
      this.kick();
    } catch {
      // never throw into an informer handler
    }
  }

  private dropped(): void {
    this.counts.drops++;
    this.dropEpoch++;
    if (this.resyncNeeded) return;
    this.resyncNeeded = true;
    this.options.onNeedsResync?.();
    if (this.options.resyncSource) void this.resync(this.options.resyncSource);
  }

  private hasWork(): boolean {
    return this.backlog.transitionCount > 0 || this.backlog.snapshotCount > 0 || this.resyncJobs.length > 0;
  }

  private kick(): void {
    if (this.running || this.scheduled || this.closed) return;
    this.scheduled = true;
    // Next macrotask: everything recorded in this turn goes into one batch.
    setTimeout(() => {
      this.scheduled = false;
      void this.run();
    }, 0);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.hasWork() && !this.closed) {
        try {
          await this.step();
          const failures = this.consecutiveFailures;
          this.consecutiveFailures = 0;
          this.lastErrorClass = null;
          if (failures > 0) this.options.onRecovered?.(failures);
        } catch (error) {
          const errorClass = classifyAuditError(error);
          this.counts.failures++;
          this.counts[errorClass === 'permanent' ? 'permanentErrors' : 'transientErrors']++;
          this.consecutiveFailures++;
          this.lastError = error;
          this.lastErrorClass = errorClass;
          this.options.onWriteError?.(error, this.consecutiveFailures, errorClass);
          const { retryBaseMs = 500, retryMaxMs = 30_000, random } = this.options;
          // Permanent: the slowest backoff at once (an attempt count past any doubling to the cap).
          const attempt = errorClass === 'permanent' ? 64 : this.consecutiveFailures;
          const delay = backoffDelay(attempt, retryBaseMs, retryMaxMs, random);
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, delay);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          this.wake = undefined;
        }
      }
    } finally {
      this.running = false;
      if (!this.hasWork()) for (const notify of this.idleWaiters.splice(0)) notify();
    }
  }

  /** One unit of work: a resync whose turn has come, else transitions, else snapshots. */
  private async step(): Promise<void> {
    const job = this.resyncJobs[0];
    const head = this.backlog.headSeq;
    if (job && (head === undefined || head > job.afterSeq)) {
      const result = await runResync(this.writer, job, () => this.now());
      this.resyncJobs.shift();
      if (job.epoch === this.dropEpoch && !result.error) this.resyncNeeded = false;
      job.resolve(result);
    } else if (head !== undefined) {
      const batch = this.backlog.takeTransitions(this.batchSize);
      try {
        const write = async (ts: Transition[]) => {
          await this.writer.recordTransitions(ts);
          this.counts.written += ts.length;
        };
        await this.writeAll(batch, write, (ts) => this.backlog.settleTransitions(ts.length));
      } finally {
        this.backlog.release();
      }
    } else {
      const batch = this.backlog.takeSnapshots(this.batchSize);
      const write = (entries: typeof batch) => this.writer.upsertResources(entries.map(([, s]) => s));
      await this.writeAll(batch, write, (entries) => this.backlog.settleSnapshots(entries));
    }
  }

  /** Writes a batch; if some item is bad data, writes one at a time and sets aside only the bad ones. */
  private async writeAll<T>(items: T[], write: (items: T[]) => Promise<void>, done: (items: T[]) => void) {
    try {
      await write(items);
      done(items);
    } catch (error) {
      if (!isBadDataError(error)) throw error;
      for (const item of items) {
        try {
          await write([item]);
        } catch (single) {
          if (!isBadDataError(single)) throw single;
          this.counts.rejected++;
        }
        done([item]);
      }
    }
  }
}
