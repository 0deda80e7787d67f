// The CRDs and examples against the real kube-apiserver, checked with the real kubectl.
import { beforeAll, describe, expect, it } from 'vitest';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';

const namespace = `crds-${process.pid}`;
const examplesDir = new URL('../../examples/', import.meta.url).pathname;

beforeAll(() => {
  installCrds();
  kubectlOk(['create', 'namespace', namespace]);
  kubectlOk(['apply', '-n', namespace, '-f', examplesDir]);
  return () => {
    kubectl(['delete', 'namespace', namespace, '--wait=false']);
  };
});

function columns(headerLine: string | undefined): string[] {
  return (headerLine ?? '').trim().split(/\s+/);
}

describe('CRDs on the real API server', () => {
  it('kubectl get trainings prints NAME, MODEL, PHASE, JOB, PROGRESS, AGE', () => {
    const out = kubectlOk(['get', 'trainings', '-n', namespace]);
    const [header, ...rows] = out.trim().split('\n');
    expect(columns(header)).toEqual(['NAME', 'MODEL', 'PHASE', 'JOB', 'PROGRESS', 'AGE']);
    expect(rows.map((row) => columns(row).slice(0, 2))).toEqual(
      expect.arrayContaining([
        ['demo-classifier-train', 'demo-classifier'],
        ['liver-fold-0', 'liver-segmentation'],
      ]),
    );
  });

  it('kubectl get trainings -o wide adds VERSION and REASON', () => {
    const header = kubectlOk(['get', 'trainings', '-n', namespace, '-o', 'wide']).split('\n')[0];
    expect(columns(header)).toEqual([
      'NAME',
      'MODEL',
      'PHASE',
      'JOB',
      'PROGRESS',
      'AGE',
      'VERSION',
      'REASON',
    ]);
  });

  it('kubectl get ml lists objects of all four kinds, by short name too', () => {
    const out = kubectlOk(['get', 'ml', '-n', namespace, '-o', 'name']);
    for (const name of [
      'training.ml.hpc.dev/demo-classifier-train',
      'prediction.ml.hpc.dev/demo-classifier-predict',
      'model.ml.hpc.dev/demo-classifier',
      'slurmcluster.ml.hpc.dev/lab',
    ]) {
      expect(out).toContain(name);
    }
    expect(
      kubectlOk(['get', 'tr,pred,mdl,slurm', '-n', namespace, '-o', 'name']).trim().split('\n').length,
    ).toBe(out.trim().split('\n').length);
  });

  it('kubectl explain teaches the API from the schema descriptions', () => {
    const out = kubectlOk(['explain', 'training.spec.resources']);
    expect(out).toContain('timeLimit');
    expect(out).toMatch(/Wall-clock limit in Slurm's format/);
  });

  it('the defaults in the schema are applied by the server', () => {
    const training = JSON.parse(
      kubectlOk(['get', 'training', 'liver-fold-0', '-n', namespace, '-o', 'json']),
    );
    expect(training.spec.retry.onStates).toEqual(['NODE_FAIL', 'PREEMPTED', 'BOOT_FAIL']);
    expect(training.spec.suspend).toBe(false);
    const cluster = JSON.parse(kubectlOk(['get', 'slurmcluster', 'lab-2411', '-o', 'json']));
    expect(cluster.spec.apiVersion).toBe('auto');
    expect(cluster.spec.auth.jwtKeySecretRef.key).toBe('jwt.key');
  });
});
