// What Training and Prediction do differently inside the one job state machine.
import type { JobResource } from '../../api/types.ts';
import type { PathInput } from '../../clusters/tenant-paths.ts';
import type { ResourceClient } from '../../kube/resources.ts';
import type { SlurmJob } from '../../slurm/types.ts';
import type { TemplateKind } from '../../templates/index.ts';
import type { CachedReader, ReconcileContext } from '../context.ts';
import type { JobStatus } from './mirror.ts';
import type { Placement } from './placement.ts';
import type { SubmitPlan } from './submit-marker.ts';

/** What `prepare` decided: the status to submit with (not yet written) and the template's variables. */
export type SubmissionPlan =
  | { ready: true; status: JobStatus; variables: Record<string, string> }
  | { ready: false; requeueMs: number }
  /** It can never run (e.g. the version it is pinned to was deleted): Failed with this reason. */
  | { ready: false; failure: { reason: string; message: string } };

export interface JobKind<R extends JobResource> {
  templateKind: TemplateKind;
  jobLabel: 'train' | 'predict';
  client(ctx: ReconcileContext): ResourceClient<R>;
  cached(ctx: ReconcileContext): CachedReader<R>;
  /**
   * Everything decided once before the first submit (paths, the version a Prediction uses), added to `status`.
   * Runs only once the template and parameters are known good. Writes status itself only to say
   * why it must wait.
   */
  prepare(
    ctx: ReconcileContext,
    resource: R,
    placement: Placement,
    status: JobStatus,
  ): Promise<SubmissionPlan>;
  /**
   * What of a Submitting marker's plan may be used: only what this resource's own submit could
   * have decided. The marker is an annotation, which the resource's author can write too.
   */
  trustedPlan(ctx: ReconcileContext, resource: R, modelsBasePath: string, plan: SubmitPlan): SubmitPlan;
  /** Paths the resource's author hands to the job (a Prediction's input), checked against the tenant's roots. */
  pathInputs(resource: R): PathInput[];
  /**
   * What a success adds to the final status (a Training's registered model version). `metrics`
   * are the last values the job reported (progress protocol), if any.
   */
  onSucceeded(
    ctx: ReconcileContext,
    resource: R,
    job: SlurmJob,
    metrics: Record<string, number> | undefined,
  ): Promise<Partial<JobStatus>>;
}

/** The template variables every job gets (TRAINING_CONTEXT_VARIABLES). */
export function modelVariables(resource: JobResource, status: JobStatus): Record<string, string> {
  return {
    model_name: resource.spec.model,
    model_path: status.modelPath ?? '',
    namespace: resource.metadata.namespace ?? '',
    resource_name: resource.metadata.name ?? '',
    resource_uid: resource.metadata.uid ?? '',
  };
}
