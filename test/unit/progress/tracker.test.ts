// The tracker with our own fakes for the status write and the store: one write per interval at
// most, only when the summary changed; settle reads the rest; refused points are offered again.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { MetricPoint } from '../../../src/audit/index.ts';
import { ProgressTracker, type ShownProgress, type WatchedJob } from '../../../src/progress/tracker.ts';

const dir = mkdtempSync(join(tmpdir(), 'tracker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = pino({ level: 'silent' });
const t0 = new Date('2026-01-01T00:00:00Z');

let clock = t0.getTime();

function setUp(name: string, store?: (points: MetricPoint[]) => Promise<unknown>) {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, '');
  const writes: ShownProgress[] = [];
  const tracker = new ProgressTracker({
    intervalMs: 60_000,
    writeStatus: async (_job, shown) => {
      writes.push(shown);
      return 'written';
    },
    ...(store ? { storePoints: store } : {}),
    log,
    now: () => new Date(clock),
  });
  const job: WatchedJob = {
    kind: 'Training',
    uid: '00000000-0000-4000-8000-000000000001',
    namespace: 'ns',
    name,
    attempt: 1,
    jobId: 7,
    file,
    startedAt: t0,
  };
  const report = (fields: object) => appendFileSync(file, `${JSON.stringify(fields)}\n`);
  return { tracker, job, writes, report, file };
}

describe('ProgressTracker', () => {
  it('writes once per interval, and only what changed', async () => {
    const { tracker, job, writes, report } = setUp('a');
    tracker.watch(job);
    await tracker.tick();
    expect(writes).toEqual([]); // nothing reported yet
    report({ step: 1, total: 4, metrics: { loss: 1 } });
    report({ step: 2, total: 4, metrics: { loss: 0.5 } });
    await tracker.tick();
    await tracker.tick();
    expect(writes).toHaveLength(1);
    expect(writes[0]?.progress).toMatchObject({ percent: 50, step: 2, total: 4 });
    expect(writes[0]?.metrics).toEqual([{ name: 'loss', value: '0.5', step: 2 }]);
  });

  it('settle reads the rest, even of a job never watched, and stops watching', async () => {
    const { tracker, job, report } = setUp('b');
    for (let step = 1; step <= 1000; step++) report({ step, total: 1000, metrics: { loss: 1 / step } });
    const final = await tracker.settle(job);
    expect(final.progress).toMatchObject({ percent: 100, step: 1000 });
    expect(final.metrics).toEqual([{ name: 'loss', value: '0.001', step: 1000 }]);
    expect(tracker.watched).toBe(0);
  });

  it('waits on a refusing store once, and offers the whole file again once it is back', async () => {
    const stored: MetricPoint[] = [];
    let refuse = true;
    let calls = 0;
    const { tracker, job, report, writes } = setUp('c', async (points) => {
      calls++;
      if (refuse) throw new Error('database down');
      stored.push(...points);
    });
    tracker.watch(job);
    report({ step: 1, metrics: { loss: 1, acc: 0.1 } });
    await tracker.tick();
    report({ step: 2, metrics: { loss: 0.5 } });
    await tracker.tick();
    const final = await tracker.settle(job);
    // The status went on, the store was asked once, and the end did not wait on it.
    expect(writes.map((w) => w.progress?.step)).toEqual([1, 2]);
    expect(final.metrics).toEqual([
      { name: 'loss', value: '0.5', step: 2 },
      { name: 'acc', value: '0.1', step: 1 },
    ]);
    expect(calls).toBe(1);
    expect(stored).toEqual([]);
    refuse = false;
    clock += 60_000; // the pause after a refusal is over
    await tracker.tick();
    const keys = new Set(stored.map((p) => `${p.lineOffset}/${p.metric}`));
    expect(keys.size).toBe(3); // all three points, the refused ones included
    expect(stored.find((p) => p.metric === 'acc')).toMatchObject({ step: 1, value: 0.1, attempt: 1 });
  });

  it('holds at most a batch of points at a time, however many a read finds', async () => {
    const batches: number[] = [];
    const { tracker, job, file } = setUp('f', async (points) => {
      batches.push(points.length);
    });
    const metrics = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`m${i}`, i]));
    appendFileSync(file, `${JSON.stringify({ step: 1, metrics })}\n`.repeat(200));
    await tracker.settle(job);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(200 * 64);
    expect(Math.max(...batches)).toBeLessThan(1_000 + 64);
  });

  it('shows nothing until it has read the file to its end once', async () => {
    const file = join(dir, 'g.jsonl');
    writeFileSync(file, '');
    const writes: ShownProgress[] = [];
    const tracker = new ProgressTracker({
      intervalMs: 60_000,
      maxBytesPerRead: 64 * 1024,
      writeStatus: async (_job, shown) => {
        writes.push(shown);
        return 'written';
      },
      log,
      now: () => new Date(clock),
    });
    for (let step = 1; step <= 20_000; step++) appendFileSync(file, `{"step":${step},"total":20000}\n`);
    tracker.watch({ kind: 'Training', uid: 'u', namespace: 'ns', name: 'g', attempt: 1, jobId: 1, file });
    for (let i = 0; i < 20 && writes.length === 0; i++) await tracker.tick();
    // The first status it writes is the file's end, not a step from its start going up.
    expect(writes[0]?.progress?.percent).toBe(100);
  });

  it('settles the same job once, and forgets it when told', async () => {
    const { tracker, job, report } = setUp('h');
    report({ percent: 40 });
    expect((await tracker.settle(job)).progress?.percent).toBe(40);
    report({ percent: 90 });
    expect((await tracker.settle(job)).progress?.percent).toBe(40);
    tracker.forget({ kind: job.kind, metadata: { namespace: job.namespace, name: job.name } });
    expect((await tracker.settle(job)).progress?.percent).toBe(90);
  });

  it('forgets a deleted resource', () => {
    const { tracker, job } = setUp('i');
    tracker.watch(job);
    expect(tracker.watched).toBe(1);
    tracker.forget({ kind: 'Training', metadata: { namespace: job.namespace, name: job.name } });
    expect(tracker.watched).toBe(0);
  });

  it('a new attempt starts from the top of its own file', async () => {
    const { tracker, job, writes, report, file } = setUp('d');
    tracker.watch(job);
    report({ percent: 90 });
    await tracker.tick();
    const next = { ...job, attempt: 2, jobId: 8, file: `${file}.2` };
    writeFileSync(next.file, '{"percent":10}\n');
    tracker.watch(next);
    await tracker.tick();
    expect(writes.map((w) => w.progress?.percent)).toEqual([90, 10]);
  });

  it('counts refused lines and goes on', async () => {
    const { tracker, job, file } = setUp('e');
    appendFileSync(file, 'garbage\n{"percent":101}\n{"percent":5}\n');
    const final = await tracker.settle(job);
    expect(final.progress?.percent).toBe(5);
    expect(final.summary?.refusedLines).toBe(2);
  });
});

describe('ProgressTracker.settle of a long rest', () => {
  it('reads only the end beyond its limit: the last values, and the whole file offered to the store later', async () => {
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, '');
    for (let step = 1; step <= 2_000; step++)
      appendFileSync(file, `{"step":${step},"total":2000,"metrics":{"loss":${1 / step}}}\n`);
    const stored: MetricPoint[] = [];
    const tracker = new ProgressTracker({
      intervalMs: 60_000,
      maxBytesPerSettle: 4 * 1024,
      writeStatus: async () => 'written',
      storePoints: async (points) => {
        stored.push(...points);
      },
      log,
      now: () => new Date(clock),
    });
    const job: WatchedJob = {
      kind: 'Training',
      uid: 'u',
      namespace: 'ns',
      name: 'long',
      attempt: 1,
      jobId: 9,
      file,
    };
    const final = await tracker.settle(job);
    expect(final.progress).toMatchObject({ percent: 100, step: 2000 });
    expect(final.metrics).toEqual([{ name: 'loss', value: '0.0005', step: 2000 }]);
    expect(stored.length).toBeLessThan(2_000); // only the end was read at the job's end
    await tracker.tick(); // the whole file, offered in the background
    expect(new Set(stored.map((p) => p.lineOffset)).size).toBe(2_000);
  });
});
