// LeaderElector against the real kube-apiserver: one leader among candidates on a Lease, a prompt
// hand-over when the leader stops, and a leader cut off from the API steps down before anyone else
// can take over.
import { CoordinationV1Api, KubeConfig, type V1Lease } from '@kubernetes/client-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LeaderElectionOptions, LeaderElector } from '../../src/runtime/index.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import { required, stackEnv } from '../support/stack.ts';
import { eventually, SeverableProxy } from './runtime-proxy.ts';

const namespace = `runtime-leader-${process.pid}`;

let kubeConfig: KubeConfig;
let leases: CoordinationV1Api;
const electors: LeaderElector[] = [];
const proxies: SeverableProxy[] = [];

beforeAll(() => {
  kubectlOk(['create', 'namespace', namespace]);
  kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(required(stackEnv('kube'), 'KUBECONFIG'));
  leases = kubeConfig.makeApiClient(CoordinationV1Api);
});

afterEach(async () => {
  await Promise.all(electors.splice(0).map((elector) => elector.stop()));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

afterAll(() => {
  kubectl(['delete', 'namespace', namespace, '--wait=false']);
});

interface Candidate {
  elector: LeaderElector;
  identity: string;
  /** How often onStartedLeading / onStoppedLeading were called. */
  calls: { started: number; stopped: number };
}

function candidate(
  identity: string,
  lease: string,
  overrides: Partial<LeaderElectionOptions> = {},
): Candidate {
  const calls = { started: 0, stopped: 0 };
  const elector = new LeaderElector({
    kubeConfig,
    namespace,
    name: lease,
    identity,
    onStartedLeading: () => calls.started++,
    onStoppedLeading: () => calls.stopped++,
    logger: () => {},
    ...overrides,
  });
  electors.push(elector);
  return { elector, identity, calls };
}

async function readLease(name: string): Promise<V1Lease> {
  return leases.readNamespacedLease({ name, namespace });
}

/** Samples the candidates until `ms` has passed; fails if two ever lead at once. */
async function neverTwoLeaders(candidates: Candidate[], ms: number, until?: () => boolean): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !until?.()) {
    expect(candidates.filter((c) => c.elector.isLeader).length).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('LeaderElector on the real API server', () => {
  it('elects exactly one of two candidates, and hands over at once when the leader stops', async () => {
    const timing = { leaseDurationSeconds: 15, renewDeadlineSeconds: 10, retryPeriodSeconds: 0.5 };
    const a = candidate('candidate-a', 'handover', timing);
    const b = candidate('candidate-b', 'handover', timing);
    a.elector.start();
    b.elector.start();
    await eventually('a leader', () => a.elector.isLeader || b.elector.isLeader);
    await neverTwoLeaders([a, b], 3000);

    const [leader, standby] = a.elector.isLeader ? [a, b] : [b, a];
    expect(leader.calls.started).toBe(1);
    expect(standby.calls.started).toBe(0);
    const held = await readLease('handover');
    expect(held.spec?.holderIdentity).toBe(leader.identity);
    expect(held.spec?.leaseDurationSeconds).toBe(15);

    const stoppedAt = Date.now();
    await leader.elector.stop();
    expect(leader.elector.isLeader).toBe(false);
    expect(leader.calls.stopped).toBe(1);
    expect((await readLease('handover')).spec?.holderIdentity).not.toBe(leader.identity);

    // Released, not expired: the standby takes over well inside the 15 s lease duration.
    await eventually('the standby to take over', () => standby.elector.isLeader, 8000);
    expect(Date.now() - stoppedAt).toBeLessThan(8000);
    expect(standby.calls.started).toBe(1);
    const taken = await readLease('handover');
    expect(taken.spec?.holderIdentity).toBe(standby.identity);
    expect(taken.spec?.leaseTransitions).toBe(1);
  });

  it('a leader cut off from the API steps down within renewDeadline, before a standby takes over', async () => {
    const proxy = await SeverableProxy.start(required(stackEnv('kube'), 'KUBE_APISERVER_URL'));
    proxies.push(proxy);
    const timing = { leaseDurationSeconds: 5, renewDeadlineSeconds: 2, retryPeriodSeconds: 0.25 };
    const cutOff = candidate('cut-off', 'partition', { ...timing, kubeConfig: proxy.kubeConfig() });
    const standby = candidate('standby', 'partition', timing);
    cutOff.elector.start();
    await eventually('the proxied candidate to lead', () => cutOff.elector.isLeader);
    standby.elector.start();
    await neverTwoLeaders([cutOff, standby], 1500);
    expect(standby.elector.isLeader).toBe(false);

    // Requests now hang rather than fail: only the renew deadline can end this leadership.
    const cutAt = Date.now();
    proxy.cut('blackhole');
    await eventually('the cut-off leader to step down', () => cutOff.calls.stopped === 1, 10_000);
    const steppedDownAfter = Date.now() - cutAt;
    expect(cutOff.elector.isLeader).toBe(false);
    expect(steppedDownAfter).toBeLessThanOrEqual(2500);

    await neverTwoLeaders([cutOff, standby], 15_000, () => standby.elector.isLeader);
    expect(standby.elector.isLeader).toBe(true);
    expect((await readLease('partition')).spec?.holderIdentity).toBe('standby');

    // A stepped-down elector stays down; stop() then has nothing to release.
    proxy.restore();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(cutOff.elector.isLeader).toBe(false);
    await cutOff.elector.stop();
    expect(cutOff.calls.stopped).toBe(1);
    expect((await readLease('partition')).spec?.holderIdentity).toBe('standby');
  });

  it('a standby that stops leaves the lease alone', async () => {
    const leader = candidate('holder', 'untouched');
    const other = candidate('bystander', 'untouched');
    leader.elector.start();
    await eventually('the first candidate to lead', () => leader.elector.isLeader);
    other.elector.start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await other.elector.stop();
    expect(other.calls.started + other.calls.stopped).toBe(0);
    expect((await readLease('untouched')).spec?.holderIdentity).toBe('holder');
    expect(leader.elector.isLeader).toBe(true);
  });

  it('rejects timings that cannot be safe', () => {
    const base = {
      kubeConfig,
      namespace,
      name: 'x',
      identity: 'x',
      onStartedLeading() {},
      onStoppedLeading() {},
    };
    expect(
      () => new LeaderElector({ ...base, leaseDurationSeconds: 10, renewDeadlineSeconds: 10 }),
    ).toThrow();
    expect(() => new LeaderElector({ ...base, renewDeadlineSeconds: 2, retryPeriodSeconds: 2 })).toThrow();
    expect(
      () => new LeaderElector({ ...base, leaseDurationSeconds: 2.5, renewDeadlineSeconds: 1 }),
    ).toThrow();
  });
});
