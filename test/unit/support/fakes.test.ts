// The fakes keep the API server's and Slurm's rules the reconcilers rely on; if they did not,
// the reconcilers' unit tests would prove nothing.
import { describe, expect, it } from 'vitest';
import { API_VERSION, FINALIZER, type Training } from '../../../src/api/types.ts';
import {
  describeError,
  httpStatusOf,
  isConflict,
  isGuardRefused,
  isNotFound,
  type JsonPatchOperation,
} from '../../../src/kube/resources.ts';
import { SlurmNotFoundError, SlurmUnavailableError } from '../../../src/slurm/errors.ts';
import type { JobSubmission } from '../../../src/slurm/types.ts';
import { fakeResources, httpError } from '../../support/fake-kube.ts';
import { fakeSlurm } from '../../support/fake-slurm.ts';
import { fakeWorld } from '../../support/fake-world.ts';

const training = (finalizers?: string[]): Training => ({
  apiVersion: API_VERSION,
  kind: 'Training',
  metadata: { namespace: 'ns', name: 't', ...(finalizers ? { finalizers } : {}) },
  spec: { model: 'm', template: 'demo-train' },
});

function seeded(finalizers?: string[]) {
  const trainings = fakeResources<Training>();
  return { trainings, copy: trainings.put(training(finalizers)) };
}

const submission = (idempotencyKey: string): JobSubmission => ({
  name: 'train-ns-t',
  idempotencyKey,
  script: '#!/bin/sh\ntrue\n',
  environment: { PATH: '/usr/bin:/bin' },
  workingDirectory: '/tmp',
});

describe('fakeResources', () => {
  it('creates like the API server: uid, resourceVersion, generation 1, no status; 409 when it exists', async () => {
    const trainings = fakeResources<Training>({ now: () => new Date('2026-01-01T00:00:00.500Z') });
    const created = await trainings.client.create({ ...training(), status: { phase: 'Running' } });
    expect(created.metadata).toMatchObject({ generation: 1, creationTimestamp: '2026-01-01T00:00:00Z' });
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata.resourceVersion).toBeTruthy();
    expect(created.status).toBeUndefined();
    const again = await trainings.client.create(training()).catch((e: unknown) => e);
    expect(isConflict(again)).toBe(true);
    expect(describeError(again)).toBe('trainings.ml.hpc.dev "t" already exists (HTTP 409)');
    expect(await trainings.client.get('ns', 'missing')).toBeNull();
  });

  it.each([
    [
      'a stale resourceVersion',
      (t: Training) => ({ ...t, metadata: { ...t.metadata, resourceVersion: '0' } }),
      409,
    ],
    [
      'no resourceVersion',
      (t: Training) => ({ ...t, metadata: { ...t.metadata, resourceVersion: undefined } }),
      422,
    ],
    ['a missing object', (t: Training) => ({ ...t, metadata: { ...t.metadata, name: 'gone' } }), 404],
  ])('refuses a status write with %s: HTTP %i', async (_, change, code) => {
    const { trainings, copy } = seeded();
    const error = await trainings.client
      .replaceStatus(change({ ...copy, status: { phase: 'Running' } }))
      .catch((e: unknown) => e);
    expect(httpStatusOf(error)).toBe(code);
    expect(trainings.calls.conflicts).toBe(code === 409 ? 1 : 0);
    expect(trainings.stored.get('ns/t')?.status).toBeUndefined();
  });

  it('stores only the status through /status, and nothing for a write that changes nothing', async () => {
    const { trainings, copy } = seeded();
    const written = await trainings.client.replaceStatus({
      ...copy,
      spec: { ...copy.spec, model: 'other' },
      status: { phase: 'Running' },
    });
    expect(written.spec.model).toBe('m');
    expect(written.status).toEqual({ phase: 'Running' });
    expect(Number(written.metadata.resourceVersion)).toBeGreaterThan(Number(copy.metadata.resourceVersion));
    const again = await trainings.client.replaceStatus(written);
    expect(again.metadata.resourceVersion).toBe(written.metadata.resourceVersion);
    // Another writer moves the resourceVersion on: the copy is stale.
    trainings.touch('ns', 't');
    expect(isConflict(await trainings.client.replaceStatus(written).catch((e: unknown) => e))).toBe(true);
  });

  it.each<[string, string[] | undefined, (rv: string) => JsonPatchOperation[], string[] | undefined]>([
    [
      'adds the first finalizer',
      undefined,
      (rv) => [
        { op: 'test', path: '/metadata/resourceVersion', value: rv },
        { op: 'add', path: '/metadata/finalizers', value: [FINALIZER] },
      ],
      [FINALIZER],
    ],
    [
      'appends with -',
      ['a'],
      (rv) => [
        { op: 'test', path: '/metadata/resourceVersion', value: rv },
        { op: 'add', path: '/metadata/finalizers/-', value: FINALIZER },
      ],
      ['a', FINALIZER],
    ],
    [
      'removes by index after a test of the entry',
      ['a', FINALIZER],
      () => [
        { op: 'test', path: '/metadata/finalizers/1', value: FINALIZER },
        { op: 'remove', path: '/metadata/finalizers/1' },
      ],
      ['a'],
    ],
    ['replaces', ['a'], () => [{ op: 'replace', path: '/metadata/finalizers/0', value: 'b' }], ['b']],
  ])('JSON patch %s', async (_, finalizers, operations, expected) => {
    const { trainings, copy } = seeded(finalizers);
    const patched = await trainings.client.jsonPatch(
      'ns',
      't',
      operations(copy.metadata.resourceVersion ?? ''),
    );
    expect(patched.metadata.finalizers).toEqual(expected);
    expect(trainings.stored.get('ns/t')?.metadata.finalizers).toEqual(expected);
    expect(patched.metadata.generation).toBe(1); // metadata only: the generation stays
  });

  it.each<[string, JsonPatchOperation[], number]>([
    ['a failed test op', [{ op: 'test', path: '/metadata/resourceVersion', value: '0' }], 422],
    ['a test of a missing path', [{ op: 'test', path: '/metadata/finalizers/3', value: FINALIZER }], 422],
    ['a remove of a missing path', [{ op: 'remove', path: '/metadata/labels/x' }], 422],
    [
      'a stale resourceVersion in the patched object',
      [{ op: 'replace', path: '/metadata/resourceVersion', value: '0' }],
      409,
    ],
  ])('refuses a JSON patch with %s: HTTP %i, nothing stored', async (_, operations, code) => {
    const { trainings, copy } = seeded([FINALIZER]);
    const error = await trainings.client
      .jsonPatch('ns', 't', [{ op: 'add', path: '/metadata/labels', value: { a: 'b' } }, ...operations])
      .catch((e: unknown) => e);
    expect(httpStatusOf(error)).toBe(code);
    expect(isGuardRefused(error)).toBe(true);
    expect(trainings.stored.get('ns/t')).toEqual(copy);
  });

  it('answers 404 to a patch of a missing object', async () => {
    const trainings = fakeResources<Training>();
    expect(isNotFound(await trainings.client.jsonPatch('ns', 'x', []).catch((e: unknown) => e))).toBe(true);
  });

  it('removes a deleting object when its last finalizer goes, and refuses new finalizers meanwhile', async () => {
    const { trainings } = seeded([FINALIZER]);
    const deleting = trainings.markDeleting('ns', 't', new Date('2026-01-01T00:00:00Z'));
    expect(deleting?.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:00Z', generation: 2 });
    const refused = await trainings.client
      .jsonPatch('ns', 't', [{ op: 'add', path: '/metadata/finalizers/-', value: 'other' }])
      .catch((e: unknown) => e);
    expect(httpStatusOf(refused)).toBe(422);
    await trainings.client.jsonPatch('ns', 't', [
      { op: 'test', path: '/metadata/resourceVersion', value: deleting?.metadata.resourceVersion },
      { op: 'remove', path: '/metadata/finalizers/0' },
    ]);
    expect(trainings.stored.has('ns/t')).toBe(false);
    // Without finalizers a delete removes the object at once.
    const plain = seeded();
    expect(plain.trainings.markDeleting('ns', 't')).toBeNull();
    expect(plain.trainings.stored.size).toBe(0);
  });

  it('stores a write whose answer is lost, and throws queued failures in turn', async () => {
    const { trainings, copy } = seeded();
    trainings.failNext('replaceStatus', new Error('socket hang up'), { storeFirst: true });
    trainings.failNext('replaceStatus', httpError(500, 'etcdserver: request timed out'));
    await expect(trainings.client.replaceStatus({ ...copy, status: { phase: 'Running' } })).rejects.toThrow(
      'socket hang up',
    );
    expect(trainings.stored.get('ns/t')?.status?.phase).toBe('Running');
    const latest = structuredClone(trainings.stored.get('ns/t') as Training);
    const error = await trainings.client
      .replaceStatus({ ...latest, status: { phase: 'Succeeded' } })
      .catch((e: unknown) => e);
    expect(describeError(error)).toBe('etcdserver: request timed out (HTTP 500)');
    expect(trainings.stored.get('ns/t')?.status?.phase).toBe('Running');
  });

  it('stores a cluster-scoped kind by name, whatever namespace is asked for', async () => {
    const clusters = fakeResources<Training>({ namespaced: false });
    clusters.put({ ...training(), metadata: { name: 'lab' } });
    expect((await clusters.client.get(undefined, 'lab'))?.metadata.name).toBe('lab');
    expect((await clusters.client.get('ns', 'lab'))?.metadata.name).toBe('lab');
  });
});

describe('fakeSlurm', () => {
  it('hands out ids in order and finds jobs by idempotency key, newest first', async () => {
    const slurm = fakeSlurm({ firstJobId: 100 });
    const alice = slurm.connection.asUser('alice');
    expect(await alice.submit(submission('uid-1/1'))).toBe(100);
    expect(await alice.submit(submission('uid-1/1'))).toBe(101);
    slurm.addForeignJob({ idempotencyKey: 'someone else' });
    expect((await alice.findByIdempotencyKey('uid-1/1')).map((j) => j.jobId)).toEqual([101, 100]);
    expect(await alice.findByIdempotencyKey('uid-2/1')).toEqual([]);
    expect(slurm.submitted.map((s) => s.user)).toEqual(['alice', 'alice']);
    expect(await alice.get(100)).toMatchObject({
      user: 'alice',
      state: { base: 'PENDING' },
      idempotencyKey: 'uid-1/1',
    });
  });

  it('forgets a purged job: SlurmNotFoundError, absent from lists, kept in accounting unless told', async () => {
    const slurm = fakeSlurm();
    const job = { ...submission('k'), submittedAfter: new Date(0) };
    const id = await slurm.client.submit(job);
    const other = await slurm.client.submit(submission('k2'));
    slurm.setState(id, 'COMPLETED');
    slurm.purge(id);
    await expect(slurm.client.get(id)).rejects.toBeInstanceOf(SlurmNotFoundError);
    expect(await slurm.client.states([id])).toEqual([]);
    expect(await slurm.client.findByIdempotencyKey('k')).toEqual([]);
    expect(await slurm.client.accountingByKey(job)).toMatchObject([{ jobId: id, exitCode: 0 }]);
    // The id taken over by someone else: accounting keeps both, and the key tells them apart.
    slurm.addForeignJob({ jobId: id });
    expect(await slurm.client.accountingByKey(job)).toMatchObject([{ jobId: id, idempotencyKey: 'k' }]);
    slurm.purge(other, { fromAccounting: true });
    expect(await slurm.client.accountingByKey({ ...submission('k2'), submittedAfter: new Date(0) })).toEqual(
      [],
    );
    expect(await fakeSlurm({ accounting: false }).client.accountingByKey(job)).toBeNull();
  });

  it('cancels (or, when told, keeps the job running), records the user, and ignores finished jobs', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const slurm = fakeSlurm({ now: () => now });
    const alice = slurm.asUser('alice');
    const id = await alice.submit(submission('k'));
    slurm.setState(id, 'RUNNING');
    slurm.cancelTakesEffect = false;
    await alice.cancel(id);
    expect((await alice.get(id)).state.base).toBe('RUNNING');
    slurm.cancelTakesEffect = true;
    now = new Date('2026-01-01T00:01:00Z');
    await alice.cancel(id);
    expect(await alice.get(id)).toMatchObject({ state: { base: 'CANCELLED' }, endTime: now });
    await alice.cancel(id); // already done: no error
    expect(slurm.cancelled).toEqual([
      { jobId: id, user: 'alice', signal: undefined },
      { jobId: id, user: 'alice', signal: undefined },
      { jobId: id, user: 'alice', signal: undefined },
    ]);
    await expect(alice.cancel(999)).rejects.toBeInstanceOf(SlurmNotFoundError);
  });

  it('lists jobs changed since a time (seconds resolution) and states of known jobs only', async () => {
    let now = new Date('2026-01-01T00:00:00.900Z');
    const slurm = fakeSlurm({ now: () => now });
    const first = await slurm.client.submit(submission('a'));
    now = new Date('2026-01-01T00:00:05Z');
    const second = await slurm.client.submit(submission('b'));
    const changed = await slurm.client.listChangedSince(new Date('2026-01-01T00:00:00.950Z'));
    expect(changed.map((j) => j.jobId)).toEqual([first, second]);
    expect(
      (await slurm.client.listChangedSince(new Date('2026-01-01T00:00:01Z'))).map((j) => j.jobId),
    ).toEqual([second]);
    expect(await slurm.client.states([second, 12345])).toEqual([
      { jobId: second, state: { base: 'PENDING', flags: [] } },
    ]);
  });

  it('throws injected failures once each, and every call during an outage', async () => {
    const slurm = fakeSlurm();
    slurm.failNext('submit', new SlurmUnavailableError('slurmrestd: HTTP 503', 503));
    await expect(slurm.client.submit(submission('k'))).rejects.toBeInstanceOf(SlurmUnavailableError);
    expect(await slurm.client.submit(submission('k'))).toBe(1);
    slurm.setOutage();
    await expect(slurm.client.ping()).rejects.toBeInstanceOf(SlurmUnavailableError);
    slurm.setOutage(null);
    expect(await slurm.client.ping()).toEqual({
      apiVersion: 'v0.0.42',
      release: '24.11.5',
      controllerResponding: true,
    });
    expect(slurm.calls).toMatchObject({ submit: 2, ping: 2 });
  });
});

describe('fakeWorld', () => {
  it('builds a context: the lab cluster connected, the cache reading the store, real templates', async () => {
    const world = await fakeWorld();
    const seeded = world.training('t1', { parameters: { sleep_seconds: '30' } });
    expect(world.ctx.cache.trainings.get('ns', 't1')).toEqual(seeded);
    expect(world.ctx.listSlurmClusters().map((c) => c.metadata.name)).toEqual(['lab']);
    const lab = world.ctx.connections.get('lab');
    expect(lab).toMatchObject({ name: 'lab', generation: 1, healthy: true });
    expect(lab?.connection.asUser('alice')).toBe(world.slurm.asUser('alice'));
    expect(world.ctx.templates().get('demo-train')?.kind).toBe('training');
    expect(world.ctx.templates().get('demo-predict')?.kind).toBe('prediction');

    world.staleCache('ns', 't1', { ...seeded, spec: { ...seeded.spec, suspend: true } });
    expect(world.ctx.cache.trainings.get('ns', 't1')?.spec.suspend).toBe(true);
    world.freshCache();
    expect(world.ctx.cache.trainings.get('ns', 't1')?.spec.suspend).toBeUndefined();

    world.connections.disconnect('lab');
    expect(world.ctx.connections.get('lab')).toBeUndefined();
    world.slurm.failNext('ping', new SlurmUnavailableError('connect ECONNREFUSED'));
    const cluster = world.slurmClusters.stored.get('lab');
    if (!cluster) throw new Error('no lab');
    await expect(world.ctx.connections.connect(cluster)).rejects.toBeInstanceOf(SlurmUnavailableError);
    await world.ctx.connections.connect(cluster);
    expect(world.ctx.connections.get('lab')?.healthy).toBe(true);
  });

  it('seeds with the finalizer once a status exists, and records what the context reports', async () => {
    const world = await fakeWorld({ start: '2026-05-01T12:00:00.000Z' });
    expect(world.training('fresh').metadata.finalizers).toBeUndefined();
    expect(world.training('running', {}, { phase: 'Running' }).metadata.finalizers).toEqual([FINALIZER]);
    const deleting = world.prediction('p', {}, { phase: 'Running' }, { deleting: true });
    expect(deleting.metadata.deletionTimestamp).toBe('2026-05-01T12:00:00Z');
    world.ctx.events.warning(deleting, 'Lost', 'gone');
    expect(world.events).toEqual([{ type: 'Warning', reason: 'Lost', message: 'gone', name: 'p' }]);
    world.clock.advance(1500);
    expect(world.ctx.now().toISOString()).toBe('2026-05-01T12:00:01.500Z');
    expect(world.readyModel('m2', [1, 2]).status).toMatchObject({ latestVersion: 2, versionCount: 2 });
    expect([...world.ctx.modelVersions.versionsOf('ns', 'm2').keys()]).toEqual([1, 2]);
  });
});
