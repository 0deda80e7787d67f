// Runs the real kubectl (built with the test API server) against the test stack.
import { spawnSync } from 'node:child_process';
import { required, stackEnv } from './stack.ts';

export interface KubectlResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function kubectl(args: string[], input?: string): KubectlResult {
  const env = stackEnv('kube');
  const result = spawnSync(required(env, 'KUBECTL'), args, {
    input,
    encoding: 'utf8',
    env: { ...process.env, KUBECONFIG: required(env, 'KUBECONFIG') },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** kubectl that must succeed; returns stdout. */
export function kubectlOk(args: string[], input?: string): string {
  const result = kubectl(args, input);
  if (result.status !== 0) {
    throw new Error(`kubectl ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

const crdDir = new URL('../../crds/', import.meta.url).pathname;

/** Applies the repository's CRDs and waits until the API server serves them. */
export function installCrds(): void {
  // --force-conflicts: this checkout's CRDs win over whoever applied an older copy (the demo, helm, a person).
  kubectlOk(['apply', '--server-side', '--force-conflicts', '--field-manager=slurm-ml-tests', '-f', crdDir]);
  const names = ['trainings', 'predictions', 'models', 'modelversions', 'slurmclusters'].map(
    (plural) => `crd/${plural}.ml.hpc.dev`,
  );
  kubectlOk(['wait', '--for=condition=Established', '--timeout=60s', ...names]);
}
