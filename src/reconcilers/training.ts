// Training: allocate a model version before the first submit; on success, register it.

import type { Training } from '../api/types.ts';
import { parseKey } from '../runtime/index.ts';
import type { ReconcileContext } from './context.ts';
import { type JobKind, reconcileJobResource } from './job-lifecycle.ts';
import { writeStatus } from './status-writer.ts';

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

  async prepare(ctx, resource, placement) {
    const namespace = resource.metadata.namespace ?? '';
    let training = resource;
    const status = training.status ?? {};
    if (!status.modelVersion || !status.modelPath) {
      // A crash after allocating and before this write leaves a gap in the numbers, never a duplicate.
      const version = await ctx.modelVersions.allocate(namespace, training.spec.model);
      const modelPath = modelVersionPath(
        placement.cluster.spec.modelsBasePath,
        namespace,
        training.spec.model,
        version,
      );
      training = await writeStatus(ctx, ctx.trainings, training, {
        ...status,
        modelVersion: version,
        modelPath,
      });
    }
    const { modelVersion, modelPath } = training.status ?? {};
    return {
      ready: true,
      resource: training,
      variables: {
        model_name: training.spec.model,
        model_path: modelPath ?? '',
        model_version: String(modelVersion),
        namespace,
        resource_name: training.metadata.name ?? '',
        resource_uid: training.metadata.uid ?? '',
      },
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
