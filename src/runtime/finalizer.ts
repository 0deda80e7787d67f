// A finalizer as a small state machine, in the shape of kube-rs' `finalizer()`: the reconciler
// says what to do while the object lives (apply) and what must happen before it may go (cleanup);
// this helper adds and removes the finalizer with guarded JSON patches. Each patch first tests the
// resourceVersion it was computed from, so it never clobbers a concurrent change to the list; a
// refused guard (422 or 409) is a stale copy, answered with a short requeue, never an error.
// Only the helper's own patches are read that way: what `reconcile` throws is its own business.
import type { KubernetesObject } from '@kubernetes/client-node';
import { isGuardRefused, type JsonPatchOperation, type ResourceClient } from '../kube/resources.ts';
import { done, type ReconcileOutcome, requeueAfter } from './outcome.ts';

export type FinalizerEvent<T> =
  /** The object lives and carries the finalizer. `fresh`: it is the API server's latest copy. */
  | { type: 'apply'; object: T; fresh: boolean }
  /** The object is being deleted: `done` lets it go, a requeue keeps it until cleanup is over. */
  | { type: 'cleanup'; object: T };

export const STALE_COPY_REQUEUE_MS = 250;

const hasFinalizer = (object: KubernetesObject, finalizer: string): boolean =>
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
  if (present) return reconcile({ type: 'apply', object, fresh: false });
  const added = await guardedPatch(client, object, addFinalizerPatch(object, finalizer));
  if (!added) return requeueAfter(STALE_COPY_REQUEUE_MS);
  return reconcile({ type: 'apply', object: added, fresh: true });
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

const guard = (object: KubernetesObject): JsonPatchOperation => ({
  op: 'test',
  path: '/metadata/resourceVersion',
  value: object.metadata?.resourceVersion,
});

function addFinalizerPatch(object: KubernetesObject, finalizer: string): JsonPatchOperation[] {
  return object.metadata?.finalizers
    ? [guard(object), { op: 'add', path: '/metadata/finalizers/-', value: finalizer }]
    : [guard(object), { op: 'add', path: '/metadata/finalizers', value: [finalizer] }];
}

function removeFinalizerPatch(object: KubernetesObject, finalizer: string): JsonPatchOperation[] {
  const index = (object.metadata?.finalizers ?? []).indexOf(finalizer);
  return [
    guard(object),
    { op: 'test', path: `/metadata/finalizers/${index}`, value: finalizer },
    { op: 'remove', path: `/metadata/finalizers/${index}` },
  ];
}
