// Pure: a Model's status from its ModelVersions. Constant in size: numbers and counts, the
// resolved aliases (at most 32) and conditions; the versions themselves are objects of their own.
import { setCondition } from '../api/conditions.ts';
import type { Model, ModelStatus, ModelVersion } from '../api/types.ts';
import { highestVersion } from './version-index.ts';

export function summarizeModel(
  model: Model,
  versions: ReadonlyMap<number, ModelVersion>,
  highestGiven: number,
  now: Date,
): ModelStatus {
  const previous = model.status ?? {};
  const generation = model.metadata.generation;
  const latest = highestVersion(versions);
  const aliases: Record<string, number> = {};
  const dangling: string[] = [];
  for (const [alias, version] of Object.entries(model.spec.aliases ?? {})) {
    if (versions.has(version)) aliases[alias] = version;
    else dangling.push(`alias ${alias} -> version ${version} is not registered`);
  }
  let conditions = setCondition(
    previous.conditions,
    latest > 0
      ? {
          type: 'Ready',
          status: 'True',
          reason: 'VersionRegistered',
          message: `${versions.size} version(s), latest ${latest}`,
        }
      : {
          type: 'Ready',
          status: 'False',
          reason: 'NoVersions',
          message: 'no training of this model has succeeded yet',
        },
    generation,
    now,
  );
  conditions = setCondition(
    conditions,
    dangling.length === 0
      ? {
          type: 'AliasesResolved',
          status: 'True',
          reason: 'Resolved',
          message: 'every alias points at a registered version',
        }
      : { type: 'AliasesResolved', status: 'False', reason: 'UnknownVersion', message: dangling.join('; ') },
    generation,
    now,
  );
  // The legacy list is gone once migrated (migration.ts); nothing else of the old status is kept.
  const { versions: _legacy, latestVersion: _latest, aliases: _aliases, ...rest } = previous;
  return {
    ...rest,
    ...(latest > 0 ? { latestVersion: latest } : {}),
    versionCount: versions.size,
    // Never lowered: a number once given is not given again, even after its version is deleted.
    nextVersion: Math.max(previous.nextVersion ?? 1, latest + 1, highestGiven + 1),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
    conditions,
    observedGeneration: generation,
  };
}
