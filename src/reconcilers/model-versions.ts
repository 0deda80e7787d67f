// Model versions: numbers handed out without races, and versions registered exactly once.
// Both are read-modify-write cycles on the Model's status guarded by resourceVersion; a
// conflict means another writer won, so the cycle reruns on the fresh object. Within this
// process the cycles of one Model run one at a time, starting from the copy the last one wrote:
// with many Trainings of a model at once that is one API call per version, not a GET, a PUT
// and a round of conflicts.
import { setCondition } from '../api/conditions.ts';
import { API_VERSION, type Model, type ModelStatus } from '../api/types.ts';
import { isConflict, isNotFound, type ResourceClient } from '../kube/resources.ts';
import { readyCondition } from './model.ts';

export type ModelVersion = NonNullable<ModelStatus['versions']>[number];

const MAX_ATTEMPTS = 20;

export class ModelVersions {
  private readonly models: ResourceClient<Model>;
  private readonly now: () => Date;
  /** Per Model, the copy this process last wrote (dropped on any failed write). */
  private readonly latest = new Map<string, Model>();
  /** Per Model, the end of the chain of cycles waiting to run. */
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(models: ResourceClient<Model>, now: () => Date = () => new Date()) {
    this.models = models;
    this.now = now;
  }

  /** The Model, created empty when it does not exist yet. */
  async ensureModel(namespace: string, name: string): Promise<Model> {
    const existing = await this.models.get(namespace, name);
    if (existing) return existing;
    try {
      return await this.models.create({
        apiVersion: API_VERSION,
        kind: 'Model',
        metadata: { namespace, name },
        spec: {},
      });
    } catch (error) {
      // Another Training of the same model created it first.
      if (isConflict(error)) return (await this.models.get(namespace, name)) ?? Promise.reject(error);
      throw error;
    }
  }

  /** Takes the next version number; concurrent callers always get distinct numbers. */
  allocate(namespace: string, name: string): Promise<number> {
    return this.update(namespace, name, (status) => {
      const version = status.nextVersion ?? highestVersion(status) + 1;
      return { status: { ...status, nextVersion: version + 1 }, result: version };
    });
  }

  /** Appends a version; registering the same version again changes nothing. */
  register(namespace: string, name: string, entry: ModelVersion): Promise<void> {
    return this.update(namespace, name, (status, model) => {
      if ((status.versions ?? []).some((v) => v.version === entry.version))
        return { status: null, result: undefined };
      const versions = [...(status.versions ?? []), entry].sort((a, b) => a.version - b.version);
      const latestVersion = Math.max(...versions.map((v) => v.version));
      const next = { ...status, versions, latestVersion };
      const conditions = setCondition(
        status.conditions,
        readyCondition(next),
        model.metadata.generation,
        this.now(),
      );
      return {
        status: {
          ...status,
          versions,
          latestVersion,
          versionCount: versions.length,
          nextVersion: Math.max(status.nextVersion ?? 1, latestVersion + 1),
          conditions,
        },
        result: undefined,
      };
    });
  }

  private update<R>(
    namespace: string,
    name: string,
    change: (status: ModelStatus, model: Model) => { status: ModelStatus | null; result: R },
  ): Promise<R> {
    const key = `${namespace}/${name}`;
    const run = (this.tails.get(key) ?? Promise.resolve())
      .catch(() => {})
      .then(() => this.cycle(key, namespace, name, change));
    this.tails.set(key, run);
    const forget = () => {
      if (this.tails.get(key) === run) this.tails.delete(key);
    };
    run.then(forget, forget);
    return run;
  }

  private async cycle<R>(
    key: string,
    namespace: string,
    name: string,
    change: (status: ModelStatus, model: Model) => { status: ModelStatus | null; result: R },
  ): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const model = this.latest.get(key) ?? (await this.ensureModel(namespace, name));
      const { status, result } = change(model.status ?? {}, model);
      if (status === null) return result;
      try {
        this.latest.set(key, await this.models.replaceStatus({ ...model, status }));
        return result;
      } catch (error) {
        this.latest.delete(key);
        // Someone else wrote (or deleted) the Model since our copy: start over from a fresh read.
        if (!(isConflict(error) || isNotFound(error)) || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }
}

function highestVersion(status: ModelStatus): number {
  return Math.max(0, ...(status.versions ?? []).map((v) => v.version));
}
