// Model versions: numbers handed out without races, and versions registered exactly once.
// Both are read-modify-write cycles on the Model's status guarded by resourceVersion; a
// conflict means another writer won, so the cycle reruns on the fresh object. Within this
// process one Model has one write in flight at a time, starting from the copy the last one
// wrote, and the changes asked for meanwhile go together in the next write (a group commit):
// a sweep of a thousand Trainings of one model is not held to one version per API round trip.
import { setCondition } from '../api/conditions.ts';
import { readyCondition } from '../api/model-conditions.ts';
import { API_VERSION, type Model, type ModelStatus } from '../api/types.ts';
import { isConflict, isNotFound, type ResourceClient } from '../kube/resources.ts';

export type ModelVersion = NonNullable<ModelStatus['versions']>[number];

const MAX_ATTEMPTS = 20;

/** A change to a Model's status: the new status (null for none) and what the caller gets. */
type Change<R> = (status: ModelStatus, model: Model) => { status: ModelStatus | null; result: R };

interface PendingChange {
  change: Change<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

export class ModelVersions {
  private readonly models: ResourceClient<Model>;
  private readonly now: () => Date;
  /** Per Model, the copy this process last wrote (dropped on any failed write). */
  private readonly latest = new Map<string, Model>();
  /** Per Model, the changes waiting for the next write. */
  private readonly waiting = new Map<string, PendingChange[]>();
  /** Models with a write in flight. */
  private readonly writing = new Set<string>();

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

  private update<R>(namespace: string, name: string, change: Change<R>): Promise<R> {
    const key = `${namespace}/${name}`;
    return new Promise<R>((resolve, reject) => {
      const waiting = this.waiting.get(key) ?? [];
      waiting.push({ change, resolve, reject } as PendingChange);
      this.waiting.set(key, waiting);
      if (!this.writing.has(key)) void this.drain(key, namespace, name);
    });
  }

  /** Writes the changes waiting for one Model, all of them at once, until none are left. */
  private async drain(key: string, namespace: string, name: string): Promise<void> {
    this.writing.add(key);
    try {
      for (let batch = this.waiting.get(key); batch; batch = this.waiting.get(key)) {
        this.waiting.delete(key);
        try {
          const results = await this.cycle(key, namespace, name, batch);
          for (const [i, waiting] of batch.entries()) waiting.resolve(results[i]);
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      this.writing.delete(key);
    }
  }

  /** Applies the batch's changes in order to one copy and writes it once; their results, in order. */
  private async cycle(
    key: string,
    namespace: string,
    name: string,
    batch: PendingChange[],
  ): Promise<unknown[]> {
    for (let attempt = 1; ; attempt++) {
      const model = this.latest.get(key) ?? (await this.ensureModel(namespace, name));
      let status = model.status ?? {};
      let changed = false;
      const results = batch.map(({ change }) => {
        const outcome = change(status, model);
        if (outcome.status !== null) {
          status = outcome.status;
          changed = true;
        }
        return outcome.result;
      });
      if (!changed) return results;
      try {
        this.latest.set(key, await this.models.replaceStatus({ ...model, status }));
        return results;
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
