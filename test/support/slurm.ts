// The real Slurm clusters of the test stack (one per supported release), as the tests reach them.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { mintingTokenSource } from '../../src/slurm/auth/token-source.ts';
import { openSlurmConnection, type SlurmConnection } from '../../src/slurm/client.ts';
import type { SlurmClient, SlurmJob } from '../../src/slurm/types.ts';
import { required, stackEnv } from './stack.ts';

/** Every Slurm release in the stack; tests that run on one run on each. */
export const SLURM_RELEASES = ['slurm-2205', 'slurm-2411', 'slurm-2605'] as const;
export type SlurmRelease = (typeof SLURM_RELEASES)[number];

export interface TestCluster {
  name: SlurmRelease;
  release: string;
  expectedApiVersion: string;
  url: string;
  jwtKey: Buffer;
  jwtKeyPath: string;
  user: string;
  user2: string;
  partition: string;
  sharedDir: string;
  conf: string;
  /** The cluster stores jobs in accounting (slurmdbd): the slurmdb endpoints answer. */
  accounting: boolean;
  /** Accounting keeps the job comment (AccountingStoreFlags=job_comment). */
  accountingStoresComment: boolean;
  /** MinJobAge of slurm.conf: seconds a finished job stays visible to slurmctld. */
  minJobAge: number;
  /** Runs a Slurm command (scontrol, squeue, ...) against this cluster. */
  exec(args: string[]): string;
  /**
   * The same without blocking: a command waiting on a stopped slurmctld must not freeze the test
   * process (its connections to the API server would time out meanwhile).
   */
  execAsync(args: string[], timeoutMs?: number): Promise<string>;
}

const execFileAsync = promisify(execFile);

export function testCluster(name: TestCluster['name']): TestCluster {
  const env = stackEnv(name);
  const prefix = `SLURM_${name.slice(6)}`;
  const get = (key: string) => required(env, `${prefix}_${key}`);
  const execPrefix = get('EXEC');
  return {
    name,
    release: get('RELEASE'),
    expectedApiVersion: get('API_VERSION'),
    url: get('URL'),
    jwtKey: readFileSync(get('JWT_KEY')),
    jwtKeyPath: get('JWT_KEY'),
    user: get('USER'),
    user2: get('USER2'),
    partition: get('PARTITION'),
    sharedDir: get('SHARED_DIR'),
    conf: get('CONF'),
    accounting: get('ACCOUNTING') === '1',
    accountingStoresComment: get('ACCOUNTING_STORES_COMMENT') === '1',
    minJobAge: Number(get('MIN_JOB_AGE')),
    exec(args) {
      const result = spawnSync(execPrefix, args, { encoding: 'utf8', timeout: 60_000 });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout;
    },
    async execAsync(args, timeoutMs = 30_000) {
      const { stdout } = await execFileAsync(execPrefix, args, { encoding: 'utf8', timeout: timeoutMs });
      return stdout;
    },
  };
}

export function connect(
  cluster: TestCluster,
  overrides: Partial<Parameters<typeof openSlurmConnection>[0]> = {},
): Promise<SlurmConnection> {
  return openSlurmConnection({
    endpoint: cluster.url,
    apiVersion: 'auto',
    user: cluster.user,
    tokens: mintingTokenSource({ key: cluster.jwtKey, lifetimeSeconds: 300 }),
    timeoutMs: 15_000,
    ...overrides,
  });
}

/** Polls the job until `done` holds, or fails after `timeoutMs` with the last state seen. */
export async function waitForJob(
  client: SlurmClient,
  jobId: number,
  done: (job: SlurmJob) => boolean,
  timeoutMs = 60_000,
): Promise<SlurmJob> {
  const deadline = Date.now() + timeoutMs;
  let last: SlurmJob | undefined;
  while (Date.now() < deadline) {
    last = await client.get(jobId);
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`job ${jobId} did not reach the expected state; last seen ${JSON.stringify(last?.state)}`);
}

export const ended = (job: SlurmJob) =>
  !['PENDING', 'RUNNING', 'SUSPENDED'].includes(job.state.base) && !job.state.flags.includes('COMPLETING');
