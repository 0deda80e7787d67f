// A status write the real API server stores but whose answer never arrives (the proxy drops the
// answer, then the connection): the phase change is reported to the audit sink once a copy of the
// resource shows it, with the instant its status.phaseHistory entry has.
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION, type Training } from '../../src/api/types.ts';
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

beforeAll(async () => {
  kubectlOk(['apply', '--server-side', '--force-conflicts', '--field-manager=slurm-ml-tests', '-f', crdDir]);
  kubectlOk(['wait', '--for=condition=Established', '--timeout=60s', 'crd/trainings.ml.hpc.dev']);
  kubectlOk(['create', 'namespace', namespace]);
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(required(stackEnv('kube'), 'KUBECONFIG'));
  direct = new KubeResourceClient<Training>(kubeConfig, info);
  proxy = await SeverableProxy.start(required(stackEnv('kube'), 'KUBE_APISERVER_URL'));
});

afterAll(async () => {
  await proxy?.close();
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

describe('a status write whose answer is lost, on the real API server', () => {
  it('is stored, fails without an answer, and its phase change is reported from the next copy', async () => {
    const created = await direct.create({
      apiVersion: API_VERSION,
      kind: 'Training',
      metadata: { namespace, name: 'unanswered' },
      spec: { model: 'm1', template: 'demo-train' },
    });
    // Through the proxy, on one kept-alive connection (as the operator's client runs).
    const proxied = new KubeResourceClient<Training>(reuseConnections(proxy.kubeConfig()), info);
    const { ctx, recorded } = recordingContext();
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
    expect(recorded.map((t) => t.to)).toEqual(['Pending']);

    // The copy the write was made from cannot tell; the stored one settles it.
    ctx.unconfirmedWrites.reportStored(pending, ctx.audit);
    expect(recorded).toHaveLength(1);
    const latest = (await direct.get(namespace, 'unanswered')) as Training;
    ctx.unconfirmedWrites.reportStored(latest, ctx.audit);
    const submitted = recorded.filter((t) => t.to === 'Submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ from: 'Pending', uid: created.metadata.uid });
    expect(submitted[0]?.at.toISOString()).toBe(latest.status?.phaseHistory?.at(-1)?.time);
  });
});
