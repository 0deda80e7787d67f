// The operator: informers feed keyed work queues; the leader runs the reconcilers and the
// pollers; everything stops cleanly on shutdown.
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node';
import { durationMs } from './api/duration.ts';
import { isFinalPhase } from './api/phases.ts';
import {
  GROUP,
  type Model,
  type ModelVersion,
  type Prediction,
  resourceKinds,
  type SlurmCluster,
  type Training,
  VERSION,
} from './api/types.ts';
import type { MetricPoint } from './audit/index.ts';
import type { AuditSink } from './audit/sink.ts';
import { ClusterConnections } from './clusters/connections.ts';
import { DEFAULT_PROGRESS_INTERVAL } from './config.ts';
import type { EventRecorder } from './kube/events.ts';
import { OwnWrites } from './kube/own-writes.ts';
import { writeProgress } from './kube/progress-status.ts';
import { KubeResourceClient } from './kube/resources.ts';
import { FailureLog } from './observability/failure-log.ts';
import { inReconcileScope, type Logger } from './observability/logger.ts';
import type { OperatorMetrics } from './observability/metrics.ts';
import { PollerSet } from './poller/poller-set.ts';
import { MAX_PROGRESS_SERIES, progressSeries } from './progress/series.ts';
import { ProgressTracker } from './progress/tracker.ts';
import type { ReconcileContext } from './reconcilers/context.ts';
import { UnconfirmedWrites } from './reconcilers/job/unconfirmed-writes.ts';
import { reconcileModel } from './reconcilers/model.ts';
import { reconcilePrediction } from './reconcilers/prediction.ts';
import { reconcileSlurmCluster } from './reconcilers/slurm-cluster.ts';
import { reconcileTraining } from './reconcilers/training.ts';
import { ModelRegistry } from './registry/registration.ts';
import { ModelVersionIndex } from './registry/version-index.ts';
import {
  type InformerEvent,
  objectKey,
  type ReconcileOutcome,
  ResourceInformer,
  WorkQueue,
} from './runtime/index.ts';
import type { TemplateCatalog } from './templates/index.ts';

export interface OperatorOptions {
  kubeConfig: KubeConfig;
  operatorNamespace: string;
  /** The only directory a SlurmCluster's `auth.tokenFile` may name (SLURM_TOKEN_DIR). */
  tokenFileDirectory?: string | undefined;
  templates: () => TemplateCatalog;
  events: EventRecorder;
  audit: AuditSink;
  log: Logger;
  concurrency?: number;
  metrics?: OperatorMetrics;
  /** Progress files of running jobs: how often they are read, and where metric points go. */
  progress?: {
    intervalMs: number;
    storePoints?: (points: MetricPoint[]) => Promise<unknown>;
  };
  /** Every informer event of the audited kinds (the audit store keeps resource snapshots). */
  onResourceEvent?: (type: InformerEvent, object: AuditedKind) => void;
}

type AuditedKind = Training | Prediction | Model | ModelVersion;

/**
 * A Model's status follows its versions at most this often: a sweep registering a version a
 * second costs one small Model write per period, not one per Training (the summary is counts).
 */
export const MODEL_STATUS_BATCH_MS = 5_000;

type KindName = (typeof resourceKinds)[number]['kind'];

function kindInfo(kind: KindName) {
  const info = resourceKinds.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown kind ${kind}`);
  return info;
}

export class Operator {
  readonly informers;
  readonly queues;
  readonly context: ReconcileContext;
  private readonly pollers: PollerSet;
  private readonly progress: ProgressTracker;
  private readonly clusterSignatures = new Map<string, string>();
  private readonly ownWrites = new OwnWrites();
  private readonly versionIndex = new ModelVersionIndex();
  /** Per Model, the generation last seen: status-only events do not wake the Model reconciler. */
  private readonly modelGenerations = new Map<string, number | undefined>();
  private readonly options: OperatorOptions;
  private running = false;

  constructor(options: OperatorOptions) {
    this.options = options;
    const { kubeConfig, log } = options;
    const informer = <T extends KubernetesObject>(
      kind: KindName,
      onEvent: (object: T, type: InformerEvent) => void,
    ) => {
      const info = kindInfo(kind);
      return new ResourceInformer<T>({
        kubeConfig,
        group: GROUP,
        version: VERSION,
        plural: info.plural,
        namespaced: info.namespaced,
        stripManagedFields: true,
        onEvent: (type, object) => {
          if (kind !== 'SlurmCluster') options.onResourceEvent?.(type, object as unknown as AuditedKind);
          if (type === 'delete') {
            this.ownWrites.forget(object);
            this.context.unconfirmedWrites.forget(object.metadata?.uid);
            if (kind === 'Training' || kind === 'Prediction') this.progress.forget(object);
          }
          onEvent(object, type);
        },
        onRestart: (error) => {
          options.metrics?.informerRestarts.inc({ kind });
          log.warn({ kind, err: error }, 'informer restarted');
        },
        logger: (message, error) => log.error({ kind, err: error }, message),
      });
    };
    const trainings = new KubeResourceClient<Training>(kubeConfig, kindInfo('Training'), this.ownWrites);
    const predictions = new KubeResourceClient<Prediction>(
      kubeConfig,
      kindInfo('Prediction'),
      this.ownWrites,
    );
    const models = new KubeResourceClient<Model>(kubeConfig, kindInfo('Model'));
    const versions = new KubeResourceClient<ModelVersion>(kubeConfig, kindInfo('ModelVersion'));
    const slurmClusters = new KubeResourceClient<SlurmCluster>(kubeConfig, kindInfo('SlurmCluster'));
    const { metrics } = options;
    const connections = new ClusterConnections({
      kubeConfig,
      operatorNamespace: options.operatorNamespace,
      tokenFileDirectory: options.tokenFileDirectory,
      observe: metrics && ((cluster) => metrics.slurmObserver(cluster)),
    });

    this.informers = {
      trainings: informer<Training>('Training', (t) => this.enqueueUnlessOwnWrite(this.queues.trainings, t)),
      predictions: informer<Prediction>('Prediction', (p) =>
        this.enqueueUnlessOwnWrite(this.queues.predictions, p),
      ),
      models: informer<Model>('Model', (m, type) => {
        const key = objectKey(m);
        if (type === 'delete') {
          this.modelGenerations.delete(key);
          return;
        }
        // A status-only change is the Model reconciler's own summary (or a person's edit of it,
        // which the next batch rewrites): reacting at once would undo the batching below.
        const changed = this.modelGenerations.get(key) !== m.metadata.generation;
        this.modelGenerations.set(key, m.metadata.generation);
        if (!changed && !m.status?.versions?.length) return;
        this.queues.models.add(key);
        // A new alias may be what a waiting Prediction needs.
        this.wakePredictionsOf(m.metadata.namespace, m.metadata.name);
      }),
      modelVersions: informer<ModelVersion>('ModelVersion', (v, type) => {
        if (type === 'delete') this.versionIndex.remove(v);
        else this.versionIndex.record(v);
        const { namespace } = v.metadata;
        this.queues.models.addAfter(`${namespace}/${v.spec.model}`, MODEL_STATUS_BATCH_MS);
        this.wakePredictionsOf(namespace, v.spec.model);
      }),
      slurmClusters: informer<SlurmCluster>('SlurmCluster', (c) => {
        this.queues.slurmClusters.add(objectKey(c));
        // Tenancy, defaults or credentials changed, or Ready flipped: everything not settled is
        // re-evaluated. Routine status writes (probe times) change neither.
        const signature = `${c.metadata.generation}/${c.status?.conditions?.find((x) => x.type === 'Ready')?.status}`;
        if (this.clusterSignatures.get(objectKey(c)) === signature) return;
        this.clusterSignatures.set(objectKey(c), signature);
        for (const r of [...this.informers.trainings.list(), ...this.informers.predictions.list()]) {
          if (!isFinalPhase(r.status?.phase)) this.queueFor(r.kind).add(objectKey(r));
        }
      }),
    };

    this.progress = new ProgressTracker({
      intervalMs: options.progress?.intervalMs ?? durationMs(DEFAULT_PROGRESS_INTERVAL),
      writeStatus: (job, shown) =>
        job.kind === 'Prediction'
          ? writeProgress(predictions, job, shown, metrics)
          : writeProgress(trainings, job, shown, metrics),
      ...(options.progress?.storePoints ? { storePoints: options.progress.storePoints } : {}),
      log,
      now: () => new Date(),
      onRead:
        metrics &&
        (({ bytes, refused }) => {
          metrics.progressBytesRead.inc(bytes);
          if (refused > 0) metrics.progressRefusedLines.inc(refused);
        }),
    });

    this.context = {
      cache: {
        trainings: this.informers.trainings,
        predictions: this.informers.predictions,
        models: this.informers.models,
      },
      trainings,
      predictions,
      models,
      versions,
      slurmClusters,
      listSlurmClusters: () => this.informers.slurmClusters.list(),
      connections,
      templates: options.templates,
      modelVersions: this.versionIndex,
      registry: new ModelRegistry({
        versions,
        models,
        index: this.versionIndex,
        cachedModel: (namespace, name) => this.informers.models.get(namespace, name),
      }),
      events: options.events,
      audit: options.audit,
      unconfirmedWrites: new UnconfirmedWrites(),
      progress: this.progress,
      now: () => new Date(),
      log,
      metrics,
    };

    const concurrency = options.concurrency ?? 8;
    const failures = new FailureLog(log);
    const queue = (name: string, reconcile: (key: string) => Promise<ReconcileOutcome>) =>
      new WorkQueue(
        { name, concurrency, metrics: metrics?.queue() },
        (key) => this.measured(name, key, reconcile),
        (key, error) => {
          metrics?.reconciles.inc({ kind: name, result: 'error' });
          failures.report(name, key, error);
        },
      );
    this.queues = {
      trainings: queue('training', (key) => reconcileTraining(this.context, key)),
      predictions: queue('prediction', (key) => reconcilePrediction(this.context, key)),
      models: queue('model', (key) => reconcileModel(this.context, key)),
      slurmClusters: queue('slurmcluster', (key) => reconcileSlurmCluster(this.context, key)),
    };

    this.pollers = new PollerSet({
      connections,
      clusterNames: () => this.informers.slurmClusters.list().map((c) => c.metadata.name ?? ''),
      trainings: () => this.informers.trainings.list(),
      predictions: () => this.informers.predictions.list(),
      // Slurm changed a job: observing that goes before new submissions (status lag is the user's wait).
      changed: (kind, key) => this.queueFor(kind).add(key, { urgent: true }),
      log,
      onCycle:
        metrics &&
        (({ cluster, listCalls, tracked }) => {
          metrics.pollCycles.inc({ cluster });
          metrics.pollListCalls.inc({ cluster }, listCalls);
          metrics.pollTracked.set({ cluster }, tracked);
        }),
    });
    if (metrics) this.registerCollectedMetrics(metrics);
  }

  /** One reconcile, with a correlation id in every log line and its duration and result counted. */
  private async measured(
    kind: string,
    key: string,
    reconcile: (key: string) => Promise<ReconcileOutcome>,
  ): Promise<ReconcileOutcome> {
    const started = performance.now();
    const outcome = await inReconcileScope(kind, key, () => reconcile(key));
    this.options.metrics?.reconcileDuration.observe({ kind }, (performance.now() - started) / 1000);
    this.options.metrics?.reconciles.inc({ kind, result: outcome.kind });
    return outcome;
  }

  private registerCollectedMetrics(metrics: OperatorMetrics): void {
    metrics.collected(
      'slurm_ml_resources',
      'Trainings and Predictions by namespace, model, phase and cluster.',
      ['kind', 'namespace', 'model', 'phase', 'cluster'],
      () =>
        [...this.informers.trainings.list(), ...this.informers.predictions.list()].map((r) => ({
          labels: {
            kind: r.kind ?? '',
            namespace: r.metadata.namespace ?? '',
            model: r.spec.model,
            phase: r.status?.phase ?? 'Pending',
            cluster: r.status?.slurm?.cluster ?? r.spec.cluster ?? '',
          },
          value: 1,
        })),
    );
    metrics.collected(
      'slurm_ml_progress_percent',
      `Percent done of running Trainings and Predictions that report progress (at most ${MAX_PROGRESS_SERIES}, the latest updated); gone once they end.`,
      ['kind', 'namespace', 'name', 'model', 'cluster'],
      () => progressSeries([...this.informers.trainings.list(), ...this.informers.predictions.list()]),
    );
    metrics.collected(
      'slurm_ml_progress_watched_jobs',
      'Running jobs whose progress files the operator reads.',
      [],
      () => [{ labels: {}, value: this.progress.watched }],
    );
    metrics.collected('slurm_ml_slurm_cluster_ready', '1 when the SlurmCluster is Ready.', ['cluster'], () =>
      this.informers.slurmClusters.list().map((c) => ({
        labels: { cluster: c.metadata.name ?? '' },
        value: c.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ? 1 : 0,
      })),
    );
    metrics.collected(
      'slurm_ml_model_versions',
      'Registered versions per model.',
      ['namespace', 'model'],
      () =>
        this.informers.models.list().map((m) => ({
          labels: { namespace: m.metadata.namespace ?? '', model: m.metadata.name ?? '' },
          value: this.versionIndex.versionsOf(m.metadata.namespace ?? '', m.metadata.name ?? '').size,
        })),
    );
  }

  /** A new version or alias of this model may be what a waiting Prediction needs. */
  private wakePredictionsOf(namespace: string | undefined, model: string | undefined): void {
    for (const p of this.informers.predictions.list(namespace)) {
      if (p.spec.model === model && !isFinalPhase(p.status?.phase)) this.queues.predictions.add(objectKey(p));
    }
  }

  /** The reconcile that wrote this very version already acted on it; any other change queues the key. */
  private enqueueUnlessOwnWrite(queue: WorkQueue, object: Training | Prediction): void {
    if (this.ownWrites.isOwn(object)) return;
    queue.add(objectKey(object));
  }

  private queueFor(kind: string | undefined): WorkQueue {
    return kind === 'Prediction' ? this.queues.predictions : this.queues.trainings;
  }

  /** Starts the caches (every replica keeps them warm) and waits for the first full lists. */
  async startInformers(): Promise<void> {
    await Promise.all(Object.values(this.informers).map((i) => i.start()));
    this.options.log.info('informers synced');
  }

  get informersSynced(): boolean {
    return Object.values(this.informers).every((i) => i.synced);
  }

  /** Leader only: reconcile and poll. Nothing reconciles before the first lists completed. */
  startReconciling(): void {
    if (!this.informersSynced) throw new Error('informers have not synced yet');
    if (this.running) return;
    this.running = true;
    // SlurmClusters first, so connections exist when the first Trainings reconcile.
    this.queues.slurmClusters.start();
    for (const queue of [this.queues.models, this.queues.trainings, this.queues.predictions]) queue.start();
    this.pollers.start();
    this.progress.start();
    this.options.log.info('reconciling');
  }

  async stop(): Promise<void> {
    await this.pollers.stop();
    this.progress.stop();
    await Promise.all(Object.values(this.queues).map((q) => q.shutdown()));
    await Promise.all(Object.values(this.informers).map((i) => i.stop()));
  }
}
