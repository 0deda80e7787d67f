// An operator killed with SIGKILL right after a Slurm submit, before it wrote the job id into
// the status, leaves exactly one Slurm job once it is restarted.
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/reconcilers/job/submission.ts';
import { SUBMIT_MARKER_ANNOTATION } from '../../src/reconcilers/job/submit-marker.ts';
import { kubectlOk } from '../support/kubectl.ts';
import {
  CRASH_AFTER_SUBMIT,
  clients,
  type E2eEnvironment,
  eventually,
  newRunId,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { connect, SLURM_RELEASES, testCluster } from '../support/slurm.ts';

let env: E2eEnvironment;
let namespace: string;
const api = clients();

beforeAll(() => {
  const run = newRunId();
  namespace = `e2e-crash-${run}`;
  env = prepareE2e(run, { admitted: [namespace] });
});

afterAll(async () => {
  // The finalizers need an operator to be released.
  const operator = startOperator('e2e-crash-teardown', { OPERATOR_NAMESPACE: env.operatorNamespace });
  await env?.teardown(operator);
});

describe.each(SLURM_RELEASES)('on %s', (release) => {
  it('adopts the job it submitted before it was killed instead of submitting again', async () => {
    const name = `crash-${release}`;
    const crashing = startOperator(
      `e2e-crash-${release}`,
      { OPERATOR_NAMESPACE: env.operatorNamespace },
      { preload: [CRASH_AFTER_SUBMIT] },
    );
    kubectlOk(
      ['apply', '-f', '-'],
      yaml.dump({
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'Training',
        metadata: { name, namespace },
        spec: {
          model: `crash-model-${release}`,
          template: 'demo-train',
          cluster: env.clusters[release],
          parameters: { sleep_seconds: '3' },
        },
      }),
    );
    // The preload SIGKILLs the process as soon as slurmrestd has accepted the job.
    await crashing.exited;
    expect(crashing.child.signalCode).toBe('SIGKILL');
    const orphaned = await api.trainings.get(namespace, name);
    expect(orphaned?.status?.slurm?.jobId).toBeUndefined();
    // The marker written with the finalizer before the submit names the attempt in flight.
    expect(orphaned?.metadata.finalizers).toContain('ml.hpc.dev/slurm-job');
    expect(JSON.parse(orphaned?.metadata.annotations?.[SUBMIT_MARKER_ANNOTATION] ?? '{}')).toMatchObject({
      attempt: 1,
      cluster: env.clusters[release],
    });

    const restarted = startOperator(`e2e-crash-restart-${release}`, {
      OPERATOR_NAMESPACE: env.operatorNamespace,
    });
    try {
      const done = await eventually('training to succeed after the restart', async () => {
        const t = await api.trainings.get(namespace, name);
        return t?.status?.phase === 'Succeeded' ? t : undefined;
      });
      const slurm = (await connect(testCluster(release))).client;
      const jobs = await slurm.findByIdempotencyKey(idempotencyKey(done.metadata.uid ?? '', 1));
      expect(jobs).toHaveLength(1);
      expect(jobs[0]?.jobId).toBe(done.status?.slurm?.jobId);
      expect(done.status?.attempts).toBe(1);
      const byName = (await slurm.listChangedSince(new Date(Date.now() - 600_000))).filter(
        (j) => j.name.endsWith(`.train.${name}`) && j.name.startsWith(namespace),
      );
      expect(byName).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  });
});
