// Everything a reconciler reaches outside itself, in one place, so tests can hand in fakes.
import type { Model, ModelVersion, Prediction, SlurmCluster, Training } from '../api/types.ts';
import type { AuditSink } from '../audit/sink.ts';
import type { ClusterConnections } from '../clusters/connections.ts';
import type { EventRecorder } from '../kube/events.ts';
import type { ResourceClient } from '../kube/resources.ts';
import type { Logger } from '../observability/logger.ts';
import type { OperatorMetrics } from '../observability/metrics.ts';
import type { ProgressTracker } from '../progress/tracker.ts';
import type { ModelRegistry } from '../registry/registration.ts';
import type { ModelVersionReader } from '../registry/version-index.ts';
import type { TemplateCatalog } from '../templates/index.ts';
import type { UnconfirmedWrites } from './job/unconfirmed-writes.ts';

/** Reads of an informer's cache. */
export interface CachedReader<T> {
  get(namespace: string | undefined, name: string): T | undefined;
}

export interface ReconcileContext {
  /**
   * What reconcilers read: the informers' caches, as controller-runtime's client reads. Every
   * write is guarded by resourceVersion, so a copy older than the API server's costs a conflict
   * and a short requeue, never a wrong write (and never a second job: see job/reconcile.ts).
   */
  cache: {
    trainings: CachedReader<Training>;
    predictions: CachedReader<Prediction>;
    models: CachedReader<Model>;
  };
  trainings: ResourceClient<Training>;
  predictions: ResourceClient<Prediction>;
  models: ResourceClient<Model>;
  versions: ResourceClient<ModelVersion>;
  slurmClusters: ResourceClient<SlurmCluster>;
  /** SlurmClusters from the informer cache. */
  listSlurmClusters(): SlurmCluster[];
  connections: ClusterConnections;
  templates(): TemplateCatalog;
  /** The known ModelVersions (an index the informer keeps). */
  modelVersions: ModelVersionReader;
  /** Registers succeeded Trainings as ModelVersions. */
  registry: ModelRegistry;
  events: EventRecorder;
  audit: AuditSink;
  /** Status writes that failed without saying whether they were stored. */
  unconfirmedWrites: UnconfirmedWrites;
  /** Follows running jobs' progress files (absent: no job's progress is read). */
  progress?: Pick<ProgressTracker, 'watch' | 'settle' | 'forget'>;
  now(): Date;
  log: Logger;
  metrics?: OperatorMetrics;
}
