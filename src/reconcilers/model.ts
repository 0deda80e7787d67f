// Model: versions are appended by Trainings (model-versions.ts); this reconciler keeps the
// summary fields and conditions true, and checks that aliases point at registered versions.
import { isDeepStrictEqual } from 'node:util';
import { setCondition } from '../api/conditions.ts';
import { readyCondition } from '../api/model-conditions.ts';
import type { ModelStatus } from '../api/types.ts';
import { isConflict } from '../kube/resources.ts';
import { done, parseKey, type ReconcileOutcome } from '../runtime/index.ts';
import type { ReconcileContext } from './context.ts';

export async function reconcileModel(ctx: ReconcileContext, key: string): Promise<ReconcileOutcome> {
  const { namespace, name } = parseKey(key);
  const model = ctx.cache.models.get(namespace, name);
  if (!model) return done;
  const now = ctx.now();
  const generation = model.metadata.generation;
  const previous = model.status ?? {};
  const versions = previous.versions ?? [];
  const registered = new Set(versions.map((v) => v.version));
  const dangling = Object.entries(model.spec.aliases ?? {}).filter(([, version]) => !registered.has(version));
  let conditions = setCondition(previous.conditions, readyCondition(previous), generation, now);
  conditions = setCondition(
    conditions,
    dangling.length === 0
      ? {
          type: 'AliasesResolved',
          status: 'True',
          reason: 'Resolved',
          message: 'every alias points at a registered version',
        }
      : {
          type: 'AliasesResolved',
          status: 'False',
          reason: 'UnknownVersion',
          message: dangling.map(([a, v]) => `alias ${a} -> version ${v} is not registered`).join('; '),
        },
    generation,
    now,
  );
  const status: ModelStatus = {
    ...previous,
    versionCount: versions.length,
    conditions,
    observedGeneration: generation,
  };
  if (isDeepStrictEqual(status, previous)) return done;
  try {
    await ctx.models.replaceStatus({ ...model, status });
  } catch (error) {
    // A Training registered a version meanwhile (or our cached copy was behind); that change
    // enqueues us again.
    if (!isConflict(error)) throw error;
  }
  return done;
}
