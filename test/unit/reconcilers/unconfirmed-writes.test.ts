import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { API_VERSION, type Training } from '../../../src/api/types.ts';
import { transitionKey } from '../../../src/audit/rows.ts';
import type { Transition } from '../../../src/audit/sink.ts';
import type { ResourceClient } from '../../../src/kube/resources.ts';
import type { ReconcileContext } from '../../../src/reconcilers/context.ts';
import type { JobStatus } from '../../../src/reconcilers/job-status.ts';
import { writeStatus } from '../../../src/reconcilers/status-writer.ts';
import { mayHaveBeenStored, UnconfirmedWrites } from '../../../src/reconcilers/unconfirmed-writes.ts';

type Failure = 'none' | 'answer lost' | 'refused' | 'conflict';

/** One Training on a fake API server that can store a write and lose the answer. */
function fakeServer(initial: Training) {
  let stored = structuredClone(initial);
  let version = Number(initial.metadata.resourceVersion);
  let next: Failure = 'none';
  const client = {
    async replaceStatus(object: Training) {
      await Promise.resolve();
      const failure = next;
      next = 'none';
      if (failure === 'refused') throw new Error('connect ECONNREFUSED'); // never reached the server
      if (failure === 'conflict' || object.metadata.resourceVersion !== stored.metadata.resourceVersion)
        throw new ApiException(409, 'Conflict', {}, {});
      stored = structuredClone({
        ...stored,
        status: object.status,
        metadata: { ...stored.metadata, resourceVersion: String(++version) },
      });
      if (failure === 'answer lost') throw new Error('socket hang up');
      return structuredClone(stored);
    },
  };
  return {
    client: client as unknown as ResourceClient<Training>,
    current: () => structuredClone(stored),
    failNext: (failure: Failure) => {
      next = failure;
    },
  };
}

function fakeContext() {
  const recorded: Transition[] = [];
  const start = Date.parse('2026-11-26T18:10:00.000Z');
  let ticks = 0;
  const ctx = {
    now: () => new Date(start + 1_000 * ++ticks),
    log: { info() {} },
    audit: { record: (t: Transition) => recorded.push(t) },
    events: { normal() {}, warning() {} },
    unconfirmedWrites: new UnconfirmedWrites(),
  } as unknown as ReconcileContext;
  /** What the store would hold: each transition once, by its idempotency key. */
  const stored = () => {
    const byKey = new Map(recorded.map((t) => [transitionKey(t), t]));
    return [...byKey.values()].map((t) => `${t.from ?? '-'} -> ${t.to}`);
  };
  return { ctx, recorded, stored };
}

const training: Training = {
  apiVersion: API_VERSION,
  kind: 'Training',
  metadata: {
    namespace: 'ns',
    name: 'unet',
    uid: '9a0e25a6-29ff-4eb0-9b85-76b5e576da10',
    resourceVersion: '1',
    generation: 1,
  },
  spec: { model: 'unet', template: 'train' } as Training['spec'],
};

const phase = (resource: Training, next: JobStatus['phase']): JobStatus => ({
  ...resource.status,
  phase: next,
});

describe('status writes whose answer was lost', () => {
  it('reports the phase change a lost answer hid, once a copy shows it was stored', async () => {
    const server = fakeServer(training);
    const { ctx, recorded, stored } = fakeContext();
    let copy = await writeStatus(ctx, server.client, server.current(), phase(training, 'Pending'));
    copy = await writeStatus(ctx, server.client, copy, phase(copy, 'Submitted'));
    server.failNext('answer lost');
    await expect(writeStatus(ctx, server.client, copy, phase(copy, 'Running'))).rejects.toThrow('hang up');
    expect(recorded.map((t) => t.to)).toEqual(['Pending', 'Submitted']);

    // The informer has not caught up yet: this copy cannot tell whether the write was stored.
    ctx.unconfirmedWrites.settle(copy, ctx.audit);
    expect(recorded).toHaveLength(2);

    const latest = server.current();
    ctx.unconfirmedWrites.settle(latest, ctx.audit);
    await writeStatus(ctx, server.client, latest, phase(latest, 'Succeeded'));
    expect(stored()).toEqual([
      '- -> Pending',
      'Pending -> Submitted',
      'Submitted -> Running',
      'Running -> Succeeded',
    ]);
    const running = recorded.find((t) => t.to === 'Running');
    expect(running?.at.toISOString()).toBe(latest.status?.phaseHistory?.at(-1)?.time);

    // Settled: later copies report nothing again.
    const before = recorded.length;
    ctx.unconfirmedWrites.settle(server.current(), ctx.audit);
    expect(recorded).toHaveLength(before);
  });

  it('reports a final phase whose answer was lost, though nothing is written after it', async () => {
    const server = fakeServer(training);
    const { ctx, stored } = fakeContext();
    const copy = await writeStatus(ctx, server.client, server.current(), phase(training, 'Running'));
    server.failNext('answer lost');
    await expect(writeStatus(ctx, server.client, copy, phase(copy, 'Succeeded'))).rejects.toThrow();
    ctx.unconfirmedWrites.settle(server.current(), ctx.audit);
    expect(stored()).toEqual(['- -> Running', 'Running -> Succeeded']);
  });

  it('reports a stored final phase though a retry from the stale copy failed without an answer too', async () => {
    const server = fakeServer(training);
    const { ctx, stored } = fakeContext();
    const running = await writeStatus(ctx, server.client, server.current(), phase(training, 'Running'));
    server.failNext('answer lost');
    await expect(writeStatus(ctx, server.client, running, phase(running, 'Succeeded'))).rejects.toThrow();
    // The API server restarts; the cache still has the Running copy, and the retry is refused.
    ctx.unconfirmedWrites.settle(running, ctx.audit);
    server.failNext('refused');
    await expect(writeStatus(ctx, server.client, running, phase(running, 'Succeeded'))).rejects.toThrow();
    ctx.unconfirmedWrites.settle(server.current(), ctx.audit); // the cache catches up
    expect(stored()).toEqual(['- -> Running', 'Running -> Succeeded']);
  });

  it('compares history entries, not clocks: a later time from another replica settles nothing', async () => {
    const server = fakeServer(training);
    const { ctx, recorded } = fakeContext();
    // The previous leader, its clock an hour ahead, wrote Submitted.
    const ahead = new Date(Date.parse('2026-11-26T19:10:00.000Z'));
    const other = { ...fakeContext().ctx, now: () => ahead } as ReconcileContext;
    const submitted = await writeStatus(other, server.client, server.current(), phase(training, 'Submitted'));
    server.failNext('answer lost');
    await expect(writeStatus(ctx, server.client, submitted, phase(submitted, 'Running'))).rejects.toThrow();
    ctx.unconfirmedWrites.settle(submitted, ctx.audit); // stale: its latest entry is later, not ours
    expect(recorded).toHaveLength(0);
    ctx.unconfirmedWrites.settle(server.current(), ctx.audit);
    expect(recorded.map((t) => `${t.from} -> ${t.to}`)).toEqual(['Submitted -> Running']);
  });

  it('drops a kept write once a later write succeeds from a copy without it', async () => {
    const server = fakeServer(training);
    const { ctx, recorded } = fakeContext();
    const copy = await writeStatus(ctx, server.client, server.current(), phase(training, 'Submitted'));
    server.failNext('refused');
    await expect(writeStatus(ctx, server.client, copy, phase(copy, 'Running'))).rejects.toThrow();
    const failed = await writeStatus(ctx, server.client, copy, phase(copy, 'Failed'));
    const before = recorded.length;
    // A copy that (by a clash of instants) showed the dropped write's entry reports nothing now.
    const lookalike = structuredClone(failed);
    lookalike.status?.phaseHistory?.push({ phase: 'Running', time: '2026-11-26T18:10:02.000Z' });
    ctx.unconfirmedWrites.settle(lookalike, ctx.audit);
    expect(recorded).toHaveLength(before);
  });

  it('records a write that was not stored once, when it is written again', async () => {
    const server = fakeServer(training);
    const { ctx, stored } = fakeContext();
    const copy = await writeStatus(ctx, server.client, server.current(), phase(training, 'Submitted'));
    server.failNext('refused');
    await expect(writeStatus(ctx, server.client, copy, phase(copy, 'Running'))).rejects.toThrow();
    ctx.unconfirmedWrites.settle(server.current(), ctx.audit);
    const retried = await writeStatus(ctx, server.client, server.current(), phase(copy, 'Running'));
    ctx.unconfirmedWrites.settle(retried, ctx.audit);
    expect(stored()).toEqual(['- -> Submitted', 'Submitted -> Running']);
    expect(retried.status?.phaseHistory?.map((e) => e.phase)).toEqual(['Submitted', 'Running']);
  });

  it('remembers nothing for a write the API server refused', async () => {
    const server = fakeServer(training);
    const { ctx, recorded } = fakeContext();
    const copy = await writeStatus(ctx, server.client, server.current(), phase(training, 'Pending'));
    server.failNext('conflict');
    await expect(writeStatus(ctx, server.client, copy, phase(copy, 'Submitted'))).rejects.toThrow();
    const later = await writeStatus(ctx, server.client, server.current(), phase(copy, 'Submitted'));
    const before = recorded.length;
    ctx.unconfirmedWrites.settle(later, ctx.audit);
    expect(recorded).toHaveLength(before);
  });

  it.each([
    [new Error('socket hang up'), true],
    [new ApiException(500, 'Internal Server Error', {}, {}), true],
    [new ApiException(504, 'Gateway Timeout', {}, {}), true],
    [new ApiException(409, 'Conflict', {}, {}), false],
    [new ApiException(422, 'Invalid', {}, {}), false],
    [new ApiException(404, 'Not Found', {}, {}), false],
  ])('%s may have been stored: %s', (error, expected) => {
    expect(mayHaveBeenStored(error)).toBe(expected);
  });
});
