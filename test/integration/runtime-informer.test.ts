// ResourceInformer against the real kube-apiserver: it syncs, follows add/update/delete, survives a
// throwing handler, and recovers from a severed API connection without losing a change made meanwhile.
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlurmCluster, Training } from '../../src/api/types.ts';
import {
  type InformerEvent,
  objectKey,
  ResourceInformer,
  type ResourceInformerOptions,
} from '../../src/runtime/index.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import { required, stackEnv } from '../support/stack.ts';
import { eventually, SeverableProxy } from './runtime-proxy.ts';

const namespace = `runtime-informer-${process.pid}`;
const crdDir = new URL('../../crds/', import.meta.url).pathname;
const group = 'ml.hpc.dev';
const version = 'v1alpha1';
const plural = 'trainings';

let kubeConfig: KubeConfig;
let api: CustomObjectsApi;
const informers: ResourceInformer<Training>[] = [];
const proxies: SeverableProxy[] = [];

beforeAll(() => {
  const env = stackEnv('kube');
  kubectlOk(['apply', '--server-side', '--field-manager=slurm-ml-tests', '-f', crdDir]);
  kubectlOk(['wait', '--for=condition=Established', '--timeout=60s', 'crd/trainings.ml.hpc.dev']);
  kubectlOk(['create', 'namespace', namespace]);
  kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(required(env, 'KUBECONFIG'));
  api = kubeConfig.makeApiClient(CustomObjectsApi);
});

afterEach(async () => {
  await Promise.all(informers.splice(0).map((informer) => informer.stop()));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

afterAll(() => {
  kubectl(['delete', 'namespace', namespace, '--wait=false']);
});

async function startProxy(): Promise<SeverableProxy> {
  const proxy = await SeverableProxy.start(required(stackEnv('kube'), 'KUBE_APISERVER_URL'));
  proxies.push(proxy);
  return proxy;
}

interface Seen {
  type: InformerEvent;
  name: string;
  template: string;
}

/** An informer on this test's namespace that records its events and log lines; its handler throws for `explodeOn`. */
function recorder(overrides: Partial<ResourceInformerOptions<Training>> = {}, explodeOn?: string) {
  const events: Seen[] = [];
  const logs: string[] = [];
  const restartErrors: unknown[] = [];
  const informer = new ResourceInformer<Training>({
    kubeConfig,
    group,
    version,
    plural,
    namespaced: true,
    namespace,
    onEvent: (type, object) => {
      if (object.metadata.name === explodeOn) throw new Error('handler bug');
      events.push({ type, name: object.metadata.name ?? '', template: object.spec.template });
    },
    onRestart: (error) => restartErrors.push(error),
    logger: (message) => logs.push(message),
    ...overrides,
  });
  informers.push(informer);
  const of = (name: string) => events.filter((event) => event.name === name);
  return { informer, events, logs, restartErrors, of };
}

// The field the tests change is spec.template: spec.model is immutable.
const training = (name: string, template = 't1'): Training => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Training',
  metadata: { name, namespace },
  spec: { model: 'm1', template },
});

async function create(name: string, template = 't1'): Promise<void> {
  await api.createNamespacedCustomObject({
    group,
    version,
    namespace,
    plural,
    body: training(name, template),
  });
}

async function setTemplate(name: string, template: string): Promise<void> {
  const current = (await api.getNamespacedCustomObject({
    group,
    version,
    namespace,
    plural,
    name,
  })) as Training;
  await api.replaceNamespacedCustomObject({
    group,
    version,
    namespace,
    plural,
    name,
    body: { ...current, spec: { ...current.spec, template } },
  });
}

async function remove(name: string): Promise<void> {
  await api.deleteNamespacedCustomObject({ group, version, namespace, plural, name });
}

describe('ResourceInformer on the real API server', () => {
  it('syncs before start() resolves, then follows add, update and delete', async () => {
    await create('before-start');
    const r = recorder();
    expect(r.informer.synced).toBe(false);
    await r.informer.start();
    expect(r.informer.synced).toBe(true);
    expect(r.events).toEqual([{ type: 'add', name: 'before-start', template: 't1' }]);
    expect(r.informer.get(namespace, 'before-start')?.spec.template).toBe('t1');

    await create('live');
    await eventually('add of live', () => r.of('live').length === 1);
    await setTemplate('live', 't2');
    await eventually('update of live', () => r.of('live').length === 2);
    expect(r.informer.get(namespace, 'live')?.spec.template).toBe('t2');
    await remove('live');
    await eventually('delete of live', () => r.of('live').length === 3);

    expect(r.of('live')).toEqual([
      { type: 'add', name: 'live', template: 't1' },
      { type: 'update', name: 'live', template: 't2' },
      { type: 'delete', name: 'live', template: 't2' },
    ]);
    expect(r.informer.get(namespace, 'live')).toBeUndefined();
    expect(r.informer.list(namespace).map((t) => t.metadata.name)).toEqual(['before-start']);
    expect(r.informer.list('elsewhere')).toEqual([]);
    expect(r.informer.restarts).toBe(0);
  });

  it('strips managedFields from listed and watched objects when asked, and the server keeps them', async () => {
    await create('strip-listed');
    const r = recorder({ stripManagedFields: true });
    await r.informer.start();
    await create('strip-watched');
    await eventually('add of strip-watched', () => r.of('strip-watched').length === 1);
    for (const name of ['strip-listed', 'strip-watched']) {
      expect(r.informer.get(namespace, name)?.metadata.managedFields, name).toBeUndefined();
    }
    // An update from the stripped copy leaves the server's managedFields in place.
    const cached = r.informer.get(namespace, 'strip-watched');
    await api.replaceNamespacedCustomObject({
      group,
      version,
      namespace,
      plural,
      name: 'strip-watched',
      body: { ...cached, spec: { ...cached?.spec, template: 't9' } },
    });
    const stored = (await api.getNamespacedCustomObject({
      group,
      version,
      namespace,
      plural,
      name: 'strip-watched',
    })) as Training;
    expect(stored.spec.template).toBe('t9');
    expect(stored.metadata.managedFields?.length).toBeGreaterThan(0);
    await remove('strip-listed');
    await remove('strip-watched');
  });

  it('caches a cluster-scoped kind under its bare name', async () => {
    const clusters = new ResourceInformer<SlurmCluster>({
      kubeConfig,
      group,
      version,
      plural: 'slurmclusters',
      namespaced: false,
      onEvent: () => {},
    });
    try {
      await clusters.start();
      const listed = () => kubectlOk(['get', 'slurmclusters', '-o', 'jsonpath={.items[*].metadata.name}']);
      const cached = () => clusters.list().map((c) => objectKey(c));
      // Converges even if another test adds or removes clusters meanwhile.
      await eventually(
        'the cache to match kubectl',
        () => cached().sort().join(' ') === listed().split(' ').filter(Boolean).sort().join(' '),
      );
      for (const name of cached()) expect(clusters.get(undefined, name)?.metadata.name).toBe(name);
    } finally {
      await clusters.stop();
    }
  });

  it('keeps delivering after a handler throws', async () => {
    const r = recorder({}, 'explodes');
    await r.informer.start();
    await create('explodes');
    await create('after-explosion');
    await eventually('add after the throwing handler', () => r.of('after-explosion').length === 1);
    expect(r.logs.some((line) => line.includes('the add handler threw for'))).toBe(true);
    expect(r.informer.restarts).toBe(0);
    await remove('explodes');
    await remove('after-explosion');
  });

  it('restarts after its connection is severed and delivers every change made while cut off', async () => {
    const proxy = await startProxy();
    await create('cut-kept');
    await create('cut-unchanged');
    await create('cut-gone');
    const r = recorder({ kubeConfig: proxy.kubeConfig(), restartDelayMs: 100, maxRestartDelayMs: 1000 });
    await r.informer.start();
    const names = () => r.informer.list(namespace).map((t) => t.metadata.name);
    expect(names()).toEqual(expect.arrayContaining(['cut-kept', 'cut-unchanged', 'cut-gone']));

    proxy.cut('reset');
    await eventually('the informer to notice the cut', () => r.informer.restarts >= 1);
    const eventsBefore = r.events.length;
    await setTemplate('cut-kept', 'changed-while-cut');
    await remove('cut-gone');
    await create('cut-born');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(r.events.length).toBe(eventsBefore);

    proxy.restore();
    await eventually('the changes made while cut off', () => r.of('cut-born').length > 0);
    // The relist re-delivers what exists, reports what vanished, and adds nothing twice.
    const after = r.events.slice(eventsBefore).filter((event) => event.name.startsWith('cut-'));
    expect(after).toEqual(
      expect.arrayContaining([
        { type: 'update', name: 'cut-kept', template: 'changed-while-cut' },
        { type: 'update', name: 'cut-unchanged', template: 't1' },
        { type: 'delete', name: 'cut-gone', template: 't1' },
        { type: 'add', name: 'cut-born', template: 't1' },
      ]),
    );
    expect(after).toHaveLength(4);
    expect(r.informer.get(namespace, 'cut-gone')).toBeUndefined();
    expect(r.informer.get(namespace, 'cut-kept')?.spec.template).toBe('changed-while-cut');
    expect(r.informer.restarts).toBeGreaterThanOrEqual(1);
    expect(r.restartErrors).toHaveLength(r.informer.restarts);

    // And it is watching again, not just relisted.
    await setTemplate('cut-born', 'after-recovery');
    await eventually('an update after recovery', () =>
      r.of('cut-born').some((event) => event.template === 'after-recovery'),
    );
  });

  it('keeps trying until the first list succeeds, and start() resolves only then', async () => {
    const proxy = await startProxy();
    proxy.cut('blackhole');
    const r = recorder({
      kubeConfig: proxy.kubeConfig(),
      restartDelayMs: 100,
      maxRestartDelayMs: 500,
      listTimeoutMs: 500,
    });
    let resolved = false;
    const started = r.informer.start().then(() => {
      resolved = true;
    });
    await eventually('two failed lists', () => r.informer.restarts >= 2);
    expect(resolved).toBe(false);
    expect(r.informer.synced).toBe(false);

    proxy.restore();
    await started;
    expect(r.informer.synced).toBe(true);
    expect(r.informer.get(namespace, 'before-start')).toBeDefined();
  });

  it('stop() before the first list rejects start()', async () => {
    const proxy = await startProxy();
    proxy.cut('reset');
    const r = recorder({ kubeConfig: proxy.kubeConfig(), restartDelayMs: 100 });
    const started = r.informer.start();
    await eventually('a failed list', () => r.informer.restarts >= 1);
    await r.informer.stop();
    await expect(started).rejects.toThrow(/stopped before its first list/);
    const restarts = r.informer.restarts;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(r.informer.restarts).toBe(restarts);
  });
});
