// Prediction: resolve the model version (number, alias or latest) and wait while it is not
// ready; fix the output path once; then run like a Training.
import { type ConditionInput, setCondition } from '../api/conditions.ts';
import type { Model, Prediction } from '../api/types.ts';
import { parseKey } from '../runtime/index.ts';
import type { ReconcileContext } from './context.ts';
import { type JobKind, modelVariables } from './job/kind.ts';
import { reconcileJobResource } from './job/reconcile.ts';
import { writeStatus } from './job/status-writer.ts';

/** {modelPath}/inference/{uid}-{UTC timestamp}, e.g. .../inference/4f0c...-20261126T131500Z */
export function predictionOutputPath(modelPath: string, uid: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${modelPath}/inference/${uid}-${stamp}`;
}

export type Resolution = { version: number; path: string } | { waiting: ConditionInput };

export function resolveModelVersion(prediction: Prediction, model: Model | undefined): Resolution {
  const { spec } = prediction;
  const waiting = (reason: string, message: string): Resolution => ({
    waiting: { type: 'ModelReady', status: 'False', reason, message },
  });
  if (!model) return waiting('ModelNotFound', `Model "${spec.model}" does not exist yet`);
  const versions = model.status?.versions ?? [];
  let version: number | undefined;
  if (spec.version) version = spec.version;
  else if (spec.alias) {
    version = model.spec.aliases?.[spec.alias];
    if (!version) return waiting('AliasNotFound', `Model "${spec.model}" has no alias "${spec.alias}"`);
  } else {
    version = model.status?.latestVersion;
    if (!version) return waiting('NoReadyVersion', `Model "${spec.model}" has no ready version yet`);
  }
  const entry = versions.find((v) => v.version === version);
  if (!entry)
    return waiting('VersionNotReady', `version ${version} of Model "${spec.model}" is not registered yet`);
  return { version, path: entry.path };
}

export const predictionKind: JobKind<Prediction> = {
  templateKind: 'prediction',
  jobLabel: 'predict',
  client: (ctx) => ctx.predictions,
  cached: (ctx) => ctx.cache.predictions,

  async prepare(ctx, prediction, _placement, base) {
    const namespace = prediction.metadata.namespace ?? '';
    const now = ctx.now();
    let status = base;
    if (!status.modelVersion || !status.modelPath || !status.outputPath) {
      const model = await ctx.models.get(namespace, prediction.spec.model);
      const resolution = resolveModelVersion(prediction, model ?? undefined);
      if ('waiting' in resolution) {
        const conditions = setCondition(
          status.conditions,
          resolution.waiting,
          prediction.metadata.generation,
          now,
        );
        const { reason, message } = resolution.waiting;
        await writeStatus(ctx, ctx.predictions, prediction, {
          ...status,
          phase: 'Pending',
          reason,
          message,
          conditions,
        });
        // Model changes wake Predictions of that model; the requeue is a safety net.
        return { ready: false, requeueMs: 30_000 };
      }
      status = {
        ...status,
        modelVersion: resolution.version,
        modelPath: resolution.path,
        outputPath: predictionOutputPath(resolution.path, prediction.metadata.uid ?? '', now),
        conditions: setCondition(
          status.conditions,
          {
            type: 'ModelReady',
            status: 'True',
            reason: 'Resolved',
            message: `using version ${resolution.version}`,
          },
          prediction.metadata.generation,
          now,
        ),
      };
    }
    return {
      ready: true,
      status,
      variables: {
        ...modelVariables(prediction, status),
        input_path: prediction.spec.input,
        output_path: status.outputPath ?? '',
      },
    };
  },

  async onSucceeded() {},
};

export function reconcilePrediction(ctx: ReconcileContext, key: string) {
  const { namespace, name } = parseKey(key);
  return reconcileJobResource(ctx, predictionKind, namespace ?? '', name);
}
