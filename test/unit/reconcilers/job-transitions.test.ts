// Every state of the job state machine and what follows it, through the real reconciler on
// in-memory fakes of our own ResourceClient and SlurmClient: Slurm answering "not found",
// "unavailable" and "rejected", the API server answering 409 and 422. The cases are grouped by
// the state the resource starts in; a state of docs/architecture.md's table without a group fails.
import { describe, expect, it } from 'vitest';
import type { Training } from '../../../src/api/types.ts';
import { JOB_STATE_NAMES, type JobStateName } from '../../../src/reconcilers/job/states.ts';
import { SUBMIT_MARKER_ANNOTATION, type SubmitMarker } from '../../../src/reconcilers/job/submit-marker.ts';
import { reconcilePrediction } from '../../../src/reconcilers/prediction.ts';
import { reconcileSlurmCluster } from '../../../src/reconcilers/slurm-cluster.ts';
import { reconcileTraining } from '../../../src/reconcilers/training.ts';
import { SlurmRejectedError, SlurmUnavailableError } from '../../../src/slurm/errors.ts';
import { httpError } from '../../support/fake-kube.ts';
import { type FakeWorld, fakeWorld } from '../../support/fake-world.ts';
import { documentedStates } from '../../support/state-table.ts';

const run = (world: FakeWorld, name = 't') => reconcileTraining(world.ctx, `ns/${name}`);
const stored = (world: FakeWorld, name = 't') => world.trainings.stored.get(`ns/${name}`) as Training;
const condition = (world: FakeWorld, type: string, name = 't') =>
  stored(world, name).status?.conditions?.find((c) => c.type === type);
const requeue = (afterMs: number) => ({ kind: 'requeue', afterMs });
const done = { kind: 'done' };
/** The Submitting marker the operator wrote, parsed; undefined when there is none. */
const markerOf = (world: FakeWorld, name = 't', kind: 'trainings' | 'predictions' = 'trainings') => {
  const written = world[kind].stored.get(`ns/${name}`)?.metadata.annotations?.[SUBMIT_MARKER_ANNOTATION];
  return written === undefined ? undefined : (JSON.parse(written) as SubmitMarker);
};
const keyOf = (world: FakeWorld, attempt: number, name = 't') =>
  `slurm-ml-operator/${stored(world, name).metadata.uid}/${attempt}`;

/** A Training submitted by the reconciler itself; its job id. */
async function submitted(world: FakeWorld, spec: Partial<Training['spec']> = {}, name = 't') {
  world.training(name, spec);
  await run(world, name);
  const jobId = stored(world, name).status?.slurm?.jobId;
  if (!jobId) throw new Error('not submitted');
  return jobId;
}

/** The operator submitted attempt 1 but never heard back, and Slurm has the job; its id. */
async function submitAnswerLost(world: FakeWorld, name = 't') {
  world.training(name);
  world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
  await expect(run(world, name)).rejects.toThrow();
  return world.slurm.asUser('alice').submit({
    name: `ns.train.${name}`,
    idempotencyKey: keyOf(world, 1, name),
    script: '#!/bin/sh',
    environment: {},
    workingDirectory: '/',
  });
}

/** A person sets (or clears) spec.suspend. */
const setSuspend = (world: FakeWorld, suspend: boolean, name = 't') =>
  world.trainings.touch('ns', name, (t) => {
    t.spec.suspend = suspend;
  });

type Case = { name: string; test: (world: FakeWorld) => Promise<void> };

const OUTSIDE = '"';
const SEPARATOR = "must not contain ',' or ':'";

const CASES: Record<JobStateName, Case[]> = {
  New: [
    {
      name: 'adds the finalizer, marks, submits as the tenant with a path of its own, records cluster and user',
      async test(world) {
        world.training('t');
        expect(await run(world)).toEqual(requeue(300_000));
        const t = stored(world);
        expect(t.metadata.finalizers).toEqual(['ml.hpc.dev/slurm-job']);
        expect(t.status).toMatchObject({
          phase: 'Submitted',
          attempts: 1,
          modelPath: `/shared/models/ns/m/runs/t-${t.metadata.uid}`,
          slurm: { cluster: 'lab', user: 'alice', jobId: 1, state: 'PENDING' },
        });
        // Numbers are given at registration: a Training that has not succeeded has none.
        expect(t.status?.modelVersion).toBeUndefined();
        expect(world.versions.stored.size).toBe(0);
        expect(world.slurm.submitted).toMatchObject([
          { user: 'alice', submission: { idempotencyKey: keyOf(world, 1) } },
        ]);
        expect(t.status?.phaseHistory?.map((h) => h.phase)).toEqual(['Pending', 'Submitted']);
        // Pending since it was created; then two writes (finalizer with marker, Submitted).
        expect(t.status?.phaseHistory?.[0]?.time).toBe(
          new Date(t.metadata.creationTimestamp ?? '').toISOString(),
        );
        expect(world.trainings.calls).toMatchObject({ jsonPatch: 1, replaceStatus: 1 });
      },
    },
    {
      name: 'never submitted, never given the finalizer: a Training refused before Slurm is deleted at once',
      async test(world) {
        world.training('t', { template: 'nope' });
        await run(world);
        expect(stored(world).metadata.finalizers).toBeUndefined();
        expect(stored(world).status?.phaseHistory?.map((h) => h.phase)).toEqual(['Pending', 'Failed']);
      },
    },
    ...(
      [
        ['an unknown template', { template: 'nope' }, 'InvalidTemplate'],
        ['a prediction template', { template: 'demo-predict' }, 'InvalidTemplate'],
        ['a bad parameter', { parameters: { epochs: 'ten' } }, 'InvalidParameters'],
        ['a bad time limit', { resources: { timeLimit: 'soon' } }, 'InvalidResources'],
        [
          "a path parameter in another namespace's tree",
          {
            template: 'nnunet-train',
            parameters: { task_number: '503', raw_path: '/shared/models/other/raw' },
          },
          'PathNotAllowed',
        ],
      ] as const
    ).map(([what, spec, reason]) => ({
      name: `fails on ${what} before anything reaches Slurm (bug 3)`,
      async test(world: FakeWorld) {
        world.training('t', spec as Partial<Training['spec']>);
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Failed', reason });
        expect(world.versions.stored.size).toBe(0);
        expect(world.slurm.submitted).toEqual([]);
      },
    })),
    {
      name: 'Slurm rejects the job: Failed/SlurmRejected with its message',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmRejectedError('submit: Invalid partition name specified'));
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({
          phase: 'Failed',
          reason: 'SlurmRejected',
          message: 'submit: Invalid partition name specified',
        });
      },
    },
    {
      name: 'Slurm unavailable at submit: an error for backoff, the marker stays (next: Submitting)',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('connect ECONNREFUSED'));
        await expect(run(world)).rejects.toBeInstanceOf(SlurmUnavailableError);
        const t = stored(world);
        expect(markerOf(world)).toEqual({
          uid: t.metadata.uid,
          attempt: 1,
          at: world.clock.now().toISOString(),
          cluster: 'lab',
          user: 'alice',
          plan: { modelPath: `/shared/models/ns/m/runs/t-${t.metadata.uid}` },
        });
        expect(t.metadata.finalizers).toEqual(['ml.hpc.dev/slurm-job']);
        expect(t.status).toBeUndefined();
      },
    },
    {
      name: 'a 409 on the marker write: requeue in 250 ms, nothing submitted',
      async test(world) {
        world.training('t', {}, undefined, { finalizer: true });
        world.trainings.failNext('jsonPatch', httpError(409));
        expect(await run(world)).toEqual(requeue(250));
        expect(world.slurm.submitted).toEqual([]);
      },
    },
    {
      name: 'a 422 on the Submitted write is an error for backoff; the marker then adopts the job, never a second',
      async test(world) {
        world.training('t', {}, undefined, { finalizer: true });
        world.trainings.failNext('replaceStatus', httpError(422));
        await expect(run(world)).rejects.toMatchObject({ code: 422 });
        expect(world.slurm.submitted).toHaveLength(1);
        await run(world);
        expect(stored(world).status).toMatchObject({
          phase: 'Submitted',
          slurm: { jobId: 1, user: 'alice' },
        });
        expect(stored(world).status?.modelPath).toBe(
          `/shared/models/ns/m/runs/t-${stored(world).metadata.uid}`,
        );
        expect(world.slurm.submitted).toHaveLength(1);
      },
    },
    {
      name: 'decides on a fresh read: a stale cached copy never submits a second job',
      async test(world) {
        const before = world.training('t', {}, undefined, { finalizer: true });
        await run(world);
        world.staleCache('ns', 't', before); // the informer has not seen the submit yet
        await run(world);
        expect(world.slurm.submitted).toHaveLength(1);
      },
    },
    {
      name: 'a Prediction waits with ModelReady=False while its model has no version',
      async test(world) {
        world.prediction('p');
        expect(await reconcilePrediction(world.ctx, 'ns/p')).toEqual(requeue(30_000));
        const p = world.predictions.stored.get('ns/p');
        expect(p?.status?.conditions?.find((c) => c.type === 'ModelReady')).toMatchObject({
          status: 'False',
          reason: 'ModelNotFound',
        });
        expect(world.slurm.submitted).toEqual([]);
      },
    },
    {
      name: 'a Prediction of a ready version submits with its output path',
      async test(world) {
        world.readyModel('m', [1]);
        world.prediction('p');
        await reconcilePrediction(world.ctx, 'ns/p');
        const p = world.predictions.stored.get('ns/p');
        expect(p?.status).toMatchObject({ phase: 'Submitted', modelVersion: 1 });
        expect(p?.status?.modelPath).toBe('/shared/models/ns/m/runs/t1-uid1');
        expect(p?.status?.outputPath).toMatch(/^\/shared\/models\/ns\/m\/runs\/t1-uid1\/inference\//);
      },
    },
    {
      name: "submits with the working directory and output file in the namespace's own tree",
      async test(world) {
        world.training('t');
        await run(world);
        expect(world.slurm.submitted).toMatchObject([
          {
            submission: {
              workingDirectory: '/shared/models/ns',
              standardOutput: '/shared/models/ns/%x-%j.out',
            },
          },
        ]);
      },
    },
    ...(
      [
        ["in another namespace's tree", '/shared/models/other/input.csv', OUTSIDE],
        ['in its tree with a second bind path', '/shared/models/ns/x,/shared/models/other', SEPARATOR],
        ['beside the tree, sharing its prefix', '/shared/models/ns-other/input.csv', OUTSIDE],
        ['under no root at all', '/etc/passwd', OUTSIDE],
        ["in the namespace's own tree", '/shared/models/ns/input.csv', undefined],
        ['under an allowed root of its tenant entry', '/shared/data/input.csv', undefined],
      ] as const
    ).map(([where, input, refused]) => ({
      name: `a Prediction with its input ${where} ${refused ? 'fails with PathNotAllowed before Slurm' : 'runs'}`,
      async test(world: FakeWorld) {
        world.readyModel('m', [1]);
        world.prediction('p', { input });
        await reconcilePrediction(world.ctx, 'ns/p');
        const p = world.predictions.stored.get('ns/p');
        if (refused) {
          expect(p?.status).toMatchObject({ phase: 'Failed', reason: 'PathNotAllowed' });
          expect(p?.status?.message).toContain(`spec.input: ${refused}`);
          if (refused === OUTSIDE) {
            expect(p?.status?.message).toContain(`"${input}" is outside this namespace's tree`);
            expect(p?.status?.message).toContain('/shared/models/ns or under /shared/data');
          }
          expect(world.slurm.submitted).toEqual([]);
        } else {
          expect(p?.status?.phase).toBe('Submitted');
        }
      },
    })),
  ],

  Submitting: [
    {
      name: 'adopts the job the marked attempt left instead of submitting again',
      async test(world) {
        const jobId = await submitAnswerLost(world);
        expect(await run(world)).toEqual(requeue(300_000));
        expect(stored(world).status).toMatchObject({ phase: 'Submitted', slurm: { jobId } });
        expect(world.slurm.submitted).toHaveLength(1);
      },
    },
    {
      name: 'no job with the key: waits out submitSettle, then submits again with the same key and path',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        // A slow slurmctld may still create the job: nothing found is not trusted yet.
        expect(await run(world)).toEqual(requeue(60_000));
        world.clock.advance(30_000);
        expect(await run(world)).toEqual(requeue(30_000));
        expect(world.slurm.calls.submit).toBe(1);
        expect(world.slurm.calls.accountingByKey).toBeGreaterThan(0);
        world.clock.advance(30_000);
        await run(world);
        const t = stored(world);
        expect(t.status).toMatchObject({ phase: 'Submitted', attempts: 1 });
        expect(t.status?.modelPath).toBe(`/shared/models/ns/m/runs/t-${t.metadata.uid}`);
        expect(world.slurm.submitted.map((s) => s.submission.idempotencyKey)).toEqual([keyOf(world, 1)]);
      },
    },
    {
      name: "a marker its author forged (another namespace's path): the Training's own path is used, not the marker's",
      async test(world) {
        const t = world.training('t');
        const forged = {
          uid: t.metadata.uid,
          attempt: 1,
          at: '',
          plan: { modelPath: '/shared/models/other-team/m/runs/theirs-0000' },
        };
        world.trainings.touch('ns', 't', (copy) => {
          copy.metadata.annotations = { [SUBMIT_MARKER_ANNOTATION]: JSON.stringify(forged) };
        });
        await run(world); // Submitting: nothing found, no time to wait out, so it submits
        const own = `/shared/models/ns/m/runs/t-${t.metadata.uid}`;
        expect(stored(world).status).toMatchObject({ phase: 'Submitted', modelPath: own });
        expect(world.slurm.submitted.map((s) => s.submission.environment?.model_path)).toEqual([own]);
      },
    },
    {
      name: 'a Prediction whose marker names a version path that is not the registered one re-resolves',
      async test(world) {
        world.readyModel('m', [1]);
        const p = world.prediction('p');
        const forged = {
          uid: p.metadata.uid,
          attempt: 1,
          at: '',
          plan: {
            modelVersion: 1,
            modelPath: '/shared/models/other-team/secret',
            outputPath: `/shared/models/other-team/secret/inference/${p.metadata.uid}-20260101T000000Z`,
          },
        };
        world.predictions.touch('ns', 'p', (copy) => {
          copy.metadata.annotations = { [SUBMIT_MARKER_ANNOTATION]: JSON.stringify(forged) };
        });
        await reconcilePrediction(world.ctx, 'ns/p');
        const status = world.predictions.stored.get('ns/p')?.status;
        expect(status).toMatchObject({
          phase: 'Submitted',
          modelVersion: 1,
          modelPath: '/shared/models/ns/m/runs/t1-uid1',
        });
        expect(status?.outputPath).toMatch(/^\/shared\/models\/ns\/m\/runs\/t1-uid1\/inference\//);
      },
    },
    {
      name: "a Prediction resubmitted after the settle time keeps its marker's version and output path",
      async test(world) {
        world.readyModel('m', [1]);
        world.prediction('p');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(reconcilePrediction(world.ctx, 'ns/p')).rejects.toThrow();
        const marked = markerOf(world, 'p', 'predictions');
        expect(marked?.plan).toMatchObject({
          modelVersion: 1,
          outputPath: expect.stringMatching(/inference/),
        });
        world.clock.advance(60_000);
        await reconcilePrediction(world.ctx, 'ns/p');
        const p = world.predictions.stored.get('ns/p');
        expect(p?.status).toMatchObject({ phase: 'Submitted', ...marked?.plan });
        expect(world.slurm.calls.submit).toBe(2);
      },
    },
    {
      name: 'a resubmit that gets no answer settles anew from its own marker, never submitting at once',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        world.clock.advance(60_000);
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        expect(markerOf(world)?.at).toBe(world.clock.now().toISOString());
        expect(await run(world)).toEqual(requeue(60_000));
        expect(world.slurm.calls.submit).toBe(2);
      },
    },
    {
      name: 'slurmctld purged the unrecorded job (away past MinJobAge): adopted from accounting, never resubmitted',
      async test(world) {
        const jobId = await submitAnswerLost(world);
        world.slurm.setState(jobId, 'COMPLETED');
        world.slurm.purge(jobId);
        world.clock.advance(10 * 60_000);
        await run(world);
        expect(stored(world).status).toMatchObject({ slurm: { jobId } });
        await run(world);
        expect(stored(world).status).toMatchObject({
          phase: 'Succeeded',
          slurm: { jobId, exitCode: 0 },
          modelVersion: 1,
        });
        expect(world.slurm.submitted).toHaveLength(1);
      },
    },
    {
      name: 'accounting unavailable for the lookup: an error for backoff, nothing submitted',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        world.clock.advance(10 * 60_000);
        world.slurm.failNext('accountingByKey', new SlurmUnavailableError('Unable to connect to database'));
        await expect(run(world)).rejects.toBeInstanceOf(SlurmUnavailableError);
        expect(world.slurm.calls.submit).toBe(1);
      },
    },
    {
      name: 'no job and suspended meanwhile: waits out submitSettle, then Suspended, nothing submitted',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        setSuspend(world, true);
        // The unanswered submit may still become a job, which must not run unwatched.
        expect(await run(world)).toEqual(requeue(60_000));
        world.clock.advance(60_000);
        expect(await run(world)).toEqual(requeue(0));
        expect(stored(world).status?.slurm).toBeUndefined(); // the resumed attempt is placed anew
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Pending', reason: 'Suspended' });
        expect(world.slurm.submitted).toEqual([]);
      },
    },
    {
      name: 'its SlurmCluster deleted: says so in Admitted, and waits',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        world.slurmClusters.stored.clear();
        expect(await run(world)).toEqual(requeue(60_000));
        expect(condition(world, 'Admitted')).toMatchObject({ status: 'False', reason: 'ClusterNotFound' });
      },
    },
    {
      name: 'Slurm unavailable for the lookup: an error for backoff, still Submitting',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        world.slurm.failNext('findByIdempotencyKey', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toBeInstanceOf(SlurmUnavailableError);
        expect(markerOf(world)).toMatchObject({ attempt: 1 });
        expect(stored(world).status).toBeUndefined();
      },
    },
  ],

  Active: [
    {
      name: 'a job and no finalizer (someone removed it): the finalizer goes back, then the job is mirrored',
      async test(world) {
        const jobId = await submitted(world);
        world.trainings.touch('ns', 't', (t) => {
          t.metadata.finalizers = [];
        });
        world.slurm.setState(jobId, 'RUNNING', { nodes: 'n1', startTime: world.clock.now() });
        expect(await run(world)).toEqual(requeue(300_000));
        expect(stored(world).metadata.finalizers).toEqual(['ml.hpc.dev/slurm-job']);
        expect(stored(world).status?.phase).toBe('Running');
      },
    },
    {
      name: 'mirrors a running job: Running, its nodes and start time',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'RUNNING', { nodes: 'n1', startTime: world.clock.now() });
        expect(await run(world)).toEqual(requeue(300_000));
        expect(stored(world).status).toMatchObject({
          phase: 'Running',
          slurm: { state: 'RUNNING', nodes: 'n1', user: 'alice' },
          startedAt: world.clock.now().toISOString(),
        });
      },
    },
    {
      name: "a pending job's estimated start time is not startedAt (bug 8)",
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'PENDING', {
          startTime: new Date(world.clock.now().getTime() + 3_600_000),
        });
        await run(world);
        expect(stored(world).status?.startedAt).toBeUndefined();
      },
    },
    {
      name: 'COMPLETED: registers ModelVersion m-v1 and settles Succeeded with its number',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'COMPLETED', { exitCode: 0, endTime: world.clock.now() });
        expect(await run(world)).toEqual(done);
        const t = stored(world);
        expect(t.status).toMatchObject({ phase: 'Succeeded', reason: 'Completed', modelVersion: 1 });
        expect(condition(world, 'Complete')?.status).toBe('True');
        expect(world.versions.stored.get('ns/m-v1')).toMatchObject({
          metadata: { labels: { 'ml.hpc.dev/model': 'm', 'ml.hpc.dev/training-uid': t.metadata.uid } },
          spec: { model: 'm', version: 1, jobId, path: t.status?.modelPath, training: { name: 't' } },
        });
      },
    },
    {
      name: 'FAILED, not retryable: Failed with the exit code',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'FAILED', { exitCode: 3, endTime: world.clock.now() });
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Failed', reason: 'NonZeroExitCode' });
        expect(stored(world).status?.message).toContain('exit code 3');
      },
    },
    {
      name: 'a retryable failure: Pending/Retrying, then attempt 2 with its own key and fresh times',
      async test(world) {
        const jobId = await submitted(world, { retry: { limit: 1, onStates: ['NODE_FAIL'] } });
        world.slurm.setState(jobId, 'RUNNING', { startTime: world.clock.now() });
        await run(world);
        world.slurm.setState(jobId, 'NODE_FAIL', { endTime: world.clock.now() });
        expect(await run(world)).toEqual(requeue(0));
        expect(stored(world).status).toMatchObject({ phase: 'Pending', reason: 'Retrying' });
        expect(stored(world).status?.slurm).toBeUndefined();
        await run(world);
        const status = stored(world).status;
        expect(status).toMatchObject({ phase: 'Submitted', attempts: 2 });
        expect(status?.modelPath).toMatch(/\/runs\/t-/); // the same directory as attempt 1
        expect(status?.startedAt).toBeUndefined();
        expect(status?.finishedAt).toBeUndefined();
        expect(world.slurm.submitted[1]?.submission.idempotencyKey).toBe(keyOf(world, 2));
      },
    },
    {
      name: 'known to neither slurmctld nor accounting: SlurmJobMissing, then Lost once lostAfter passed',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.purge(jobId, { fromAccounting: true });
        expect(await run(world)).toEqual(requeue(30_000));
        expect(condition(world, 'SlurmJobMissing')).toMatchObject({
          status: 'True',
          message: `Slurm job ${jobId} is unknown to slurmctld and accounting`,
        });
        world.clock.advance(11 * 60_000);
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Lost', reason: 'JobLost' });
        expect(stored(world).status?.message).toContain('unknown to slurmctld and accounting for over 10m');
      },
    },
    {
      name: 'purged by slurmctld after it succeeded: accounting gives phase, exit code and times; the version registers',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'RUNNING');
        world.clock.advance(60_000);
        world.slurm.setState(jobId, 'COMPLETED');
        const { startTime, endTime } = world.slurm.job(jobId) ?? {};
        world.slurm.purge(jobId);
        world.clock.advance(20 * 60_000);
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({
          phase: 'Succeeded',
          slurm: { jobId, state: 'COMPLETED', exitCode: 0 },
          startedAt: startTime?.toISOString(),
          finishedAt: endTime?.toISOString(),
          modelVersion: 1,
        });
        expect(world.versions.stored.get('ns/m-v1')?.spec.jobId).toBe(jobId);
      },
    },
    {
      name: 'purged after it failed: accounting gives Failed and the exit code, not Lost',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'FAILED', { exitCode: 3 });
        world.slurm.purge(jobId);
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Failed', slurm: { jobId, exitCode: 3 } });
      },
    },
    {
      name: 'unknown to slurmctld, unfinished in accounting (a runaway record): missing, then Lost, never Running forever',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'RUNNING');
        world.slurm.purge(jobId); // slurmctld lost it; accounting still says RUNNING
        expect(await run(world)).toEqual(requeue(30_000));
        expect(condition(world, 'SlurmJobMissing')?.message).toBe(
          `Slurm job ${jobId} is unknown to slurmctld, and accounting still records it RUNNING (a runaway record, or its end not recorded yet)`,
        );
        world.clock.advance(11 * 60_000);
        expect(await run(world)).toEqual(done);
        expect(stored(world).status?.phase).toBe('Lost');
      },
    },
    {
      name: 'purged while accounting is down: an error for backoff, never missing or Lost',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.purge(jobId);
        world.slurm.failNext('accountingByKey', new SlurmUnavailableError('Unable to connect to database'));
        await expect(run(world)).rejects.toBeInstanceOf(SlurmUnavailableError);
        expect(condition(world, 'SlurmJobMissing')).toBeUndefined();
      },
    },
    {
      name: 'a cluster without accounting: Lost says only slurmctld was asked',
      async test(world) {
        world.slurm.accountingServed = false;
        const jobId = await submitted(world);
        world.slurm.purge(jobId);
        await run(world);
        expect(condition(world, 'SlurmJobMissing')?.message).toBe(
          `Slurm job ${jobId} is unknown to slurmctld (the cluster serves no accounting)`,
        );
      },
    },
    {
      name: 'seen again after a miss: SlurmJobMissing=False, and a later miss counts anew (bug 1)',
      async test(world) {
        const jobId = await submitted(world, { retry: { limit: 1, onStates: ['NODE_FAIL'] } });
        const job = world.slurm.job(jobId);
        world.slurm.purge(jobId, { fromAccounting: true });
        await run(world);
        world.clock.advance(5 * 60_000);
        if (job) world.slurm.jobs.set(jobId, { ...job, state: { base: 'RUNNING', flags: [] } });
        await run(world);
        expect(condition(world, 'SlurmJobMissing')).toMatchObject({ status: 'False', reason: 'JobFound' });
        world.slurm.setState(jobId, 'NODE_FAIL', { endTime: world.clock.now() });
        await run(world);
        await run(world); // attempt 2
        world.clock.advance(6 * 60_000);
        const second = stored(world).status?.slurm?.jobId ?? 0;
        world.slurm.purge(second, { fromAccounting: true });
        expect(await run(world)).toEqual(requeue(30_000));
        expect(stored(world).status?.phase).toBe('Submitted');
      },
    },
    {
      name: "a job id Slurm reused for someone else's job is 'job gone', never mirrored (bug 7)",
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.purge(jobId, { fromAccounting: true });
        world.slurm.addForeignJob({ jobId, idempotencyKey: 'theirs', state: { base: 'RUNNING', flags: [] } });
        await run(world);
        expect(stored(world).status?.phase).toBe('Submitted');
        expect(condition(world, 'SlurmJobMissing')?.message).toContain('reused');
      },
    },
    {
      name: 'a job id reused after ours ended and was purged: accounting keeps ours apart, and it settles',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'COMPLETED');
        world.slurm.purge(jobId);
        world.slurm.addForeignJob({ jobId, idempotencyKey: 'theirs', state: { base: 'RUNNING', flags: [] } });
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Succeeded', slurm: { jobId } });
        expect(world.slurm.cancelled).toEqual([]);
      },
    },
    {
      name: "observed while the cluster's probe fails (bug 2)",
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.failNext('ping', new SlurmUnavailableError('timeout'));
        expect(await reconcileSlurmCluster(world.ctx, 'lab')).toEqual(requeue(10_000));
        world.slurm.setState(jobId, 'RUNNING', { startTime: world.clock.now() });
        await run(world);
        expect(stored(world).status?.phase).toBe('Running');
      },
    },
    {
      name: 'suspended: cancels once, then Pending/Suspended when Slurm says CANCELLED',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.cancelTakesEffect = false;
        setSuspend(world, true);
        await run(world);
        await run(world);
        expect(world.slurm.cancelled).toEqual([{ jobId, user: 'alice', signal: undefined }]);
        expect(condition(world, 'Cancelling')).toMatchObject({ status: 'True', reason: 'Suspending' });
        world.slurm.setState(jobId, 'CANCELLED', { endTime: world.clock.now() });
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Pending', reason: 'Suspended' });
        expect(condition(world, 'Cancelling')?.status).toBe('False');
      },
    },
    {
      name: 'its SlurmCluster deleted: SlurmJobMissing, then Lost, never waiting forever',
      async test(world) {
        await submitted(world);
        world.slurmClusters.stored.clear();
        expect(await run(world)).toEqual(requeue(30_000));
        expect(condition(world, 'SlurmJobMissing')?.message).toContain('cannot be watched');
        world.clock.advance(11 * 60_000);
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Lost', reason: 'JobLost' });
      },
    },
    {
      name: 'resumed while the suspend-cancel was under way: Pending/Resumed, then a new attempt',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.cancelTakesEffect = false;
        setSuspend(world, true);
        await run(world);
        setSuspend(world, false);
        world.slurm.setState(jobId, 'CANCELLED', { endTime: world.clock.now() });
        expect(await run(world)).toEqual(requeue(0));
        expect(stored(world).status).toMatchObject({ phase: 'Pending', reason: 'Resumed' });
        await run(world);
        expect(stored(world).status).toMatchObject({ phase: 'Submitted', attempts: 2 });
      },
    },
    {
      name: 'Slurm unavailable: an error for backoff, the status unchanged',
      async test(world) {
        await submitted(world);
        const before = stored(world).metadata.resourceVersion;
        world.slurm.failNext('get', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toBeInstanceOf(SlurmUnavailableError);
        expect(stored(world).metadata.resourceVersion).toBe(before);
      },
    },
    {
      name: 'a 409 on the status write: requeue in 250 ms',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.setState(jobId, 'RUNNING');
        world.trainings.failNext('replaceStatus', httpError(409));
        expect(await run(world)).toEqual(requeue(250));
      },
    },
    {
      name: 'the cluster not connected: waits without a write',
      async test(world) {
        await submitted(world);
        const before = stored(world).metadata.resourceVersion;
        world.connections.disconnect('lab');
        expect(await run(world)).toEqual(requeue(10_000));
        expect(stored(world).metadata.resourceVersion).toBe(before);
      },
    },
  ],

  Deleting: [
    {
      name: 'cancels once with one Event, waits, and lets go when Slurm says it ended (bug 4)',
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.cancelTakesEffect = false;
        world.trainings.markDeleting('ns', 't');
        expect(await run(world)).toEqual(requeue(1_000));
        world.clock.advance(10_000);
        expect(await run(world)).toEqual(requeue(5_000));
        expect(world.slurm.cancelled).toHaveLength(1);
        expect(world.events.filter((e) => e.reason === 'Cancelling')).toHaveLength(1);
        world.slurm.setState(jobId, 'CANCELLED', { endTime: world.clock.now() });
        expect(await run(world)).toEqual(done);
        expect(world.trainings.stored.has('ns/t')).toBe(false);
      },
    },
    {
      name: 'the namespace dropped from spec.tenants: cancelled all the same, as the user of the submit (bug 6)',
      async test(world) {
        const jobId = await submitted(world);
        world.slurmClusters.touch(undefined, 'lab', (c) => {
          c.spec.tenants = [];
        });
        world.trainings.markDeleting('ns', 't');
        await run(world);
        expect(world.slurm.cancelled).toMatchObject([{ jobId, user: 'alice' }]);
        await run(world);
        expect(world.trainings.stored.has('ns/t')).toBe(false);
      },
    },
    {
      name: "cancels as the job's owner Slurm reports, never as a user an edited status names",
      async test(world) {
        const jobId = await submitted(world);
        world.trainings.touch('ns', 't', (t) => {
          if (t.status?.slurm) t.status.slurm.user = 'root';
        });
        world.trainings.markDeleting('ns', 't');
        await run(world);
        expect(world.slurm.cancelled).toMatchObject([{ jobId, user: 'alice' }]);
      },
    },
    {
      name: 'the SlurmCluster was deleted: a ClusterGone warning, and the object goes',
      async test(world) {
        await submitted(world);
        world.slurmClusters.stored.clear();
        world.trainings.markDeleting('ns', 't');
        expect(await run(world)).toEqual(done);
        expect(world.events).toContainEqual(
          expect.objectContaining({ type: 'Warning', reason: 'ClusterGone' }),
        );
        expect(world.trainings.stored.has('ns/t')).toBe(false);
      },
    },
    {
      name: "a job id reused by someone else's job is not cancelled (bug 7)",
      async test(world) {
        const jobId = await submitted(world);
        world.slurm.purge(jobId);
        world.slurm.addForeignJob({ jobId, idempotencyKey: 'theirs', state: { base: 'RUNNING', flags: [] } });
        world.trainings.markDeleting('ns', 't');
        expect(await run(world)).toEqual(done);
        expect(world.slurm.cancelled).toEqual([]);
      },
    },
    {
      name: 'a marker and no job yet: waits out submitSettle (the lost submit may still land), then lets go',
      async test(world) {
        world.training('t');
        world.slurm.failNext('submit', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toThrow();
        world.trainings.markDeleting('ns', 't');
        expect(await run(world)).toEqual(requeue(60_000));
        expect(world.trainings.stored.has('ns/t')).toBe(true);
        world.clock.advance(60_000);
        expect(await run(world)).toEqual(done);
        expect(world.trainings.stored.has('ns/t')).toBe(false);
      },
    },
    {
      name: 'a job known only by its key (a crash after submit) is found and cancelled',
      async test(world) {
        const jobId = await submitAnswerLost(world);
        world.trainings.markDeleting('ns', 't');
        await run(world);
        expect(world.slurm.cancelled).toMatchObject([{ jobId }]);
      },
    },
    {
      name: 'a 422 on the guarded finalizer patch is a stale copy: requeue, not an error (bug 5)',
      async test(world) {
        world.training('t', {}, { phase: 'Failed' }, { finalizer: true, deleting: true });
        world.trainings.failNext('jsonPatch', httpError(422));
        expect(await run(world)).toEqual(requeue(250));
        expect(await run(world)).toEqual(done);
        expect(world.trainings.stored.has('ns/t')).toBe(false);
      },
    },
    {
      name: 'Slurm unavailable for the cancel: an error for backoff, the finalizer stays',
      async test(world) {
        await submitted(world);
        world.trainings.markDeleting('ns', 't');
        world.slurm.failNext('cancel', new SlurmUnavailableError('timeout'));
        await expect(run(world)).rejects.toBeInstanceOf(SlurmUnavailableError);
        expect(world.trainings.stored.has('ns/t')).toBe(true);
      },
    },
  ],

  Final: [
    {
      name: 'nothing to do: no write, no Slurm call',
      async test(world) {
        world.training('t', {}, { phase: 'Succeeded', slurm: { cluster: 'lab', jobId: 9 } });
        const before = stored(world).metadata.resourceVersion;
        expect(await run(world)).toEqual(done);
        expect(stored(world).metadata.resourceVersion).toBe(before);
        expect(world.slurm.calls.get).toBe(0);
      },
    },
    {
      name: 'a 422 on adding the finalizer (the copy was stale): requeue, not an error (bug 5)',
      async test(world) {
        world.training('t');
        world.trainings.failNext('jsonPatch', httpError(422));
        expect(await run(world)).toEqual(requeue(250));
      },
    },
  ],

  Suspended: [
    {
      name: 'Pending/Suspended, and nothing submitted',
      async test(world) {
        world.training('t', { suspend: true });
        expect(await run(world)).toEqual(done);
        expect(stored(world).status).toMatchObject({ phase: 'Pending', reason: 'Suspended' });
        expect(world.slurm.submitted).toEqual([]);
      },
    },
  ],

  Unplaced: [
    {
      name: 'no such cluster: Admitted=False/ClusterNotFound, look again in a minute',
      async test(world) {
        world.training('t', { cluster: 'elsewhere' });
        expect(await run(world)).toEqual(requeue(60_000));
        expect(condition(world, 'Admitted')).toMatchObject({ status: 'False', reason: 'ClusterNotFound' });
      },
    },
    {
      name: 'the namespace not admitted: NamespaceNotAdmitted',
      async test(world) {
        world.training('t', {}, undefined, { namespace: 'other' });
        expect(await reconcileTraining(world.ctx, 'other/t')).toEqual(requeue(300_000));
        const t = world.trainings.stored.get('other/t');
        expect(t?.status?.conditions?.find((c) => c.type === 'Admitted')?.reason).toBe(
          'NamespaceNotAdmitted',
        );
      },
    },
    {
      name: 'the cluster unhealthy: no new job goes there (ClusterNotReady)',
      async test(world) {
        world.connections.markUnhealthy('lab');
        world.training('t');
        expect(await run(world)).toEqual(requeue(10_000));
        expect(condition(world, 'Admitted')).toMatchObject({ status: 'Unknown', reason: 'ClusterNotReady' });
        expect(world.slurm.submitted).toEqual([]);
      },
    },
  ],
};

describe.each(JOB_STATE_NAMES)('from %s', (state) => {
  it.each(CASES[state])('$name', async ({ test }) => {
    await test(await fakeWorld());
  });
});

describe('the state table', () => {
  it('every state of docs/architecture.md has transition cases', () => {
    for (const state of documentedStates())
      expect(CASES[state as JobStateName]?.length ?? 0).toBeGreaterThan(0);
  });
});
