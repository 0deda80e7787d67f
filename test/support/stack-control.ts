// Breaking and mending the test stack on purpose, for the fault suite: kill one daemon, stop a
// server, and bring everything back with the same idempotent script CI uses.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SlurmRelease } from './slurm.ts';
import { required, type StackComponent, stackEnv } from './stack.ts';

const stackScript = new URL('../../scripts/stack.sh', import.meta.url).pathname;

/** `scripts/stack.sh up` for these components: starts whatever of them is not running. */
export function startStack(...components: StackComponent[]): void {
  upWith({}, components);
}

function upWith(env: Record<string, string>, components: StackComponent[]): void {
  const result = spawnSync('bash', [stackScript, 'up', ...components], {
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`stack.sh up ${components.join(' ')} failed: ${result.stderr}`);
}

/**
 * Slurm's MinJobAge (how long slurmctld keeps a finished job) for these clusters; null for the
 * stack's default. The daemons restart with the new slurm.conf; running jobs continue.
 */
export function setMinJobAge(seconds: number | null, ...clusters: SlurmRelease[]): void {
  upWith(seconds === null ? {} : { SLURM_MIN_JOB_AGE: String(seconds) }, clusters);
}

/** SIGTERMs one Slurm daemon of a test cluster (slurmctld saves its state) and waits until it is gone. */
export async function stopDaemon(cluster: SlurmRelease, daemon: 'slurmctld' | 'slurmdbd'): Promise<void> {
  const runDir = required(stackEnv(cluster), `SLURM_${cluster.slice(6)}_RUN_DIR`);
  const pid = Number(readFileSync(join(runDir, 'run', `${daemon}.pid`), 'utf8').trim());
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${cluster} ${daemon} (pid ${pid}) did not stop within 60 s of SIGTERM`);
}

/** SIGKILLs one Slurm daemon of a test cluster; returns its pid. */
export function killDaemon(cluster: SlurmRelease, daemon: 'slurmrestd' | 'slurmctld' | 'slurmdbd'): number {
  const runDir = required(stackEnv(cluster), `SLURM_${cluster.slice(6)}_RUN_DIR`);
  return killPidFile(join(runDir, 'run', `${daemon}.pid`));
}

/** SIGKILLs kube-apiserver (etcd and the controller manager keep running). */
export function killApiServer(): number {
  return killPidFile(required(stackEnv('kube'), 'KUBE_APISERVER_PIDFILE'));
}

function killPidFile(file: string): number {
  const pid = Number(readFileSync(file, 'utf8').trim());
  process.kill(pid, 'SIGKILL');
  return pid;
}

export function stopPostgres(): void {
  run(required(stackEnv('postgres'), 'PG_CTL_STOP'));
}

export function startPostgres(): void {
  run(required(stackEnv('postgres'), 'PG_CTL_START'));
}

function run(command: string): void {
  const result = spawnSync(command, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
}

/**
 * Compacts etcd's history up to its current revision, through etcd's JSON gateway: every
 * resourceVersion an informer held before is then gone, so resuming a watch from one gets 410.
 */
export async function compactEtcd(): Promise<number> {
  const etcd = required(stackEnv('kube'), 'ETCD_URL');
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${etcd}${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`etcd ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as { header?: { revision?: string } };
  };
  // A write of our own first, so the revision moves past anything an informer has seen.
  const key = Buffer.from('/fault-suite/compaction-marker').toString('base64');
  const put = await post('/v3/kv/put', { key, value: Buffer.from(String(Date.now())).toString('base64') });
  const revision = Number(put.header?.revision);
  await post('/v3/kv/compaction', { revision, physical: true });
  return revision;
}
