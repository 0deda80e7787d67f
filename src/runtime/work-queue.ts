// A queue of keys, not events (controller-runtime's workqueue, kube-rs's runner): a key waits at most
// once, never runs concurrently with itself, and a key added while it runs runs once more afterwards.
// Different keys run in parallel up to `concurrency`. The outcome of a reconcile decides what happens
// next: done, a planned requeue, or (a thrown error) a retry with per-key exponential backoff.
// Keys added with `urgent` run before the others: news from Slurm about a running job (it ended)
// should not wait behind a thousand new resources waiting to be submitted.
import { backoffDelay } from './backoff.ts';
import type { ReconcileOutcome } from './outcome.ts';

export interface QueueMetrics {
  depth(name: string, depth: number): void;
  added(name: string): void;
  latency(name: string, seconds: number): void;
  workDuration(name: string, seconds: number): void;
  retries(name: string): void;
}

export interface WorkQueueOptions {
  name: string;
  concurrency: number;
  /** First retry delay after a transient error (default 500 ms); doubles per consecutive failure. */
  baseDelayMs?: number;
  /** Upper bound of the retry delay (default 5 minutes). */
  maxDelayMs?: number;
  metrics?: QueueMetrics;
}

type Reconcile = (key: string) => Promise<ReconcileOutcome>;
type ErrorHandler = (key: string, error: unknown) => void;

const defaultErrorHandler: ErrorHandler = (key, error) =>
  console.error(`reconcile of ${key} failed; will retry`, error);

export class WorkQueue {
  readonly name: string;
  private readonly concurrency: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly metrics: QueueMetrics | undefined;
  private readonly reconcile: Reconcile;
  private readonly onError: ErrorHandler;

  /** Keys ready to run, in insertion order, with the time each was queued; `urgent` ones go first. */
  private readonly waiting = new Map<string, number>();
  private readonly urgent = new Map<string, number>();
  private readonly processing = new Set<string>();
  /** Keys added while they were processing (and whether urgently): queued again when that run ends. */
  private readonly dirty = new Map<string, boolean>();
  private readonly delayed = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  /** Consecutive transient failures per key; cleared by any other outcome. */
  private readonly failures = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private started = false;
  private stopping = false;

  constructor(options: WorkQueueOptions, reconcile: Reconcile, onError?: ErrorHandler) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new Error(`work queue ${options.name}: concurrency must be an integer >= 1`);
    }
    this.name = options.name;
    this.concurrency = options.concurrency;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
    this.metrics = options.metrics;
    this.reconcile = reconcile;
    this.onError = onError ?? defaultErrorHandler;
  }

  /** Keys waiting to run now (not the delayed ones, not the running ones). */
  get depth(): number {
    return this.waiting.size + this.urgent.size;
  }

  add(key: string, options: { urgent?: boolean } = {}): void {
    if (this.stopping) return;
    const urgent = options.urgent === true;
    if (this.processing.has(key)) {
      if (!this.dirty.has(key)) this.metrics?.added(this.name);
      this.dirty.set(key, urgent || this.dirty.get(key) === true);
      return;
    }
    if (this.urgent.has(key)) return;
    const queuedAt = this.waiting.get(key);
    if (queuedAt !== undefined) {
      if (!urgent) return;
      // Already waiting: move it to the front lane, keeping its time for the latency metric.
      this.waiting.delete(key);
      this.urgent.set(key, queuedAt);
      this.dispatch();
      return;
    }
    this.metrics?.added(this.name);
    this.enqueue(key, urgent);
    this.dispatch();
  }

  /** Adds the key once `delayMs` has passed; of several pending deadlines for a key the earliest wins. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopping || this.waiting.has(key) || this.urgent.has(key)) return;
    if (delayMs <= 0) {
      this.add(key);
      return;
    }
    const at = Date.now() + delayMs;
    const pending = this.delayed.get(key);
    if (pending && pending.at <= at) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.delayed.delete(key);
      this.add(key);
    }, delayMs);
    this.delayed.set(key, { at, timer });
  }

  start(): void {
    if (this.stopping) throw new Error(`work queue ${this.name} has been shut down`);
    this.started = true;
    this.dispatch();
  }

  /** Takes no more keys, drops the waiting and delayed ones, and waits for the running reconciles. */
  async shutdown(): Promise<void> {
    this.stopping = true;
    for (const { timer } of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.waiting.clear();
    this.urgent.clear();
    this.dirty.clear();
    this.metrics?.depth(this.name, 0);
    await Promise.all(this.inFlight);
  }

  private enqueue(key: string, urgent: boolean): void {
    if (this.stopping) return;
    (urgent ? this.urgent : this.waiting).set(key, performance.now());
    this.metrics?.depth(this.name, this.depth);
  }

  private dispatch(): void {
    if (!this.started || this.stopping) return;
    while (this.processing.size < this.concurrency) {
      const lane = this.urgent.size > 0 ? this.urgent : this.waiting;
      const next = lane.entries().next();
      if (next.done) return;
      const [key, queuedAt] = next.value;
      lane.delete(key);
      this.metrics?.depth(this.name, this.depth);
      this.metrics?.latency(this.name, (performance.now() - queuedAt) / 1000);
      // This run re-reads the world and decides anew when to come back; older schedules are moot.
      this.cancelDelayed(key);
      this.processing.add(key);
      const run: Promise<void> = this.process(key).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }
  }

  private async process(key: string): Promise<void> {
    const startedAt = performance.now();
    try {
      const outcome = await this.reconcile(key);
      this.failures.delete(key);
      if (outcome.kind === 'requeue') this.addAfter(key, outcome.afterMs);
    } catch (error) {
      const attempt = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, attempt);
      this.metrics?.retries(this.name);
      this.addAfter(key, backoffDelay(attempt, this.baseDelayMs, this.maxDelayMs));
      try {
        this.onError(key, error);
      } catch (handlerError) {
        console.error(`work queue ${this.name}: the error handler threw`, handlerError);
      }
    } finally {
      this.metrics?.workDuration(this.name, (performance.now() - startedAt) / 1000);
      this.processing.delete(key);
      const again = this.dirty.get(key);
      if (again !== undefined) {
        this.dirty.delete(key);
        this.enqueue(key, again);
      }
      this.dispatch();
    }
  }

  private cancelDelayed(key: string): void {
    const pending = this.delayed.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.delayed.delete(key);
  }
}
