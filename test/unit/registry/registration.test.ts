import { describe, expect, it } from 'vitest';
import type { Training } from '../../../src/api/types.ts';
import { reconcileModel } from '../../../src/reconcilers/model.ts';
import { newModelVersion } from '../../../src/registry/names.ts';
import { ModelMigratingError } from '../../../src/registry/registration.ts';
import { httpError } from '../../support/fake-kube.ts';
import { fakeWorld } from '../../support/fake-world.ts';

const details = (jobId: number) => ({
  path: `/shared/models/ns/m/runs/t${jobId}`,
  jobId,
  createdAt: '2026-01-01T00:00:00Z',
});

async function world() {
  const w = await fakeWorld();
  const trainings = (count: number, model = 'm'): Training[] =>
    Array.from({ length: count }, (_, i) => w.training(`t${i}`, { model }));
  return { ...w, trainings };
}

describe('ModelRegistry.register', () => {
  it('gives 50 concurrent registrations of one model the numbers 1..50, one object each', async () => {
    const w = await world();
    const registered = await Promise.all(
      w.trainings(50).map((t, i) => w.ctx.registry.register(t, details(i))),
    );
    expect(registered.map((v) => v.spec.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    expect(w.versions.calls).toMatchObject({ create: 50 });
    expect([...w.versions.stored.keys()]).toContain('ns/m-v50');
    expect(w.models.calls.create).toBe(1); // the Model nobody declared, created empty once
  });

  it('gives a Training its version back on a retry, and never a second one', async () => {
    const w = await world();
    const [t] = w.trainings(1);
    if (!t) throw new Error('no training');
    const first = await w.ctx.registry.register(t, details(1));
    const again = await w.ctx.registry.register(t, details(1));
    expect(again.metadata.uid).toBe(first.metadata.uid);
    expect(w.versions.calls.create).toBe(1);
  });

  it('finds its own version when the answer to the create was lost', async () => {
    const w = await world();
    const [t] = w.trainings(1);
    if (!t) throw new Error('no training');
    w.versions.failNext('create', httpError(504, 'timeout'), { storeFirst: true });
    await expect(w.ctx.registry.register(t, details(1))).rejects.toThrow();
    // The fake index is never behind; make it so, as an informer that missed the create would be.
    const lagging = {
      ...w.ctx,
      modelVersions: {
        versionsOf: () => new Map(),
        ofTraining: () => undefined,
        highestGiven: () => 0,
        record: () => {},
      },
    };
    const { ModelRegistry } = await import('../../../src/registry/registration.ts');
    const registry = new ModelRegistry({
      versions: w.versions.client,
      models: w.models.client,
      index: { ...lagging.modelVersions, highestGiven: () => 0, record: () => {} },
      cachedModel: () => undefined,
    });
    const found = await registry.register(t, details(1));
    expect(found.spec.version).toBe(1);
    expect(w.versions.stored.size).toBe(1);
  });

  it('takes the next number when another writer holds the name', async () => {
    const w = await world();
    const [t] = w.trainings(1);
    if (!t) throw new Error('no training');
    // Another replica registered version 1 a moment ago; this process's index has not seen it.
    const { ModelRegistry } = await import('../../../src/registry/registration.ts');
    const registry = new ModelRegistry({
      versions: w.versions.client,
      models: w.models.client,
      index: {
        versionsOf: () => new Map(),
        ofTraining: () => undefined,
        highestGiven: () => 0,
        record: () => {},
      },
      cachedModel: () => undefined,
    });
    w.versions.put(
      newModelVersion('ns', {
        model: 'm',
        version: 1,
        path: '/x',
        createdAt: '2026-01-01T00:00:00Z',
        training: { name: 'o', uid: 'other' },
      }),
    );
    expect((await registry.register(t, details(2))).spec.version).toBe(2);
    expect(w.versions.calls.conflicts ?? 0).toBeGreaterThanOrEqual(0);
  });

  it('waits for the migration while the Model still holds the legacy list', async () => {
    const w = await world();
    const [t] = w.trainings(1);
    if (!t) throw new Error('no training');
    w.model(
      'm',
      {},
      { versions: [{ version: 1, path: '/v1', createdAt: '2026-01-01T00:00:00Z' }], nextVersion: 2 },
    );
    await expect(w.ctx.registry.register(t, details(1))).rejects.toThrow(ModelMigratingError);
    expect(w.versions.calls.create).toBe(0);
  });

  it('never gives a number again once given, even after its version was deleted', async () => {
    const w = await world();
    const [a, b] = w.trainings(2);
    if (!a || !b) throw new Error('no training');
    await w.ctx.registry.register(a, details(1));
    await reconcileModel(w.ctx, 'ns/m'); // nextVersion 2
    w.versions.stored.delete('ns/m-v1');
    expect((await w.ctx.registry.register(b, details(2))).spec.version).toBe(2);
  });
});
