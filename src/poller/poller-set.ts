// Keeps one JobPoller running per connected SlurmCluster, at that cluster's poll interval.

import { durationMs } from '../api/duration.ts';
import { ACTIVE_PHASES } from '../api/phases.ts';
import type { Prediction, Training } from '../api/types.ts';
import type { ClusterConnections } from '../clusters/connections.ts';
import type { Logger } from '../observability/logger.ts';
import { objectKey } from '../runtime/index.ts';
import { JobPoller, type JobPollerOptions, type TrackedJob } from './job-poller.ts';

export interface PollerSetOptions {
  connections: ClusterConnections;
  clusterNames: () => string[];
  trainings: () => Training[];
  predictions: () => Prediction[];
  changed: (kind: 'Training' | 'Prediction', key: string) => void;
  log: Logger;
  onCycle?: JobPollerOptions['onCycle'];
}

const SEPARATOR = '|';
/** The CRD's minimum; SlurmClusters stored before it existed may say less (0s would spin). */
const MIN_POLL_INTERVAL_MS = 1_000;

export class PollerSet {
  private readonly options: PollerSetOptions;
  private readonly pollers = new Map<string, { poller: JobPoller; intervalMs: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(options: PollerSetOptions) {
    this.options = options;
  }

  start(): void {
    this.sync();
    this.timer = setInterval(() => this.sync(), 2_000);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.pollers.values()].map(({ poller }) => poller.stop()));
    this.pollers.clear();
  }

  /** Jobs of one cluster that Slurm may still change. */
  tracked(cluster: string): TrackedJob[] {
    const jobs: TrackedJob[] = [];
    const add = (kind: 'Training' | 'Prediction', resource: Training | Prediction) => {
      const { status } = resource;
      if (
        status?.slurm?.cluster !== cluster ||
        !status.slurm.jobId ||
        !ACTIVE_PHASES.includes(status.phase ?? 'Pending')
      )
        return;
      jobs.push({
        key: `${kind}${SEPARATOR}${objectKey(resource)}`,
        jobId: status.slurm.jobId,
        recordedState: status.slurm.state,
      });
    };
    for (const training of this.options.trainings()) add('Training', training);
    for (const prediction of this.options.predictions()) add('Prediction', prediction);
    return jobs;
  }

  private sync(): void {
    const { connections, log } = this.options;
    const wanted = new Set(this.options.clusterNames().filter((name) => connections.get(name)));
    for (const [name, { poller }] of this.pollers) {
      const intervalMs = this.intervalOf(name);
      if (!wanted.has(name) || intervalMs !== this.pollers.get(name)?.intervalMs) {
        void poller.stop();
        this.pollers.delete(name);
      }
    }
    for (const name of wanted) {
      if (this.pollers.has(name)) continue;
      const intervalMs = this.intervalOf(name);
      const poller = new JobPoller({
        cluster: name,
        slurm: () => connections.get(name)?.connection.client,
        intervalMs,
        tracked: () => this.tracked(name),
        changed: (key) => {
          const [kind, resourceKey] = key.split(SEPARATOR) as ['Training' | 'Prediction', string];
          this.options.changed(kind, resourceKey);
        },
        log,
        onCycle: this.options.onCycle,
      });
      this.pollers.set(name, { poller, intervalMs });
      poller.start();
    }
  }

  private intervalOf(name: string): number {
    const configured = durationMs(this.options.connections.get(name)?.spec.pollInterval ?? '5s');
    return Math.max(MIN_POLL_INTERVAL_MS, configured);
  }
}
