// Training: the job writes into a directory of its own; on success the model version is
// registered (registry/registration.ts) and its number recorded in the final status.
import type { Training } from '../api/types.ts';
import { trainingArtifactPath } from '../registry/names.ts';
import { parseKey } from '../runtime/index.ts';
import type { ReconcileContext } from './context.ts';
import { type JobKind, modelVariables } from './job/kind.ts';
import { reconcileJobResource } from './job/reconcile.ts';

export const trainingKind: JobKind<Training> = {
  templateKind: 'training',
  jobLabel: 'train',
  client: (ctx) => ctx.trainings,
  cached: (ctx) => ctx.cache.trainings,

  async prepare(_ctx, training, placement, base) {
    const modelPath = ownModelPath(training, placement.cluster.spec.modelsBasePath);
    const status = { ...base, modelPath };
    return { ready: true, status, variables: modelVariables(training, status) };
  },

  // The path is the Training's own: a marker's is never taken.
  trustedPlan: (_ctx, training, modelsBasePath) => ({ modelPath: ownModelPath(training, modelsBasePath) }),

  // A Training's only path is its own model directory; path parameters are checked for every kind.
  pathInputs: () => [],

  async onSucceeded(ctx, training, job, metrics) {
    const modelPath = training.status?.modelPath;
    if (!modelPath) throw new Error('a succeeded training has no model path');
    const registered = await ctx.registry.register(training, {
      path: modelPath,
      ...(training.status?.slurm?.cluster ? { cluster: training.status.slurm.cluster } : {}),
      jobId: job.jobId,
      exitCode: job.exitCode ?? 0,
      createdAt: (job.endTime ?? ctx.now()).toISOString(),
      ...(metrics && Object.keys(metrics).length > 0 ? { metrics } : {}),
    });
    return { modelVersion: registered.spec.version };
  },
};

/**
 * Kept once recorded: a resubmit (retry, resume) writes where the earlier attempt did. A Training
 * submitted by a release before ModelVersion keeps its .../v{N} path.
 */
function ownModelPath(training: Training, modelsBasePath: string): string {
  return (
    training.status?.modelPath ??
    trainingArtifactPath(
      modelsBasePath,
      training.metadata.namespace ?? '',
      training.spec.model,
      training.metadata.name ?? '',
      training.metadata.uid ?? '',
    )
  );
}

export function reconcileTraining(ctx: ReconcileContext, key: string) {
  const { namespace, name } = parseKey(key);
  return reconcileJobResource(ctx, trainingKind, namespace ?? '', name);
}
