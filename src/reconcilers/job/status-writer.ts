// Writing a Training's or Prediction's status: through /status, guarded by resourceVersion,
// skipped when nothing changed, and every phase change reported to the audit sink and as an Event.
// A phase change is also appended to status.phaseHistory in the same write: the audit sink's queue
// lives in memory, and the history is what lets a restarted operator store what a killed one had not,
// and this one store what a write whose answer was lost had changed (a resync of that resource from
// a later copy: unconfirmed-writes.ts).
import { isDeepStrictEqual } from 'node:util';
import { type ConditionInput, setCondition } from '../../api/conditions.ts';
import { appendPhase } from '../../api/phase-history.ts';
import { isEndedByJob } from '../../api/phases.ts';
import type { JobResource, Phase } from '../../api/types.ts';
import { mayHaveBeenStored, type ResourceClient } from '../../kube/resources.ts';
import { done, type ReconcileOutcome, requeueAfter } from '../../runtime/index.ts';
import type { ReconcileContext } from '../context.ts';
import { finalStatus, type JobStatus } from './mirror.ts';
import type { PlacementWait } from './placement.ts';

const WARNING_PHASES = new Set(['Failed', 'Lost']);
/**
 * Routine progress: the status, its JOB column and the audit history show it. An Event for each
 * would be a write per Training the API server does not need (`kubectl describe` still shows how
 * each Training ended, and every warning).
 */
const SILENT_PHASES = new Set(['Submitted', 'Running']);

export async function writeStatus<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  next: JobStatus,
): Promise<R> {
  const previous = resource.status ?? {};
  const status: JobStatus = { ...next, observedGeneration: resource.metadata.generation };
  const transitions = phasesEntered(resource, previous, next, ctx.now());
  let history = previous.phaseHistory;
  for (const { to, reason, at } of transitions) history = appendPhase(history, to, reason, at);
  if (history !== previous.phaseHistory) status.phaseHistory = history;
  if (isDeepStrictEqual(previous, status)) return resource;
  let updated: R;
  try {
    updated = await client.replaceStatus({ ...resource, status } as R);
  } catch (error) {
    // Only a phase change can go missing from the audit store.
    if (transitions.length > 0 && mayHaveBeenStored(error)) ctx.unconfirmedWrites.remember(resource);
    throw error;
  }
  for (const transition of transitions) {
    const { from, to, reason, message, at } = transition;
    ctx.log.info({ from, to, reason }, `${resource.kind} phase ${from ?? '-'} -> ${to}`);
    ctx.audit.record({
      kind: resource.kind,
      namespace: resource.metadata.namespace ?? null,
      name: resource.metadata.name ?? '',
      uid: resource.metadata.uid ?? '',
      from,
      to,
      reason: reason ?? to,
      message,
      slurmState: status.slurm?.state ?? null,
      slurmJobId: status.slurm?.jobId ?? null,
      cluster: status.slurm?.cluster ?? null,
      // The same instant as the history entry: a resync then recognises it as already stored.
      at,
    });
    // Being created is no news to the user who created it (the audit store still has it); an
    // Event per resource saved is a write per resource the API server does not have to make.
    const created = from === null && to === 'Pending' && !reason;
    if (WARNING_PHASES.has(to)) ctx.events.warning(updated, reason ?? to, message);
    else if (!created && !SILENT_PHASES.has(to)) ctx.events.normal(updated, reason ?? to, message);
  }
  if (transitions.length > 0) observePhase(ctx, resource.kind, previous, status, transitions.length);
  // After the record, so this write's own transition is stored by it and not by the resync.
  ctx.unconfirmedWrites.written(updated, ctx.audit);
  return updated;
}

interface PhaseEntered {
  from: Phase | null;
  to: Phase;
  reason: string | undefined;
  message: string;
  at: Date;
}

/**
 * The phases this write enters. Every resource is Pending first: a first status that already
 * says more (the first write is often the Submitted one, since the marker before a submit is an
 * annotation) records Pending too, at the resource's creation, when it began to wait.
 */
function phasesEntered(
  resource: JobResource,
  previous: JobStatus,
  next: JobStatus,
  at: Date,
): PhaseEntered[] {
  if (!next.phase || next.phase === previous.phase) return [];
  const entered = {
    from: previous.phase ?? null,
    to: next.phase,
    reason: next.reason,
    message: next.message ?? '',
    at,
  };
  if (previous.phase || next.phase === 'Pending') return [entered];
  const createdAt = new Date(resource.metadata.creationTimestamp ?? at);
  const since = Number.isNaN(createdAt.getTime()) || createdAt > at ? at : createdAt;
  return [
    { from: null, to: 'Pending', reason: undefined, message: '', at: since },
    { ...entered, from: 'Pending' },
  ];
}

function observePhase(
  ctx: ReconcileContext,
  kind: string,
  previous: JobStatus,
  status: JobStatus,
  entered: number,
): void {
  const { metrics } = ctx;
  if (!metrics || !status.phase) return;
  if (entered > 1) metrics.transitions.inc({ kind, phase: 'Pending' });
  const cluster = status.slurm?.cluster ?? '';
  const seconds = (from?: string, to?: string) =>
    from && to ? (Date.parse(to) - Date.parse(from)) / 1000 : undefined;
  metrics.transitions.inc({ kind, phase: status.phase });
  const wait = seconds(status.submittedAt, status.startedAt);
  if (!previous.startedAt && wait !== undefined)
    metrics.submitToStart.observe({ cluster, kind }, Math.max(0, wait));
  const run = seconds(status.startedAt, status.finishedAt);
  if (isEndedByJob(status.phase) && run !== undefined) {
    metrics.runDuration.observe({ cluster, kind, phase: status.phase }, Math.max(0, run));
  }
  if (status.phase === 'Lost') metrics.lostJobs.inc({ cluster });
}

/** Writes a final phase with its Complete/Failed conditions; nothing changes the resource after. */
export async function writeFinalStatus<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  status: JobStatus,
  phase: Phase,
  reason: string,
  message: string,
): Promise<ReconcileOutcome> {
  const final = finalStatus(status, phase, reason, message, resource.metadata.generation, ctx.now());
  await writeStatus(ctx, client, resource, final);
  return done;
}

/** Sets one condition and nothing else. */
export async function writeCondition<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  condition: ConditionInput,
): Promise<R> {
  const status = resource.status ?? {};
  const conditions = setCondition(status.conditions, condition, resource.metadata.generation, ctx.now());
  return writeStatus(ctx, client, resource, { ...status, conditions });
}

/** No cluster takes the job now: say why (phase unchanged) and look again later. */
export async function writeWaiting<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  { condition, requeueMs }: PlacementWait,
): Promise<ReconcileOutcome> {
  const status = resource.status ?? {};
  const conditions = setCondition(status.conditions, condition, resource.metadata.generation, ctx.now());
  const { reason, message } = condition;
  await writeStatus(ctx, client, resource, {
    ...status,
    phase: status.phase ?? 'Pending',
    reason,
    message,
    conditions,
  });
  return requeueAfter(requeueMs);
}
