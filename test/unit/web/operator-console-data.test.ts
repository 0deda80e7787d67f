// OperatorConsoleData against a fake fetch: the paths and token it sends, the server's own words
// in its errors, and list-then-watch as an informer does it (re-watch from the last
// resourceVersion, list again on 410, back off and report on failure, stop at 401 and 403, stop aborts).
import { describe, expect, it } from 'vitest';
import type { Training } from '../../../src/api/types.ts';
import { ConsoleError } from '../../../web/src/data/console-data.ts';
import { messageOf } from '../../../web/src/data/http.ts';
import { OperatorConsoleData, resourcePath } from '../../../web/src/data/operator-console-data.ts';
import { RENDER_INTERVAL_MS } from '../../../web/src/data/watch-stream.ts';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

type Responder = (call: Call) => Response | Promise<Response>;

function fakeFetch(responders: Responder[]) {
  const calls: Call[] = [];
  const fetchImpl = async (input: string, init: RequestInit = {}) => {
    const call: Call = {
      url: input,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    const responder = responders.shift() ?? hang;
    return responder(call);
  };
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A watch stream of these chunks, then its end. */
const stream = (chunks: string[]) => () =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    }),
    { status: 200 },
  );

/** A watch that stays open until the caller aborts it. */
const hang: Responder = (call) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        call.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('aborted', 'AbortError')),
        );
      },
    }),
    { status: 200 },
  );

const training = (uid: string, name: string, resourceVersion: string, phase = 'Pending') =>
  ({
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { uid, name, namespace: 'team-a', resourceVersion },
    spec: { model: 'm', template: 't' },
    status: { phase },
  }) as Training;

const event = (type: string, object: unknown) => `${JSON.stringify({ type, object })}\n`;

/** Resolves when `predicate` holds, polling the microtask and timer queues. */
async function until(predicate: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('resourcePath', () => {
  it('names namespaced, every-namespace and cluster-scoped paths', () => {
    expect(resourcePath('trainings', 'team-a')).toBe(
      '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/trainings',
    );
    expect(resourcePath('trainings', undefined)).toBe('/ui/api/kube/apis/ml.hpc.dev/v1alpha1/trainings');
    expect(resourcePath('models', 'team-a', 'mnist')).toBe(
      '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/models/mnist',
    );
    expect(resourcePath('slurmclusters', 'team-a', 'hpc')).toBe(
      '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/slurmclusters/hpc',
    );
  });
});

describe('errors in the server own words', () => {
  const cases: { name: string; status: number; body: string; message: string }[] = [
    {
      name: 'a Kubernetes Status',
      status: 403,
      body: JSON.stringify({
        kind: 'Status',
        code: 403,
        message: 'trainings.ml.hpc.dev is forbidden: User "bob"',
      }),
      message: 'trainings.ml.hpc.dev is forbidden: User "bob"',
    },
    {
      name: 'the operator {error}',
      status: 401,
      body: '{"error":"token not accepted"}',
      message: 'token not accepted',
    },
    { name: 'short text', status: 502, body: 'upstream unreachable\n', message: 'upstream unreachable' },
    { name: 'an HTML page', status: 502, body: '<html>Bad gateway</html>', message: '502 Bad Gateway' },
    { name: 'nothing', status: 500, body: '', message: '500 Bad Gateway' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(messageOf(c.status, 'Bad Gateway', c.body)).toBe(c.message);
    });
  }

  it('get rejects with a ConsoleError carrying status and message', async () => {
    const { fetchImpl } = fakeFetch([
      json(404, { kind: 'Status', code: 404, message: 'trainings "x" not found' }),
    ]);
    const data = new OperatorConsoleData('tok', fetchImpl);
    const error = await data.get('trainings', 'team-a', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsoleError);
    expect(error).toMatchObject({ status: 404, message: 'trainings "x" not found' });
  });

  it('a network failure is status 0', async () => {
    const data = new OperatorConsoleData('tok', () => Promise.reject(new TypeError('fetch failed')));
    await expect(data.whoami()).rejects.toMatchObject({ status: 0, message: /could not be reached/ });
  });
});

describe('requests', () => {
  it('send the bearer token and nothing of the operator', async () => {
    const { calls, fetchImpl } = fakeFetch([json(200, { username: 'alice', groups: ['g'] })]);
    const data = new OperatorConsoleData('secret-token', fetchImpl);
    await expect(data.whoami()).resolves.toEqual({ username: 'alice', groups: ['g'] });
    expect(calls[0]?.url).toBe('/ui/api/whoami');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer secret-token');
  });

  it('namespaces: the names, sorted; null when listing them is forbidden', async () => {
    const { fetchImpl } = fakeFetch([
      json(200, { items: [{ metadata: { name: 'b' } }, { metadata: { name: 'a' } }] }),
      json(403, { kind: 'Status', code: 403, message: 'forbidden' }),
      json(500, { kind: 'Status', code: 500, message: 'boom' }),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    await expect(data.namespaces()).resolves.toEqual(['a', 'b']);
    await expect(data.namespaces()).resolves.toBeNull();
    await expect(data.namespaces()).rejects.toMatchObject({ status: 500, message: 'boom' });
  });

  it('create posts JSON to the namespace collection, with dryRun when asked', async () => {
    const body = training('', 'new', '');
    const { calls, fetchImpl } = fakeFetch([json(201, body), json(201, body)]);
    const data = new OperatorConsoleData('t', fetchImpl);
    await data.create('trainings', 'team-a', body);
    await data.create('trainings', 'team-a', body, true);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/trainings?fieldValidation=Strict',
      'POST /ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/trainings?fieldValidation=Strict&dryRun=All',
    ]);
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual(body);
  });

  it('can asks a SelfSubjectAccessReview', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(201, { status: { allowed: true } }),
      json(201, { status: {} }),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    await expect(data.can('create', 'trainings', 'team-a')).resolves.toBe(true);
    await expect(data.can('list', 'slurmclusters', 'team-a')).resolves.toBe(false);
    expect(calls[0]?.url).toBe('/ui/api/kube/apis/authorization.k8s.io/v1/selfsubjectaccessreviews');
    expect(JSON.parse(calls[0]?.body ?? '').spec.resourceAttributes).toEqual({
      group: 'ml.hpc.dev',
      resource: 'trainings',
      verb: 'create',
      namespace: 'team-a',
    });
    expect(JSON.parse(calls[1]?.body ?? '').spec.resourceAttributes.namespace).toBeUndefined();
  });

  it('checkParameters reads the verdict, also from a 400', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { ok: true, values: { epochs: '3' } }),
      json(400, { ok: false, errors: ['epochs: must be at least 1'] }),
      json(403, { error: 'you may not create trainings in team-b' }),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    await expect(data.checkParameters('team-a', 'demo-train', { epochs: '3' })).resolves.toEqual({
      ok: true,
      values: { epochs: '3' },
    });
    await expect(data.checkParameters('team-a', 'demo-train', { epochs: '0' })).resolves.toEqual({
      ok: false,
      errors: ['epochs: must be at least 1'],
    });
    await expect(data.checkParameters('team-b', 'demo-train', {})).rejects.toMatchObject({
      status: 403,
      message: 'you may not create trainings in team-b',
    });
    expect(calls[0]?.url).toBe('/api/v1/templates/demo-train/validate');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ namespace: 'team-a', parameters: { epochs: '3' } });
  });

  it('templates, history and metrics use the operator endpoints', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { items: [{ name: 'demo-train' }] }),
      json(200, { uid: 'u', transitions: [] }),
      json(200, { attempts: [1], series: [] }),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    await expect(data.templates('team a')).resolves.toEqual([{ name: 'demo-train' }]);
    await data.history('trainings', 'team-a', 'run-1');
    await data.metrics('predictions', 'team-a', 'p-1');
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/templates?namespace=team+a',
      '/api/v1/trainings/team-a/run-1',
      '/api/v1/predictions/team-a/p-1/metrics',
    ]);
  });

  it('followLog streams chunks, then the end', async () => {
    const { calls, fetchImpl } = fakeFetch([stream(['epoch 1\n', 'epoch 2\n'])]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const chunks: string[] = [];
    const errors: ConsoleError[] = [];
    let ended = false;
    data.followLog('trainings', 'team-a', 'run-1', 200, {
      onChunk: (text) => chunks.push(text),
      onEnd: () => {
        ended = true;
      },
      onError: (error) => errors.push(error),
    });
    await until(() => ended);
    expect(chunks.join('')).toBe('epoch 1\nepoch 2\n');
    expect(errors).toEqual([]);
    expect(calls[0]?.url).toBe('/api/v1/trainings/team-a/run-1/log?tail=200&follow=true');
  });

  it('followLog: stop aborts the stream, and nothing is reported after it', async () => {
    const { calls, fetchImpl } = fakeFetch([
      (call) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('epoch 1\n'));
              call.signal?.addEventListener('abort', () =>
                controller.error(new DOMException('aborted', 'AbortError')),
              );
            },
          }),
          { status: 200 },
        ),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const chunks: string[] = [];
    const unexpected: string[] = [];
    const stop = data.followLog('trainings', 'team-a', 'run-1', 200, {
      onChunk: (text) => chunks.push(text),
      onEnd: () => unexpected.push('onEnd'),
      onError: (error) => unexpected.push(`onError ${error.message}`),
    });
    await until(() => chunks.length === 1);
    expect(calls[0]?.signal?.aborted).toBe(false);
    stop();
    expect(calls[0]?.signal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unexpected).toEqual([]);
    expect(chunks).toEqual(['epoch 1\n']);
  });
});

describe('listWatch', () => {
  const path = '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/trainings';

  it('lists, watches from the list, re-watches from the last resourceVersion, lists again on 410', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '100' }, items: [training('u1', 'one', '90')] }),
      // The first watch: a change split across chunks, a new object, a bookmark, then the server ends it.
      stream([
        event('MODIFIED', training('u1', 'one', '101', 'Running')).slice(0, 30),
        event('MODIFIED', training('u1', 'one', '101', 'Running')).slice(30),
        event('ADDED', training('u2', 'two', '102')) +
          event('BOOKMARK', { metadata: { resourceVersion: '150' } }),
      ]),
      // The second watch: the resourceVersion is too old.
      stream([event('ERROR', { kind: 'Status', code: 410, reason: 'Expired', message: 'too old' })]),
      json(200, { metadata: { resourceVersion: '200' }, items: [training('u2', 'two', '160', 'Succeeded')] }),
      hang,
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const seen: string[][] = [];
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('trainings', 'team-a', {
      onItems: (items) => seen.push(items.map((t) => `${t.metadata.name}:${t.status?.phase}`)),
      onError: (error) => errors.push(error),
    });
    await until(() => calls.length === 5);
    await until(() => seen.at(-1)?.join() === 'two:Succeeded');
    // Sets closer together than RENDER_INTERVAL_MS are handed over as one (the latest): the
    // list's set first, then a subsequence of the states in order, ending in the relisted one.
    const states = [['one:Pending'], ['one:Running'], ['one:Running', 'two:Pending'], ['two:Succeeded']];
    expect(seen[0]).toEqual(states[0]);
    const order = seen.map((set) => states.findIndex((state) => state.join() === set.join()));
    expect(order.every((index, i) => index >= 0 && (i === 0 || index > (order[i - 1] ?? -1)))).toBe(true);
    expect(errors).toEqual([]);
    const urls = calls.map((c) => c.url);
    expect(urls[0]).toBe(path);
    expect(urls[1]).toBe(`${path}?watch=1&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=100`);
    expect(urls[2]).toBe(`${path}?watch=1&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=150`);
    expect(urls[3]).toBe(path);
    expect(urls[4]).toBe(`${path}?watch=1&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=200`);
    for (const call of calls) expect(call.headers.get('Authorization')).toBe('Bearer t');
    stop();
    await until(() => calls[4]?.signal?.aborted === true);
  });

  it('hands the page at most one set per RENDER_INTERVAL_MS, and always the latest', async () => {
    // Forty changes, each in a chunk of its own, a few milliseconds apart.
    const changes = Array.from({ length: 40 }, (_, i) =>
      event('MODIFIED', training('u1', 'one', String(101 + i), i === 39 ? 'Succeeded' : 'Running')),
    );
    const { fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '100' }, items: [training('u1', 'one', '90')] }),
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            async start(controller) {
              for (const change of changes) {
                controller.enqueue(new TextEncoder().encode(change));
                await new Promise((resolve) => setTimeout(resolve, 2));
              }
            },
          }),
          { status: 200 },
        ),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const seen: { at: number; phases: string }[] = [];
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('trainings', 'team-a', {
      onItems: (items) => seen.push({ at: Date.now(), phases: items.map((t) => t.status?.phase).join() }),
      onError: (error) => errors.push(error),
    });
    await until(() => seen.at(-1)?.phases === 'Succeeded');
    stop();
    expect(errors).toEqual([]);
    // 40 changes over about 100 ms: the list's set, then very few more, never two too close.
    expect(seen[0]?.phases).toBe('Pending');
    expect(seen.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < seen.length; i++)
      expect((seen[i]?.at ?? 0) - (seen[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(RENDER_INTERVAL_MS - 5);
  });

  it('selectors narrow both the list and the watch', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '3' }, items: [] }),
      hang,
      json(200, { metadata: { resourceVersion: '4' }, items: [] }),
      hang,
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const errors: ConsoleError[] = [];
    const handlers = { onItems: () => {}, onError: (error: ConsoleError) => errors.push(error) };
    const stopOne = data.listWatch('trainings', 'team-a', handlers, { fieldSelector: 'metadata.name=run-1' });
    await until(() => calls.length === 2);
    const stopVersions = data.listWatch('modelversions', 'team-a', handlers, {
      labelSelector: 'ml.hpc.dev/model=mnist',
      fieldSelector: 'metadata.name=mnist-v3',
    });
    await until(() => calls.length === 4);
    expect(calls.map((c) => c.url)).toEqual([
      `${path}?fieldSelector=metadata.name%3Drun-1`,
      `${path}?fieldSelector=metadata.name%3Drun-1&watch=1&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=3`,
      '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/modelversions?labelSelector=ml.hpc.dev%2Fmodel%3Dmnist&fieldSelector=metadata.name%3Dmnist-v3',
      '/ui/api/kube/apis/ml.hpc.dev/v1alpha1/namespaces/team-a/modelversions?labelSelector=ml.hpc.dev%2Fmodel%3Dmnist&fieldSelector=metadata.name%3Dmnist-v3&watch=1&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=4',
    ]);
    expect(errors).toEqual([]);
    stopOne();
    stopVersions();
  });

  it('every namespace: the cluster-wide path', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '1' }, items: [] }),
      hang,
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    let lists = 0;
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('predictions', undefined, {
      onItems: () => lists++,
      onError: (error) => errors.push(error),
    });
    await until(() => calls.length === 2);
    expect(errors).toEqual([]);
    expect(calls[0]?.url).toBe('/ui/api/kube/apis/ml.hpc.dev/v1alpha1/predictions');
    expect(lists).toBe(1);
    stop();
  });

  it('a failed watch is reported, retried after a pause from where it was, and the set shown again', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '7' }, items: [training('u1', 'one', '7')] }),
      json(429, { kind: 'Status', code: 429, message: 'too many open watches' }),
      hang,
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const seen: number[] = [];
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('trainings', 'team-a', {
      onItems: (items) => seen.push(items.length),
      onError: (error) => errors.push(error),
    });
    await until(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ status: 429, message: 'too many open watches' });
    const failedAt = Date.now();
    await until(() => calls.length === 3);
    expect(Date.now() - failedAt).toBeGreaterThanOrEqual(900);
    expect(calls[2]?.url).toContain('resourceVersion=7');
    // The watch is back: the page gets the set again, which clears its error.
    await until(() => seen.length === 2);
    stop();
  });

  it('a list that fails is reported and tried again; stop ends it for good', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(500, { kind: 'Status', code: 500, message: 'etcd unavailable' }),
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const errors: ConsoleError[] = [];
    const unexpected: string[] = [];
    const stop = data.listWatch('slurmclusters', undefined, {
      onItems: (items) => unexpected.push(`onItems ${items.length}`),
      onError: (error) => errors.push(error),
    });
    await until(() => errors.length === 1);
    expect(errors[0]?.status).toBe(500);
    expect(errors[0]?.message).toBe('etcd unavailable');
    stop();
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(calls).toHaveLength(1);
    expect(unexpected).toEqual([]);
  });

  it('a 401 is reported once, ends the loop and tells the app once that the token is refused', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '7' }, items: [] }),
      json(401, { error: 'token not accepted' }),
      json(401, { error: 'token not accepted' }),
    ]);
    let refused = 0;
    const data = new OperatorConsoleData('t', fetchImpl, () => refused++);
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('trainings', 'team-a', { onItems: () => {}, onError: (e) => errors.push(e) });
    await until(() => errors.length === 1);
    // Longer than the first back-off: a retry would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(errors.map((e) => `${e.status} ${e.message}`)).toEqual(['401 token not accepted']);
    expect(calls).toHaveLength(2);
    expect(refused).toBe(1);
    // A second refused request on the same token does not call it again.
    await expect(data.whoami()).rejects.toMatchObject({ status: 401 });
    expect(refused).toBe(1);
    stop();
  });

  it('a 403 is reported once and not asked again', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(403, { kind: 'Status', code: 403, message: 'forbidden here' }),
      json(403, { kind: 'Status', code: 403, message: 'forbidden here' }),
    ]);
    let refused = 0;
    const data = new OperatorConsoleData('t', fetchImpl, () => refused++);
    const errors: ConsoleError[] = [];
    const unexpected: string[] = [];
    const stop = data.listWatch('slurmclusters', undefined, {
      onItems: (items) => unexpected.push(`onItems ${items.length}`),
      onError: (error) => errors.push(error),
    });
    await until(() => errors.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.forbidden).toBe(true);
    expect(errors[0]?.message).toBe('forbidden here');
    expect(calls).toHaveLength(1);
    expect(refused).toBe(0);
    expect(unexpected).toEqual([]);
    stop();
  });

  it('a watch the server ends at once without events is asked again only after a pause', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '7' }, items: [] }),
      stream([]),
      stream([]),
      stream([]),
    ]);
    const at: number[] = [];
    const timed: typeof fetchImpl = (input, init) => {
      at.push(Date.now());
      return fetchImpl(input, init);
    };
    const data = new OperatorConsoleData('t', timed);
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('trainings', 'team-a', { onItems: () => {}, onError: (e) => errors.push(e) });
    await until(() => calls.length === 4, 6_000);
    stop();
    // list, watch (ends at once), 1 s, watch (ends at once), 2 s, watch.
    expect((at[2] ?? 0) - (at[1] ?? 0)).toBeGreaterThanOrEqual(950);
    expect((at[3] ?? 0) - (at[2] ?? 0)).toBeGreaterThanOrEqual(1_950);
    expect(calls.slice(1).every((c) => c.url.includes('resourceVersion=7'))).toBe(true);
    expect(errors).toEqual([]);
  }, 10_000);

  it('an ERROR event other than 410 is reported and the watch resumes from the last event', async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(200, { metadata: { resourceVersion: '1' }, items: [] }),
      stream([
        event('ADDED', training('u1', 'one', '5')) +
          event('ERROR', { kind: 'Status', code: 500, message: 'etcd unavailable' }),
      ]),
      hang,
    ]);
    const data = new OperatorConsoleData('t', fetchImpl);
    const errors: ConsoleError[] = [];
    const stop = data.listWatch('trainings', 'team-a', { onItems: () => {}, onError: (e) => errors.push(e) });
    await until(() => calls.length === 3);
    expect(errors.map((e) => `${e.status} ${e.message}`)).toEqual(['500 etcd unavailable']);
    expect(calls[2]?.url).toContain('resourceVersion=5');
    stop();
  });
});
