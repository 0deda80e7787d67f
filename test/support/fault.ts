// The fault suite's load and its verdict. Each scenario creates a few hundred Trainings, breaks
// one neighbour of the operator while they run, and then checks the three things that must hold
// whatever failed: no Slurm job twice for a resource, every resource in the phase Slurm gives
// its job, and every phase change in the audit store exactly once.
import { CustomObjectsApi } from '@kubernetes/client-node';
import pg from 'pg';
import { expect } from 'vitest';
import type { Phase, Training } from '../../src/api/types.ts';
import type { ResourceClient } from '../../src/kube/resources.ts';
import { splitJobName } from '../../src/slurm/job-name.ts';
import { clients, type E2eEnvironment, eventually, kubeConfig, newRunId, prepareE2e } from './operator.ts';
import { SLURM_RELEASES, type SlurmRelease, testCluster } from './slurm.ts';
import { required, stackEnv } from './stack.ts';

const FINAL: readonly Phase[] = ['Succeeded', 'Failed', 'Cancelled', 'Lost'];
const KEY_PREFIX = 'slurm-ml-operator/';

/** What Slurm's final state means for the resource (the contract under test). */
const PHASE_OF_SLURM_STATE: Record<string, Phase> = {
  COMPLETED: 'Succeeded',
  FAILED: 'Failed',
  TIMEOUT: 'Failed',
  OUT_OF_MEMORY: 'Failed',
  NODE_FAIL: 'Failed',
  CANCELLED: 'Cancelled',
};

export interface FaultLoad {
  namespace: string;
  names: string[];
}

/**
 * Creates `count` Trainings spread over every Slurm release and five models; one in ten exits 3
 * (so Failed is expected too) and each job runs one to three seconds, so some are always running.
 */
export async function createLoad(scenario: Scenario, count: number): Promise<FaultLoad> {
  const { trainings, env, namespace } = scenario;
  const names = Array.from({ length: count }, (_, i) => `f${String(i).padStart(4, '0')}`);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const name = names[i] ?? '';
      await trainings.create({
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'Training',
        metadata: { name, namespace },
        spec: {
          model: `fault-${i % 5}`,
          template: 'demo-train',
          cluster: env.clusters[SLURM_RELEASES[i % SLURM_RELEASES.length] ?? 'slurm-2411'],
          parameters: { sleep_seconds: String(1 + (i % 3)), exit_code: i % 10 === 3 ? '3' : '0' },
        },
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { namespace, names };
}

interface WitnessedJob {
  cluster: SlurmRelease;
  jobId: number;
  key: string;
  state: string;
}

/**
 * Slurm's own view, read with squeue and sacct (not through slurmrestd, which one scenario kills),
 * sampled every few seconds and accumulated: slurmctld forgets finished jobs after MinJobAge, and
 * a duplicate job must be seen even if it finished and was purged between samples, so accounting
 * (which keeps every job, its key in the job name) is asked too.
 */
export class SlurmWitness {
  private readonly jobs = new Map<string, WitnessedJob>();
  private timer: NodeJS.Timeout | undefined;
  private readonly since = new Date(Date.now() - 60_000);

  private sampling: Promise<void> | null = null;

  start(intervalMs = 3_000): this {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), intervalMs);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One sample of every cluster (a sample already under way is joined, not doubled). */
  sample(): Promise<void> {
    this.sampling ??= Promise.all(SLURM_RELEASES.map((name) => this.sampleCluster(name))).then(() => {
      this.sampling = null;
    });
    return this.sampling;
  }

  private async sampleCluster(name: SlurmRelease): Promise<void> {
    const cluster = testCluster(name);
    try {
      const out = await cluster.execAsync(['squeue', '--noheader', '--states=all', '--format=%i|%k|%T']);
      for (const line of out.split('\n')) {
        const [id, key, state] = line.trim().split('|');
        if (!id || !key?.startsWith(KEY_PREFIX) || !state) continue;
        this.jobs.set(`${name}/${id}/${key}`, { cluster: name, jobId: Number(id), key, state });
      }
    } catch {
      // slurmctld away: the next sample catches up; finished jobs stay listed for MinJobAge
    }
    await this.sampleAccounting(name);
  }

  /** Every job accounting has since the witness started; its key is at the end of its name. */
  private async sampleAccounting(name: SlurmRelease): Promise<void> {
    // Relative: sacct reads an absolute time in its own time zone.
    const since = `now-${Math.ceil((Date.now() - this.since.getTime()) / 1000)}seconds`;
    let out: string;
    try {
      out = await testCluster(name).execAsync([
        'sacct',
        '--allusers',
        '-X',
        '-n',
        '-P',
        '-S',
        since,
        '--format=JobIDRaw,JobName%300,State',
      ]);
    } catch {
      return; // slurmdbd away for a moment: the next sample catches up
    }
    for (const line of out.split('\n')) {
      const [id, jobName, state] = line.trim().split('|');
      const key = splitJobName(jobName ?? '').key;
      if (!id || !key?.startsWith(KEY_PREFIX) || !state) continue;
      // sacct says "CANCELLED by 2001"; squeue says CANCELLED.
      this.jobs.set(`${name}/${id}/${key}`, {
        cluster: name,
        jobId: Number(id),
        key,
        state: state.split(' ')[0] ?? state,
      });
    }
  }

  /** Jobs whose key names this resource uid, any attempt. */
  jobsOf(uid: string): WitnessedJob[] {
    const prefix = `${KEY_PREFIX}${uid}/`;
    return [...this.jobs.values()].filter((job) => job.key.startsWith(prefix));
  }
}

/** Every object of one of our kinds in a namespace, with one list call. */
async function listIn<T>(namespace: string, plural: 'trainings' | 'modelversions'): Promise<T[]> {
  const api = kubeConfig().makeApiClient(CustomObjectsApi);
  const list = (await api.listNamespacedCustomObject({
    group: 'ml.hpc.dev',
    version: 'v1alpha1',
    namespace,
    plural,
  })) as {
    items: T[];
  };
  return list.items;
}

/** The load's Trainings, with one list call (polling 200 GETs would load the API server under test). */
export async function listLoad(load: FaultLoad): Promise<Training[]> {
  const names = new Set(load.names);
  return (await listIn<Training>(load.namespace, 'trainings')).filter((t) =>
    names.has(t.metadata.name ?? ''),
  );
}

/** Waits until every Training of the load is in a final phase; on timeout says how many are where. */
export async function awaitFinal(load: FaultLoad, timeoutMs: number): Promise<Training[]> {
  let last: Training[] = [];
  try {
    return await eventually(
      `all ${load.names.length} trainings to reach a final phase`,
      async () => {
        last = await listLoad(load);
        const done = last.length === load.names.length && last.every((t) => isFinal(t.status?.phase));
        return done ? last : undefined;
      },
      timeoutMs,
    );
  } catch (error) {
    const byPhase: Record<string, number> = {};
    for (const t of last) byPhase[t.status?.phase ?? 'none'] = (byPhase[t.status?.phase ?? 'none'] ?? 0) + 1;
    throw new Error(`${String(error)}; phases now: ${JSON.stringify(byPhase)}`);
  }
}

const isFinal = (phase: Phase | undefined) => phase !== undefined && FINAL.includes(phase);

interface StoredTransition {
  uid: string;
  from: string | null;
  to: string;
  at: string;
}

/** The audit store's transitions of these resources, read straight from Postgres. */
async function storedTransitions(uids: string[]): Promise<Map<string, StoredTransition[]>> {
  const client = new pg.Client({ connectionString: required(stackEnv('postgres'), 'DATABASE_URL') });
  await client.connect();
  try {
    const { rows } = await client.query<{ uid: string; from: string | null; to: string; at: Date }>(
      `select resource_uid as uid, from_phase as "from", to_phase as "to", occurred_at as at
         from transitions where resource_uid = any($1::uuid[]) order by occurred_at, seq`,
      [uids],
    );
    const byUid = new Map<string, StoredTransition[]>();
    for (const row of rows) {
      const list = byUid.get(row.uid) ?? [];
      list.push({ ...row, at: row.at.toISOString() });
      byUid.set(row.uid, list);
    }
    return byUid;
  } finally {
    await client.end();
  }
}

/** The transitions status.phaseHistory says happened: the operator writes it with each phase. */
function expectedTransitions(t: Training): Omit<StoredTransition, 'uid'>[] {
  const history = t.status?.phaseHistory ?? [];
  return history.map((entry, i) => ({
    from: i === 0 ? null : (history[i - 1]?.phase ?? null),
    to: entry.phase,
    at: new Date(entry.time).toISOString(),
  }));
}

export interface Verdict {
  resources: number;
  slurmJobs: number;
  transitions: number;
  byPhase: Record<string, number>;
}

/**
 * The three invariants, checked for every resource of the load. Call once all are final; it
 * waits (up to `auditWaitMs`) for the audit store to catch up, since it is written behind.
 */
export async function expectConsistent(
  load: FaultLoad,
  witness: SlurmWitness,
  auditWaitMs = 120_000,
): Promise<Verdict> {
  await witness.sample();
  const resources = await listLoad(load);
  expect(resources).toHaveLength(load.names.length);
  const byPhase: Record<string, number> = {};
  let slurmJobs = 0;
  for (const t of resources) {
    const name = t.metadata.name;
    const phase = t.status?.phase ?? 'none';
    byPhase[phase] = (byPhase[phase] ?? 0) + 1;
    const jobs = witness.jobsOf(t.metadata.uid ?? '');
    slurmJobs += jobs.length;
    // 1. No duplicate: one Slurm job per attempt (no retry policy here, so one), and it is the
    //    job the status names.
    expect(
      jobs.map((j) => `${j.cluster}/${j.jobId} ${j.key}`),
      `${name}: Slurm jobs carrying its key`,
    ).toHaveLength(t.status?.attempts ?? 1);
    expect(new Set(jobs.map((j) => j.key)).size, `${name}: two jobs with one key`).toBe(jobs.length);
    const job = jobs.find((j) => j.jobId === t.status?.slurm?.jobId);
    expect(
      job,
      `${name}: status names job ${t.status?.slurm?.jobId}, Slurm has ${JSON.stringify(jobs)}`,
    ).toBeDefined();
    // 2. The phase Slurm says.
    expect(phase, `${name}: Slurm says ${job?.state}`).toBe(
      PHASE_OF_SLURM_STATE[job?.state ?? ''] ?? 'not final',
    );
    const byExitCode = t.spec.parameters?.exit_code === '3' ? 'Failed' : 'Succeeded';
    expect(phase, `${name}: its job exits ${t.spec.parameters?.exit_code}`).toBe(byExitCode);
  }

  // 3. The audit store holds exactly the phase changes status.phaseHistory records: none missing,
  //    none twice, each at the instant the operator made it, in one chain from creation.
  const uids = resources.map((t) => t.metadata.uid ?? '');
  let stored = new Map<string, StoredTransition[]>();
  const mismatches = () =>
    resources.filter((t) => {
      const got = (stored.get(t.metadata.uid ?? '') ?? []).map(({ from, to, at }) => ({ from, to, at }));
      return JSON.stringify(got) !== JSON.stringify(expectedTransitions(t));
    });
  await eventually(
    'the audit store to hold every transition',
    async () => {
      stored = await storedTransitions(uids);
      return mismatches().length === 0 ? true : undefined;
    },
    auditWaitMs,
  ).catch(() => {});
  const wrong = mismatches();
  const show = (t: Training) => ({
    name: t.metadata.name,
    expected: expectedTransitions(t),
    stored: stored.get(t.metadata.uid ?? '') ?? [],
  });
  expect(wrong.slice(0, 3).map(show), `${wrong.length} resources' audit transitions differ`).toEqual([]);
  // That comparison passes when phaseHistory and the store lost the same start, so the store's
  // chain must also begin where every Training begins (null to Pending) and end in its phase.
  let transitions = 0;
  for (const t of resources) {
    const held = stored.get(t.metadata.uid ?? '') ?? [];
    expect(held[0], `${t.metadata.name}: stored history starts at creation`).toMatchObject({
      from: null,
      to: 'Pending',
    });
    expect(held.at(-1)?.to, `${t.metadata.name}: stored history ends in its phase`).toBe(t.status?.phase);
    transitions += held.length;
  }
  return { resources: resources.length, slurmJobs, transitions, byPhase };
}

export interface Scenario {
  env: E2eEnvironment;
  namespace: string;
  witness: SlurmWitness;
  trainings: ResourceClient<Training>;
  startedAt: number;
}

/** A namespace and two SlurmClusters of its own, and a Slurm witness already sampling. */
export function startScenario(label: string): Scenario {
  const run = newRunId();
  const namespace = `fault-${label}-${run}`;
  const env = prepareE2e(run, { admitted: [namespace] });
  return {
    env,
    namespace,
    witness: new SlurmWitness().start(),
    trainings: clients().trainings,
    startedAt: Date.now(),
  };
}

/** Waits until at least `count` Trainings have a Slurm job: the fault then lands mid-flight. */
export function awaitSubmitted(load: FaultLoad, count: number): Promise<number> {
  return eventually(`${count} trainings to be submitted`, async () => {
    const submitted = (await listLoad(load)).filter((t) => t.status?.slurm?.jobId).length;
    return submitted >= count ? submitted : undefined;
  });
}

/**
 * Waits until slurmctld of every cluster has purged every job of the load (MinJobAge passed):
 * from then on only accounting knows them.
 */
export async function awaitPurged(load: FaultLoad, timeoutMs = 180_000): Promise<void> {
  const uids = (await listLoad(load)).map((t) => t.metadata.uid ?? '');
  await eventually(
    'slurmctld to purge every job of the load',
    async () => {
      for (const name of SLURM_RELEASES) {
        const out = await testCluster(name).execAsync([
          'squeue',
          '--noheader',
          '--states=all',
          '--format=%k',
        ]);
        if (uids.some((uid) => out.includes(`${KEY_PREFIX}${uid}/`))) return undefined;
      }
      return true;
    },
    timeoutMs,
  );
}

/**
 * What a finished Training must say besides its phase: the exit code Slurm gave its job (22.05's
 * accounting API reports none, so a job it alone remembers has none there), and for a success the
 * model version, registered as its own ModelVersion. Returns how many came through with an exit code.
 */
export async function expectExitCodesAndVersions(load: FaultLoad): Promise<{ withExitCode: number }> {
  const versions = await listIn<{ spec: { model: string; version: number; training?: { uid: string } } }>(
    load.namespace,
    'modelversions',
  );
  // Each version once, and the Training it names is the one that says it has it.
  const registered = new Map(
    versions.map((v) => [`${v.spec.model}/${v.spec.version}`, v.spec.training?.uid]),
  );
  expect(registered.size, 'one ModelVersion per (model, number)').toBe(versions.length);
  let withExitCode = 0;
  for (const t of await listLoad(load)) {
    const name = t.metadata.name;
    const expected = t.spec.parameters?.exit_code === '3' ? 3 : 0;
    const exitCode = t.status?.slurm?.exitCode;
    const onlyAccounting22 = t.spec.cluster?.includes('-2205-') && expected !== 0 && exitCode === undefined;
    if (!onlyAccounting22) expect(exitCode, `${name}: exit code`).toBe(expected);
    if (exitCode !== undefined) withExitCode++;
    if (t.status?.phase !== 'Succeeded') continue;
    const version = t.status?.modelVersion;
    expect(version, `${name}: model version`).toBeTypeOf('number');
    expect(
      registered.get(`${t.spec.model}/${version}`),
      `${name}: ModelVersion ${t.spec.model}-v${version} is its own`,
    ).toBe(t.metadata.uid);
  }
  return { withExitCode };
}

/** One line the closing notes quote: what was checked, and how long the scenario took. */
export function report(
  label: string,
  scenario: Scenario,
  verdict: Verdict,
  extra: Record<string, unknown> = {},
) {
  const seconds = Math.round((Date.now() - scenario.startedAt) / 1000);
  console.log(`[fault] ${label}: ${JSON.stringify({ ...verdict, ...extra, seconds })}`);
}
