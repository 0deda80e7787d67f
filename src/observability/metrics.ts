// The operator's Prometheus metrics (prom-client), named by Prometheus conventions: a
// slurm_ml_ prefix, units in names, and bounded label sets (kinds, phases, clusters, routes).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueMetrics } from '../runtime/index.ts';
import type { RequestObserver } from '../slurm/transport.ts';

/** What bindAudit reads; the optional fields come from `audit.stats()`. */
export interface AuditMetricsSource {
  backlog: number;
  failures: number;
  drops: number;
  transientErrors?: number;
  permanentErrors?: number;
  permanentError?: boolean;
  pruned?: Record<string, number>;
}

const latencyBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const jobBuckets = [1, 5, 15, 30, 60, 300, 900, 1800, 3600, 3 * 3600, 12 * 3600, 24 * 3600, 72 * 3600];

export class OperatorMetrics {
  readonly registry = new Registry();

  readonly reconciles = new Counter({
    name: 'slurm_ml_reconcile_total',
    help: 'Reconciles by kind and result (done, requeue, error).',
    labelNames: ['kind', 'result'] as const,
    registers: [this.registry],
  });
  readonly reconcileDuration = new Histogram({
    name: 'slurm_ml_reconcile_duration_seconds',
    help: 'Time one reconcile took.',
    labelNames: ['kind'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'slurm_ml_workqueue_depth',
    help: 'Keys waiting to be reconciled.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });
  readonly queueAdds = new Counter({
    name: 'slurm_ml_workqueue_adds_total',
    help: 'Keys added to a work queue.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });
  readonly queueRetries = new Counter({
    name: 'slurm_ml_workqueue_retries_total',
    help: 'Keys requeued with backoff after an error.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });
  readonly queueLatency = new Histogram({
    name: 'slurm_ml_workqueue_queue_duration_seconds',
    help: 'How long a key waited in the queue before its reconcile started.',
    labelNames: ['queue'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  readonly slurmRequests = new Counter({
    name: 'slurm_ml_slurm_requests_total',
    help: 'Requests to slurmrestd by cluster, method, route and HTTP status ("error" for no answer).',
    labelNames: ['cluster', 'method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly slurmRequestDuration = new Histogram({
    name: 'slurm_ml_slurm_request_duration_seconds',
    help: 'Time slurmrestd took to answer.',
    labelNames: ['cluster', 'method', 'route'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });
  readonly pollListCalls = new Counter({
    name: 'slurm_ml_poll_list_calls_total',
    help: 'List requests the job pollers sent to slurmrestd (one per states or changed-since call).',
    labelNames: ['cluster'] as const,
    registers: [this.registry],
  });
  readonly pollCycles = new Counter({
    name: 'slurm_ml_poll_cycles_total',
    help: 'Poll cycles with at least one tracked job.',
    labelNames: ['cluster'] as const,
    registers: [this.registry],
  });
  readonly pollTracked = new Gauge({
    name: 'slurm_ml_poll_tracked_jobs',
    help: 'Jobs the last poll cycle tracked.',
    labelNames: ['cluster'] as const,
    registers: [this.registry],
  });
  readonly submitToStart = new Histogram({
    name: 'slurm_ml_job_queue_wait_seconds',
    help: 'Time from Slurm submit to job start.',
    labelNames: ['cluster', 'kind'] as const,
    buckets: jobBuckets,
    registers: [this.registry],
  });
  readonly runDuration = new Histogram({
    name: 'slurm_ml_job_run_duration_seconds',
    help: 'Time from job start to end, by outcome.',
    labelNames: ['cluster', 'kind', 'phase'] as const,
    buckets: jobBuckets,
    registers: [this.registry],
  });
  readonly lostJobs = new Counter({
    name: 'slurm_ml_jobs_lost_total',
    help: 'Jobs Slurm forgot before their end was seen.',
    labelNames: ['cluster'] as const,
    registers: [this.registry],
  });
  readonly transitions = new Counter({
    name: 'slurm_ml_phase_transitions_total',
    help: 'Phase changes of Trainings and Predictions.',
    labelNames: ['kind', 'phase'] as const,
    registers: [this.registry],
  });
  readonly informerRestarts = new Counter({
    name: 'slurm_ml_informer_restarts_total',
    help: 'Informer restarts after watch or list errors.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly progressBytesRead = new Counter({
    name: 'slurm_ml_progress_read_bytes_total',
    help: "Bytes of running jobs' progress files read.",
    registers: [this.registry],
  });
  readonly progressRefusedLines = new Counter({
    name: 'slurm_ml_progress_refused_lines_total',
    help: 'Progress report lines refused as malformed (docs/progress.md).',
    registers: [this.registry],
  });
  readonly progressStatusWrites = new Counter({
    name: 'slurm_ml_progress_status_writes_total',
    help: 'Status writes for progress (at most one per job per progress interval), by result.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly leader = new Gauge({
    name: 'slurm_ml_leader',
    help: '1 while this replica is the leader.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'slurm_ml_' });
    // prom-client names these gauges *_total, which promtool rightly reports; the counts they
    // carry are in nodejs_active_handles / _requests / _resources (without the suffix) too.
    for (const name of [
      'nodejs_active_handles_total',
      'nodejs_active_requests_total',
      'nodejs_active_resources_total',
    ]) {
      this.registry.removeSingleMetric(`slurm_ml_${name}`);
    }
  }

  /** The audit store's counters, read at scrape time (`audit.stats()`; the sink's stats alone lack the last three). */
  bindAudit(stats: () => AuditMetricsSource): void {
    const read = (field: 'backlog' | 'failures' | 'drops') => () => [{ labels: {}, value: stats()[field] }];
    this.collected('slurm_ml_audit_backlog', 'Audit transitions waiting to be written.', [], read('backlog'));
    this.collectedCounter(
      'slurm_ml_audit_write_failures_total',
      'Failed audit write attempts.',
      read('failures'),
    );
    this.collectedCounter(
      'slurm_ml_audit_dropped_total',
      'Audit transitions dropped on queue overflow (recovered by resync).',
      read('drops'),
    );
    this.collectedCounter(
      'slurm_ml_audit_errors_total',
      'Failed audit write attempts by class: transient (the database away) or permanent (e.g. a privilege revoked, a column missing).',
      () => {
        const s = stats();
        return [
          { labels: { class: 'transient' }, value: s.transientErrors ?? 0 },
          { labels: { class: 'permanent' }, value: s.permanentErrors ?? 0 },
        ];
      },
      ['class'],
    );
    this.collected(
      'slurm_ml_audit_permanent_error',
      '1 while the audit store fails permanently (see /readyz for why).',
      [],
      () => [{ labels: {}, value: stats().permanentError ? 1 : 0 }],
    );
    this.collectedCounter(
      'slurm_ml_audit_pruned_rows_total',
      'Audit rows removed by retention (AUDIT_RETENTION), by table.',
      () => Object.entries(stats().pruned ?? {}).map(([table, value]) => ({ labels: { table }, value })),
      ['table'],
    );
  }

  private collectedCounter(
    name: string,
    help: string,
    collect: () => { labels?: Record<string, string>; value: number }[],
    labelNames: readonly string[] = [],
  ): void {
    new Counter({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { labels = {}, value } of collect()) this.inc(labels, value);
      },
    });
  }

  /** A gauge computed at scrape time, e.g. from the informer caches. */
  collected<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: () => { labels: Record<L, string>; value: number }[],
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const { labels, value } of collect()) this.inc(labels as never, value);
      },
    });
  }

  queue(): QueueMetrics {
    return {
      depth: (name, depth) => this.queueDepth.set({ queue: name }, depth),
      added: (name) => this.queueAdds.inc({ queue: name }),
      latency: (name, seconds) => this.queueLatency.observe({ queue: name }, seconds),
      workDuration: () => {},
      retries: (name) => this.queueRetries.inc({ queue: name }),
    };
  }

  slurmObserver(cluster: string): RequestObserver {
    return ({ method, route, status, durationSeconds }) => {
      // Version-neutral routes keep label sets bounded across clusters of different releases.
      const label = route.replace(/\/v0\.0\.\d+\//, '/{version}/');
      this.slurmRequests.inc({ cluster, method, route: label, status: String(status) });
      this.slurmRequestDuration.observe({ cluster, method, route: label }, durationSeconds);
    };
  }
}
