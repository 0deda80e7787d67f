// The write-behind queue over an in-memory fake of the store: order, batching, backoff while the
// "database" is down, overflow, resync and bad rows. Timers are faked; jitter is pinned to its midpoint.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Training } from '../../../src/api/types.ts';
import type { AuditWriter } from '../../../src/audit/audit-writer.ts';
import { type AuditedResource, transitionKey } from '../../../src/audit/rows.ts';
import type { Transition } from '../../../src/audit/sink.ts';
import type { ResourceSnapshot } from '../../../src/audit/upserts.ts';
import { WriteBehindAuditSink, type WriteBehindOptions } from '../../../src/audit/write-behind.ts';

const uid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function transition(n: number, to = 'Running'): Transition {
  return {
    kind: 'Training',
    namespace: 'ns',
    name: `t${n}`,
    uid: uid(n),
    from: 'Submitted',
    to,
    reason: to,
    message: '',
    slurmState: null,
    slurmJobId: n,
    at: new Date(1_000_000 + n),
  };
}

function training(n: number, phase: 'Running' | 'Succeeded' = 'Running'): Training {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name: `t${n}`, namespace: 'ns', uid: uid(n) },
    spec: { model: 'm', template: 'demo-train' },
    status: { phase },
  };
}

const unreachable = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** Stores by idempotency key, like the real table; fails while `up` is false. */
class FakeStore implements AuditWriter {
  up = true;
  readonly stored = new Map<string, Transition>();
  readonly order: number[] = [];
  readonly batches: number[] = [];
  readonly attempts: number[] = [];
  readonly snapshots: ResourceSnapshot[] = [];
  readonly resynced: AuditedResource[] = [];
  readonly resyncedAt: (Date | undefined)[] = [];
  /** Rows the "database" refuses as bad data (SQLSTATE 22P02). */
  readonly poison = new Set<string>();
  /** Every transition write fails with this while set (e.g. a privilege revoked). */
  refuse: Error | null = null;

  async recordTransitions(ts: readonly Transition[]): Promise<number> {
    this.attempts.push(Date.now());
    if (!this.up) throw unreachable();
    if (this.refuse) throw this.refuse;
    if (ts.some((t) => this.poison.has(t.uid)))
      throw Object.assign(new Error('invalid input'), { code: '22P02' });
    this.batches.push(ts.length);
    let added = 0;
    for (const t of ts) {
      if (this.stored.has(transitionKey(t))) continue;
      this.stored.set(transitionKey(t), t);
      this.order.push(t.slurmJobId ?? -1);
      added++;
    }
    return added;
  }
  async upsertResources(snapshots: readonly ResourceSnapshot[]): Promise<void> {
    if (!this.up) throw unreachable();
    this.snapshots.push(...snapshots);
  }
  async resyncResource(resource: AuditedResource, observedAt?: Date): Promise<boolean> {
    if (!this.up) throw unreachable();
    this.resynced.push(resource);
    this.resyncedAt.push(observedAt);
    return true;
  }
  async markMissingDeleted(): Promise<number> {
    if (!this.up) throw unreachable();
    return 0;
  }
}

const settle = () => vi.advanceTimersByTimeAsync(0);

function setup(options: WriteBehindOptions = {}) {
  const store = new FakeStore();
  const sink = new WriteBehindAuditSink(store, {
    random: () => 0.5,
    retryBaseMs: 100,
    retryMaxMs: 1600,
    ...options,
  });
  return { store, sink };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WriteBehindAuditSink', () => {
  it('returns at once and writes in order, in batches', async () => {
    const { store, sink } = setup({ batchSize: 4 });
    for (let n = 1; n <= 10; n++) sink.record(transition(n));
    expect(store.attempts).toHaveLength(0); // nothing happened inside record()
    expect(sink.stats.backlog).toBe(10);
    await settle();
    expect(store.order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(store.batches).toEqual([4, 4, 2]);
    expect(sink.stats).toMatchObject({ backlog: 0, written: 10, failures: 0, drops: 0, healthy: true });
  });

  it('never throws, even on nonsense input', () => {
    const { sink } = setup();
    expect(() => sink.record(undefined as unknown as Transition)).not.toThrow();
    expect(() => sink.record({ ...transition(1), uid: '' })).not.toThrow();
    expect(() => sink.record({ ...transition(2), at: new Date('nope') })).not.toThrow();
    expect(sink.stats.rejected).toBe(2);
  });

  it('retries with exponential backoff while the database is down, losing nothing', async () => {
    const errors: number[] = [];
    const { store, sink } = setup({ onWriteError: (_, consecutive) => errors.push(consecutive) });
    store.up = false;
    for (let n = 1; n <= 5; n++) sink.record(transition(n));
    await vi.advanceTimersByTimeAsync(100 + 200 + 400 + 800 + 1600 + 1600);
    const gaps = store.attempts.slice(1).map((at, i) => at - (store.attempts[i] ?? 0));
    expect(gaps).toEqual([100, 200, 400, 800, 1600, 1600]); // doubling, capped at retryMaxMs
    expect(errors).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sink.stats).toMatchObject({ backlog: 5, healthy: false, failures: 7 });

    for (let n = 6; n <= 8; n++) sink.record(transition(n)); // still recording meanwhile
    store.up = true;
    await vi.advanceTimersByTimeAsync(1600);
    expect(store.order).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sink.stats).toMatchObject({ backlog: 0, healthy: true, drops: 0 });
  });

  it('retries a permanent error at the slowest backoff only, says so, and recovers when a write succeeds', async () => {
    const classes: string[] = [];
    const onRecovered = vi.fn();
    const { store, sink } = setup({ onWriteError: (_, __, c) => classes.push(c), onRecovered });
    store.refuse = Object.assign(new Error('permission denied for table transitions'), { code: '42501' });
    for (let n = 1; n <= 3; n++) sink.record(transition(n));
    await settle();
    expect(sink.stats).toMatchObject({ healthy: false, permanentError: true, permanentErrors: 1 });
    await vi.advanceTimersByTimeAsync(1600 * 3);
    const gaps = store.attempts.slice(1).map((at, i) => at - (store.attempts[i] ?? 0));
    expect(gaps).toEqual([1600, 1600, 1600]); // retryMaxMs from the first failure, no doubling from 100
    expect(classes).toEqual(['permanent', 'permanent', 'permanent', 'permanent']);

    store.refuse = null;
    store.up = false; // then an outage: transient, the normal backoff again
    await vi.advanceTimersByTimeAsync(1600);
    expect(sink.stats).toMatchObject({ permanentError: false, transientErrors: 1, permanentErrors: 4 });
    store.up = true;
    await vi.advanceTimersByTimeAsync(1600); // the fifth failure in a row: capped at retryMaxMs
    expect(store.order).toEqual([1, 2, 3]); // nothing lost, nothing twice
    expect(sink.stats).toMatchObject({ healthy: true, permanentError: false, backlog: 0, failures: 5 });
    expect(onRecovered).toHaveBeenCalledExactlyOnceWith(5);
  });

  it('on overflow drops the oldest waiting transitions, counts them and asks for a resync once', async () => {
    const onNeedsResync = vi.fn();
    const { store, sink } = setup({ capacity: 4, onNeedsResync });
    store.up = false;
    for (let n = 1; n <= 7; n++) sink.record(transition(n));
    expect(sink.stats).toMatchObject({ backlog: 4, drops: 3, needsResync: true });
    expect(onNeedsResync).toHaveBeenCalledTimes(1);
    store.up = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(store.order).toEqual([4, 5, 6, 7]);
  });

  it('drops the oldest transition that no write in progress holds', async () => {
    const { store, sink } = setup({ capacity: 4, batchSize: 2 });
    let fail: () => void = () => {};
    const write = store.recordTransitions.bind(store);
    store.recordTransitions = () => {
      store.recordTransitions = write;
      // The first write hangs until the test fails it, as a write does when the server dies.
      return new Promise((_, reject) => {
        fail = () => reject(unreachable());
      });
    };
    for (let n = 1; n <= 4; n++) sink.record(transition(n));
    await settle(); // batch [1, 2] is in flight
    sink.record(transition(5)); // overflow by 1
    fail();
    await vi.advanceTimersByTimeAsync(100);
    expect(store.order).toEqual([1, 2, 4, 5]); // 3 was the oldest not in flight
    expect(sink.stats.drops).toBe(1);
  });

  it('resyncs after the transitions recorded before it, and clears needsResync', async () => {
    const source = vi.fn(() => [training(1, 'Succeeded'), training(2)]);
    const { store, sink } = setup({ capacity: 2, resyncSource: source });
    store.up = false;
    for (let n = 1; n <= 3; n++) sink.record(transition(n));
    expect(sink.stats.needsResync).toBe(true);
    await settle();
    expect(source).not.toHaveBeenCalled(); // read when the resync runs, not when it is asked for
    store.up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.order).toEqual([2, 3]);
    expect(store.resynced.map((r) => r.metadata.uid)).toEqual([uid(1), uid(2)]);
    expect(sink.stats.needsResync).toBe(false);
  });

  it('resumes an interrupted resync where it stopped', async () => {
    const { store, sink } = setup();
    const resync = store.resyncResource.bind(store);
    let calls = 0;
    store.resyncResource = async (r) => {
      if (++calls === 2) throw unreachable();
      return resync(r);
    };
    const done = sink.resync([training(1), training(2), training(3)]);
    await vi.advanceTimersByTimeAsync(200);
    await expect(done).resolves.toMatchObject({ resources: 3, transitionsAdded: 3, rejected: 0 });
    expect(store.resynced.map((r) => r.metadata.name)).toEqual(['t1', 't2', 't3']);
  });

  it('times the copies of a list by the request, and those of a source by its read', async () => {
    const { store, sink } = setup();
    store.up = false;
    sink.record(transition(1)); // both resyncs wait for it
    void sink.resync([training(1)], { complete: false });
    void sink.resync(() => [training(2)]);
    await vi.advanceTimersByTimeAsync(5_000);
    store.up = true;
    await vi.advanceTimersByTimeAsync(2_000);
    const [list, source] = store.resyncedAt.map((at) => at?.getTime());
    // A snapshot the informer observed while the database was away is newer than the list's copy.
    expect(list).toBe(1_000_000);
    expect(source).toBeGreaterThan(1_005_000);
  });

  it('never lets a failing resync hold up the transitions behind it', async () => {
    const { store, sink } = setup();
    const failed = sink.resync(() => {
      throw new Error('informer cache gone');
    });
    sink.record(transition(1));
    await settle();
    await expect(failed).resolves.toMatchObject({ resources: 0, error: 'Error: informer cache gone' });
    expect(store.order).toEqual([1]);
  });

  it('sets aside a row the database rejects as bad data and writes the rest', async () => {
    const { store, sink } = setup();
    store.poison.add(uid(2));
    for (let n = 1; n <= 3; n++) sink.record(transition(n));
    await settle();
    expect(store.order).toEqual([1, 3]);
    expect(sink.stats).toMatchObject({ rejected: 1, backlog: 0, failures: 0 });
  });

  it('keeps only the latest snapshot of a resource, and marks deletions', async () => {
    const { store, sink } = setup();
    store.up = false;
    sink.observe(training(1), new Date(1));
    sink.observe(training(1, 'Succeeded'), new Date(2));
    sink.deleted(training(1, 'Succeeded'), new Date(3));
    sink.observe(training(2), new Date(4));
    expect(sink.stats.snapshotBacklog).toBe(2);
    store.up = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(store.snapshots.map((s) => [s.resource.metadata.name, s.deletedAt?.getTime() ?? null])).toEqual([
      ['t1', 3],
      ['t2', null],
    ]);
  });

  it('flushes on close, and reports what it could not write', async () => {
    const { store, sink } = setup();
    sink.record(transition(1));
    const closed = sink.close(1000);
    await settle();
    await expect(closed).resolves.toEqual({ unwritten: 0 });
    expect(store.order).toEqual([1]);

    const second = setup();
    second.store.up = false;
    second.sink.record(transition(1));
    const stuck = second.sink.close(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(stuck).resolves.toEqual({ unwritten: 1 });
    second.sink.record(transition(2)); // after close: counted, not queued
    expect(second.sink.stats).toMatchObject({ drops: 2, backlog: 1 });
  });
});
