// Model: its status summarizes its ModelVersions (registry/model-summary.ts). A Model still
// holding the legacy `status.versions` list is migrated first: its ModelVersions are created,
// then the list is dropped by the same status write. Only the leader reconciles, so only it
// migrates; every step is idempotent, so a restart midway redoes what was left.
import { isDeepStrictEqual } from 'node:util';
import type { Model } from '../api/types.ts';
import { isConflict, isNotFound } from '../kube/resources.ts';
import { legacyModelVersions } from '../registry/migration.ts';
import { summarizeModel } from '../registry/model-summary.ts';
import {
  done,
  parseKey,
  type ReconcileOutcome,
  requeueAfter,
  STALE_COPY_REQUEUE_MS,
} from '../runtime/index.ts';
import type { ReconcileContext } from './context.ts';

export async function reconcileModel(ctx: ReconcileContext, key: string): Promise<ReconcileOutcome> {
  const { namespace, name } = parseKey(key);
  const model = ctx.cache.models.get(namespace, name);
  if (!model) return done;
  if (model.status?.versions?.length) await migrate(ctx, model);
  const previous = model.status ?? {};
  const versions = ctx.modelVersions.versionsOf(namespace ?? '', name);
  const given = ctx.modelVersions.highestGiven(namespace ?? '', name);
  const status = summarizeModel(model, versions, given, ctx.now());
  if (isDeepStrictEqual(status, previous)) return done;
  try {
    await ctx.models.replaceStatus({ ...model, status });
  } catch (error) {
    // Deleted meanwhile: its delete event has been or will be seen; nothing to summarize.
    if (isNotFound(error)) return done;
    // Our cached copy was behind: its successor enqueues us again, and this is the safety net.
    if (!isConflict(error)) throw error;
    return requeueAfter(STALE_COPY_REQUEUE_MS);
  }
  return done;
}

/** Creates the ModelVersions the legacy list stands for; one that exists already is kept as it is. */
async function migrate(ctx: ReconcileContext, model: Model): Promise<void> {
  const namespace = model.metadata.namespace ?? '';
  const known = ctx.modelVersions.versionsOf(namespace, model.metadata.name ?? '');
  let created = 0;
  for (const version of legacyModelVersions(model)) {
    let holder = known.get(version.spec.version);
    if (!holder) {
      try {
        ctx.modelVersions.record(await ctx.versions.create(version));
        created++;
        continue;
      } catch (error) {
        if (!isConflict(error)) throw error;
        holder = (await ctx.versions.get(namespace, version.metadata.name ?? '')) ?? undefined;
        if (!holder) throw error; // deleted since: the next reconcile creates it
        ctx.modelVersions.record(holder);
      }
    }
    // Another version holds the number: dropping the list would lose this one.
    if (holder.spec.path !== version.spec.path)
      throw new Error(
        `cannot migrate version ${version.spec.version} of Model ${namespace}/${model.metadata.name}: ` +
          `ModelVersion ${holder.metadata.name} holds the number with path ${holder.spec.path}, ` +
          `the list says ${version.spec.path}; the list is kept until one of them is changed`,
      );
  }
  ctx.log.info(
    { model: `${namespace}/${model.metadata.name}`, versions: model.status?.versions?.length, created },
    'migrated the Model status.versions list to ModelVersions',
  );
}
