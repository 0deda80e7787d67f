// The ModelVersions the operator knows, by model and by source Training, kept from the informer's
// events (and from the operator's own creates, which the informer reports a moment later). Finding
// a number, a Training's version or the highest number given is one map lookup.
import type { ModelVersion } from '../api/types.ts';

/** What the registry and the reconcilers read of the known ModelVersions. */
export interface ModelVersionReader {
  /** One model's versions by number (empty when it has none). */
  versionsOf(namespace: string, model: string): ReadonlyMap<number, ModelVersion>;
  /** The version registered from this Training, if one is known. */
  ofTraining(trainingUid: string): ModelVersion | undefined;
  /** The highest number this process has seen given to a version of the model, deleted or not. */
  highestGiven(namespace: string, model: string): number;
  /** A version just created or read: the informer's event for it may come later. */
  record(version: ModelVersion): void;
}

const modelKey = (namespace: string, model: string) => `${namespace}/${model}`;
const NONE: ReadonlyMap<number, ModelVersion> = new Map();

export class ModelVersionIndex implements ModelVersionReader {
  private readonly byModel = new Map<string, Map<number, ModelVersion>>();
  private readonly byTraining = new Map<string, ModelVersion>();
  /** Per model, the highest number ever seen: a deleted version's number is not given again. */
  private readonly highWater = new Map<string, number>();

  versionsOf(namespace: string, model: string): ReadonlyMap<number, ModelVersion> {
    return this.byModel.get(modelKey(namespace, model)) ?? NONE;
  }

  ofTraining(trainingUid: string): ModelVersion | undefined {
    return this.byTraining.get(trainingUid);
  }

  highestGiven(namespace: string, model: string): number {
    return this.highWater.get(modelKey(namespace, model)) ?? 0;
  }

  /** From the informer's add and update events, and from the registry's own creates and reads. */
  record(version: ModelVersion): void {
    const key = modelKey(version.metadata.namespace ?? '', version.spec.model);
    const versions = this.byModel.get(key) ?? new Map<number, ModelVersion>();
    versions.set(version.spec.version, version);
    this.byModel.set(key, versions);
    this.highWater.set(key, Math.max(this.highWater.get(key) ?? 0, version.spec.version));
    const uid = version.spec.training?.uid;
    if (uid) this.byTraining.set(uid, version);
  }

  remove(version: ModelVersion): void {
    const key = modelKey(version.metadata.namespace ?? '', version.spec.model);
    const versions = this.byModel.get(key);
    // Only the object of that uid: a newer one of the same name may have been indexed already.
    const uid = version.spec.training?.uid;
    if (uid && this.byTraining.get(uid)?.metadata.uid === version.metadata.uid) this.byTraining.delete(uid);
    const indexed = versions?.get(version.spec.version);
    if (indexed && indexed.metadata.uid !== version.metadata.uid) return;
    versions?.delete(version.spec.version);
    // The high-water mark outlives the deleted version (its number was given) until the model has
    // no version left, so the map stays as large as the models that have versions. Past that,
    // the Model's nextVersion remembers, once its summary has been written.
    if (versions?.size === 0) {
      this.byModel.delete(key);
      this.highWater.delete(key);
    }
  }
}

/** The highest number among a model's versions, 0 when it has none. */
export function highestVersion(versions: ReadonlyMap<number, ModelVersion>): number {
  let highest = 0;
  for (const number of versions.keys()) if (number > highest) highest = number;
  return highest;
}
