// Names and paths of the registry: what makes a version number unique (the object's name) and
// what makes an artifact directory unique (the Training's uid).
import {
  API_VERSION,
  MODEL_LABEL,
  type ModelVersion,
  type ModelVersionSpec,
  TRAINING_UID_LABEL,
} from '../api/types.ts';

/** `<model>-v<N>`: the API server refuses a second object of that name, so a number is taken once. */
export function modelVersionName(model: string, version: number): string {
  return `${model}-v${version}`;
}

/**
 * `{modelsBasePath}/{namespace}/{model}/runs/{training}-{uid}`. The whole uid, not a prefix: a
 * Training re-created under the same name, or restored from a backup, has another uid, so no
 * sequence of deletes and re-creates makes a job write into an earlier job's directory.
 */
export function trainingArtifactPath(
  modelsBasePath: string,
  namespace: string,
  model: string,
  training: string,
  uid: string,
): string {
  return `${modelsBasePath.replace(/\/+$/, '')}/${namespace}/${model}/runs/${training}-${uid}`;
}

/** A ModelVersion object as the operator creates it. */
export function newModelVersion(namespace: string, spec: ModelVersionSpec): ModelVersion {
  const labels: Record<string, string> = { [MODEL_LABEL]: spec.model };
  if (spec.training?.uid) labels[TRAINING_UID_LABEL] = spec.training.uid;
  return {
    apiVersion: API_VERSION,
    kind: 'ModelVersion',
    metadata: { namespace, name: modelVersionName(spec.model, spec.version), labels },
    spec,
  };
}
