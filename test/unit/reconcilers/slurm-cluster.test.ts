import { describe, expect, it } from 'vitest';
import { reconcileSlurmCluster } from '../../../src/reconcilers/slurm-cluster.ts';
import { fakeWorld } from '../../support/fake-world.ts';

describe('SlurmCluster status', () => {
  it.each([
    [true, 'serves accounting'],
    [false, 'serves none (no slurmdbd): purged jobs go Lost after lostAfter'],
  ])('accounting: %s when slurmrestd %s', async (served) => {
    const world = await fakeWorld();
    world.slurm.accountingServed = served;
    world.ctx.connections.forget('lab');
    await reconcileSlurmCluster(world.ctx, 'lab');
    expect(world.slurmClusters.stored.get('lab')?.status).toMatchObject({
      accounting: served,
      apiVersion: 'v0.0.42',
      conditions: [expect.objectContaining({ type: 'Ready', status: 'True' })],
    });
  });
});
