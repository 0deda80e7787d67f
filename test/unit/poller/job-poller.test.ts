import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/observability/logger.ts';
import { FILTER_LIMIT, JobPoller, type TrackedJob } from '../../../src/poller/job-poller.ts';
import type { BaseState, SlurmApiVersion, SlurmClient } from '../../../src/slurm/types.ts';
import { fakeSlurm } from '../../support/fake-slurm.ts';

/** The shared fake SlurmClient holding jobs in these states; `requests` records the list calls. */
function slurmWith(
  apiVersion: SlurmApiVersion,
  states: Record<number, BaseState>,
  options: { stateIdsPerRequest?: number; now?: () => Date } = {},
) {
  const slurm = fakeSlurm({ apiVersion, ...options });
  for (const [id, base] of Object.entries(states))
    slurm.addForeignJob({ jobId: Number(id), state: { base, flags: [] } });
  return slurm;
}

const job = (jobId: number, recordedState: string): TrackedJob => ({
  key: `ns/t${jobId}`,
  jobId,
  recordedState,
});

function poller(slurm: SlurmClient, tracked: TrackedJob[]) {
  const changed: string[] = [];
  const cycles: { listCalls: number; changed: number }[] = [];
  const instance = new JobPoller({
    cluster: 'c',
    slurm: () => slurm,
    intervalMs: 1000,
    tracked: () => tracked,
    changed: (key) => changed.push(key),
    log: createLogger({ level: 'silent' }),
    onCycle: (e) => cycles.push(e),
  });
  return { instance, changed, cycles };
}

describe('JobPoller', () => {
  it('v0.0.4x: one filtered call; enqueues changed and vanished jobs, not unchanged ones', async () => {
    const { client, requests } = slurmWith('v0.0.42', { 1: 'RUNNING', 2: 'COMPLETED' });
    const { instance, changed, cycles } = poller(client, [
      job(1, 'RUNNING'),
      job(2, 'RUNNING'),
      job(3, 'PENDING'),
    ]);
    await instance.cycle();
    expect(requests).toEqual(['states(3)']);
    expect(changed).toEqual(['ns/t2', 'ns/t3']);
    expect(cycles).toEqual([expect.objectContaining({ listCalls: 1, changed: 2 })]);
  });

  it('v0.0.4x: one request per stateIdsPerRequest ids, each counted', async () => {
    const { client, requests } = slurmWith(
      'v0.0.42',
      { 1: 'RUNNING', 2: 'RUNNING', 3: 'RUNNING', 4: 'RUNNING', 5: 'COMPLETED' },
      { stateIdsPerRequest: 2 },
    );
    const tracked = [1, 2, 3, 4, 5].map((id) => job(id, 'RUNNING'));
    const { instance, changed, cycles } = poller(client, tracked);
    await instance.cycle();
    expect(requests).toEqual(['states(2)', 'states(2)', 'states(1)']);
    expect(changed).toEqual(['ns/t5']);
    expect(cycles).toEqual([expect.objectContaining({ listCalls: 3, changed: 1 })]);
  });

  it('counts the requests of a cycle that failed halfway', async () => {
    const slurm = slurmWith('v0.0.42', { 1: 'RUNNING' }, { stateIdsPerRequest: 1 });
    const firstOnly = Object.create(slurm.client) as SlurmClient;
    firstOnly.states = async (ids) => {
      if (slurm.calls.states === 1) throw new Error('slurmrestd went away');
      return slurm.client.states(ids);
    };
    const { instance, changed, cycles } = poller(
      firstOnly,
      [1, 2, 3].map((id) => job(id, 'RUNNING')),
    );
    await instance.cycle();
    expect(changed).toEqual([]);
    expect(cycles).toEqual([expect.objectContaining({ listCalls: 2, changed: 0 })]);
  });

  it('v0.0.4x: one unfiltered call when more jobs are tracked than fit a URL', async () => {
    const tracked = Array.from({ length: FILTER_LIMIT + 1 }, (_, i) => job(i + 1, 'RUNNING'));
    const states = Object.fromEntries(tracked.map((t) => [t.jobId, 'RUNNING' as const]));
    const { client, requests } = slurmWith('v0.0.42', states);
    const { instance, changed, cycles } = poller(client, tracked);
    await instance.cycle();
    expect(requests).toEqual(['states(all)']);
    expect(changed).toEqual([]);
    expect(cycles).toEqual([expect.objectContaining({ listCalls: 1 })]);
  });

  it('v0.0.38: a full pass first, then update_time where absence means unchanged', async () => {
    // The jobs last changed a minute ago; job 2 changes between the cycles.
    let clock = Date.now() - 60_000;
    const slurm = slurmWith('v0.0.38', { 1: 'RUNNING', 2: 'COMPLETED' }, { now: () => new Date(clock) });
    const { client, requests } = slurm;
    const { instance, changed, cycles } = poller(client, [
      job(1, 'PENDING'),
      job(2, 'RUNNING'),
      job(3, 'RUNNING'),
    ]);
    await instance.cycle();
    expect(changed).toEqual(['ns/t1', 'ns/t2', 'ns/t3']);
    changed.length = 0;
    clock = Date.now();
    slurm.changed(2);
    await instance.cycle();
    expect(requests).toEqual(['states(all)', 'listChangedSince']);
    expect(changed).toEqual(['ns/t2']);
    expect(cycles.map((c) => c.listCalls)).toEqual([1, 1]);
  });

  it('does nothing without tracked jobs', async () => {
    const { client, requests } = slurmWith('v0.0.42', {});
    const { instance, cycles } = poller(client, []);
    await instance.cycle();
    expect(requests).toEqual([]);
    expect(cycles).toEqual([]);
  });
});
