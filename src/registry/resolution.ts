// Pure: which version a Prediction uses (its number, an alias, or the latest), and why it waits
// or fails when there is none. A number below the Model's nextVersion was given to a version
// once; if that version is gone it was deleted and will not come back, so waiting would be forever.
import type { ConditionInput } from '../api/conditions.ts';
import type { Model, ModelVersion, Prediction } from '../api/types.ts';
import { highestVersion } from './version-index.ts';

export type Resolution =
  | { version: number; path: string }
  | { waiting: ConditionInput }
  | { never: ConditionInput };

export function resolveModelVersion(
  prediction: Prediction,
  model: Model | undefined,
  versions: ReadonlyMap<number, ModelVersion>,
): Resolution {
  const { spec } = prediction;
  const condition = (reason: string, message: string): ConditionInput => ({
    type: 'ModelReady',
    status: 'False',
    reason,
    message,
  });
  const waiting = (reason: string, message: string): Resolution => ({ waiting: condition(reason, message) });
  if (!model) return waiting('ModelNotFound', `Model "${spec.model}" does not exist yet`);
  const legacy = model.status?.versions;
  const migrating = () =>
    waiting('Migrating', `the versions of Model "${spec.model}" are being moved to ModelVersions`);
  let version: number | undefined;
  let via = '';
  if (spec.version) version = spec.version;
  else if (spec.alias) {
    version = model.spec.aliases?.[spec.alias];
    via = ` (alias ${spec.alias})`;
    if (!version) return waiting('AliasNotFound', `Model "${spec.model}" has no alias "${spec.alias}"`);
  } else {
    // The latest may be one the migration has not created yet.
    if (legacy?.length) return migrating();
    version = highestVersion(versions) || undefined;
    if (!version) return waiting('NoReadyVersion', `Model "${spec.model}" has no registered version yet`);
  }
  const found = versions.get(version);
  if (found) return { version, path: found.spec.path };
  // Not migrated yet (migration.ts): the old list still says where the version is.
  const listed = legacy?.find((v) => v.version === version);
  if (listed) return { version, path: listed.path };
  if (legacy?.length) return migrating();
  const given = Math.max((model.status?.nextVersion ?? 1) - 1, highestVersion(versions));
  if (version <= given) {
    const gone = `version ${version}${via} of Model "${spec.model}" is not available: its number was given before and its ModelVersion no longer exists`;
    // An alias can be pointed elsewhere (the Model says AliasesResolved=False); a number cannot.
    return spec.version
      ? { never: condition('VersionDeleted', `${gone}; it will not come back`) }
      : waiting('AliasDangling', `${gone}; point the alias at another version`);
  }
  return waiting(
    'VersionNotRegistered',
    `version ${version}${via} of Model "${spec.model}" is not registered yet (latest is ${given || 'none'})`,
  );
}
