// ConsoleData against the operator: Kubernetes reads, watches and creates through the /ui/api/kube
// pass-through (the person's token only, so the API server's RBAC decides), and history, metrics,
// logs and templates through the operator's own /api/v1 endpoints (docs/ui.md).
// The pass-through's mount, from the operator's own module (pure string checks, nothing of Node).
import { KUBE_PREFIX } from '../../../src/console/kube-paths.ts';
import {
  type ConsoleData,
  ConsoleError,
  type HistoryRecord,
  type Identity,
  type JobKind,
  type ListSelector,
  type ListWatchHandlers,
  type MetricHistory,
  type ParameterCheck,
  type ResourceKind,
  type ResourceOf,
  type TemplateSummary,
} from './console-data.ts';
import { asConsoleError, errorFrom, type Fetch, Http, isAbort } from './http.ts';
import { listWatch } from './watch-stream.ts';

const GROUP_PATH = '/apis/ml.hpc.dev/v1alpha1';

const seg = encodeURIComponent;

/** The API server path of a collection (namespace undefined: every namespace) or of one object. */
export function resourcePath(kind: ResourceKind, namespace: string | undefined, name?: string): string {
  const scope = kind === 'slurmclusters' || namespace === undefined ? '' : `/namespaces/${seg(namespace)}`;
  return `${KUBE_PREFIX}${GROUP_PATH}${scope}/${kind}${name === undefined ? '' : `/${seg(name)}`}`;
}

/** A collection's path with its selectors (the list and the watch add their own parameters after them). */
export function collectionPath(
  kind: ResourceKind,
  namespace: string | undefined,
  selector: ListSelector = {},
): string {
  const query = new URLSearchParams();
  if (selector.labelSelector) query.set('labelSelector', selector.labelSelector);
  if (selector.fieldSelector) query.set('fieldSelector', selector.fieldSelector);
  const path = resourcePath(kind, namespace);
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

export class OperatorConsoleData implements ConsoleData {
  readonly #http: Http;

  /** `onUnauthorized`: called once, at the first 401 (the token is no longer accepted). */
  constructor(token: string, fetchImpl?: Fetch, onUnauthorized?: () => void) {
    this.#http = new Http(token, fetchImpl, onUnauthorized);
  }

  whoami(): Promise<Identity> {
    return this.#http.json<Identity>('/ui/api/whoami');
  }

  async namespaces(): Promise<string[] | null> {
    try {
      const list = await this.#http.json<{ items?: { metadata?: { name?: string } }[] }>(
        `${KUBE_PREFIX}/api/v1/namespaces`,
      );
      return (list.items ?? [])
        .map((item) => item.metadata?.name)
        .filter((name): name is string => typeof name === 'string')
        .sort();
    } catch (error) {
      if (error instanceof ConsoleError && error.forbidden) return null;
      throw error;
    }
  }

  listWatch<K extends ResourceKind>(
    kind: K,
    namespace: string | undefined,
    handlers: ListWatchHandlers<ResourceOf[K]>,
    selector: ListSelector = {},
  ): () => void {
    return listWatch(this.#http, collectionPath(kind, namespace, selector), handlers);
  }

  get<K extends ResourceKind>(kind: K, namespace: string | undefined, name: string): Promise<ResourceOf[K]> {
    return this.#http.json<ResourceOf[K]>(resourcePath(kind, namespace, name));
  }

  create<K extends JobKind>(
    kind: K,
    namespace: string,
    body: ResourceOf[K],
    dryRun = false,
  ): Promise<ResourceOf[K]> {
    const query = new URLSearchParams({ fieldValidation: 'Strict' });
    if (dryRun) query.set('dryRun', 'All');
    return this.#http.post<ResourceOf[K]>(`${resourcePath(kind, namespace)}?${query}`, body);
  }

  async can(verb: string, kind: ResourceKind, namespace: string): Promise<boolean> {
    const review = await this.#http.post<{ status?: { allowed?: boolean } }>(
      `${KUBE_PREFIX}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`,
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: {
          resourceAttributes: {
            group: 'ml.hpc.dev',
            resource: kind,
            verb,
            ...(kind === 'slurmclusters' ? {} : { namespace }),
          },
        },
      },
    );
    return review.status?.allowed === true;
  }

  async templates(namespace: string): Promise<TemplateSummary[]> {
    const answer = await this.#http.json<{ items?: TemplateSummary[] }>(
      `/api/v1/templates?${new URLSearchParams({ namespace })}`,
    );
    return answer.items ?? [];
  }

  async checkParameters(
    namespace: string,
    template: string,
    parameters: Record<string, string>,
  ): Promise<ParameterCheck> {
    const response = await this.#http.raw(`/api/v1/templates/${seg(template)}/validate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ namespace, parameters }),
    });
    // The validator's verdict may come with 200 or, from a stricter server, 400/422: read it either way.
    if (response.ok || response.status === 400 || response.status === 422) {
      const copy = response.clone();
      try {
        const answer = (await response.json()) as Partial<ParameterCheck>;
        if (answer.ok === true) return { ok: true, values: answer.values ?? {} };
        if (answer.ok === false) return { ok: false, errors: answer.errors ?? [] };
      } catch {
        // Not a verdict: reported below as the error it is.
      }
      throw await errorFrom(copy);
    }
    throw await errorFrom(response);
  }

  history(kind: JobKind | 'models', namespace: string, name: string): Promise<HistoryRecord> {
    return this.#http.json<HistoryRecord>(`/api/v1/${kind}/${seg(namespace)}/${seg(name)}`);
  }

  metrics(kind: JobKind, namespace: string, name: string): Promise<MetricHistory> {
    return this.#http.json<MetricHistory>(`/api/v1/${kind}/${seg(namespace)}/${seg(name)}/metrics`);
  }

  followLog(
    kind: JobKind,
    namespace: string,
    name: string,
    tail: number,
    handlers: { onChunk(text: string): void; onEnd(): void; onError(error: ConsoleError): void },
  ): () => void {
    const controller = new AbortController();
    const { signal } = controller;
    const query = new URLSearchParams({ tail: String(tail), follow: 'true' });
    const path = `/api/v1/${kind}/${seg(namespace)}/${seg(name)}/log?${query}`;
    void (async () => {
      try {
        const response = await this.#http.request(path, { signal, headers: { Accept: 'text/plain' } });
        if (response.body) {
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (!signal.aborted && value !== '') handlers.onChunk(value);
          }
        }
        if (!signal.aborted) handlers.onEnd();
      } catch (error) {
        if (signal.aborted || isAbort(error)) return;
        handlers.onError(asConsoleError(error));
      }
    })();
    return () => controller.abort();
  }
}
