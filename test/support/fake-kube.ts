// An in-memory API server for one kind, behind our own ResourceClient interface: the one fake of
// that interface in the test tree. It keeps the API server's rules that the reconcilers depend on:
// objects travel as JSON (a Date becomes a string, an undefined field disappears), writes are
// guarded by resourceVersion, /status writes store only the status, a write that changes nothing
// stores nothing (and keeps the resourceVersion), a failed JSON patch `test` op answers 422, and a
// deleting object goes when its last finalizer does. Errors are client-node's ApiException, with the
// body the real client carries (a Status as JSON text), so httpStatusOf, isConflict, isNotFound and
// describeError in src/kube/resources.ts see what they see in production.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { ApiException, type KubernetesObject } from '@kubernetes/client-node';
import type { JsonPatchOperation, ResourceClient } from '../../src/kube/resources.ts';

export type ResourceMethod = keyof ResourceClient<KubernetesObject>;

export interface FakeResourcesOptions {
  /**
   * False for a cluster-scoped kind (SlurmCluster): objects are stored by name and the namespace
   * argument is ignored, as KubeResourceClient does. True (the default) requires a namespace.
   */
  namespaced?: boolean;
  /** Plural name in error messages (e.g. "trainings"); else derived from the objects' kind. */
  plural?: string;
  /** The clock for creationTimestamp and markDeleting; the real one by default. */
  now?: () => Date;
}

export interface FailOptions {
  /**
   * The write is carried out as usual (stored, unless the API server would refuse it) and the
   * call throws all the same: a write whose answer was lost (connection reset, timeout, a 5xx
   * from an API server killed after storing it).
   */
  storeFirst?: boolean;
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  410: 'Expired',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/**
 * The error client-node throws for an API server's non-2xx answer: an ApiException whose body is
 * the Status object as JSON text (so describeError reports `message (HTTP code)`).
 */
export function httpError(code: number, message?: string, reason?: string): ApiException<string> {
  const status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: message ?? `HTTP ${code}`,
    reason: reason ?? REASONS[code] ?? 'Unknown',
    code,
  };
  return new ApiException(code, 'Unknown API Status Code!', JSON.stringify(status), {
    'content-type': 'application/json',
  });
}

/** Kubernetes' timestamp form: RFC 3339, whole seconds. */
export const kubeTime = (at: Date): string => at.toISOString().replace(/\.\d+Z$/, 'Z');

/** A request body as it crosses the wire. */
const wire = <V>(value: V): V => JSON.parse(JSON.stringify(value)) as V;

/** The in-memory API server for one kind; see the file comment for the rules it keeps. */
export function fakeResources<T extends KubernetesObject>(options: FakeResourcesOptions = {}) {
  const namespaced = options.namespaced ?? true;
  const now = options.now ?? (() => new Date());
  /** Stored objects by `namespace/name` (by name for a cluster-scoped kind). Tests may edit it directly. */
  const stored = new Map<string, T>();
  /** Calls per method (injected failures included), and the 409s answered to stale writes. */
  const calls = { get: 0, create: 0, replaceStatus: 0, jsonPatch: 0, conflicts: 0 };
  const failures = new Map<ResourceMethod, { error: unknown; storeFirst: boolean }[]>();
  let beforeStatusWrite: (write: number, object: T) => void = () => {};
  let revision = 0;

  const keyOf = (namespace: string | undefined, name: string): string => {
    if (!namespaced) return name;
    if (!namespace) throw new Error(`${name}: a namespace is required`);
    return `${namespace}/${name}`;
  };
  const keyOfObject = (object: T) => keyOf(object.metadata?.namespace, object.metadata?.name ?? '');
  const pluralOf = (object?: KubernetesObject): string => {
    if (options.plural) return options.plural;
    if (!object?.kind) return 'objects';
    const group = object.apiVersion?.includes('/') ? `.${object.apiVersion.split('/')[0]}` : '';
    return `${object.kind.toLowerCase()}s${group}`;
  };
  /** A new resourceVersion, above every one stored (tests may store objects directly). */
  const nextVersion = (current?: T): string => {
    revision = Math.max(revision, Number(current?.metadata?.resourceVersion) || 0) + 1;
    return String(revision);
  };
  const notFound = (name: string, object?: KubernetesObject) =>
    httpError(404, `${pluralOf(object)} "${name}" not found`);
  const conflict = (name: string, object: KubernetesObject) => {
    calls.conflicts++;
    return httpError(
      409,
      `Operation cannot be fulfilled on ${pluralOf(object)} "${name}": the object has been modified; ` +
        'please apply your changes to the latest version and try again',
    );
  };
  const invalid = (name: string, object: KubernetesObject | undefined, detail: string) =>
    httpError(422, `${object?.kind ?? 'object'} "${name}" is invalid: ${detail}`);

  /** Runs a call: the await every real request has, then an injected failure if one is queued. */
  async function call<R>(method: ResourceMethod, work: () => R): Promise<R> {
    calls[method]++;
    await Promise.resolve();
    const failure = failures.get(method)?.shift();
    if (!failure) return structuredClone(work());
    if (failure.storeFirst) {
      try {
        work();
      } catch {
        // refused: nothing was stored, and the answer saying so was lost too
      }
    }
    throw failure.error;
  }

  const client: ResourceClient<T> = {
    get(namespace, name) {
      return call('get', () => stored.get(keyOf(namespace, name)) ?? null);
    },

    create(body) {
      return call('create', () => {
        const object = wire(body);
        const name = object.metadata?.name;
        if (!name) throw invalid('', object, 'metadata.name: Required value: name is required');
        const key = keyOfObject(object);
        if (stored.has(key))
          throw httpError(409, `${pluralOf(object)} "${name}" already exists`, 'AlreadyExists');
        const { deletionTimestamp: _, deletionGracePeriodSeconds: __, ...metadata } = object.metadata ?? {};
        const created = {
          ...object,
          metadata: {
            ...metadata,
            uid: randomUUID(),
            resourceVersion: nextVersion(),
            generation: 1,
            creationTimestamp: kubeTime(now()),
          },
        } as T & { status?: unknown };
        // A custom resource with a status subresource is created without the status it was sent.
        delete created.status;
        stored.set(key, created);
        return created;
      });
    },

    replaceStatus(body) {
      return call('replaceStatus', () => {
        beforeStatusWrite(calls.replaceStatus, structuredClone(body));
        const object = wire(body) as T & { status?: unknown };
        const name = object.metadata?.name ?? '';
        const key = keyOfObject(object);
        const current = stored.get(key) as (T & { status?: unknown }) | undefined;
        if (!current) throw notFound(name, object);
        const version = object.metadata?.resourceVersion;
        if (!version)
          throw invalid(
            name,
            object,
            'metadata.resourceVersion: Invalid value: 0: must be specified for an update',
          );
        if (version !== current.metadata?.resourceVersion) throw conflict(name, object);
        // Through /status only the status is taken; spec and metadata stay as stored.
        const next = structuredClone(current);
        if ('status' in object) next.status = object.status;
        else delete next.status;
        if (isDeepStrictEqual(next, current)) return current;
        next.metadata = { ...next.metadata, resourceVersion: nextVersion(current) };
        stored.set(key, next);
        return next;
      });
    },

    jsonPatch(namespace, name, operations) {
      return call('jsonPatch', () => {
        const key = keyOf(namespace, name);
        const current = stored.get(key) as (T & { status?: unknown; spec?: unknown }) | undefined;
        if (!current) throw notFound(name);
        let patched: T & { status?: unknown; spec?: unknown };
        try {
          patched = applyJsonPatch(structuredClone(current), wire(operations));
        } catch (error) {
          if (error instanceof PatchError) throw invalid(name, current, error.message);
          throw error;
        }
        const before = current.metadata ?? {};
        const after = patched.metadata ?? {};
        // A resourceVersion in the patched object is a precondition, as in an update.
        if (after.resourceVersion !== undefined && after.resourceVersion !== before.resourceVersion)
          throw conflict(name, current);
        const added = (after.finalizers ?? []).filter((f) => !(before.finalizers ?? []).includes(f));
        if (before.deletionTimestamp && added.length > 0)
          throw invalid(
            name,
            current,
            'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted',
          );
        // What a patch of the main resource cannot change: identity, the deletion mark, the status.
        const next = {
          ...patched,
          apiVersion: current.apiVersion,
          kind: current.kind,
          metadata: {
            ...after,
            name: before.name,
            namespace: before.namespace,
            uid: before.uid,
            creationTimestamp: before.creationTimestamp,
            deletionTimestamp: before.deletionTimestamp,
            deletionGracePeriodSeconds: before.deletionGracePeriodSeconds,
            resourceVersion: before.resourceVersion,
            generation: before.generation,
          },
        } as T & { status?: unknown; spec?: unknown };
        if ('status' in current) next.status = structuredClone(current.status);
        else delete next.status;
        dropUndefined(next.metadata as Record<string, unknown>);
        if (isDeepStrictEqual(next, current)) return current;
        if (!isDeepStrictEqual(next.spec, current.spec))
          (next.metadata ?? {}).generation = (before.generation ?? 0) + 1;
        (next.metadata ?? {}).resourceVersion = nextVersion(current);
        // The API server removes a deleting object once its last finalizer is gone.
        if (next.metadata?.deletionTimestamp && (next.metadata.finalizers ?? []).length === 0)
          stored.delete(key);
        else stored.set(key, next);
        return next;
      });
    },
  };

  const existing = (namespace: string | undefined, name: string): [string, T] => {
    const key = keyOf(namespace, name);
    const current = stored.get(key);
    if (!current) throw new Error(`fake API server: no ${key}`);
    return [key, current];
  };

  return {
    client,
    stored,
    calls,

    /**
     * Stores `object` as given (seeding, or overwriting behind the reconcilers' back), filling uid,
     * resourceVersion, generation and creationTimestamp when absent (a replaced object keeps its
     * uid). Returns a copy of what was stored.
     */
    put(object: T): T {
      const copy = wire(object);
      const key = keyOfObject(copy);
      const previous = stored.get(key);
      const metadata = { ...copy.metadata };
      metadata.uid ??= previous?.metadata?.uid ?? randomUUID();
      metadata.generation ??= previous?.metadata?.generation ?? 1;
      (metadata as { creationTimestamp?: string }).creationTimestamp ??=
        (previous?.metadata?.creationTimestamp as string | undefined) ?? kubeTime(now());
      if (metadata.resourceVersion === undefined) metadata.resourceVersion = nextVersion(previous);
      else revision = Math.max(revision, Number(metadata.resourceVersion) || 0);
      const next = { ...copy, metadata };
      stored.set(key, next);
      return structuredClone(next);
    },

    /**
     * Another writer (a person, another controller) changes the object: `change` edits a copy
     * (nothing by default) and the resourceVersion moves on; a spec change bumps the generation.
     */
    touch(namespace: string | undefined, name: string, change: (object: T) => void = () => {}): T {
      const [key, current] = existing(namespace, name);
      const next = structuredClone(current) as T & { spec?: unknown };
      change(next);
      next.metadata = { ...next.metadata, resourceVersion: nextVersion(current) };
      if (!isDeepStrictEqual(next.spec, (current as { spec?: unknown }).spec))
        next.metadata.generation = (current.metadata?.generation ?? 0) + 1;
      stored.set(key, wire(next));
      return structuredClone(stored.get(key) as T);
    },

    /**
     * A user deletes the object: with finalizers it stays, marked with deletionTimestamp (the
     * generation and resourceVersion move on); without, it is gone. Returns what is stored, or null.
     */
    markDeleting(namespace: string | undefined, name: string, at: Date = now()): T | null {
      const [key, current] = existing(namespace, name);
      if ((current.metadata?.finalizers ?? []).length === 0) {
        stored.delete(key);
        return null;
      }
      if (current.metadata?.deletionTimestamp) return structuredClone(current);
      const generation = current.metadata?.generation ?? 0;
      const next = {
        ...structuredClone(current),
        metadata: {
          ...current.metadata,
          deletionTimestamp: kubeTime(at),
          deletionGracePeriodSeconds: 0,
          generation: generation > 0 ? generation + 1 : generation,
          resourceVersion: nextVersion(current),
        },
      } as T;
      stored.set(key, next);
      return structuredClone(next);
    },

    /** The next call of `method` throws `error` (queued: several calls fail in turn). */
    failNext(method: ResourceMethod, error: unknown, failOptions: FailOptions = {}): void {
      const queue = failures.get(method) ?? [];
      queue.push({ error, storeFirst: failOptions.storeFirst === true });
      failures.set(method, queue);
    },

    /**
     * Runs before each status write with its number (from 1) and the object sent; may throw (the
     * write then fails with that error) or change the stored object (a concurrent writer).
     */
    onWrite(hook: (write: number, object: T) => void): void {
      beforeStatusWrite = hook;
    },
  };
}

export type FakeResources<T extends KubernetesObject> = ReturnType<typeof fakeResources<T>>;

/** A JSON patch the API server cannot apply: answered 422. */
class PatchError extends Error {}

/** Metadata as the API server serializes it: no undefined fields, no empty lists or maps (omitempty). */
function dropUndefined(object: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(object)) {
    const empty =
      value === undefined ||
      (['finalizers', 'labels', 'annotations', 'ownerReferences'].includes(key) &&
        isContainer(value) &&
        Object.keys(value).length === 0);
    if (empty) delete object[key];
  }
}

/** RFC 6901 pointer tokens. */
function tokensOf(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The index a token names in `array`; `allowEnd` admits array.length (and `-`) for add. */
function indexIn(array: unknown[], token: string, path: string, allowEnd: boolean): number {
  if (token === '-' && allowEnd) return array.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new PatchError(`${path}: "${token}" is not an array index`);
  const index = Number(token);
  if (index > array.length || (index === array.length && !allowEnd))
    throw new PatchError(`${path}: index ${index} is out of range`);
  return index;
}

/** The container holding the pointer's last token. */
function parentOf(document: unknown, path: string): { parent: Container; last: string } {
  const tokens = tokensOf(path);
  const last = tokens.pop();
  if (last === undefined) throw new PatchError(`${path}: the whole document cannot be patched`);
  let node = document;
  for (const token of tokens) {
    if (!isContainer(node)) throw new PatchError(`${path}: missing parent`);
    const next: unknown = Array.isArray(node)
      ? node[indexIn(node, token, path, false)]
      : Object.hasOwn(node, token)
        ? node[token]
        : undefined;
    if (next === undefined) throw new PatchError(`${path}: missing parent`);
    node = next;
  }
  if (!isContainer(node)) throw new PatchError(`${path}: missing parent`);
  return { parent: node, last };
}

function valueAt(document: unknown, path: string): { found: boolean; value?: unknown } {
  let node = document;
  for (const token of tokensOf(path)) {
    if (!isContainer(node)) return { found: false };
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return { found: false };
      node = node[Number(token)];
    } else {
      if (!Object.hasOwn(node, token)) return { found: false };
      node = node[token];
    }
  }
  return { found: true, value: node };
}

/** Applies RFC 6902 test, add, replace and remove ops in order; all or nothing (works on a copy). */
function applyJsonPatch<D>(document: D, operations: JsonPatchOperation[]): D {
  for (const operation of operations) {
    const { op, path } = operation;
    if (op === 'test') {
      const target = valueAt(document, path);
      // Over the wire an undefined value is no value at all: it matches only an absent or null one.
      const expected = 'value' in operation ? operation.value : null;
      const matches = target.found ? isDeepStrictEqual(target.value, expected) : expected === null;
      if (!matches) throw new PatchError(`test operation for path "${path}" failed`);
      continue;
    }
    const { parent, last } = parentOf(document, path);
    if (op === 'add') {
      if (Array.isArray(parent)) parent.splice(indexIn(parent, last, path, true), 0, operation.value);
      else parent[last] = operation.value;
    } else if (op === 'replace') {
      if (Array.isArray(parent)) parent[indexIn(parent, last, path, false)] = operation.value;
      else if (Object.hasOwn(parent, last)) parent[last] = operation.value;
      else throw new PatchError(`replace operation does not apply: "${path}" does not exist`);
    } else if (op === 'remove') {
      if (Array.isArray(parent)) parent.splice(indexIn(parent, last, path, false), 1);
      else if (Object.hasOwn(parent, last)) delete parent[last];
      else throw new PatchError(`remove operation does not apply: "${path}" does not exist`);
    } else {
      throw new PatchError(`unsupported patch operation "${op as string}"`);
    }
  }
  return document;
}
