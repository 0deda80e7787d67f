// Prediction: resolve the model version (number, alias or latest) and wait while it is not
// registered, or fail when it never will be; fix the output path once; then run like a Training.
import { setCondition } from '../api/conditions.ts';
import type { Prediction } from '../api/types.ts';
import { modelVersionName } from '../registry/names.ts';
import { type Resolution, resolveModelVersion } from '../registry/resolution.ts';
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

export const predictionKind: JobKind<Prediction> = {
  templateKind: 'prediction',
  jobLabel: 'predict',
  client: (ctx) => ctx.predictions,
  cached: (ctx) => ctx.cache.predictions,

  async prepare(ctx, prediction, _placement, base) {
    const now = ctx.now();
    let status = base;
    if (!status.modelVersion || !status.modelPath || !status.outputPath) {
      const resolution = await resolve(ctx, prediction);
      if ('never' in resolution) {
        const { reason, message } = resolution.never;
        return { ready: false, failure: { reason, message } };
      }
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
        model_version: String(status.modelVersion),
        input_path: prediction.spec.input,
        output_path: status.outputPath ?? '',
      },
    };
  },

  // A marker's version, model path and output path count only if they are a registered version's
  // and an output directory of this Prediction's own under it: never another namespace's tree.
  trustedPlan(ctx, prediction, _modelsBasePath, { modelVersion, modelPath, outputPath }) {
    if (modelVersion === undefined || !modelPath || !outputPath) return {};
    const namespace = prediction.metadata.namespace ?? '';
    const version = ctx.modelVersions.versionsOf(namespace, prediction.spec.model).get(modelVersion);
    const own = `${modelPath}/inference/${prediction.metadata.uid ?? ''}-`;
    const stamp = outputPath.slice(own.length);
    if (version?.spec.path !== modelPath || !outputPath.startsWith(own) || !/^[0-9TZ]+$/.test(stamp))
      return {};
    return { modelVersion, modelPath, outputPath };
  },

  pathInputs: (prediction) => [{ label: 'spec.input', path: prediction.spec.input }],

  async onSucceeded() {
    return {};
  },
};

/**
 * From the caches; a verdict of "never" is final, so it is taken again on the API server's
 * copies (a cache behind it may not have seen the version yet).
 */
async function resolve(ctx: ReconcileContext, prediction: Prediction): Promise<Resolution> {
  const namespace = prediction.metadata.namespace ?? '';
  const { model } = prediction.spec;
  const cached = resolveModelVersion(
    prediction,
    ctx.cache.models.get(namespace, model),
    ctx.modelVersions.versionsOf(namespace, model),
  );
  if (!('never' in cached)) return cached;
  // Only a Prediction pinned by number is ever failed (resolution.ts).
  const fresh = await ctx.models.get(namespace, model);
  const versions = new Map(ctx.modelVersions.versionsOf(namespace, model));
  const number = prediction.spec.version ?? 0;
  const version = await ctx.versions.get(namespace, modelVersionName(model, number));
  if (version) versions.set(number, version);
  return resolveModelVersion(prediction, fresh ?? undefined, versions);
}

export function reconcilePrediction(ctx: ReconcileContext, key: string) {
  const { namespace, name } = parseKey(key);
  return reconcileJobResource(ctx, predictionKind, namespace ?? '', name);
}
