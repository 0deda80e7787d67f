// Registering a succeeded Training as a model version. The number is taken at registration, so
// failed and deleted Trainings take none: max + 1 over the known versions (and the Model's
// nextVersion), created as the object `<model>-v<N>`. The API server's refusal of a second object
// of that name is the uniqueness check, as MLflow retries on a unique-key conflict: on 409 the
// registry reads who holds the name and takes the next number. A Training that already has a
// version gets it back, so a retry never makes a second one.
import type { Model, ModelVersion, ModelVersionSpec, Training } from '../api/types.ts';
import { API_VERSION } from '../api/types.ts';
import { isConflict, type ResourceClient } from '../kube/resources.ts';
import { modelVersionName, newModelVersion } from './names.ts';
import type { ModelVersionReader } from './version-index.ts';

/** Names taken by objects this registry did not know of, before it gives up (each costs a GET). */
const MAX_TAKEN_NAMES = 64;

export interface RegistryOptions {
  versions: ResourceClient<ModelVersion>;
  models: ResourceClient<Model>;
  /** The known versions; told of every version created or read here. */
  index: ModelVersionReader;
  /** The cached Model (for its nextVersion). */
  cachedModel(namespace: string, name: string): Model | undefined;
}

/** Registering waits for the Model's legacy list to be migrated (a retry with backoff). */
export class ModelMigratingError extends Error {
  override name = 'ModelMigratingError';
}

/** What a registration knows of the version besides its number. */
export type VersionDetails = Omit<ModelVersionSpec, 'model' | 'version' | 'training'>;

export class ModelRegistry {
  private readonly options: RegistryOptions;
  /** Per model, the registration in progress: one at a time, so one process never races itself. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(options: RegistryOptions) {
    this.options = options;
  }

  /** The version registered from this Training: found again if it exists, else created with the next number. */
  register(training: Training, details: VersionDetails): Promise<ModelVersion> {
    const namespace = training.metadata.namespace ?? '';
    const key = `${namespace}/${training.spec.model}`;
    const previous = this.inFlight.get(key) ?? Promise.resolve();
    const next = previous.then(
      () => this.registerNow(training, details),
      () => this.registerNow(training, details),
    );
    this.inFlight.set(key, next);
    const forget = () => {
      if (this.inFlight.get(key) === next) this.inFlight.delete(key);
    };
    next.then(forget, forget);
    return next;
  }

  private async registerNow(training: Training, details: VersionDetails): Promise<ModelVersion> {
    const { index } = this.options;
    const namespace = training.metadata.namespace ?? '';
    const model = training.spec.model;
    const uid = training.metadata.uid ?? '';
    const known = index.ofTraining(uid);
    if (known) return known;
    const status = this.options.cachedModel(namespace, model)?.status;
    // The legacy list may hold this very Training's version: the migration creates it first.
    if (status?.versions?.length)
      throw new ModelMigratingError(`Model ${namespace}/${model} is being migrated to ModelVersions`);
    await this.ensureModel(namespace, model);
    // The high-water mark covers every version the index holds: no scan of them per registration.
    const floor = () => Math.max(index.highestGiven(namespace, model), (status?.nextVersion ?? 1) - 1);
    let candidate = floor() + 1;
    for (let taken = 0; ; taken++) {
      const spec: ModelVersionSpec = {
        model,
        version: candidate,
        training: { name: training.metadata.name ?? '', uid },
        ...details,
      };
      try {
        const created = await this.options.versions.create(newModelVersion(namespace, spec));
        index.record(created);
        return created;
      } catch (error) {
        if (!isConflict(error) || taken >= MAX_TAKEN_NAMES) throw error;
      }
      // The name is taken by a version this process had not seen yet: ours from an answer that
      // was lost, or another's. Read which, then take the next number.
      const holder = await this.options.versions.get(namespace, modelVersionName(model, candidate));
      if (holder) {
        index.record(holder);
        if (holder.spec.training?.uid === uid) return holder;
      }
      candidate = Math.max(candidate, floor()) + 1;
    }
  }

  /** A version belongs to a Model: the first success of a model nobody declared creates it, empty. */
  private async ensureModel(namespace: string, name: string): Promise<void> {
    if (this.options.cachedModel(namespace, name)) return;
    if (await this.options.models.get(namespace, name)) return;
    try {
      await this.options.models.create({
        apiVersion: API_VERSION,
        kind: 'Model',
        metadata: { namespace, name },
        spec: {},
      });
    } catch (error) {
      // Created meanwhile by someone else: what we wanted.
      if (!isConflict(error)) throw error;
    }
  }
}
