// Pure: the ModelVersions that a Model's legacy `status.versions` list (operator releases before
// ModelVersion) stands for. Numbers and paths are kept; the Model reconciler creates them (an
// existing one is left as it is) and only then drops the list, so a restart midway redoes it.
import type { Model, ModelVersion } from '../api/types.ts';
import { newModelVersion } from './names.ts';

export function legacyModelVersions(model: Model): ModelVersion[] {
  const namespace = model.metadata.namespace ?? '';
  const name = model.metadata.name ?? '';
  return (model.status?.versions ?? []).map((v) =>
    newModelVersion(namespace, {
      model: name,
      version: v.version,
      path: v.path,
      ...(v.training && v.trainingUid ? { training: { name: v.training, uid: v.trainingUid } } : {}),
      ...(v.cluster ? { cluster: v.cluster } : {}),
      ...(v.jobId !== undefined ? { jobId: v.jobId } : {}),
      ...(v.exitCode !== undefined ? { exitCode: v.exitCode } : {}),
      createdAt: v.createdAt,
    }),
  );
}
