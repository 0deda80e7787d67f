// The New and Submitting states: submit an attempt exactly once. Everything that can be refused
// without Slurm (template, parameters, resources) is checked before `prepare`, so a typo never
// reaches Slurm. The marker (submit-marker.ts) is written before each submit, with the finalizer
// when the resource lacks it; a reconcile that finds it standing looks the attempt's key up in
// slurmctld and accounting and adopts the job it finds. Finding none is trusted only once the
// marker is `submitSettle` old: a submit that got no answer may still be acted on by a slow slurmctld.
import { setCondition } from '../../api/conditions.ts';
import { durationMs } from '../../api/duration.ts';
import { FINALIZER, type JobResource } from '../../api/types.ts';
import { refusedPaths } from '../../clusters/tenant-paths.ts';
import { isGuardRefused, type ResourceClient } from '../../kube/resources.ts';
import { type ReconcileOutcome, requeueAfter, STALE_COPY_REQUEUE_MS } from '../../runtime/index.ts';
import { SlurmRejectedError } from '../../slurm/errors.ts';
import type { JobSubmission } from '../../slurm/types.ts';
import { checkJobParameters, pathParametersOf, renderJobTemplate } from '../../templates/index.ts';
import type { ReconcileContext } from '../context.ts';
import { type AttemptRef, logEntryOf, logsCondition, withLogEntry } from './job-files.ts';
import type { JobKind } from './kind.ts';
import { clearMissing, type JobStatus } from './mirror.ts';
import { ACTIVE_JOB_REQUEUE_MS } from './observe.ts';
import { findSubmitted } from './own-job.ts';
import { admitted, jobTarget, type Placement, type PlacementWait } from './placement.ts';
import type { JobState } from './states.ts';
import { writeFinalStatus, writeStatus, writeWaiting } from './status-writer.ts';
import { buildSubmission, mergeResources, submittedAs } from './submission.ts';
import { markerPatch, pickPlan, SUBMITTED_CONDITION, type SubmitMarker } from './submit-marker.ts';

type Attempt = Extract<JobState, { name: 'New' | 'Submitting' }>;
type Marked = Extract<JobState, { name: 'Submitting' }>;

export const DEFAULT_SUBMIT_SETTLE = '60s';

/** How much longer a lookup that found nothing must wait before it may lead to another submit. */
export function settleRemainingMs(marker: SubmitMarker, settle: string, now: Date): number {
  const markedAt = Date.parse(marker.at);
  if (Number.isNaN(markedAt)) return 0;
  // A marker from the future (another replica's skewed clock) waits at most one settle time.
  return Math.min(durationMs(settle), Math.max(0, markedAt + durationMs(settle) - now.getTime()));
}

/** The Submitting state: adopt the job the marked attempt may have left, else submit it (again). */
export async function resumeSubmitting<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  resource: R,
  state: Marked,
  placement: Placement | PlacementWait,
): Promise<ReconcileOutcome> {
  const { marker } = state;
  const target = jobTarget(ctx, resource);
  if ('condition' in target) return writeWaiting(ctx, client, resource, target);
  const found = await findSubmitted(target.slurm, submittedAs(kind.jobLabel, resource, state.key));
  if (found) {
    ctx.log.warn(
      { jobId: found.jobId, idempotencyKey: state.key },
      'adopted a Slurm job the status had not recorded',
    );
    const where = { cluster: target.cluster.name, user: found.user ?? marker.user };
    const trusted = kind.trustedPlan(ctx, resource, target.cluster.spec.modelsBasePath, marker.plan);
    const planned = { ...resource.status, ...trusted };
    const files = { kindLabel: kind.jobLabel, key: state.key, cluster: target.cluster };
    return recordSubmitted(ctx, client, resource, planned, where, found.jobId, state.attempt, files);
  }
  // Nothing found is trusted only after the settle time, whatever follows: suspend or submit.
  const settle = target.cluster.spec.submitSettle ?? DEFAULT_SUBMIT_SETTLE;
  const settling = settleRemainingMs(marker, settle, ctx.now());
  if (settling > 0) return requeueAfter(settling);
  if (resource.spec.suspend) {
    // No job: recording the attempt lays the marker down; the resumed attempt is placed anew
    // (spec.cluster may have changed meanwhile).
    const { slurm: _none, ...status } = resource.status ?? {};
    const conditions = setCondition(
      status.conditions,
      { type: SUBMITTED_CONDITION, status: 'False', reason: 'Suspended', message: 'spec.suspend is true' },
      resource.metadata.generation,
      ctx.now(),
    );
    await writeStatus(ctx, client, resource, { ...status, attempts: state.attempt, conditions });
    return requeueAfter(0);
  }
  if (!('cluster' in placement)) return writeWaiting(ctx, client, resource, placement);
  return submitAttempt(ctx, kind, client, resource, state, placement);
}

/** The New state (and Submitting once no job was found after the settle time): check, prepare, mark, submit. */
export async function submitAttempt<R extends JobResource>(
  ctx: ReconcileContext,
  kind: JobKind<R>,
  client: ResourceClient<R>,
  initial: R,
  state: Attempt,
  placement: Placement,
): Promise<ReconcileOutcome> {
  const { attempt, key } = state;
  const now = ctx.now();
  const generation = initial.metadata.generation;
  let resource = initial;
  const fail = (reason: string, message: string, status: JobStatus = resource.status ?? {}) =>
    writeFinalStatus(ctx, client, resource, status, 'Failed', reason, message);

  const template = ctx.templates().get(resource.spec.template);
  if (!template || template.kind !== kind.templateKind) {
    const why = template
      ? `template "${template.name}" is a ${template.kind} template`
      : `no job template named "${resource.spec.template}"`;
    return fail('InvalidTemplate', why);
  }
  const parameters = resource.spec.parameters ?? {};
  const checked = checkJobParameters(template, parameters);
  if (!checked.ok) return fail('InvalidParameters', checked.errors.join('; '));
  const outside = refusedPaths(
    [...kind.pathInputs(resource), ...pathParametersOf(template, parameters)],
    placement.tenant.paths,
  );
  if (outside.length > 0) return fail('PathNotAllowed', outside.join('; '));
  let submission: JobSubmission;
  try {
    submission = buildSubmission({
      ...submittedAs(kind.jobLabel, resource, key),
      script: '', // rendered below, once prepare has given the variables
      resources: mergeResources(resource.spec.resources, template.resources, placement.cluster.spec.defaults),
      tenant: placement.tenant,
      workingDirectory: placement.tenant.paths.tree,
    });
  } catch (error) {
    return fail('InvalidResources', (error as Error).message);
  }

  // A resubmit of a marked attempt keeps what it was decided with (a Prediction's version and output path).
  const { modelsBasePath } = placement.cluster.spec;
  const carried =
    state.name === 'Submitting' ? kind.trustedPlan(ctx, resource, modelsBasePath, state.marker.plan) : {};
  const base: JobStatus = {
    ...resource.status,
    ...carried,
    phase: resource.status?.phase ?? 'Pending',
    conditions: setCondition(resource.status?.conditions, admitted(placement), generation, now),
  };
  const plan = await kind.prepare(ctx, resource, placement, base);
  if (!plan.ready)
    return 'failure' in plan
      ? fail(plan.failure.reason, plan.failure.message, base)
      : requeueAfter(plan.requeueMs);
  const rendered = renderJobTemplate(template, parameters, plan.variables);
  if (!rendered.ok) return fail('InvalidParameters', rendered.errors.join('; '), plan.status);

  const where = { cluster: placement.cluster.name, user: placement.tenant.user };
  // The one write before the submit: the marker with what prepare decided, and the finalizer if
  // missing. Its time is this submit's, so a resubmit that gets no answer settles anew.
  const uid = resource.metadata.uid ?? '';
  const marker: SubmitMarker = { uid, attempt, at: now.toISOString(), ...where, plan: pickPlan(plan.status) };
  const { namespace, name } = resource.metadata;
  try {
    resource = await client.jsonPatch(namespace, name ?? '', markerPatch(resource, FINALIZER, marker));
  } catch (error) {
    // Our copy was stale (the status may already have this attempt's job): read again soon.
    if (isGuardRefused(error)) return requeueAfter(STALE_COPY_REQUEUE_MS);
    throw error;
  }
  let jobId: number;
  try {
    // The template's values join the environment; the operator's own (PATH, ...) always win.
    const environment = { ...rendered.environment, ...submission.environment };
    jobId = await placement.slurm.submit({ ...submission, environment, script: rendered.script });
  } catch (error) {
    const rejected = { ...plan.status, attempts: attempt, slurm: where };
    if (error instanceof SlurmRejectedError) return fail('SlurmRejected', error.message, rejected);
    throw error; // uncertain: the marker makes the next reconcile look the key up first
  }
  ctx.log.info({ jobId, attempt, cluster: where.cluster, idempotencyKey: key }, 'submitted Slurm job');
  const files = { kindLabel: kind.jobLabel, key, cluster: placement.cluster };
  return recordSubmitted(ctx, client, resource, plan.status, where, jobId, attempt, files);
}

/** The status from here on names this attempt and its job, which lays the marker down. */
async function recordSubmitted<R extends JobResource>(
  ctx: ReconcileContext,
  client: ResourceClient<R>,
  resource: R,
  planned: JobStatus,
  where: { cluster: string; user: string | undefined },
  jobId: number,
  attempt: number,
  files: Pick<AttemptRef, 'kindLabel' | 'key' | 'cluster'>,
): Promise<ReconcileOutcome> {
  const now = ctx.now();
  const generation = resource.metadata.generation;
  const ref: AttemptRef = { ...files, resource, attempt, jobId };
  const logEntry = logEntryOf(ref);
  // A new attempt: the times and progress of the one before do not carry over.
  const {
    startedAt: _started,
    finishedAt: _finished,
    progress: _progress,
    metrics: _metrics,
    ...previous
  } = planned;
  const message = `Slurm job ${jobId} submitted to ${where.cluster} (attempt ${attempt})`;
  const submittedCondition = {
    type: SUBMITTED_CONDITION,
    status: 'True',
    reason: 'Submitted',
    message,
  } as const;
  const conditions = clearMissing(
    setCondition(
      setCondition(previous.conditions, submittedCondition, generation, now),
      logsCondition(ref, logEntry),
      generation,
      now,
    ),
    'Resubmitted',
    message,
    generation,
    now,
  );
  await writeStatus(ctx, client, resource, {
    ...previous,
    attempts: attempt,
    phase: 'Submitted',
    reason: 'Submitted',
    message,
    slurm: { cluster: where.cluster, ...(where.user ? { user: where.user } : {}), jobId, state: 'PENDING' },
    submittedAt: now.toISOString(),
    logs: withLogEntry(previous.logs, logEntry),
    conditions,
  });
  return requeueAfter(ACTIVE_JOB_REQUEUE_MS);
}
