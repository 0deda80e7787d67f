// A list+watch cache of one custom resource that survives errors. client-node's ListWatch relists by
// itself on 410 Gone but stops for good on any other error, and a throwing handler would end the
// process. So each ListWatch here is one "generation": when it fails it is thrown away and a new one
// starts after a backoff. Every (re)list is compared with this informer's own cache, which outlives
// the generations: whatever exists is re-delivered as add/update and whatever vanished meanwhile as
// delete, so no change is lost across a restart.
import {
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  ListWatch,
} from '@kubernetes/client-node';
import { backoffDelay, consoleLogger, type RuntimeLogger } from './backoff.ts';
import { GuardedWatch } from './guarded-watch.ts';
import { objectKey } from './keys.ts';
import { withSignal } from './kube-request.ts';

export type InformerEvent = 'add' | 'update' | 'delete';

export interface ResourceInformerOptions<T> {
  kubeConfig: KubeConfig;
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
  /** Only this namespace (namespaced resources only); all namespaces when omitted. */
  namespace?: string;
  onEvent: (type: InformerEvent, object: T) => void;
  onRestart?: (error: unknown) => void;
  /** First restart delay (default 1 s); doubles per consecutive failure up to `maxRestartDelayMs`. */
  restartDelayMs?: number;
  /** Default 30 s. A generation that stayed up this long resets the backoff. */
  maxRestartDelayMs?: number;
  /** Deadline of one list request (default 60 s); a hanging list counts as a failure. */
  listTimeoutMs?: number;
  /**
   * Drop metadata.managedFields from every object as it arrives (controller-runtime's
   * TransformStripManagedFields): often the largest part of a cached object, and an update that
   * omits it leaves it unchanged on the server. Stripped as they arrive, so client-node's
   * ListWatch, which keeps its own copy of each object, holds the smaller one too.
   */
  stripManagedFields?: boolean;
  logger?: RuntimeLogger;
}

interface Generation<T extends KubernetesObject> {
  id: number;
  abort: AbortController;
  watch: GuardedWatch;
  listWatch: ListWatch<T>;
}

export class ResourceInformer<T extends KubernetesObject> {
  private readonly options: ResourceInformerOptions<T>;
  private readonly api: CustomObjectsApi;
  private readonly path: string;
  private readonly log: RuntimeLogger;
  private readonly cache = new Map<string, T>();
  private generation: Generation<T> | undefined;
  private lastGenerationId = 0;
  private running = false;
  private hasSynced = false;
  /** When the current generation's list completed; 0 while it has not. */
  private listedAt = 0;
  private failures = 0;
  private restartCount = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private startWaiter: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(options: ResourceInformerOptions<T>) {
    if (options.namespace && !options.namespaced) {
      throw new Error(`${options.plural} is cluster-scoped; it cannot be watched in a namespace`);
    }
    this.options = options;
    this.api = options.kubeConfig.makeApiClient(CustomObjectsApi);
    const scope = options.namespace ? `/namespaces/${encodeURIComponent(options.namespace)}` : '';
    this.path = `/apis/${options.group}/${options.version}${scope}/${options.plural}`;
    this.log = options.logger ?? consoleLogger;
  }

  /** True once the first list has completed; stays true across restarts. */
  get synced(): boolean {
    return this.hasSynced;
  }

  /** How many times a failed list or watch was started over. */
  get restarts(): number {
    return this.restartCount;
  }

  /** Starts listing and watching; resolves once the first list has been delivered (retries until then). */
  start(): Promise<void> {
    if (this.running) throw new Error(`the informer for ${this.path} is already running`);
    this.running = true;
    const synced = new Promise<void>((resolve, reject) => {
      this.startWaiter = { resolve, reject };
    });
    this.launch();
    return synced;
  }

  get(namespace: string | undefined, name: string): T | undefined {
    return this.cache.get(namespace ? `${namespace}/${name}` : name);
  }

  list(namespace?: string): T[] {
    const all = [...this.cache.values()];
    return namespace === undefined ? all : all.filter((o) => o.metadata?.namespace === namespace);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    this.closeGeneration();
    this.startWaiter?.reject(new Error(`the informer for ${this.path} was stopped before its first list`));
    this.startWaiter = undefined;
  }

  private launch(): void {
    const id = ++this.lastGenerationId;
    const abort = new AbortController();
    const watch = new GuardedWatch(
      this.options.kubeConfig,
      (error) => this.fail(id, error),
      this.options.stripManagedFields ? stripManagedFields : undefined,
    );
    const listWatch = new ListWatch<T>(this.path, watch, () => this.relist(id, abort.signal), false);
    listWatch.on('add', (object) => this.upsert(id, object));
    listWatch.on('update', (object) => this.upsert(id, object));
    listWatch.on('delete', (object) => this.remove(id, object));
    listWatch.on('error', (error) => this.fail(id, error));
    this.generation = { id, abort, watch, listWatch };
    this.listedAt = 0;
    listWatch.start().catch((error: unknown) => this.fail(id, error));
  }

  private isCurrent(id: number): boolean {
    return this.running && this.generation?.id === id;
  }

  private async relist(id: number, abort: AbortSignal): Promise<KubernetesListObject<T>> {
    const timeout = this.options.listTimeoutMs ?? 60_000;
    const options = withSignal(AbortSignal.any([abort, AbortSignal.timeout(timeout)]));
    const { group, version, plural, namespaced, namespace } = this.options;
    const list: KubernetesListObject<T> = !namespaced
      ? await this.api.listClusterCustomObject({ group, version, plural }, options)
      : namespace
        ? await this.api.listNamespacedCustomObject({ group, version, namespace, plural }, options)
        : await this.api.listCustomObjectForAllNamespaces(
            { group, version, resourcePlural: plural },
            options,
          );
    // A superseded generation must not touch the cache; throwing also keeps its ListWatch from watching.
    if (!this.isCurrent(id)) throw new Error('informer generation superseded');
    if (this.options.stripManagedFields) for (const item of list.items ?? []) stripManagedFields(item);
    this.applyList(list.items ?? []);
    return list;
  }

  /** Brings the cache in line with a full list, re-delivering every object (a resync). */
  private applyList(items: T[]): void {
    const listed = new Map(items.map((object) => [objectKey(object), object]));
    for (const [key, cached] of this.cache) {
      if (listed.has(key)) continue;
      this.cache.delete(key);
      this.emit('delete', cached);
    }
    for (const [key, object] of listed) {
      const known = this.cache.has(key);
      this.cache.set(key, object);
      this.emit(known ? 'update' : 'add', object);
    }
    this.listedAt = Date.now();
    this.hasSynced = true;
    this.startWaiter?.resolve();
    this.startWaiter = undefined;
  }

  private upsert(id: number, object: T): void {
    if (!this.isCurrent(id)) return;
    const key = objectKey(object);
    const cached = this.cache.get(key);
    // ListWatch replays every listed object as an add; relist() has delivered those already.
    if (cached && cached.metadata?.resourceVersion === object.metadata?.resourceVersion) return;
    this.cache.set(key, object);
    this.emit(cached ? 'update' : 'add', object);
  }

  private remove(id: number, object: T): void {
    if (!this.isCurrent(id)) return;
    const key = objectKey(object);
    if (!this.cache.delete(key)) return;
    this.emit('delete', object);
  }

  private emit(type: InformerEvent, object: T): void {
    try {
      this.options.onEvent(type, object);
    } catch (error) {
      this.log(`informer ${this.path}: the ${type} handler threw for ${objectKey(object)}`, error);
    }
  }

  private fail(id: number, error: unknown): void {
    if (!this.isCurrent(id)) return;
    this.closeGeneration();
    const base = this.options.restartDelayMs ?? 1000;
    const max = this.options.maxRestartDelayMs ?? 30_000;
    if (this.listedAt > 0 && Date.now() - this.listedAt >= max) this.failures = 0;
    this.failures++;
    this.restartCount++;
    const delay = backoffDelay(this.failures, base, max);
    this.log(`informer ${this.path}: list/watch failed; restart ${this.restartCount} in ${delay} ms`, error);
    try {
      this.options.onRestart?.(error);
    } catch (handlerError) {
      this.log(`informer ${this.path}: the restart handler threw`, handlerError);
    }
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.running) this.launch();
    }, delay);
  }

  private closeGeneration(): void {
    const generation = this.generation;
    if (!generation) return;
    this.generation = undefined;
    generation.abort.abort();
    generation.watch.close();
    void generation.listWatch.stop();
  }
}

function stripManagedFields(object: unknown): void {
  const metadata = (object as KubernetesObject | undefined)?.metadata;
  if (metadata?.managedFields) delete metadata.managedFields;
}
