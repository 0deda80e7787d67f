import { describe, expect, it } from 'vitest';
import { API_VERSION, type JobResource, type Training } from '../../../src/api/types.ts';
import { historyTransitions, transitionKey } from '../../../src/audit/rows.ts';
import { mayHaveBeenStored } from '../../../src/kube/resources.ts';
import type { JobStatus } from '../../../src/reconcilers/job/mirror.ts';
import { writeStatus } from '../../../src/reconcilers/job/status-writer.ts';
import {
  UNCONFIRMED_WRITES_LIMIT,
  UnconfirmedWrites,
} from '../../../src/reconcilers/job/unconfirmed-writes.ts';
import { fakeResources, httpError } from '../../support/fake-kube.ts';
import { recordingAudit, recordingContext } from '../../support/reconcile-context.ts';

type Failure = 'stored, answer lost' | 'not stored, answer lost' | 'conflict';

/** What the fake API server's client throws for each failure. */
const FAILURE_MESSAGES: Record<Failure, string> = {
  'stored, answer lost': 'socket hang up',
  'not stored, answer lost': 'socket hang up',
  conflict: 'Conflict',
};

/** One Training on the fake API server, which can store a write and lose the answer. */
function fakeServer(initial: Training) {
  const trainings = fakeResources<Training>();
  trainings.put(initial);
  const { namespace, name = '' } = initial.metadata;
  const key = `${namespace}/${name}`;
  return {
    client: trainings.client,
    current: () => structuredClone(trainings.stored.get(key) as Training),
    /** Another writer changes the object (its resourceVersion moves on, its status stays). */
    touch: () => trainings.touch(namespace, name),
    failNext: (failure: Failure) => {
      const message = FAILURE_MESSAGES[failure];
      if (failure === 'conflict') trainings.failNext('replaceStatus', httpError(409, message));
      else
        trainings.failNext('replaceStatus', new Error(message), {
          storeFirst: failure === 'stored, answer lost',
        });
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

const versions = (lists: JobResource[][]) => lists.map((list) => list.map((r) => r.metadata.resourceVersion));

/**
 * The status writer over a fake API server, with a clock that ticks a second per write, and the
 * moves the tests make: write a phase, fail a write, show the reconciler a copy of the resource.
 */
function setup() {
  const server = fakeServer(training);
  const start = Date.parse('2026-11-26T18:10:00.000Z');
  let ticks = 0;
  const { ctx, recorded, resynced } = recordingContext(() => new Date(start + 1_000 * ++ticks));
  const write = (copy: Training, next: JobStatus['phase']) =>
    writeStatus(ctx, server.client, copy, phase(copy, next));
  const failWrite = async (failure: Failure, copy: Training, next: JobStatus['phase']) => {
    server.failNext(failure);
    await expect(write(copy, next)).rejects.toThrow(FAILURE_MESSAGES[failure]);
  };
  /** What a reconcile does first with the copy it starts from. */
  const reconcileFrom = (copy: Training) => ctx.unconfirmedWrites.resyncIfNewCopy(copy, ctx.audit);
  /**
   * What the audit store would hold: the transitions recorded and those the resynced copies'
   * histories hold, each once by its idempotency key (as the store's ON CONFLICT does).
   */
  const stored = () => {
    const all = [...recorded, ...resynced.flat().flatMap(historyTransitions)];
    const byKey = new Map(all.map((t) => [transitionKey(t), t]));
    return [...byKey.values()]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((t) => `${t.from ?? '-'} -> ${t.to}`);
  };
  return { server, ctx, recorded, resynced, stored, write, failWrite, reconcileFrom };
}

describe('status writes whose answer was lost', () => {
  it('resync the resource from the first later copy, which shows the write stored', async () => {
    const { server, recorded, resynced, stored, write, failWrite, reconcileFrom } = setup();
    const copy = await write(await write(server.current(), 'Pending'), 'Submitted');
    await failWrite('stored, answer lost', copy, 'Running');
    expect(recorded.map((t) => t.to)).toEqual(['Pending', 'Submitted']);

    const latest = server.current();
    reconcileFrom(latest);
    expect(versions(resynced)).toEqual([[latest.metadata.resourceVersion]]);
    expect(resynced[0]?.[0]?.status?.phaseHistory?.map((e) => e.phase)).toEqual([
      'Pending',
      'Submitted',
      'Running',
    ]);
    expect(stored()).toEqual(['- -> Pending', 'Pending -> Submitted', 'Submitted -> Running']);
    expect(recorded.map((t) => t.to)).toEqual(['Pending', 'Submitted']); // nothing recorded by hand
  });

  it('resync by the same rule from a later copy that shows the write was not stored', async () => {
    const { server, resynced, stored, write, failWrite, reconcileFrom } = setup();
    const copy = await write(server.current(), 'Submitted');
    await failWrite('not stored, answer lost', copy, 'Running');
    const touched = server.touch();
    reconcileFrom(touched);
    expect(versions(resynced)).toEqual([[touched.metadata.resourceVersion]]);
    // A first status that says Submitted records Pending (since creation) too. Its history has no
    // Running: nothing to add.
    expect(stored()).toEqual(['- -> Pending', 'Pending -> Submitted']);
  });

  it('wait while the copy is the one the lost write was based on', async () => {
    const { server, resynced, write, failWrite, reconcileFrom } = setup();
    const copy = await write(server.current(), 'Submitted');
    await failWrite('stored, answer lost', copy, 'Running');
    reconcileFrom(copy); // the informer has not caught up: this copy cannot tell
    expect(resynced).toHaveLength(0);
    const latest = server.current();
    reconcileFrom(latest);
    reconcileFrom(latest); // the same copy again: resynced once
    expect(versions(resynced)).toEqual([[latest.metadata.resourceVersion]]);
  });

  it('keep watching after a copy older than the lost write, and stop after a write succeeds', async () => {
    const { server, resynced, stored, write, failWrite, reconcileFrom } = setup();
    // The informer cache still has the first copy; the lost write was based on the answer of a
    // write made in the same reconcile (as the Submitting marker and then Submitted are).
    const cached = server.current();
    const marked = await write(cached, 'Pending');
    await failWrite('stored, answer lost', marked, 'Submitted');
    reconcileFrom(cached);
    expect(stored()).toEqual(['- -> Pending']);
    const latest = server.current();
    reconcileFrom(latest);
    expect(stored()).toEqual(['- -> Pending', 'Pending -> Submitted']);

    // A later write succeeds: one resync from its answer, and the resource is forgotten.
    const running = await write(latest, 'Running');
    expect(versions(resynced)).toEqual([
      [cached.metadata.resourceVersion],
      [latest.metadata.resourceVersion],
      [running.metadata.resourceVersion],
    ]);
    reconcileFrom(server.touch());
    expect(resynced).toHaveLength(3);
    expect(stored()).toEqual(['- -> Pending', 'Pending -> Submitted', 'Submitted -> Running']);
  });

  it('settle a lost write that was not stored when a write from its own copy succeeds', async () => {
    const { server, recorded, resynced, stored, write, failWrite, reconcileFrom } = setup();
    const copy = await write(server.current(), 'Submitted');
    await failWrite('not stored, answer lost', copy, 'Running');
    const retried = await write(copy, 'Running');
    expect(versions(resynced)).toEqual([[retried.metadata.resourceVersion]]);
    reconcileFrom(server.touch());
    expect(resynced).toHaveLength(1);
    expect(recorded.map((t) => t.to)).toEqual(['Pending', 'Submitted', 'Running']);
    expect(stored()).toEqual(['- -> Pending', 'Pending -> Submitted', 'Submitted -> Running']);
  });

  it('forget a deleted resource', async () => {
    const { server, ctx, resynced, write, failWrite, reconcileFrom } = setup();
    const copy = await write(server.current(), 'Running');
    await failWrite('stored, answer lost', copy, 'Succeeded');
    ctx.unconfirmedWrites.forget(copy.metadata.uid); // the informer's delete event (operator.ts)
    reconcileFrom(server.current());
    expect(resynced).toHaveLength(0);
  });

  it('remember nothing for a write the API server refused, or one that changed no phase', async () => {
    const { server, ctx, resynced, write, failWrite, reconcileFrom } = setup();
    const copy = await write(server.current(), 'Pending');
    await failWrite('conflict', copy, 'Submitted');
    reconcileFrom(server.touch());
    // A message alone: its loss loses no transition.
    const pending = server.current();
    server.failNext('stored, answer lost');
    const message = writeStatus(ctx, server.client, pending, { ...pending.status, message: 'waiting' });
    await expect(message).rejects.toThrow('socket hang up');
    reconcileFrom(server.touch());
    expect(resynced).toHaveLength(0);
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

describe('the unconfirmed writes kept', () => {
  const copy = (i: number, resourceVersion: string): Training => ({
    ...training,
    metadata: { ...training.metadata, name: `t${i}`, uid: `uid-${i}`, resourceVersion },
  });
  /** The uids of `count` resources whose next copies are resynced from. */
  const watched = (writes: UnconfirmedWrites, count: number) => {
    const { audit, resynced } = recordingAudit();
    for (let i = 0; i < count; i++) writes.resyncIfNewCopy(copy(i, 'later'), audit);
    return resynced.flat().map((r) => r.metadata.uid);
  };

  it('are capped at 10,000 uids, the oldest dropped first', () => {
    expect(UNCONFIRMED_WRITES_LIMIT).toBe(10_000);
    const writes = new UnconfirmedWrites();
    for (let i = 0; i <= UNCONFIRMED_WRITES_LIMIT; i++) writes.remember(copy(i, 'base'));
    const uids = watched(writes, UNCONFIRMED_WRITES_LIMIT + 1);
    expect(uids).toHaveLength(UNCONFIRMED_WRITES_LIMIT);
    expect(uids[0]).toBe('uid-1');
  });

  it('count a resource remembered again as new', () => {
    const writes = new UnconfirmedWrites(2);
    writes.remember(copy(0, 'base'));
    writes.remember(copy(1, 'base'));
    writes.remember(copy(0, 'base'));
    writes.remember(copy(2, 'base'));
    expect(watched(writes, 3)).toEqual(['uid-0', 'uid-2']);
  });
});
