import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../../src/api/types.ts';
import type { ResourceClient } from '../../../src/kube/resources.ts';
import type { ReconcileContext } from '../../../src/reconcilers/context.ts';
import { reconcileModel } from '../../../src/reconcilers/model.ts';
import { ModelVersions } from '../../../src/reconcilers/model-versions.ts';

/** Models in memory with the API server's resourceVersion guard on status writes. */
function fakeModels() {
  const stored = new Map<string, Model>();
  const calls = { get: 0, create: 0, replaceStatus: 0, conflicts: 0 };
  /** Runs before each status write with its number (from 1); may throw or change the stored Model. */
  let beforeWrite: (write: number) => void = () => {};
  let version = 0;
  const httpError = (code: number) => new ApiException(code, `HTTP ${code}`, {}, {});
  const save = (model: Model): Model => {
    const copy = structuredClone({
      ...model,
      metadata: { ...model.metadata, resourceVersion: String(++version) },
    });
    stored.set(`${model.metadata.namespace}/${model.metadata.name}`, copy);
    return structuredClone(copy);
  };
  const client = {
    async get(namespace: string, name: string) {
      calls.get++;
      await Promise.resolve();
      const found = stored.get(`${namespace}/${name}`);
      return found ? structuredClone(found) : null;
    },
    async create(model: Model) {
      calls.create++;
      await Promise.resolve();
      if (stored.has(`${model.metadata.namespace}/${model.metadata.name}`)) throw httpError(409);
      return save(model);
    },
    async replaceStatus(model: Model) {
      calls.replaceStatus++;
      await Promise.resolve();
      beforeWrite(calls.replaceStatus);
      const current = stored.get(`${model.metadata.namespace}/${model.metadata.name}`);
      if (!current) throw httpError(404);
      if (current.metadata.resourceVersion !== model.metadata.resourceVersion) {
        calls.conflicts++;
        throw httpError(409);
      }
      return save({ ...current, status: model.status });
    },
  };
  /** Another writer (a person, the Model reconciler) changes the Model behind our back. */
  const touch = (namespace: string, name: string) => {
    const current = stored.get(`${namespace}/${name}`);
    if (current) save({ ...current, spec: { ...current.spec, description: `edited ${version}` } });
  };
  const onWrite = (hook: (write: number) => void) => {
    beforeWrite = hook;
  };
  return { client: client as unknown as ResourceClient<Model>, calls, stored, touch, onWrite };
}

describe('ModelVersions', () => {
  it('hands 50 concurrent Trainings of one model distinct versions in two writes, without conflicts', async () => {
    const models = fakeModels();
    const versions = new ModelVersions(models.client);
    const allocated = await Promise.all(Array.from({ length: 50 }, () => versions.allocate('ns', 'unet')));
    expect(allocated).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // The first write goes alone; the 49 asked for while it was in flight go together in the next.
    expect(models.calls).toMatchObject({ create: 1, replaceStatus: 2, conflicts: 0 });
    expect(models.calls.get).toBeLessThanOrEqual(1);
    expect(models.stored.get('ns/unet')?.status?.nextVersion).toBe(51);
  });

  it('writes registrations and allocations asked for together in one write', async () => {
    const models = fakeModels();
    const versions = new ModelVersions(models.client, () => new Date('2026-01-01T00:00:00Z'));
    const first = await Promise.all([versions.allocate('ns', 'm'), versions.allocate('ns', 'm')]);
    const before = models.calls.replaceStatus;
    const entry = (version: number) => ({
      version,
      path: `/m/v${version}`,
      createdAt: '2026-01-01T00:00:00Z',
    });
    const [, , third] = await Promise.all([
      versions.register('ns', 'm', entry(first[0] ?? 0)),
      versions.register('ns', 'm', entry(first[1] ?? 0)),
      versions.allocate('ns', 'm'),
      versions.register('ns', 'm', entry(first[0] ?? 0)), // again: changes nothing
    ]);
    expect(third).toBe(3);
    expect(models.calls.replaceStatus - before).toBe(2); // the first alone, the other three together
    const status = models.stored.get('ns/m')?.status;
    expect(status?.versions?.map((v) => v.version)).toEqual([1, 2]);
    expect(status).toMatchObject({ latestVersion: 2, nextVersion: 4, versionCount: 2 });
  });

  it('fails every change of a write the API server refused, and starts the next from a fresh read', async () => {
    const models = fakeModels();
    const versions = new ModelVersions(models.client);
    models.onWrite((write) => {
      if (write === 2) throw new ApiException(500, 'etcdserver: request timed out', {}, {});
    });
    const allocate = () => versions.allocate('ns', 'unet');
    // The first write goes alone; the second carries two allocations and is refused.
    const outcomes = await Promise.allSettled([allocate(), allocate(), allocate()]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await allocate()).toBe(2);
    expect(models.calls.get).toBe(2); // the refused write's copy was dropped: a fresh read
  });

  it('applies a whole batch again, from a fresh read, when its write conflicts', async () => {
    const models = fakeModels();
    const versions = new ModelVersions(models.client);
    models.onWrite((write) => {
      // Another replica takes versions 2 and 3 just before this process's second write.
      if (write !== 2) return;
      const current = models.stored.get('ns/unet');
      if (current)
        models.stored.set('ns/unet', { ...current, status: { ...current.status, nextVersion: 4 } });
      models.touch('ns', 'unet');
    });
    const allocate = () => versions.allocate('ns', 'unet');
    expect(await Promise.all([allocate(), allocate(), allocate()])).toEqual([1, 4, 5]);
    expect(models.calls.conflicts).toBe(1);
  });

  it('starts over from a fresh read when someone else wrote the Model', async () => {
    const models = fakeModels();
    const versions = new ModelVersions(models.client);
    expect(await versions.allocate('ns', 'unet')).toBe(1);
    models.touch('ns', 'unet');
    expect(await versions.allocate('ns', 'unet')).toBe(2);
    expect(models.calls.conflicts).toBe(1);
    models.stored.delete('ns/unet'); // deleted and created again: numbering starts afresh
    expect(await versions.allocate('ns', 'unet')).toBe(1);
  });

  it('registers a version once, whatever the order of allocations and registrations', async () => {
    const models = fakeModels();
    const versions = new ModelVersions(models.client, () => new Date('2026-01-01T00:00:00Z'));
    const [a, b] = await Promise.all([versions.allocate('ns', 'm'), versions.allocate('ns', 'm')]);
    const entry = (version: number) => ({
      version,
      path: `/models/ns/m/v${version}`,
      createdAt: '2026-01-01T00:00:00Z',
    });
    await Promise.all([
      versions.register('ns', 'm', entry(b ?? 0)),
      versions.register('ns', 'm', entry(a ?? 0)),
    ]);
    await versions.register('ns', 'm', entry(a ?? 0));
    const status = models.stored.get('ns/m')?.status;
    expect(status?.versions?.map((v) => v.version)).toEqual([1, 2]);
    expect(status).toMatchObject({ latestVersion: 2, nextVersion: 3, versionCount: 2 });
  });

  it('leaves the Model reconciler nothing to write after an allocation or a registration', async () => {
    const models = fakeModels();
    const ctx = {
      cache: {
        models: { get: (namespace: string, name: string) => models.stored.get(`${namespace}/${name}`) },
      },
      models: models.client,
      now: () => new Date('2026-01-01T00:00:00Z'),
    } as unknown as ReconcileContext;
    const versions = new ModelVersions(models.client, ctx.now);
    await versions.ensureModel('ns', 'm');
    await reconcileModel(ctx, 'ns/m'); // the first look sets the conditions
    const before = models.calls.replaceStatus;
    for (let i = 0; i < 3; i++) {
      const version = await versions.allocate('ns', 'm');
      await reconcileModel(ctx, 'ns/m');
      await versions.register('ns', 'm', {
        version,
        path: `/m/v${version}`,
        createdAt: '2026-01-01T00:00:00Z',
      });
      await reconcileModel(ctx, 'ns/m');
    }
    expect(models.calls.replaceStatus - before).toBe(6); // three allocations, three registrations
    expect(models.calls.conflicts).toBe(0);
  });
});
