// Training: allocate a model version before the first submit; on success, register it.

import type { Training } from '../api/types.ts';
import { parseKey } from '../runtime/index.ts';
import type { ReconcileContext } from './context.ts';
import { type JobKind, modelVariables } from './job/kind.ts';
import { reconcileJobResource } from './job/reconcile.ts';

/** {modelsBasePath}/{namespace}/{model}/v{version} */
export function modelVersionPath(
  modelsBasePath: string,
  namespace: string,
  model: string,
  version: number,
): string {
  return `${modelsBasePath.replace(/\/+$/, '')}/${namespace}/${model}/v${version}`;
}

export const trainingKind: JobKind<Training> = {
  templateKind: 'training',
  jobLabel: 'train',
  client: (ctx) => ctx.trainings,
  cached: (ctx) => ctx.cache.trainings,

  async prepare(ctx, training, placement, base) {
    const namespace = training.metadata.namespace ?? '';
    let status = base;
    if (!status.modelVersion || !status.modelPath) {
      // Recorded with the submit marker; a crash before that leaves a gap in the numbers, never a duplicate.
      const version = await ctx.modelVersions.allocate(namespace, training.spec.model);
      const modelPath = modelVersionPath(
        placement.cluster.spec.modelsBasePath,
        namespace,
        training.spec.model,
        version,
      );
      status = { ...status, modelVersion: version, modelPath };
    }
    return {
      ready: true,
      status,
      variables: modelVariables(training, status),
    };
  },

  async onSucceeded(ctx, training, job) {
    const { modelVersion, modelPath } = training.status ?? {};
    if (!modelVersion || !modelPath) throw new Error('a succeeded training has no allocated model version');
    await ctx.modelVersions.register(training.metadata.namespace ?? '', training.spec.model, {
      version: modelVersion,
      path: modelPath,
      training: training.metadata.name ?? '',
      trainingUid: training.metadata.uid ?? '',
      cluster: training.status?.slurm?.cluster ?? '',
      jobId: job.jobId,
      createdAt: (job.endTime ?? ctx.now()).toISOString(),
      exitCode: job.exitCode ?? 0,
    });
  },
};

export function reconcileTraining(ctx: ReconcileContext, key: string) {
  const { namespace, name } = parseKey(key);
  return reconcileJobResource(ctx, trainingKind, namespace ?? '', name);
}
