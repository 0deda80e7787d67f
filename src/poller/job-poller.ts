// One poller per Slurm cluster: every poll interval, one list call for all tracked jobs, and
// the resources whose job changed (or vanished) are put on their work queue. The reconcilers
// then fetch the full record of just those jobs. Each cycle reports the list requests it really
// made, so a cycle that needs more than one shows in slurm_ml_poll_list_calls_total.
import type { Logger } from '../observability/logger.ts';
import { stateKey } from '../slurm/job-state.ts';
import type { SlurmClient, SlurmJobStateSummary } from '../slurm/types.ts';

export interface TrackedJob {
  /** Work-queue key of the resource that owns the job. */
  key: string;
  jobId: number;
  /** The state its status last recorded, as base+FLAG+FLAG. */
  recordedState: string | undefined;
}

export interface JobPollerOptions {
  cluster: string;
  slurm: () => SlurmClient | undefined;
  intervalMs: number;
  tracked: () => TrackedJob[];
  changed: (key: string) => void;
  log: Logger;
  onCycle?: (event: {
    cluster: string;
    /** List requests made (states() and listChangedSince are one HTTP request per call). */
    listCalls: number;
    tracked: number;
    changed: number;
    seconds: number;
  }) => void;
}

/** Above this many tracked jobs one unfiltered call is cheaper than chunked id lists. */
export const FILTER_LIMIT = 200;
/** v0.0.38 lists only changed jobs; a full pass every so often notices purged ones. */
const FULL_PASS_EVERY = 12;

export class JobPoller {
  private readonly options: JobPollerOptions;
  private timer: NodeJS.Timeout | undefined;
  private cycles = 0;
  private lastCycleStart: Date | undefined;
  private running: Promise<void> | undefined;

  constructor(options: JobPollerOptions) {
    this.options = options;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.cycle().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.options.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One poll cycle; exposed for tests. */
  async cycle(): Promise<void> {
    const { options } = this;
    const slurm = options.slurm();
    const tracked = options.tracked();
    if (!slurm || tracked.length === 0) return;
    const started = new Date();
    const calls = { list: 0 };
    let changed = 0;
    try {
      for (const job of await this.changedJobs(slurm, tracked, calls)) {
        changed++;
        options.changed(job.key);
      }
    } catch (error) {
      options.log.warn({ cluster: options.cluster, err: error }, 'poll cycle failed; retrying next interval');
    } finally {
      this.cycles++;
      this.lastCycleStart = started;
      options.onCycle?.({
        cluster: options.cluster,
        listCalls: calls.list,
        tracked: tracked.length,
        changed,
        seconds: (Date.now() - started.getTime()) / 1000,
      });
    }
  }

  /**
   * Tracked jobs whose state differs from what their status recorded, counting each list request
   * in `calls`. A job missing from a full list counts as changed (purged: the reconciler decides);
   * on a v0.0.38 update_time cycle, absence only means "unchanged".
   */
  private async changedJobs(
    slurm: SlurmClient,
    tracked: TrackedJob[],
    calls: { list: number },
  ): Promise<TrackedJob[]> {
    const differs = (job: TrackedJob, summary: SlurmJobStateSummary | undefined) =>
      (summary && stateKey(summary.state)) !== job.recordedState;
    const fullPass =
      slurm.apiVersion !== 'v0.0.38' || !this.lastCycleStart || this.cycles % FULL_PASS_EVERY === 0;
    if (fullPass) {
      const ids = tracked.map((j) => j.jobId);
      const filtered = slurm.apiVersion !== 'v0.0.38' && ids.length <= FILTER_LIMIT;
      const requests = filtered ? chunks(ids, slurm.stateIdsPerRequest) : [undefined];
      const byId = new Map<number, SlurmJobStateSummary>();
      for (const ids of requests) {
        calls.list++;
        for (const summary of await slurm.states(ids)) byId.set(summary.jobId, summary);
      }
      return tracked.filter((job) => differs(job, byId.get(job.jobId)));
    }
    // Changed since the last cycle started, with a second of slack for clock granularity.
    const since = new Date((this.lastCycleStart?.getTime() ?? 0) - 1_000);
    calls.list++;
    const byId = new Map((await slurm.listChangedSince(since)).map((job) => [job.jobId, job]));
    return tracked.filter((job) => byId.has(job.jobId) && differs(job, byId.get(job.jobId)));
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
