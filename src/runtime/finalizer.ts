// A finalizer as a small state machine, in the shape of kube-rs' `finalizer()`: the reconciler
// says what to do while the object lives (apply) and what must happen before it may go (cleanup).
// Unlike kube-rs, the finalizer is not added on sight: an object with nothing outside Kubernetes
// to clean up needs none, so the reconciler adds it with the first change that creates such a
// thing (`addFinalizerOperations` in the same patch), and no write is spent on it alone. Every
// patch first tests the resourceVersion it was computed from, so it never clobbers a concurrent
// change to the list; a refused guard (422 or 409) is a stale copy, answered with a short
// requeue, never an error. Only the helper's own patches are read that way: what `reconcile`
// throws is its own business.
import type { KubernetesObject } from '@kubernetes/client-node';
import { isGuardRefused, type JsonPatchOperation, type ResourceClient } from '../kube/resources.ts';
import { done, type ReconcileOutcome, requeueAfter } from './outcome.ts';

export type FinalizerEvent<T> =
  /** The object lives, with or without the finalizer (`hasFinalizer`). */
  | { type: 'apply'; object: T }
  /** The object is being deleted: `done` lets it go, a requeue keeps it until cleanup is over. */
  | { type: 'cleanup'; object: T };

export const STALE_COPY_REQUEUE_MS = 250;

export const hasFinalizer = (object: KubernetesObject, finalizer: string): boolean =>
  (object.metadata?.finalizers ?? []).includes(finalizer);

export async function withFinalizer<T extends KubernetesObject>(
  client: ResourceClient<T>,
  finalizer: string,
  object: T,
  reconcile: (event: FinalizerEvent<T>) => Promise<ReconcileOutcome>,
): Promise<ReconcileOutcome> {
  const present = hasFinalizer(object, finalizer);
  if (object.metadata?.deletionTimestamp) {
    // Without our finalizer the object's cleanup is over (or never began): nothing to do.
    if (!present) return done;
    const outcome = await reconcile({ type: 'cleanup', object });
    if (outcome.kind !== 'done') return outcome;
    const removed = await guardedPatch(client, object, removeFinalizerPatch(object, finalizer));
    return removed ? done : requeueAfter(STALE_COPY_REQUEUE_MS);
  }
  return reconcile({ type: 'apply', object });
}

/** The finalizer on its own, for an object that needs it and has nothing else to write: null when the guard refused. */
export function addFinalizer<T extends KubernetesObject>(
  client: ResourceClient<T>,
  object: T,
  finalizer: string,
): Promise<T | null> {
  return guardedPatch(client, object, [
    resourceVersionGuard(object),
    ...addFinalizerOperations(object, finalizer),
  ]);
}

/** The patched object, or null when the guard refused it (our copy was stale). */
async function guardedPatch<T extends KubernetesObject>(
  client: ResourceClient<T>,
  object: T,
  operations: JsonPatchOperation[],
): Promise<T | null> {
  try {
    return await client.jsonPatch(object.metadata?.namespace, object.metadata?.name ?? '', operations);
  } catch (error) {
    if (isGuardRefused(error)) return null;
    throw error;
  }
}

export const resourceVersionGuard = (object: KubernetesObject): JsonPatchOperation => ({
  op: 'test',
  path: '/metadata/resourceVersion',
  value: object.metadata?.resourceVersion,
});

/** Unguarded: the caller puts them after its own `resourceVersionGuard`. None when it is there. */
export function addFinalizerOperations(object: KubernetesObject, finalizer: string): JsonPatchOperation[] {
  if (hasFinalizer(object, finalizer)) return [];
  return object.metadata?.finalizers
    ? [{ op: 'add', path: '/metadata/finalizers/-', value: finalizer }]
    : [{ op: 'add', path: '/metadata/finalizers', value: [finalizer] }];
}

function removeFinalizerPatch(object: KubernetesObject, finalizer: string): JsonPatchOperation[] {
  const index = (object.metadata?.finalizers ?? []).indexOf(finalizer);
  return [
    resourceVersionGuard(object),
    { op: 'test', path: `/metadata/finalizers/${index}`, value: finalizer },
    { op: 'remove', path: `/metadata/finalizers/${index}` },
  ];
}
