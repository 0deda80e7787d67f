// Where a job's files are, on the cluster and as the operator sees them, and what the logs
// endpoint is told from the caches: table-driven, pure.
import { describe, expect, it } from 'vitest';
import type { SlurmCluster, Training } from '../../../src/api/types.ts';
import { outputFile, progressFile } from '../../../src/job-files/attempt-files.ts';
import { cachedLogSource } from '../../../src/job-files/log-source.ts';
import { operatorPathOf } from '../../../src/job-files/shared-filesystem.ts';
import {
  logEntryOf,
  logsCondition,
  MAX_LOG_ENTRIES,
  watchedJobOf,
  withLogEntry,
} from '../../../src/reconcilers/job/job-files.ts';

describe('operatorPathOf', () => {
  const mapped = (clusterPath: string, operatorPath: string) => ({
    sharedFilesystem: { clusterPath, operatorPath },
  });
  it.each([
    [mapped('/shared/ml', '/mnt/s'), '/shared/ml/ns/x.out', { path: '/mnt/s/ns/x.out' }],
    [mapped('/shared/ml/', '/mnt/s/'), '/shared/ml/ns/x.out', { path: '/mnt/s/ns/x.out' }],
    [mapped('/shared/ml', '/mnt/s'), '/shared/ml', { path: '/mnt/s' }],
    [mapped('/', '/host'), '/shared/ml/x.out', { path: '/host/shared/ml/x.out' }],
    [mapped('/shared/ml', '/mnt/s'), '/shared/ml2/x.out', { reason: 'OutsideSharedFilesystem' }],
    [mapped('/shared/ml', '/mnt/s'), '/shared/ml/../etc/passwd', { reason: 'OutsideSharedFilesystem' }],
    [mapped('/shared/ml', '/mnt/s'), '/other/x.out', { reason: 'OutsideSharedFilesystem' }],
    [{}, '/shared/ml/x.out', { reason: 'NoSharedFilesystem' }],
  ])('%j sees %s as %j', (spec, path, expected) => {
    expect(operatorPathOf('lab', spec, path)).toMatchObject(expected);
  });

  it('says what to do when it cannot see the file', () => {
    const seen = operatorPathOf('lab', {}, '/shared/ml/x.out');
    expect(seen).toMatchObject({
      unavailable: expect.stringContaining('SlurmCluster "lab" declares no spec.sharedFilesystem'),
    });
    expect(seen).toMatchObject({ unavailable: expect.stringContaining('/shared/ml/x.out') });
  });
});

const training = {
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Training',
  metadata: { namespace: 'team', name: 'fold0', uid: 'u-1' },
  spec: { model: 'm', template: 'demo-train' },
} as Training;
const cluster = (sharedFilesystem?: { clusterPath: string; operatorPath: string }) => ({
  name: 'lab',
  spec: {
    endpoint: 'http://x',
    modelsBasePath: '/shared/ml',
    ...(sharedFilesystem ? { sharedFilesystem } : {}),
  } as SlurmCluster['spec'],
});
const ref = (sharedFilesystem?: { clusterPath: string; operatorPath: string }) => ({
  kindLabel: 'train' as const,
  resource: training,
  key: 'slurm-ml-operator/u-1/2',
  attempt: 2,
  jobId: 77,
  cluster: cluster(sharedFilesystem),
});

describe("an attempt's files", () => {
  it('are named after the keyed job name in the tenant tree, as Slurm expands %x-%j', () => {
    const name = 'team.train.fold0~slurm-ml-operator:u-1:2';
    expect(outputFile('/shared/ml/team', 'team.train.fold0', 'slurm-ml-operator/u-1/2', 77)).toBe(
      `/shared/ml/team/${name}-77.out`,
    );
    expect(progressFile('/shared/ml/team', 'team.train.fold0', 'slurm-ml-operator/u-1/2')).toBe(
      `/shared/ml/team/${name}.progress.jsonl`,
    );
    expect(logEntryOf(ref())).toEqual({
      attempt: 2,
      cluster: 'lab',
      jobId: 77,
      path: `/shared/ml/team/${name}-77.out`,
    });
    expect(logEntryOf(ref(), '/elsewhere/out')).toMatchObject({ path: '/elsewhere/out' });
  });

  it('keep the latest ten attempts, each once', () => {
    let entries: ReturnType<typeof withLogEntry> = [];
    for (let attempt = 1; attempt <= 12; attempt++)
      entries = withLogEntry(entries, { attempt, jobId: attempt, cluster: 'lab', path: `/p${attempt}` });
    entries = withLogEntry(entries, { attempt: 12, jobId: 12, cluster: 'lab', path: '/expanded' });
    expect(entries).toHaveLength(MAX_LOG_ENTRIES);
    expect(entries.map((e) => e.attempt)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(entries.at(-1)?.path).toBe('/expanded');
  });

  it('say in LogsAvailable whether the operator can read them', () => {
    const mapped = ref({ clusterPath: '/shared', operatorPath: '/mnt/s' });
    expect(logsCondition(mapped, logEntryOf(mapped))).toMatchObject({
      status: 'True',
      reason: 'SharedFilesystem',
    });
    expect(logsCondition(ref(), logEntryOf(ref()))).toMatchObject({
      status: 'False',
      reason: 'NoSharedFilesystem',
    });
  });

  it('are watched for progress only where the operator sees them', () => {
    expect(watchedJobOf(ref(), undefined)).toBeUndefined();
    const watched = watchedJobOf(
      ref({ clusterPath: '/shared', operatorPath: '/mnt/s' }),
      '2026-01-01T00:00:00Z',
    );
    expect(watched).toEqual({
      kind: 'Training',
      uid: 'u-1',
      namespace: 'team',
      name: 'fold0',
      attempt: 2,
      jobId: 77,
      file: '/mnt/s/ml/team/team.train.fold0~slurm-ml-operator:u-1:2.progress.jsonl',
      startedAt: new Date('2026-01-01T00:00:00Z'),
    });
  });
});

describe('cachedLogSource', () => {
  const withStatus = (status: Training['status']) => ({ ...training, status }) as Training;
  const lab = {
    metadata: { name: 'lab' },
    spec: cluster({ clusterPath: '/shared', operatorPath: '/mnt/s' }).spec,
  } as SlurmCluster;
  const entry = (attempt: number) => ({
    attempt,
    jobId: attempt,
    cluster: 'lab',
    path: `/shared/ml/team/a${attempt}.out`,
  });

  it('names each attempt where the operator reads it, and follows only while the attempt can write', () => {
    let current = withStatus({ phase: 'Running', logs: [entry(1)] });
    const source = cachedLogSource({
      resource: () => current,
      cluster: (name) => (name === 'lab' ? lab : undefined),
    });
    const found = source.lookup('trainings', 'team', 'fold0');
    expect(found).toMatchObject({
      found: true,
      attempts: [{ attempt: 1, jobId: 1, path: '/mnt/s/ml/team/a1.out' }],
    });
    if (!found.found) throw new Error('not found');
    expect(found.active()).toBe(true);
    // A retry's new attempt: the one being followed writes no more.
    current = withStatus({ phase: 'Running', logs: [entry(1), entry(2)] });
    expect(found.active()).toBe(false);
    current = withStatus({ phase: 'Succeeded', logs: [entry(1)] });
    expect(found.active()).toBe(false);
  });

  it('says why an attempt cannot be read', () => {
    const source = cachedLogSource({
      resource: () => withStatus({ phase: 'Failed', logs: [{ ...entry(1), cluster: 'gone' }] }),
      cluster: () => undefined,
    });
    expect(source.lookup('trainings', 'team', 'fold0')).toMatchObject({
      found: true,
      attempts: [
        { attempt: 1, unavailable: expect.stringContaining('SlurmCluster "gone" no longer exists') },
      ],
    });
    expect(
      cachedLogSource({ resource: () => undefined, cluster: () => undefined }).lookup('trainings', 'a', 'b'),
    ).toEqual({
      found: false,
    });
  });
});
