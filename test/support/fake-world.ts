// A whole ReconcileContext over in-memory fakes, for unit tests of the reconcilers: an API server
// per kind (fake-kube.ts), a Slurm per cluster (fake-slurm.ts), an informer cache that reads the
// API server's store (or serves a stale copy on demand), the real template catalog and
// model registry (ModelVersions kept in a fake API server of their own), recorded Events and audit transitions, and a clock the test moves.
//
//   const world = await fakeWorld();
//   world.training('t1');
//   await reconcileTraining(world.ctx, 'ns/t1');
//   world.slurm.setState(world.slurm.submitted[0].jobId, 'RUNNING');
import type {
  Model,
  ModelSpec,
  ModelStatus,
  ModelVersion,
  Prediction,
  PredictionSpec,
  PredictionStatus,
  SlurmCluster,
  SlurmClusterSpec,
  Training,
  TrainingSpec,
  TrainingStatus,
} from '../../src/api/types.ts';
import { API_VERSION, FINALIZER } from '../../src/api/types.ts';
import type { ClusterConnections, ConnectedCluster } from '../../src/clusters/connections.ts';
import type { CachedReader, ReconcileContext } from '../../src/reconcilers/context.ts';
import { UnconfirmedWrites } from '../../src/reconcilers/job/unconfirmed-writes.ts';
import { newModelVersion } from '../../src/registry/names.ts';
import { ModelRegistry } from '../../src/registry/registration.ts';
import type { ModelVersionReader } from '../../src/registry/version-index.ts';
import { builtinTemplatesDir, TemplateCatalog } from '../../src/templates/index.ts';
import { type FakeResources, fakeResources, kubeTime } from './fake-kube.ts';
import { type FakeSlurm, type FakeSlurmOptions, fakeSlurm } from './fake-slurm.ts';
import { recordingAudit, recordingEvents, silentLogger } from './reconcile-context.ts';

export const NAMESPACE = 'ns';
export const DEFAULT_CLUSTER = 'lab';
export const DEFAULT_START = '2026-01-01T00:00:00.000Z';

/** The default cluster's spec: admits namespace ns as Slurm user alice, with the shared /shared/data. */
export const labClusterSpec = (): SlurmClusterSpec => ({
  endpoint: 'http://127.0.0.1:6820',
  auth: { user: 'slurm-ml', jwtKeySecretRef: { name: 'k' } },
  modelsBasePath: '/shared/models',
  default: true,
  tenants: [{ namespace: NAMESPACE, user: 'alice', allowedRoots: ['/shared/data'] }],
});

let builtins: Promise<TemplateCatalog> | undefined;

/** The repository's built-in templates, loaded once per test file; a broken one fails the test. */
export function builtinTemplates(): Promise<TemplateCatalog> {
  builtins ??= TemplateCatalog.load([builtinTemplatesDir]).then((catalog) => {
    if (catalog.problems.length > 0)
      throw new Error(`built-in templates: ${catalog.problems.map((p) => p.message).join('; ')}`);
    return catalog;
  });
  return builtins;
}

export interface FakeClock {
  now(): Date;
  /** Moves the clock on by `ms` and returns the new time. */
  advance(ms: number): Date;
  set(at: Date | string): void;
}

export function fakeClock(start: Date | string = DEFAULT_START): FakeClock {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    advance(ms) {
      at += ms;
      return new Date(at);
    },
    set(next) {
      at = new Date(next).getTime();
    },
  };
}

/** The public methods of ClusterConnections, so the fake follows the real class's API. */
type ConnectionsApi = { [K in keyof ClusterConnections]: ClusterConnections[K] };

export interface FakeConnections extends ConnectionsApi {
  /**
   * With a SlurmCluster: as ClusterConnections.connect (reuses a healthy connection of the same
   * generation, else pings the cluster's fake Slurm, whose injected ping failures fail it). With a
   * name: connects the stored SlurmCluster of that name at once, without a ping.
   */
  connect(cluster: SlurmCluster | string): Promise<ConnectedCluster>;
  /** The cluster is no longer connected (as after forget). */
  disconnect(name: string): void;
  /** The fake Slurm behind a cluster (created on first use; it outlives reconnects). */
  slurm(name: string): FakeSlurm;
  /** The connected clusters, by name. */
  readonly connected: Map<string, ConnectedCluster>;
}

export interface FakeWorldOptions {
  /** The clock's start; default 2026-01-01T00:00:00.000Z. */
  start?: Date | string;
  /** Seed the default SlurmCluster `lab`, connected (default true). */
  lab?: boolean;
  /** Options for each cluster's fake Slurm (its clock is the world's). */
  slurm?: Omit<FakeSlurmOptions, 'now'>;
  /** A catalog other than the built-in templates. */
  templates?: TemplateCatalog;
}

export interface SeedOptions {
  namespace?: string;
  /** Carry the operator's finalizer; default: when a status is given (the operator wrote one). */
  finalizer?: boolean;
  /** Stored as being deleted (a deletionTimestamp); needs the finalizer. */
  deleting?: boolean;
  generation?: number;
}

type CachedKind = 'Training' | 'Prediction' | 'Model';
type Cached = Training | Prediction | Model;

export async function fakeWorld(options: FakeWorldOptions = {}) {
  const clock = fakeClock(options.start);
  const now = clock.now;
  const catalog = options.templates ?? (await builtinTemplates());

  const trainings = fakeResources<Training>({ now, plural: 'trainings.ml.hpc.dev' });
  const predictions = fakeResources<Prediction>({ now, plural: 'predictions.ml.hpc.dev' });
  const models = fakeResources<Model>({ now, plural: 'models.ml.hpc.dev' });
  const versions = fakeResources<ModelVersion>({ now, plural: 'modelversions.ml.hpc.dev' });
  // The informer's index, as a scan of the fake API server's versions (never stale).
  const stored = () => [...versions.stored.values()].map((v) => structuredClone(v));
  const versionReader: ModelVersionReader = {
    versionsOf: (namespace, model) =>
      new Map(
        stored()
          .filter((v) => v.metadata.namespace === namespace && v.spec.model === model)
          .map((v) => [v.spec.version, v]),
      ),
    ofTraining: (uid) => stored().find((v) => v.spec.training?.uid === uid),
    // The fake API server's store is the index's source: nothing to record.
    record: () => {},
    highestGiven: (namespace, model) =>
      Math.max(
        0,
        ...stored()
          .filter((v) => v.metadata.namespace === namespace && v.spec.model === model)
          .map((v) => v.spec.version),
      ),
  };
  const slurmClusters = fakeResources<SlurmCluster>({
    now,
    namespaced: false,
    plural: 'slurmclusters.ml.hpc.dev',
  });

  // The informer cache: the API server's objects, unless a test made it serve a stale copy.
  const stale = new Map<string, Cached>();
  const staleKey = (kind: CachedKind, namespace: string | undefined, name: string) =>
    `${kind}:${namespace ?? ''}/${name}`;
  const reader = <T extends Cached>(kind: T['kind'], resources: FakeResources<T>): CachedReader<T> => ({
    get(namespace, name) {
      const copy = stale.get(staleKey(kind, namespace, name)) ?? resources.stored.get(`${namespace}/${name}`);
      return copy && (structuredClone(copy) as T);
    },
  });

  const connections = fakeConnections(slurmClusters, now, options.slurm ?? {});
  const { audit, recorded: transitions } = recordingAudit();
  const { events, recorded: recordedEvents } = recordingEvents();

  const ctx: ReconcileContext = {
    cache: {
      trainings: reader('Training', trainings),
      predictions: reader('Prediction', predictions),
      models: reader('Model', models),
    },
    trainings: trainings.client,
    predictions: predictions.client,
    models: models.client,
    versions: versions.client,
    slurmClusters: slurmClusters.client,
    listSlurmClusters: () => [...slurmClusters.stored.values()].map((c) => structuredClone(c)),
    // A structural fake of a class with private fields: the one cast in the context.
    connections: connections as unknown as ClusterConnections,
    templates: () => catalog,
    modelVersions: versionReader,
    registry: new ModelRegistry({
      versions: versions.client,
      models: models.client,
      index: versionReader,
      cachedModel: (namespace, name) => reader('Model', models).get(namespace, name),
    }),
    events,
    audit,
    unconfirmedWrites: new UnconfirmedWrites(),
    now,
    log: silentLogger(),
  };

  const metadata = (name: string, seed: SeedOptions, hasStatus: boolean) => {
    const finalizer = seed.finalizer ?? hasStatus;
    if (seed.deleting && !finalizer)
      throw new Error(`${name}: a deleting object without finalizers is gone from the API server`);
    return {
      namespace: seed.namespace ?? NAMESPACE,
      name,
      generation: seed.generation ?? 1,
      ...(finalizer ? { finalizers: [FINALIZER] } : {}),
      // Custom objects carry timestamps as strings, whatever V1ObjectMeta's types say.
      ...(seed.deleting
        ? { deletionTimestamp: kubeTime(now()) as unknown as Date, deletionGracePeriodSeconds: 0 }
        : {}),
    };
  };

  const world = {
    ctx,
    clock,
    trainings,
    predictions,
    models,
    versions,
    slurmClusters,
    connections,
    /** The default cluster's fake Slurm. */
    get slurm(): FakeSlurm {
      return connections.slurm(DEFAULT_CLUSTER);
    },
    /** Events recorded, in order. */
    events: recordedEvents,
    /** Audit transitions recorded, in order. */
    transitions,

    /** Makes the informer cache serve `copy` for this object (even one the API server no longer has). */
    staleCache(namespace: string, name: string, copy: Cached): void {
      stale.set(staleKey(copy.kind, namespace, name), structuredClone(copy));
    },
    /** The cache serves the API server's objects again (all, or just this one). */
    freshCache(namespace?: string, name?: string): void {
      if (namespace === undefined || name === undefined) stale.clear();
      else
        for (const kind of ['Training', 'Prediction', 'Model'] as const)
          stale.delete(staleKey(kind, namespace, name));
    },

    /** A Training of Model `m` with template demo-train, in namespace ns; returns the stored copy. */
    training(
      name: string,
      spec: Partial<TrainingSpec> = {},
      status?: TrainingStatus,
      seed: SeedOptions = {},
    ) {
      return trainings.put({
        apiVersion: API_VERSION,
        kind: 'Training',
        metadata: metadata(name, seed, status !== undefined),
        spec: { model: 'm', template: 'demo-train', ...spec },
        ...(status ? { status } : {}),
      });
    },

    /** A Prediction with Model `m` and template demo-predict, in namespace ns; returns the stored copy. */
    prediction(
      name: string,
      spec: Partial<PredictionSpec> = {},
      status?: PredictionStatus,
      seed: SeedOptions = {},
    ) {
      return predictions.put({
        apiVersion: API_VERSION,
        kind: 'Prediction',
        metadata: metadata(name, seed, status !== undefined),
        spec: { model: 'm', template: 'demo-predict', input: '/shared/data/input.csv', ...spec },
        ...(status ? { status } : {}),
      });
    },

    /** A Model as stored; with no finalizer unless seed says so. */
    model(name: string, spec: ModelSpec = {}, status?: ModelStatus, seed: SeedOptions = {}) {
      return models.put({
        apiVersion: API_VERSION,
        kind: 'Model',
        metadata: metadata(name, { finalizer: false, ...seed }, false),
        spec,
        ...(status ? { status } : {}),
      });
    },

    /** A ModelVersion as the registry creates it, at `{modelsBasePath}/ns/{model}/runs/t{N}-uid{N}`. */
    modelVersion(model: string, version: number, namespace = NAMESPACE) {
      return versions.put(
        newModelVersion(namespace, {
          model,
          version,
          path: `${labClusterSpec().modelsBasePath}/${namespace}/${model}/runs/t${version}-uid${version}`,
          training: { name: `t${version}`, uid: `uid${version}` },
          createdAt: kubeTime(now()),
        }),
      );
    },

    /** A Model with these versions registered, its status summarizing them. */
    readyModel(name: string, numbers: number[] = [1], spec: ModelSpec = {}) {
      for (const version of numbers) world.modelVersion(name, version);
      const latestVersion = Math.max(0, ...numbers);
      return world.model(name, spec, {
        latestVersion,
        nextVersion: latestVersion + 1,
        versionCount: numbers.length,
      });
    },

    /**
     * Another SlurmCluster (not default unless spec says so), connected unless told otherwise;
     * returns the stored copy.
     */
    slurmCluster(name: string, spec: Partial<SlurmClusterSpec> = {}, { connected = true } = {}) {
      const stored = slurmClusters.put({
        apiVersion: API_VERSION,
        kind: 'SlurmCluster',
        metadata: { name, generation: 1 },
        spec: { ...labClusterSpec(), default: false, ...spec },
      });
      if (connected) connections.connectNow(name);
      return stored;
    },
  };

  if (options.lab ?? true) world.slurmCluster(DEFAULT_CLUSTER, { default: true });
  return world;
}

export type FakeWorld = Awaited<ReturnType<typeof fakeWorld>>;

function fakeConnections(
  clusters: FakeResources<SlurmCluster>,
  now: () => Date,
  slurmOptions: Omit<FakeSlurmOptions, 'now'>,
): FakeConnections & { connectNow(name: string): ConnectedCluster } {
  const connected = new Map<string, ConnectedCluster>();
  const slurms = new Map<string, FakeSlurm>();

  const slurm = (name: string): FakeSlurm => {
    let fake = slurms.get(name);
    if (!fake) {
      const requested = clusters.stored.get(name)?.spec.apiVersion;
      fake = fakeSlurm({
        ...slurmOptions,
        ...(requested && requested !== 'auto' ? { apiVersion: requested } : {}),
        user: clusters.stored.get(name)?.spec.auth.user ?? slurmOptions.user,
        now,
      });
      slurms.set(name, fake);
    }
    return fake;
  };
  const entryFor = (cluster: SlurmCluster): ConnectedCluster => {
    const name = cluster.metadata.name ?? '';
    const entry: ConnectedCluster = {
      name,
      generation: cluster.metadata.generation ?? 0,
      spec: structuredClone(cluster.spec),
      connection: slurm(name).connection,
      healthy: true,
    };
    connected.set(name, entry);
    return entry;
  };
  const connectNow = (name: string): ConnectedCluster => {
    const cluster = clusters.stored.get(name);
    if (!cluster) throw new Error(`fake connections: no SlurmCluster ${name}`);
    return entryFor(cluster);
  };

  return {
    connected,
    slurm,
    connectNow,
    get: (name) => connected.get(name),
    async connect(target) {
      if (typeof target === 'string') return connectNow(target);
      const name = target.metadata.name ?? '';
      const current = connected.get(name);
      if (current?.healthy && current.generation === (target.metadata.generation ?? 0)) return current;
      // As openSlurmConnection: the probe's failure is the connect's; the old entry stays.
      await slurm(name).client.ping();
      return entryFor(target);
    },
    markHealthy(name) {
      const current = connected.get(name);
      if (current) current.healthy = true;
    },
    markUnhealthy(name) {
      const current = connected.get(name);
      if (current) current.healthy = false;
    },
    forget(name) {
      connected.delete(name);
    },
    disconnect(name) {
      connected.delete(name);
    },
  };
}
