// One poller per Slurm cluster: every poll interval, one list call for all tracked jobs, and
// the resources whose job changed (or vanished) are put on their work queue. The reconcilers
// then fetch the full record of just those jobs.
import type { Logger } from '../observability/logger.ts';
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

export const stateKey = (summary: SlurmJobStateSummary) =>
  [summary.state.base, ...summary.state.flags].join('+');

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
    let listCalls = 1;
    let changed = 0;
    try {
      const summaries = await this.list(slurm, tracked);
      const byId = new Map(summaries?.map((s) => [s.jobId, stateKey(s)]));
      for (const job of tracked) {
        const now = byId.get(job.jobId);
        // On an update_time cycle, absence only means "unchanged".
        if (summaries === undefined) continue;
        if (now === job.recordedState) continue;
        changed++;
        options.changed(job.key);
      }
      if (summaries === undefined) listCalls = 1;
    } catch (error) {
      options.log.warn({ cluster: options.cluster, err: error }, 'poll cycle failed; retrying next interval');
    } finally {
      this.cycles++;
      this.lastCycleStart = started;
      options.onCycle?.({
        cluster: options.cluster,
        listCalls,
        tracked: tracked.length,
        changed,
        seconds: (Date.now() - started.getTime()) / 1000,
      });
    }
  }

  /** The states to compare with, or undefined when only changed jobs were listed (handled inline). */
  private async list(slurm: SlurmClient, tracked: TrackedJob[]): Promise<SlurmJobStateSummary[] | undefined> {
    if (slurm.apiVersion !== 'v0.0.38') {
      return slurm.states(tracked.length > FILTER_LIMIT ? undefined : tracked.map((j) => j.jobId));
    }
    if (!this.lastCycleStart || this.cycles % FULL_PASS_EVERY === 0) return slurm.states();
    // Changed since the last cycle started, with a second of slack for clock granularity.
    const changedJobs = await slurm.listChangedSince(new Date(this.lastCycleStart.getTime() - 1_000));
    const trackedById = new Map(tracked.map((j) => [j.jobId, j]));
    for (const job of changedJobs) {
      const own = trackedById.get(job.jobId);
      if (own && stateKey(job) !== own.recordedState) this.options.changed(own.key);
    }
    return undefined;
  }
}
