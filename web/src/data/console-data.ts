// Everything the console reads and writes, behind one interface: the pages never call fetch
// themselves. OperatorConsoleData (operator-console-data.ts) implements it against the operator's
// /ui/api/kube pass-through and /api/v1 endpoints; a Headlamp plugin can implement it with
// Headlamp's own API proxy and reuse the pages.
import type { Model, ModelVersion, Prediction, SlurmCluster, Training } from '../../../src/api/types.ts';
import type { TemplateSummary } from '../../../src/console/templates-api.ts';
import type { ParameterValidation } from '../../../src/templates/parameters.ts';

export type JobKind = 'trainings' | 'predictions';
export type ResourceKind = JobKind | 'models' | 'modelversions' | 'slurmclusters';

export interface ResourceOf {
  trainings: Training;
  predictions: Prediction;
  models: Model;
  modelversions: ModelVersion;
  slurmclusters: SlurmCluster;
}

/** The signed-in person as the API server knows them (TokenReview). */
export interface Identity {
  username: string;
  groups: string[];
}

/** A job template as GET /api/v1/templates serves it (no script): the server's own type. */
export type { TemplateSummary };
/** What POST /api/v1/templates/{name}/validate answers: the operator's own validator's verdict. */
export type ParameterCheck = ParameterValidation;

/** One audit transition (docs/audit.md, "History API"). */
export interface Transition {
  at: string;
  from: string | null;
  to: string;
  reason?: string | null;
  message?: string | null;
  [field: string]: unknown;
}

export interface HistoryRecord {
  uid: string;
  kind: string;
  namespace: string;
  name: string;
  transitions: Transition[];
  [field: string]: unknown;
}

export interface MetricSeries {
  metric: string;
  attempt: number;
  count: number;
  thinned: boolean;
  points: { step: number; value: number; at: string }[];
}

export interface MetricHistory {
  attempts: number[];
  series: MetricSeries[];
}

/** What a watch reports: the whole current set after every change, or why it stopped working. */
export interface ListWatchHandlers<T> {
  onItems(items: T[]): void;
  onError(error: ConsoleError): void;
}

/** An answer the console shows as it is: the status code and the server's own message. */
export class ConsoleError extends Error {
  override readonly name = 'ConsoleError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
  get forbidden(): boolean {
    return this.status === 403;
  }
}

/** Narrows a list and its watch to what a page shows (both are passed to the API server as they are). */
export interface ListSelector {
  /** e.g. `metadata.name=run-1`. */
  fieldSelector?: string;
  /** e.g. `ml.hpc.dev/model=mnist`. */
  labelSelector?: string;
}

export interface ConsoleData {
  whoami(): Promise<Identity>;
  /** Namespaces the person may list, or null when they may not list namespaces at all. */
  namespaces(): Promise<string[] | null>;
  /**
   * List, then watch from the list's resourceVersion; `namespace` undefined means every namespace;
   * `selector` narrows both the list and the watch. Returns stop. A 401 or 403 is reported once
   * and ends it.
   */
  listWatch<K extends ResourceKind>(
    kind: K,
    namespace: string | undefined,
    handlers: ListWatchHandlers<ResourceOf[K]>,
    selector?: ListSelector,
  ): () => void;
  get<K extends ResourceKind>(kind: K, namespace: string | undefined, name: string): Promise<ResourceOf[K]>;
  create<K extends JobKind>(
    kind: K,
    namespace: string,
    body: ResourceOf[K],
    dryRun?: boolean,
  ): Promise<ResourceOf[K]>;
  /** SelfSubjectAccessReview. */
  can(verb: string, kind: ResourceKind, namespace: string): Promise<boolean>;
  templates(namespace: string): Promise<TemplateSummary[]>;
  checkParameters(
    namespace: string,
    template: string,
    parameters: Record<string, string>,
  ): Promise<ParameterCheck>;
  history(kind: JobKind | 'models', namespace: string, name: string): Promise<HistoryRecord>;
  metrics(kind: JobKind, namespace: string, name: string): Promise<MetricHistory>;
  /** Streams the log's last `tail` lines, then follows; onChunk gets text as it arrives. Returns stop. */
  followLog(
    kind: JobKind,
    namespace: string,
    name: string,
    tail: number,
    handlers: { onChunk(text: string): void; onEnd(): void; onError(error: ConsoleError): void },
  ): () => void;
}
