// One poller per Slurm cluster: every poll interval, one list call for all tracked jobs, and
// the resources whose job changed (or vanished) are put on their work queue. The reconcilers
// then fetch the full record of just those jobs.
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
    let changed = 0;
    try {
      for (const job of await this.changedJobs(slurm, tracked)) {
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
        listCalls: 1,
        tracked: tracked.length,
        changed,
        seconds: (Date.now() - started.getTime()) / 1000,
      });
    }
  }

  /**
   * Tracked jobs whose state differs from what their status recorded, with one list call. A job
   * missing from a full list counts as changed (purged: the reconciler decides); on a v0.0.38
   * update_time cycle, absence only means "unchanged".
   */
  private async changedJobs(slurm: SlurmClient, tracked: TrackedJob[]): Promise<TrackedJob[]> {
    const differs = (job: TrackedJob, summary: SlurmJobStateSummary | undefined) =>
      (summary && stateKey(summary.state)) !== job.recordedState;
    const fullPass =
      slurm.apiVersion !== 'v0.0.38' || !this.lastCycleStart || this.cycles % FULL_PASS_EVERY === 0;
    if (fullPass) {
      const ids =
        slurm.apiVersion !== 'v0.0.38' && tracked.length <= FILTER_LIMIT
          ? tracked.map((j) => j.jobId)
          : undefined;
      const byId = new Map((await slurm.states(ids)).map((s) => [s.jobId, s]));
      return tracked.filter((job) => differs(job, byId.get(job.jobId)));
    }
    // Changed since the last cycle started, with a second of slack for clock granularity.
    const since = new Date((this.lastCycleStart?.getTime() ?? 0) - 1_000);
    const byId = new Map((await slurm.listChangedSince(since)).map((job) => [job.jobId, job]));
    return tracked.filter((job) => byId.has(job.jobId) && differs(job, byId.get(job.jobId)));
  }
}
