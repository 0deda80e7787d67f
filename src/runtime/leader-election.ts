// Lease-based leader election, the algorithm of client-go's leaderelection package: candidates read
// the Lease every retry period; a lease whose record has not changed for leaseDuration (measured on
// the local clock from when this candidate saw it change, so clock skew does not matter) or that has
// no holder may be taken. Every write is a replace carrying the resourceVersion that was read, so of
// two racing candidates one gets 409 Conflict. A leader that cannot renew within renewDeadline steps
// down; like client-go's Run, the elector then stays stopped (the caller exits the process).
import {
  CoordinationV1Api,
  type KubeConfig,
  type V1Lease,
  type V1LeaseSpec,
  V1MicroTime,
} from '@kubernetes/client-node';
import { consoleLogger, type RuntimeLogger } from './backoff.ts';
import { httpStatus, withSignal } from './kube-request.ts';

export interface LeaderElectionOptions {
  kubeConfig: KubeConfig;
  namespace: string;
  name: string;
  /** Unique per candidate, e.g. the pod name. */
  identity: string;
  leaseDurationSeconds?: number;
  renewDeadlineSeconds?: number;
  retryPeriodSeconds?: number;
  onStartedLeading: () => void;
  /** Called when leadership ends: lost (renewDeadline passed, or another holder seen) or released by stop(). */
  onStoppedLeading: () => void;
  logger?: RuntimeLogger;
}

type Attempt = 'acquired' | 'held-by-other' | 'failed';

const JITTER = 1.2;

export class LeaderElector {
  private readonly options: LeaderElectionOptions;
  private readonly api: CoordinationV1Api;
  private readonly leaseDurationSeconds: number;
  private readonly renewDeadlineMs: number;
  private readonly retryPeriodMs: number;
  private readonly log: RuntimeLogger;
  private running = false;
  private leading = false;
  /** Some attempt wrote this candidate into the lease; stop() then clears it if it is still there. */
  private wroteLease = false;
  private abort = new AbortController();
  private loop: Promise<void> | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  /** The lease version last seen and when (local clock) it was first seen. */
  private observedVersion: string | undefined;
  private observedAt = 0;

  constructor(options: LeaderElectionOptions) {
    this.options = options;
    this.leaseDurationSeconds = options.leaseDurationSeconds ?? 15;
    this.renewDeadlineMs = (options.renewDeadlineSeconds ?? 10) * 1000;
    this.retryPeriodMs = (options.retryPeriodSeconds ?? 2) * 1000;
    if (!Number.isInteger(this.leaseDurationSeconds) || this.leaseDurationSeconds < 1) {
      throw new Error('leaseDurationSeconds must be a whole number >= 1 (the Lease stores an integer)');
    }
    if (this.leaseDurationSeconds * 1000 <= this.renewDeadlineMs) {
      throw new Error('leaseDurationSeconds must be greater than renewDeadlineSeconds');
    }
    if (this.renewDeadlineMs <= JITTER * this.retryPeriodMs) {
      throw new Error(`renewDeadlineSeconds must be greater than ${JITTER} × retryPeriodSeconds`);
    }
    this.api = options.kubeConfig.makeApiClient(CoordinationV1Api);
    this.log = options.logger ?? consoleLogger;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  start(): void {
    if (this.running) return;
    if (this.loop) throw new Error('a leader elector cannot be started again; create a new one');
    this.running = true;
    this.loop = this.run();
  }

  /** Stops campaigning; a leader releases the lease (holder cleared) so a standby takes over at once. */
  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    this.wake?.();
    clearTimeout(this.watchdog);
    await this.loop;
    const wasLeading = this.leading;
    this.leading = false;
    if (this.wroteLease) await this.release();
    if (wasLeading) this.notify(this.options.onStoppedLeading, 'onStoppedLeading');
  }

  private async run(): Promise<void> {
    while (this.running) {
      const sentAt = Date.now();
      const attempt = await this.attempt();
      if (!this.running) return;
      if (attempt === 'acquired') {
        this.armWatchdog(sentAt);
        if (!this.leading) {
          this.leading = true;
          this.log(`became leader of lease ${this.describe()} as ${this.options.identity}`);
          this.notify(this.options.onStartedLeading, 'onStartedLeading');
        }
      } else if (attempt === 'held-by-other' && this.leading) {
        this.stepDown('another candidate holds the lease');
        return;
      }
      const pause = this.leading
        ? this.retryPeriodMs
        : this.retryPeriodMs * (1 + (JITTER - 1) * Math.random());
      await this.sleep(pause);
    }
  }

  private async attempt(): Promise<Attempt> {
    const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.renewDeadlineMs)]);
    try {
      return await this.tryAcquireOrRenew(withSignal(signal));
    } catch (error) {
      // A 409 is a lost race, the normal way two candidates learn about each other.
      if (!this.abort.signal.aborted && httpStatus(error) !== 409) {
        this.log(`lease ${this.describe()}: acquire/renew failed`, error);
      }
      return 'failed';
    }
  }

  private async tryAcquireOrRenew(options: ReturnType<typeof withSignal>): Promise<Attempt> {
    const { name, namespace, identity } = this.options;
    let lease: V1Lease;
    try {
      lease = await this.api.readNamespacedLease({ name, namespace }, options);
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
      const created = await this.api.createNamespacedLease(
        { namespace, body: { metadata: { name, namespace }, spec: this.nextSpec({}, true) } },
        options,
      );
      this.wroteLease = true;
      this.observe(created);
      return 'acquired';
    }
    this.observe(lease);
    const spec = lease.spec ?? {};
    const holder = spec.holderIdentity ?? '';
    const durationMs = (spec.leaseDurationSeconds ?? this.leaseDurationSeconds) * 1000;
    if (holder && holder !== identity && this.observedAt + durationMs > Date.now()) return 'held-by-other';
    // lease.metadata.resourceVersion travels with the body: a concurrent write makes this a 409.
    const replaced = await this.api.replaceNamespacedLease(
      { name, namespace, body: { ...lease, spec: this.nextSpec(spec) } },
      options,
    );
    this.wroteLease = true;
    this.observe(replaced);
    return 'acquired';
  }

  private nextSpec(previous: V1LeaseSpec, isNew = false): V1LeaseSpec {
    // V1MicroTime, not Date: the server rejects a MicroTime with millisecond precision.
    const now = new V1MicroTime();
    const renewing = previous.holderIdentity === this.options.identity;
    return {
      ...previous,
      holderIdentity: this.options.identity,
      leaseDurationSeconds: this.leaseDurationSeconds,
      acquireTime: renewing && previous.acquireTime ? previous.acquireTime : now,
      renewTime: now,
      leaseTransitions: (previous.leaseTransitions ?? 0) + (renewing || isNew ? 0 : 1),
    };
  }

  private observe(lease: V1Lease): void {
    const version = lease.metadata?.resourceVersion;
    if (version === this.observedVersion) return;
    this.observedVersion = version;
    this.observedAt = Date.now();
  }

  private async release(): Promise<void> {
    const { name, namespace, identity } = this.options;
    const options = withSignal(AbortSignal.timeout(this.renewDeadlineMs));
    try {
      const lease = await this.api.readNamespacedLease({ name, namespace }, options);
      this.wroteLease = false;
      if (lease.spec?.holderIdentity !== identity) return;
      const spec: V1LeaseSpec = { ...lease.spec, leaseDurationSeconds: 1, renewTime: new V1MicroTime() };
      delete spec.holderIdentity;
      await this.api.replaceNamespacedLease({ name, namespace, body: { ...lease, spec } }, options);
      this.log(`released lease ${this.describe()}`);
    } catch (error) {
      this.log(`lease ${this.describe()}: release failed; a standby takes over when it expires`, error);
    }
  }

  /**
   * Leadership is lost once renewDeadline has passed since the last successful renewal was sent,
   * even while a request hangs.
   */
  private armWatchdog(sentAt: number): void {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(
      () => this.stepDown(`could not renew within ${this.renewDeadlineMs / 1000} s`),
      Math.max(0, sentAt + this.renewDeadlineMs - Date.now()),
    );
  }

  private stepDown(reason: string): void {
    if (!this.leading) return;
    this.leading = false;
    this.running = false;
    clearTimeout(this.watchdog);
    this.abort.abort();
    this.wake?.();
    this.log(`lost leadership of lease ${this.describe()}: ${reason}`);
    this.notify(this.options.onStoppedLeading, 'onStoppedLeading');
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      function finish(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = finish;
    });
  }

  private notify(callback: () => void, label: string): void {
    try {
      callback();
    } catch (error) {
      this.log(`lease ${this.describe()}: ${label} threw`, error);
    }
  }

  private describe(): string {
    return `${this.options.namespace}/${this.options.name}`;
  }
}
