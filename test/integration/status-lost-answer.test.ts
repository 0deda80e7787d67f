// A status write the real API server stores but whose answer never arrives (the proxy drops the
// answer, then the connection): the phase change reaches the audit store (the operator's own sink
// and store, on an embedded PGlite) exactly once, by the history resync from a later copy of the
// resource, with the instant its status.phaseHistory entry has.
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION, type Training } from '../../src/api/types.ts';
import { type Audit, loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';
import { reuseConnections } from '../../src/kube/connection-reuse.ts';
import { KubeResourceClient, mayHaveBeenStored, type ResourceClient } from '../../src/kube/resources.ts';
import { writeStatus } from '../../src/reconcilers/job/status-writer.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import { recordingContext } from '../support/reconcile-context.ts';
import { required, stackEnv } from '../support/stack.ts';
import { SeverableProxy } from './runtime-proxy.ts';

const namespace = `status-lost-answer-${process.pid}`;
const crdDir = new URL('../../crds/', import.meta.url).pathname;
const info = { kind: 'Training', plural: 'trainings', namespaced: true };

let direct: ResourceClient<Training>;
let proxy: SeverableProxy;
let audit: Audit;

beforeAll(async () => {
  kubectlOk(['apply', '--server-side', '--force-conflicts', '--field-manager=slurm-ml-tests', '-f', crdDir]);
  kubectlOk(['wait', '--for=condition=Established', '--timeout=60s', 'crd/trainings.ml.hpc.dev']);
  kubectlOk(['create', 'namespace', namespace]);
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(required(stackEnv('kube'), 'KUBECONFIG'));
  direct = new KubeResourceClient<Training>(kubeConfig, info);
  proxy = await SeverableProxy.start(required(stackEnv('kube'), 'KUBE_APISERVER_URL'));
  audit = await openAudit(loadDatabaseConfig({}), { replica: 'status-lost-answer' });
  await audit.schema.ensure();
});

afterAll(async () => {
  await proxy?.close();
  await audit?.close();
  kubectl(['delete', 'namespace', namespace, '--wait=false']);
});

/** Waits until the API server (read directly) holds the phase. */
async function storedPhase(name: string, phase: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await direct.get(namespace, name))?.status?.phase !== phase) {
    if (Date.now() > deadline) throw new Error(`${name} never reached phase ${phase} on the API server`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The resource's stored transitions, once the audit sink has written everything queued. */
async function storedTransitions(uid: string | undefined) {
  expect(await audit.sink.flush()).toBe(true);
  const history = await audit.store.get({ listing: 'trainings', uid: uid ?? '' });
  return history?.transitions ?? [];
}

const described = (ts: Awaited<ReturnType<typeof storedTransitions>>) =>
  ts.map((t) => `${t.from ?? '-'} -> ${t.to} (${t.source})`);

describe('a status write whose answer is lost, on the real API server', () => {
  it('is stored, fails without an answer, and reaches the audit store once, by a resync', async () => {
    const created = await direct.create({
      apiVersion: API_VERSION,
      kind: 'Training',
      metadata: { namespace, name: 'unanswered' },
      spec: { model: 'm1', template: 'demo-train' },
    });
    const { uid } = created.metadata;
    // Through the proxy, on one kept-alive connection (as the operator's client runs).
    const proxied = new KubeResourceClient<Training>(reuseConnections(proxy.kubeConfig()), info);
    const ctx = { ...recordingContext().ctx, audit: audit.sink };
    const pending = await writeStatus(ctx, proxied, created, { phase: 'Pending' });

    proxy.cut('mute');
    const write = writeStatus(ctx, proxied, pending, { ...pending.status, phase: 'Submitted' }).then(
      () => null,
      (error: unknown) => error,
    );
    await storedPhase('unanswered', 'Submitted');
    proxy.restore(); // drops the connection that waits for the answer
    const error = await write;
    expect(error).not.toBeNull();
    expect(mayHaveBeenStored(error)).toBe(true);
    expect(described(await storedTransitions(uid))).toEqual(['- -> Pending (operator)']);

    // The copy the write was made from cannot tell: nothing is resynced from it.
    ctx.unconfirmedWrites.resyncIfNewCopy(pending, ctx.audit);
    expect(described(await storedTransitions(uid))).toEqual(['- -> Pending (operator)']);

    // A reconcile starts from the stored copy: the resource is resynced from it.
    const latest = (await direct.get(namespace, 'unanswered')) as Training;
    ctx.unconfirmedWrites.resyncIfNewCopy(latest, ctx.audit);
    const resynced = await storedTransitions(uid);
    expect(described(resynced)).toEqual(['- -> Pending (operator)', 'Pending -> Submitted (resync)']);
    expect(resynced[1]?.at.toISOString()).toBe(latest.status?.phaseHistory?.at(-1)?.time);

    // The next write succeeds: its transition is recorded, and the resync from its answer (the
    // last one for this resource) doubles nothing.
    await writeStatus(ctx, direct, latest, { ...latest.status, phase: 'Running' });
    expect(described(await storedTransitions(uid))).toEqual([
      '- -> Pending (operator)',
      'Pending -> Submitted (resync)',
      'Submitted -> Running (operator)',
    ]);
  });
});
