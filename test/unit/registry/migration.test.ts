import { describe, expect, it } from 'vitest';
import { reconcileModel } from '../../../src/reconcilers/model.ts';
import { newModelVersion } from '../../../src/registry/names.ts';
import { httpError } from '../../support/fake-kube.ts';
import { fakeWorld } from '../../support/fake-world.ts';

const legacy = (versions: number[]) => ({
  latestVersion: Math.max(...versions),
  versionCount: versions.length,
  nextVersion: Math.max(...versions) + 2, // one allocated number never registered
  versions: versions.map((version) => ({
    version,
    path: `/shared/models/ns/m/v${version}`,
    training: `t${version}`,
    trainingUid: `uid-${version}`,
    jobId: 10 + version,
    createdAt: '2026-11-01T00:00:00Z',
  })),
});

describe('migrating a Model that holds the legacy status.versions list', () => {
  it('creates its ModelVersions with their numbers and paths, then drops the list; again is a no-op', async () => {
    const world = await fakeWorld();
    world.model('m', {}, legacy([1, 2, 3]));
    await reconcileModel(world.ctx, 'ns/m');
    expect(
      [...world.versions.stored.values()].map((v) => [v.metadata.name, v.spec.path, v.spec.jobId]),
    ).toEqual([1, 2, 3].map((n) => [`m-v${n}`, `/shared/models/ns/m/v${n}`, 10 + n]));
    const status = world.models.stored.get('ns/m')?.status;
    expect(status?.versions).toBeUndefined();
    // The number the old release allocated and never registered stays given.
    expect(status).toMatchObject({ latestVersion: 3, versionCount: 3, nextVersion: 5 });
    const writes = world.models.calls.replaceStatus;
    await reconcileModel(world.ctx, 'ns/m');
    expect(world.models.calls.replaceStatus).toBe(writes);
    expect(world.versions.calls.create).toBe(3);
  });

  it('keeps the list when a create fails, and finishes on the next reconcile', async () => {
    const world = await fakeWorld();
    world.model('m', {}, legacy([1, 2]));
    world.versions.failNext('create', httpError(500, 'etcdserver: request timed out'));
    await expect(reconcileModel(world.ctx, 'ns/m')).rejects.toThrow();
    expect(world.models.stored.get('ns/m')?.status?.versions).toHaveLength(2);
    await reconcileModel(world.ctx, 'ns/m');
    expect([...world.versions.stored.keys()].sort()).toEqual(['ns/m-v1', 'ns/m-v2']);
    expect(world.models.stored.get('ns/m')?.status?.versions).toBeUndefined();
  });

  it('leaves a ModelVersion that exists already as it is', async () => {
    const world = await fakeWorld();
    const existing = world.versions.put(
      newModelVersion('ns', {
        model: 'm',
        version: 1,
        path: '/shared/models/ns/m/v1',
        createdAt: '2026-11-01T00:00:00Z',
      }),
    );
    world.model('m', {}, legacy([1, 2]));
    await reconcileModel(world.ctx, 'ns/m');
    expect(world.versions.stored.get('ns/m-v1')?.metadata.uid).toBe(existing.metadata.uid);
    expect(world.versions.stored.get('ns/m-v2')?.spec.path).toBe('/shared/models/ns/m/v2');
    expect(world.models.stored.get('ns/m')?.status?.versions).toBeUndefined();
  });

  it('keeps the list, and says why, when another version holds a number with another path', async () => {
    const world = await fakeWorld();
    world.modelVersion('m', 2); // registered meanwhile, at .../runs/t2-uid2
    world.model('m', {}, legacy([1, 2]));
    await expect(reconcileModel(world.ctx, 'ns/m')).rejects.toThrow(
      /cannot migrate version 2 of Model ns\/m: ModelVersion m-v2 holds the number/,
    );
    expect(world.models.stored.get('ns/m')?.status?.versions).toHaveLength(2);
  });
});
