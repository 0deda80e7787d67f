// The controller runtime the reconcilers run on: outcomes, keys, the work queue, informers that
// survive errors, and Lease-based leader election.
export { backoffDelay, consoleLogger, type RuntimeLogger } from './backoff.ts';
export {
  addFinalizer,
  addFinalizerOperations,
  type FinalizerEvent,
  hasFinalizer,
  resourceVersionGuard,
  STALE_COPY_REQUEUE_MS,
  withFinalizer,
} from './finalizer.ts';
export { type InformerEvent, ResourceInformer, type ResourceInformerOptions } from './informer.ts';
export { objectKey, parseKey } from './keys.ts';
export { type LeaderElectionOptions, LeaderElector } from './leader-election.ts';
export { done, type ReconcileOutcome, requeueAfter } from './outcome.ts';
export { type QueueMetrics, WorkQueue, type WorkQueueOptions } from './work-queue.ts';
