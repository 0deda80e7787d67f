import { describe, expect, it } from 'vitest';
import type { Model } from '../../../src/api/types.ts';
import { reconcileModel } from '../../../src/reconcilers/model.ts';
import { ModelVersions } from '../../../src/reconcilers/model-versions.ts';
import { fakeResources, httpError } from '../../support/fake-kube.ts';
import { fakeWorld } from '../../support/fake-world.ts';

describe('ModelVersions', () => {
  it('hands 50 concurrent Trainings of one model distinct versions in two writes, without conflicts', async () => {
    const models = fakeResources<Model>();
    const versions = new ModelVersions(models.client);
    const allocated = await Promise.all(Array.from({ length: 50 }, () => versions.allocate('ns', 'unet')));
    expect(allocated).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // The first write goes alone; the 49 asked for while it was in flight go together in the next.
    expect(models.calls).toMatchObject({ create: 1, replaceStatus: 2, conflicts: 0 });
    expect(models.calls.get).toBeLessThanOrEqual(1);
    expect(models.stored.get('ns/unet')?.status?.nextVersion).toBe(51);
  });

  it('writes registrations and allocations asked for together in one write', async () => {
    const models = fakeResources<Model>();
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
    const models = fakeResources<Model>();
    const versions = new ModelVersions(models.client);
    models.onWrite((write) => {
      if (write === 2) throw httpError(500, 'etcdserver: request timed out');
    });
    const allocate = () => versions.allocate('ns', 'unet');
    // The first write goes alone; the second carries two allocations and is refused.
    const outcomes = await Promise.allSettled([allocate(), allocate(), allocate()]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await allocate()).toBe(2);
    expect(models.calls.get).toBe(2); // the refused write's copy was dropped: a fresh read
  });

  it('applies a whole batch again, from a fresh read, when its write conflicts', async () => {
    const models = fakeResources<Model>();
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
    const models = fakeResources<Model>();
    const versions = new ModelVersions(models.client);
    expect(await versions.allocate('ns', 'unet')).toBe(1);
    models.touch('ns', 'unet');
    expect(await versions.allocate('ns', 'unet')).toBe(2);
    expect(models.calls.conflicts).toBe(1);
    models.stored.delete('ns/unet'); // deleted and created again: numbering starts afresh
    expect(await versions.allocate('ns', 'unet')).toBe(1);
  });

  it('registers a version once, whatever the order of allocations and registrations', async () => {
    const models = fakeResources<Model>();
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
    const { ctx, models } = await fakeWorld({ start: '2026-01-01T00:00:00Z' });
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
