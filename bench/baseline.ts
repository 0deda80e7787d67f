// The baseline: the same N jobs submitted straight to slurmrestd by a minimal client (plain
// fetch, a few requests in flight, no Kubernetes), then waited for with /jobs/state.
import { mintSlurmToken } from '../src/slurm/auth/jwt.ts';
import type { TestCluster } from '../test/support/slurm.ts';

export interface BaselineResult {
  jobs: number;
  wallSeconds: number;
  submitSeconds: number;
  submitP50Ms: number;
  submitP99Ms: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function runBaseline(
  cluster: TestCluster,
  jobs: number,
  workDir: string,
  concurrency = 4,
): Promise<BaselineResult> {
  const version = cluster.expectedApiVersion;
  const token = mintSlurmToken({ key: cluster.jwtKey, user: cluster.user, lifetimeSeconds: 3600 }).token;
  const headers = {
    'X-SLURM-USER-NAME': cluster.user,
    'X-SLURM-USER-TOKEN': token,
    'Content-Type': 'application/json',
  };
  const v38 = version === 'v0.0.38';
  const body = (i: number) =>
    JSON.stringify(
      v38
        ? {
            script: '#!/bin/sh\ntrue\n',
            job: {
              name: `baseline-${i}`,
              environment: { PATH: '/usr/bin:/bin' },
              current_working_directory: workDir,
              standard_output: '/dev/null',
              partition: cluster.partition,
              memory_per_node: 100,
            },
          }
        : {
            job: {
              script: '#!/bin/sh\ntrue\n',
              name: `baseline-${i}`,
              environment: ['PATH=/usr/bin:/bin'],
              current_working_directory: workDir,
              standard_output: '/dev/null',
              partition: cluster.partition,
              memory_per_node: { set: true, number: 100 },
            },
          },
    );
  const started = performance.now();
  const ids: number[] = [];
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(`${cluster.url}/slurm/${version}/job/submit`, {
          method: 'POST',
          headers,
          body: body(i),
        });
        const answer = (await response.json()) as { job_id?: number };
        if (!answer.job_id) throw new Error(`baseline submit ${i} failed: ${response.status}`);
        latencies.push(performance.now() - t0);
        ids.push(answer.job_id);
      }
    }),
  );
  const submitSeconds = (performance.now() - started) / 1000;
  const pending = new Set(ids);
  while (pending.size > 0) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const response = await fetch(`${cluster.url}/slurm/${version}/jobs${v38 ? '' : '/state/'}`, { headers });
    const answer = (await response.json()) as {
      jobs?: { job_id: number | string; job_state?: string | string[]; state?: string[] }[];
    };
    const live = new Set<number>();
    for (const job of answer.jobs ?? []) {
      const state = [job.state ?? job.job_state ?? []].flat().join('+');
      if (/PENDING|RUNNING|COMPLETING|CONFIGURING/.test(state)) live.add(Number(job.job_id));
    }
    for (const id of pending) if (!live.has(id)) pending.delete(id);
  }
  return {
    jobs,
    wallSeconds: (performance.now() - started) / 1000,
    submitSeconds,
    submitP50Ms: percentile(latencies, 50),
    submitP99Ms: percentile(latencies, 99),
  };
}
