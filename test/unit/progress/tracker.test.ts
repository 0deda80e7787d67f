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
    now: () => t0,
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

  it('hands every point to the store once, and the whole file again after a refusal', async () => {
    const stored: MetricPoint[] = [];
    let refuse = true;
    const { tracker, job, report } = setUp('c', async (points) => {
      if (refuse) throw new Error('database down');
      stored.push(...points);
    });
    tracker.watch(job);
    report({ step: 1, metrics: { loss: 1, acc: 0.1 } });
    await tracker.tick();
    expect(stored).toEqual([]);
    refuse = false;
    report({ step: 2, metrics: { loss: 0.5 } });
    await tracker.settle(job);
    const keys = new Set(stored.map((p) => `${p.lineOffset}/${p.metric}`));
    expect(keys.size).toBe(3); // all three points, the refused ones included
    expect(stored.find((p) => p.metric === 'acc')).toMatchObject({ step: 1, value: 0.1, attempt: 1 });
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
