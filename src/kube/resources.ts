// Typed access to our custom resources: reads, creation, status writes guarded by
// resourceVersion, and JSON patches (with `test` ops) for metadata such as finalizers.
import {
  ApiException,
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesObject,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { FIELD_MANAGER, GROUP, VERSION } from '../api/types.ts';
import { redactUrlCredentials } from '../observability/redact.ts';
import type { OwnWrites } from './own-writes.ts';

export interface KindInfo {
  kind: string;
  plural: string;
  namespaced: boolean;
}

export type JsonPatchOperation =
  | { op: 'test' | 'add' | 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string };

/** What the reconcilers need of the API server for one kind; tests hand in an in-memory fake. */
export interface ResourceClient<T extends KubernetesObject> {
  /** The object, or null when it does not exist. */
  get(namespace: string | undefined, name: string): Promise<T | null>;
  create(object: T): Promise<T>;
  /** Writes `object.status` through /status, guarded by the object's resourceVersion (409 when stale). */
  replaceStatus(object: T): Promise<T>;
  /** A JSON patch; a failed `test` op answers 422. */
  jsonPatch(namespace: string | undefined, name: string, operations: JsonPatchOperation[]): Promise<T>;
}

export class KubeResourceClient<T extends KubernetesObject> implements ResourceClient<T> {
  readonly info: KindInfo;
  private readonly api: CustomObjectsApi;
  private readonly ownWrites: OwnWrites | undefined;

  constructor(kubeConfig: KubeConfig, info: KindInfo, ownWrites?: OwnWrites) {
    this.info = info;
    this.api = kubeConfig.makeApiClient(CustomObjectsApi);
    this.ownWrites = ownWrites;
  }

  private written(object: T): T {
    this.ownWrites?.record(object);
    return object;
  }

  /** Request coordinates; `namespace` is ignored for cluster-scoped kinds. */
  private target(namespace: string | undefined, name: string) {
    if (this.info.namespaced && !namespace)
      throw new Error(`${this.info.kind} ${name}: a namespace is required`);
    return { group: GROUP, version: VERSION, plural: this.info.plural, name, namespace: namespace ?? '' };
  }

  /** The object, or null when it does not exist. */
  async get(namespace: string | undefined, name: string): Promise<T | null> {
    const target = this.target(namespace, name);
    try {
      return (
        !this.info.namespaced
          ? await this.api.getClusterCustomObject(target)
          : await this.api.getNamespacedCustomObject(target)
      ) as T;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async create(object: T): Promise<T> {
    const { namespace } = object.metadata ?? {};
    const base = {
      group: GROUP,
      version: VERSION,
      plural: this.info.plural,
      body: object,
      fieldManager: FIELD_MANAGER,
    };
    return (
      this.info.namespaced
        ? await this.api.createNamespacedCustomObject({ ...base, namespace: namespace ?? '' })
        : await this.api.createClusterCustomObject(base)
    ) as T;
  }

  /**
   * Writes `object.status` through the /status subresource. The object's resourceVersion
   * makes it a guarded write: a concurrent change gives 409 Conflict, never a lost update.
   */
  async replaceStatus(object: T): Promise<T> {
    const name = object.metadata?.name ?? '';
    const target = this.target(object.metadata?.namespace, name);
    const request = { ...target, body: object, fieldManager: FIELD_MANAGER };
    return this.written(
      (!this.info.namespaced
        ? await this.api.replaceClusterCustomObjectStatus(request)
        : await this.api.replaceNamespacedCustomObjectStatus(request)) as T,
    );
  }

  /** A JSON patch of /status (namespaced kinds): the `test` ops guard it. */
  async patchStatus(namespace: string, name: string, operations: JsonPatchOperation[]): Promise<T> {
    const request = { ...this.target(namespace, name), body: operations, fieldManager: FIELD_MANAGER };
    const options = setHeaderOptions('Content-Type', PatchStrategy.JsonPatch);
    return this.written((await this.api.patchNamespacedCustomObjectStatus(request, options)) as T);
  }

  async jsonPatch(namespace: string | undefined, name: string, operations: JsonPatchOperation[]): Promise<T> {
    const target = this.target(namespace, name);
    const request = { ...target, body: operations, fieldManager: FIELD_MANAGER };
    const options = setHeaderOptions('Content-Type', PatchStrategy.JsonPatch);
    return this.written(
      (!this.info.namespaced
        ? await this.api.patchClusterCustomObject(request, options)
        : await this.api.patchNamespacedCustomObject(request, options)) as T,
    );
  }
}

export function httpStatusOf(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

export const isNotFound = (error: unknown) => httpStatusOf(error) === 404;
export const isConflict = (error: unknown) => httpStatusOf(error) === 409;
/** A guarded JSON patch refused: its `test` op failed (422) or the object changed (409). */
export const isGuardRefused = (error: unknown) => httpStatusOf(error) === 422 || isConflict(error);

/** Whether a failed write may have been stored: no HTTP answer, or a server error. */
export function mayHaveBeenStored(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}

/**
 * A short, stable description of an error for status messages and logs. client-node's
 * ApiException message embeds the whole response, headers and date included; a condition
 * message that changes on every attempt would make every retry a status write.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiException) {
    try {
      const body = typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
      if (body && typeof body.message === 'string')
        return redactUrlCredentials(`${body.message} (HTTP ${error.code})`);
    } catch {
      // not JSON: fall through
    }
    return `Kubernetes API answered HTTP ${error.code}`;
  }
  return redactUrlCredentials(error instanceof Error ? error.message : String(error));
}
