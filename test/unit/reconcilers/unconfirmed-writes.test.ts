import { describe, expect, it } from 'vitest';
import { API_VERSION, type Training } from '../../../src/api/types.ts';
import { transitionKey } from '../../../src/audit/rows.ts';
import { mayHaveBeenStored } from '../../../src/kube/resources.ts';
import type { ReconcileContext } from '../../../src/reconcilers/context.ts';
import type { JobStatus } from '../../../src/reconcilers/job/mirror.ts';
import { writeStatus } from '../../../src/reconcilers/job/status-writer.ts';
import { fakeResources, httpError } from '../../support/fake-kube.ts';
import { recordingContext } from '../../support/reconcile-context.ts';

type Failure = 'answer lost' | 'refused' | 'conflict';

/** What the fake API server's client throws for each failure. */
const FAILURE_MESSAGES: Record<Failure, string> = {
  'answer lost': 'socket hang up',
  refused: 'connect ECONNREFUSED',
  conflict: 'Conflict',
};

/** One Training on the fake API server, which can store a write and lose the answer. */
function fakeServer(initial: Training) {
  const trainings = fakeResources<Training>();
  trainings.put(initial);
  const key = `${initial.metadata.namespace}/${initial.metadata.name}`;
  return {
    client: trainings.client,
    current: () => structuredClone(trainings.stored.get(key) as Training),
    failNext: (failure: Failure) => {
      const message = FAILURE_MESSAGES[failure];
      if (failure === 'answer lost')
        trainings.failNext('replaceStatus', new Error(message), { storeFirst: true });
      else if (failure === 'refused')
        trainings.failNext('replaceStatus', new Error(message)); // never reached the server
      else trainings.failNext('replaceStatus', httpError(409, message));
    },
  };
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

/**
 * The status writer over a fake API server, with a clock that ticks a second per write, and the
 * moves the tests make: write a phase, fail a write, show the writer a copy of the resource.
 */
function setup() {
  const server = fakeServer(training);
  const start = Date.parse('2026-11-26T18:10:00.000Z');
  let ticks = 0;
  const { ctx, recorded } = recordingContext(() => new Date(start + 1_000 * ++ticks));
  const write = (copy: Training, next: JobStatus['phase']) =>
    writeStatus(ctx, server.client, copy, phase(copy, next));
  const failWrite = async (failure: Failure, copy: Training, next: JobStatus['phase']) => {
    server.failNext(failure);
    await expect(write(copy, next)).rejects.toThrow(FAILURE_MESSAGES[failure]);
  };
  const settle = (copy: Training) => ctx.unconfirmedWrites.reportStored(copy, ctx.audit);
  /** What the store would hold: each transition once, by its idempotency key. */
  const stored = () => {
    const byKey = new Map(recorded.map((t) => [transitionKey(t), t]));
    return [...byKey.values()].map((t) => `${t.from ?? '-'} -> ${t.to}`);
  };
  return { server, ctx, recorded, stored, write, failWrite, settle };
}

describe('status writes whose answer was lost', () => {
  it('reports the phase change a lost answer hid, once a copy shows it was stored', async () => {
    const { server, recorded, stored, write, failWrite, settle } = setup();
    const copy = await write(await write(server.current(), 'Pending'), 'Submitted');
    await failWrite('answer lost', copy, 'Running');
    expect(recorded.map((t) => t.to)).toEqual(['Pending', 'Submitted']);

    // The informer has not caught up yet: this copy cannot tell whether the write was stored.
    settle(copy);
    expect(recorded).toHaveLength(2);

    const latest = server.current();
    settle(latest);
    await write(latest, 'Succeeded');
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
    settle(server.current());
    expect(recorded).toHaveLength(before);
  });

  it('reports a final phase whose answer was lost, though nothing is written after it', async () => {
    const { server, stored, write, failWrite, settle } = setup();
    const copy = await write(server.current(), 'Running');
    await failWrite('answer lost', copy, 'Succeeded');
    settle(server.current());
    expect(stored()).toEqual(['- -> Running', 'Running -> Succeeded']);
  });

  it('reports a stored final phase though a retry from the stale copy failed without an answer too', async () => {
    const { server, stored, write, failWrite, settle } = setup();
    const running = await write(server.current(), 'Running');
    await failWrite('answer lost', running, 'Succeeded');
    // The API server restarts; the cache still has the Running copy, and the retry is refused.
    settle(running);
    await failWrite('refused', running, 'Succeeded');
    settle(server.current()); // the cache catches up
    expect(stored()).toEqual(['- -> Running', 'Running -> Succeeded']);
  });

  it('compares history entries, not clocks: a later time from another replica settles nothing', async () => {
    const { server, recorded, failWrite, settle } = setup();
    // The previous leader, its clock an hour ahead, wrote Submitted.
    const ahead = new Date(Date.parse('2026-11-26T19:10:00.000Z'));
    const other = { ...recordingContext().ctx, now: () => ahead } as ReconcileContext;
    const submitted = await writeStatus(other, server.client, server.current(), phase(training, 'Submitted'));
    await failWrite('answer lost', submitted, 'Running');
    settle(submitted); // stale: its latest entry is later, not ours
    expect(recorded).toHaveLength(0);
    settle(server.current());
    expect(recorded.map((t) => `${t.from} -> ${t.to}`)).toEqual(['Submitted -> Running']);
  });

  it('drops a kept write once a later write succeeds from a copy without it', async () => {
    const { server, recorded, write, failWrite, settle } = setup();
    const copy = await write(server.current(), 'Submitted');
    await failWrite('refused', copy, 'Running');
    const failed = await write(copy, 'Failed');
    const before = recorded.length;
    // A copy that (by a clash of instants) showed the dropped write's entry reports nothing now.
    const lookalike = structuredClone(failed);
    lookalike.status?.phaseHistory?.push({ phase: 'Running', time: '2026-11-26T18:10:02.000Z' });
    settle(lookalike);
    expect(recorded).toHaveLength(before);
  });

  it('records a write that was not stored once, when it is written again', async () => {
    const { server, stored, write, failWrite, settle } = setup();
    const copy = await write(server.current(), 'Submitted');
    await failWrite('refused', copy, 'Running');
    settle(server.current());
    const retried = await write(server.current(), 'Running');
    settle(retried);
    expect(stored()).toEqual(['- -> Submitted', 'Submitted -> Running']);
    expect(retried.status?.phaseHistory?.map((e) => e.phase)).toEqual(['Submitted', 'Running']);
  });

  it('remembers nothing for a write the API server refused', async () => {
    const { server, recorded, write, failWrite, settle } = setup();
    const copy = await write(server.current(), 'Pending');
    await failWrite('conflict', copy, 'Submitted');
    const later = await write(server.current(), 'Submitted');
    const before = recorded.length;
    settle(later);
    expect(recorded).toHaveLength(before);
  });

  it.each([
    [new Error('socket hang up'), true],
    [httpError(500, 'Internal Server Error'), true],
    [httpError(504, 'Gateway Timeout'), true],
    [httpError(409, 'Conflict'), false],
    [httpError(422, 'Invalid'), false],
    [httpError(404, 'Not Found'), false],
  ])('%s may have been stored: %s', (error, expected) => {
    expect(mayHaveBeenStored(error)).toBe(expected);
  });
});
