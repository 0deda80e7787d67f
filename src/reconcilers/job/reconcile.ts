// The state machine Training and Prediction share. A reconcile reads the resource from the
// informer cache, lets the finalizer helper route a deletion to cleanup, classifies the resource
// into one named state (states.ts) and runs that state's action. Kind-specific steps (model
// paths and registration for a Training, model resolution for a Prediction) come in through JobKind.
import { FINALIZER, type JobResource } from '../../api/types.ts';
import { isConflict, type ResourceClient } from '../../kube/resources.ts';
import {
  addFinalizer,
  done,
  hasFinalizer,
  type ReconcileOutcome,
  requeueAfter,
  STALE_COPY_REQUEUE_MS,
  withFinalizer,
} from '../../runtime/index.ts';
import type { ReconcileContext } from '../context.ts';
import { cleanUp } from './cleanup.ts';
import type { JobKind } from './kind.ts';
import { observe } from './observe.ts';
import { place } from './placement.ts';
import { classify, type JobState } from './states.ts';
import { writeStatus, writeWaiting } from './status-writer.ts';
import { resumeSubmitting, submitAttempt } from './submit.ts';

export async function reconcileJobResource<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  namespace: string,
  name: string,
): Promise<ReconcileOutcome> {
  const cached = kind.cached(ctx).get(namespace, name);
  if (!cached) return done;
  // A final phase whose answer was lost is resynced from here: no write follows it.
  ctx.unconfirmedWrites.resyncIfNewCopy(cached, ctx.audit);
  const client = kind.client(ctx);
  try {
    return await withFinalizer(client, FINALIZER, cached, (event) =>
      event.type === 'cleanup'
        ? cleanUp(ctx, client, event.object)
        : apply(ctx, kind, client, event.object, false),
    );
  } catch (error) {
    // Our copy was older than the API server's (the cache had not caught up yet): read again soon.
    if (isConflict(error)) return requeueAfter(STALE_COPY_REQUEUE_MS);
    throw error;
  }
}

/**
 * Works from the informer cache's copy, as controller-runtime's client reads: every write is
 * guarded by that copy's resourceVersion, so a stale copy costs a conflict and a requeue (the
 * marker's guard is what keeps a stale New from submitting twice). A standing marker is looked
 * up in Slurm only on the API server's latest copy (`fresh`): the cache often lags the write that
 * laid it down, and the lookup lists every job of the cluster.
 */
async function apply<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  resource: R,
  fresh: boolean,
): Promise<ReconcileOutcome> {
  const placement = place(ctx, resource);
  const state: JobState = classify(resource, { placement });
  switch (state.name) {
    case 'Deleting': // seen on a fresh read: the finalizer helper takes it from the next reconcile
      return requeueAfter(STALE_COPY_REQUEUE_MS);
    case 'Final':
      return done;
    case 'Active': {
      // A job exists, so a deletion must cancel it: the finalizer goes back if someone removed it.
      const finalized = hasFinalizer(resource, FINALIZER)
        ? resource
        : await addFinalizer(client, resource, FINALIZER);
      if (!finalized) return requeueAfter(STALE_COPY_REQUEUE_MS);
      return observe(ctx, kind, client, finalized, state);
    }
    case 'Suspended':
      return suspended(ctx, client, resource);
    case 'Unplaced':
      return writeWaiting(ctx, client, resource, state.wait);
    case 'Submitting': {
      if (!fresh) {
        const latest = await client.get(resource.metadata.namespace, resource.metadata.name ?? '');
        if (!latest) return done;
        if (latest.metadata.resourceVersion !== resource.metadata.resourceVersion)
          return apply(ctx, kind, client, latest, true);
      }
      return resumeSubmitting(ctx, kind, client, resource, state, placement);
    }
    case 'New':
      if (!('cluster' in placement)) return writeWaiting(ctx, client, resource, placement);
      return submitAttempt(ctx, kind, client, resource, state, placement);
  }
}

async function suspended<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
): Promise<ReconcileOutcome> {
  const status = { ...resource.status, phase: 'Pending' as const, reason: 'Suspended' };
  await writeStatus(ctx, client, resource, { ...status, message: 'spec.suspend is true' });
  return done;
}
