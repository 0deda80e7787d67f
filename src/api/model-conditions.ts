// The Model's conditions that both the Model reconciler and version registration set.
import type { ConditionInput } from './conditions.ts';
import type { ModelStatus } from './types.ts';

/**
 * The Model's Ready condition, from its versions. ModelVersions.register sets the same one, so
 * a registration does not wake this reconciler into a second write with another message.
 */
export function readyCondition(status: ModelStatus): ConditionInput {
  const versions = status.versions ?? [];
  return versions.length > 0
    ? {
        type: 'Ready',
        status: 'True',
        reason: 'VersionRegistered',
        message: `${versions.length} version(s), latest ${status.latestVersion}`,
      }
    : {
        type: 'Ready',
        status: 'False',
        reason: 'NoVersions',
        message: 'no training of this model has succeeded yet',
      };
}
