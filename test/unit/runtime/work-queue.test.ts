import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { done, type ReconcileOutcome, requeueAfter } from '../../../src/runtime/outcome.ts';
import { type QueueMetrics, WorkQueue, type WorkQueueOptions } from '../../../src/runtime/work-queue.ts';

/** A work queue over a reconcile function whose runs the test finishes by hand. */
function controlled(options: Partial<WorkQueueOptions> = {}) {
  const runs: { key: string; finish: (outcome?: ReconcileOutcome) => void }[] = [];
  const running: string[] = [];
  const stats = { maxParallel: 0, selfOverlap: false };
  const queue = new WorkQueue({ name: 'test', concurrency: 1, ...options }, (key) => {
    if (running.includes(key)) stats.selfOverlap = true;
    running.push(key);
    stats.maxParallel = Math.max(stats.maxParallel, running.length);
    return new Promise<ReconcileOutcome>((resolve) => {
      const finish = (outcome = done) => {
        running.splice(running.indexOf(key), 1);
        resolve(outcome);
      };
      runs.push({ key, finish });
    });
  });
  return { queue, runs, stats, keys: () => runs.map((run) => run.key) };
}

/** A work queue whose reconcile answers at once from a script, recording when each call happened. */
function scripted(
  script: (key: string, call: number) => ReconcileOutcome,
  options: Partial<WorkQueueOptions> = {},
) {
  const calls: { key: string; at: number }[] = [];
  const errors: { key: string; error: unknown }[] = [];
  const queue = new WorkQueue(
    { name: 'test', concurrency: 1, ...options },
    async (key) => {
      calls.push({ key, at: Date.now() });
      return script(key, calls.filter((call) => call.key === key).length);
    },
    (key, error) => errors.push({ key, error }),
  );
  return { queue, calls, errors };
}

const settle = () => vi.advanceTimersByTimeAsync(0);
const gaps = (times: number[]) => times.slice(1).map((time, i) => time - (times[i] ?? 0));

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  // Pin the jitter to its midpoint so backoff delays are exactly base × 2^n.
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('WorkQueue', () => {
  it('keeps keys added before start waiting, and de-duplicates them', async () => {
    const q = controlled();
    q.queue.add('a');
    q.queue.add('b');
    q.queue.add('a');
    q.queue.add('a');
    expect(q.queue.depth).toBe(2);
    await settle();
    expect(q.runs).toHaveLength(0);

    q.queue.start();
    await settle();
    q.runs[0]?.finish();
    await settle();
    q.runs[1]?.finish();
    await settle();
    expect(q.keys()).toEqual(['a', 'b']);
    expect(q.queue.depth).toBe(0);
  });

  it('never runs a key concurrently with itself; a key added while running runs once more after', async () => {
    const q = controlled({ concurrency: 4 });
    q.queue.start();
    q.queue.add('a');
    await settle();
    expect(q.runs).toHaveLength(1);

    q.queue.add('a');
    q.queue.add('a');
    q.queue.add('a');
    await settle();
    expect(q.runs).toHaveLength(1);
    expect(q.queue.depth).toBe(0);

    q.runs[0]?.finish();
    await settle();
    expect(q.runs).toHaveLength(2);
    q.runs[1]?.finish();
    await settle();
    expect(q.runs).toHaveLength(2);
    expect(q.stats.selfOverlap).toBe(false);
  });

  it('runs urgent keys before the others, and moves a waiting key forward when it turns urgent', async () => {
    const q = controlled();
    for (const key of ['a', 'b', 'c', 'd']) q.queue.add(key);
    q.queue.add('x', { urgent: true });
    q.queue.add('c', { urgent: true }); // already waiting: moves ahead of a, b and d
    q.queue.add('c'); // a plain add does not move it back
    expect(q.queue.depth).toBe(5);
    q.queue.start();
    for (let i = 0; i < 5; i++) {
      await settle();
      q.runs[i]?.finish();
    }
    await settle();
    expect(q.keys()).toEqual(['x', 'c', 'a', 'b', 'd']);
  });

  it('an urgent add during a run makes the rerun urgent', async () => {
    const q = controlled();
    q.queue.start();
    q.queue.add('a');
    await settle();
    q.queue.add('b');
    q.queue.add('a', { urgent: true }); // while a runs
    q.runs[0]?.finish();
    for (let i = 1; i < 3; i++) {
      await settle();
      q.runs[i]?.finish();
    }
    await settle();
    expect(q.keys()).toEqual(['a', 'a', 'b']);
  });

  it('runs different keys in parallel, at most `concurrency` at a time', async () => {
    const q = controlled({ concurrency: 2 });
    q.queue.start();
    for (const key of ['a', 'b', 'c', 'd']) q.queue.add(key);
    await settle();
    expect(q.keys()).toEqual(['a', 'b']);
    expect(q.queue.depth).toBe(2);

    q.runs[1]?.finish();
    await settle();
    expect(q.keys()).toEqual(['a', 'b', 'c']);
    q.runs[0]?.finish();
    await settle();
    expect(q.keys()).toEqual(['a', 'b', 'c', 'd']);
    for (const run of q.runs.slice(2)) run.finish();
    await settle();
    expect(q.stats.maxParallel).toBe(2);
  });

  it('retries a transient error with growing backoff, and resets it after a success', async () => {
    const failing = new Set([1, 2, 3, 4, 6, 7]);
    const q = scripted((_key, call) => {
      if (failing.has(call)) throw new Error(`boom ${call}`);
      return done;
    });
    q.queue.start();
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(60_000);
    // Calls 1-4 fail (retried after 0.5, 1, 2, 4 s); call 5 succeeds and nothing follows.
    expect(gaps(q.calls.map((call) => call.at))).toEqual([500, 1000, 2000, 4000]);
    expect(q.errors.map((e) => e.key)).toEqual(Array(4).fill('a'));

    const before = q.calls.length;
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(60_000);
    // Calls 6 and 7 fail again: the backoff starts over at 0.5 s.
    expect(gaps(q.calls.slice(before).map((call) => call.at))).toEqual([500, 1000]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    const q = scripted(
      () => {
        throw new Error('down');
      },
      { baseDelayMs: 100, maxDelayMs: 1000 },
    );
    q.queue.start();
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(gaps(q.calls.map((call) => call.at)).slice(0, 7)).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
    await q.queue.shutdown();
  });

  it('honours requeueAfter', async () => {
    const q = scripted((_key, call) => (call === 1 ? requeueAfter(30_000) : done));
    q.queue.start();
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(q.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(q.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(q.calls).toHaveLength(2);
  });

  it('addAfter keeps the earliest pending deadline per key', async () => {
    const q = scripted(() => done);
    q.queue.start();
    q.queue.addAfter('a', 5_000);
    q.queue.addAfter('a', 1_000);
    q.queue.addAfter('a', 3_000);
    q.queue.addAfter('b', 2_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(q.calls.map((call) => [call.key, call.at - 1_000_000])).toEqual([
      ['a', 1_000],
      ['b', 2_000],
    ]);
  });

  it('a run supersedes older schedules of its key: an event during a requeue wait does not run twice', async () => {
    const q = scripted((_key, call) => (call === 1 ? requeueAfter(60_000) : done));
    q.queue.start();
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(1_000);
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(q.calls.map((call) => call.at - 1_000_000)).toEqual([0, 1_000]);
  });

  it('shutdown waits for in-flight reconciles and takes no more keys', async () => {
    const q = controlled({ concurrency: 2 });
    q.queue.start();
    q.queue.add('a');
    q.queue.addAfter('b', 1_000);
    await settle();
    expect(q.runs).toHaveLength(1);

    let stopped = false;
    const shutdown = q.queue.shutdown().then(() => {
      stopped = true;
    });
    q.queue.add('c');
    q.queue.add('a');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stopped).toBe(false);

    q.runs[0]?.finish(requeueAfter(10));
    await shutdown;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(q.keys()).toEqual(['a']);
  });

  it('reports to its metrics', async () => {
    const seen: string[] = [];
    const metrics: QueueMetrics = {
      depth: (name, depth) => seen.push(`${name} depth ${depth}`),
      added: (name) => seen.push(`${name} added`),
      latency: (name, seconds) => seen.push(`${name} latency ${seconds >= 0}`),
      workDuration: (name, seconds) => seen.push(`${name} work ${seconds >= 0}`),
      retries: (name) => seen.push(`${name} retry`),
    };
    const q = scripted(
      (_key, call) => {
        if (call === 1) throw new Error('once');
        return done;
      },
      { name: 'trainings', metrics },
    );
    q.queue.add('a');
    q.queue.add('a');
    q.queue.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual([
      'trainings added',
      'trainings depth 1',
      'trainings depth 0',
      'trainings latency true',
      'trainings retry',
      'trainings work true',
      'trainings added',
      'trainings depth 1',
      'trainings depth 0',
      'trainings latency true',
      'trainings work true',
    ]);
  });

  it('rejects a concurrency below 1', () => {
    expect(() => new WorkQueue({ name: 'x', concurrency: 0 }, async () => done)).toThrow(/concurrency/);
  });
});
