// The chart installed for real, by docs/operations.md's own commands: `helm install` on the stack's
// kubelet with the image built from the Dockerfile; a Training applied with kubectl reaches
// Succeeded; the operator SIGKILLed (its container restarts) and its pod deleted (a new pod takes
// the Lease) keep the complete history in the default install's store, its PGlite on a claim;
// `helm upgrade` with a changed value and the CRDs applied server-side rolls the pod without losing
// a Training or a transition; `helm rollback`; `helm uninstall` leaves nothing running. The pod
// mounts the cluster's shared folder read-only (hostPath) and serves a Training's job output and
// progress from it to a ServiceAccount bound to the chart's view role.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Training } from '../../src/api/types.ts';
import { fetchOperator, operatorTlsEnv, personToken, readerToken } from '../support/access.ts';
import { runDocumented } from '../support/documented-commands.ts';
import {
  type HelmInstall,
  type HistoryRecord,
  historyOf,
  isReady,
  leaseHolder,
  operatorPid,
  podsOf,
  prepareHelmInstall,
  SHARED_MOUNT_PATH,
  shareTenantTree,
} from '../support/helm-install.ts';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';
import { clients, eventually, newRunId } from '../support/operator.ts';
import { peerCertificate } from '../support/peer-certificate.ts';
import { testCluster } from '../support/slurm.ts';

const run = newRunId();
const slurm = testCluster('slurm-2605');
const tenant = `helm-tenant-${run}`;
const model = `helm-model-${run}`;
const api = clients();
const timings: Record<string, number> = {};
let install: HelmInstall;
let installed = false;
const trainings: string[] = [];

function timed<T>(what: string, step: () => T): T {
  const started = Date.now();
  try {
    return step();
  } finally {
    timings[what] = Math.round((Date.now() - started) / 100) / 10;
  }
}

function applyTraining(name: string, sleepSeconds: number, parameters: Record<string, string> = {}): void {
  trainings.push(name);
  kubectlOk(
    ['apply', '-f', '-'],
    yaml.dump({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name, namespace: tenant },
      spec: {
        model,
        template: 'demo-train',
        cluster: `helm-${run}`,
        parameters: { sleep_seconds: String(sleepSeconds), ...parameters },
      },
    }),
  );
}

async function phaseOf(name: string, phases: string[], timeoutMs = 180_000): Promise<Training> {
  return eventually(
    `${name} to reach ${phases.join(' or ')}`,
    async () => {
      const training = await api.trainings.get(tenant, name);
      return training?.status?.phase && phases.includes(training.status.phase) ? training : undefined;
    },
    timeoutMs,
  );
}

/** The running pod, Ready, and holding the cluster-wide Lease. */
async function leadingPod(notNamed?: string): Promise<string> {
  return eventually(
    'one Ready pod holding the Lease',
    async () => {
      const pods = podsOf(install).filter(isReady);
      const [pod] = pods;
      if (pods.length !== 1 || !pod || pod.metadata.name === notNamed) return undefined;
      return leaseHolder() === pod.metadata.name ? pod.metadata.name : undefined;
    },
    180_000,
  );
}

/**
 * Every Training so far, read back through the history API: each one's stored chain of phases is
 * exactly its status.phaseHistory (complete: these chains are far below its 20-entry cap), with
 * no transition twice.
 */
async function expectCompleteHistory(): Promise<void> {
  for (const name of trainings) {
    const training = await phaseOf(name, ['Succeeded']);
    const expected = (training.status?.phaseHistory ?? []).map((entry) => entry.phase);
    const history = await eventually(`the history of ${name}`, async () => {
      const { body } = await historyOf(install, tenant, name);
      return body && body.transitions.at(-1)?.to === 'Succeeded' ? body : undefined;
    });
    const chain = history.transitions.map((t) => t.to);
    expect(chain, name).toEqual(expected);
    expect(history.transitions[0]?.from ?? null).toBeNull();
    for (const [i, t] of history.transitions.slice(1).entries()) expect(t.from).toBe(chain[i]);
  }
}

/**
 * Histories read before a disruption, which must read back unchanged after it: the same rows,
 * written by the same replica as they happened. A store that lost them cannot pass by rebuilding
 * them (a new leader rebuilds existing resources' chains from status.phaseHistory, but as 'resync'
 * rows by itself), and a deleted Training's history exists nowhere else.
 */
const recorded = new Map<string, HistoryRecord>();

async function recordHistories(): Promise<void> {
  await expectCompleteHistory();
  for (const name of trainings) {
    const { body } = await historyOf(install, tenant, name);
    if (body) recorded.set(name, body);
  }
}

async function expectRecordedHistoriesKept(): Promise<void> {
  expect(recorded.size).toBeGreaterThan(0);
  for (const [name, before] of recorded) {
    const { status, body } = await historyOf(install, tenant, name);
    expect(status, `history of ${name}`).toBe(200);
    expect(body?.transitions, name).toEqual(before.transitions);
    expect(body?.deletedAt ?? null, name).toBe(before.deletedAt);
  }
}

/** The operator container's environment as a Deployment declares it. */
function deploymentEnv(name: string, namespace: string): { name: string; value?: string }[] {
  const deployment = JSON.parse(kubectlOk(['get', 'deployment', name, '-n', namespace, '-o', 'json']));
  return deployment.spec.template.spec.containers[0].env;
}

beforeAll(async () => {
  installCrds();
  kubectlOk(['create', 'namespace', tenant]);
  install = await prepareHelmInstall({
    run,
    name: 'helm',
    cluster: slurm,
    slurmClusterName: `helm-${run}`,
    tenantNamespace: tenant,
    modelsBasePath: join(slurm.sharedDir, 'models'),
    sharedFilesystem: true,
  });
}, 120_000);

afterAll(async () => {
  // Trainings go while an operator still runs (it releases their finalizers), then the release.
  if (installed) {
    kubectl(['delete', 'trainings', '--all', '-n', tenant, '--timeout=120s']);
    kubectl(['delete', 'modelversions,models', '--all', '-n', tenant, '--timeout=60s']);
    runDocumented('Uninstalling', install.variables);
  }
  kubectl(['delete', 'namespace', tenant, '--wait=false']);
  install?.cleanup();
  console.log(`[helm-install] timings (s): ${JSON.stringify(timings)}`);
}, 300_000);

describe('the chart installed with Helm on a real node', () => {
  it('installs by the documented commands: one Ready pod, running as uid 1000 on a read-only root, holds the cluster-wide Lease', async () => {
    timed('install', () => runDocumented('Install with Helm', install.variables));
    installed = true;
    runDocumented('Upgrading to labelled Slurm credentials', install.variables);
    runDocumented('Upgrading to tenant trees', install.variables);
    // The operator reads job output as the job readers' group (podSecurityContext.supplementalGroups).
    shareTenantTree(join(slurm.sharedDir, 'models', tenant));
    const pod = await leadingPod();
    const [holder] = runDocumented('One controller per resource', install.variables);
    expect(holder?.stdout.trim()).toBe(pod);
    const pid = operatorPid(pod);
    expect(pid, 'the operator process of the pod').toBeDefined();
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    expect(/^Uid:\s+(\d+)/m.exec(status)?.[1]).toBe('1000');
    const root = readFileSync(`/proc/${pid}/mounts`, 'utf8')
      .split('\n')
      .find((line) => line.split(' ')[1] === '/');
    expect(root?.split(' ')[3]?.split(',')).toContain('ro');
    const shared = readFileSync(`/proc/${pid}/mounts`, 'utf8')
      .split('\n')
      .find((line) => line.split(' ')[1] === SHARED_MOUNT_PATH);
    expect(shared?.split(' ')[3]?.split(','), 'the shared folder, mounted read-only').toContain('ro');
  });

  it('serves a self-signed certificate whose fingerprint is the one it logged', () => {
    const [logged, served] = runDocumented('Checking a self-signed certificate', install.variables);
    const fingerprint = /"fingerprint":"([^"]+)"/.exec(logged?.stdout ?? '')?.[1];
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(served?.stdout.trim()).toBe(`sha256 Fingerprint=${fingerprint}`);
  });

  it('reconciles a Training applied with kubectl to Succeeded', async () => {
    applyTraining('first', 0, { epochs: '3' });
    const done = await phaseOf('first', ['Succeeded', 'Failed']);
    expect(done.status?.phase).toBe('Succeeded');
    expect(done.status?.modelVersion).toBe(1);
    await expectCompleteHistory();
  });

  it("serves the Training's job output from the mounted shared folder to the chart's view role, and its progress", async () => {
    const started = Date.now();
    const done = await phaseOf('first', ['Succeeded']);
    expect(done.status?.progress?.percent).toBe(100);
    // A ServiceAccount of the tenant's, bound in its namespace to the chart's -view ClusterRole.
    const token = personToken('log-reader', tenant, [
      { namespace: tenant, clusterRole: `${install.deployment}-view` },
    ]);
    const ca = (await peerCertificate(install.port, { rejectUnauthorized: false })).toString();
    const url = `https://127.0.0.1:${install.port}/api/v1/trainings/${tenant}/first/log`;
    const response = await fetchOperator(url, { token, ca });
    const output = await response.text();
    expect(response.status, output).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(output).toContain('demo-train: epoch 3/3');
    // The history reader may read Trainings but not their output: the log is a right of its own.
    expect((await fetchOperator(url, { token: readerToken(), ca })).status).toBe(403);
    timings.logs = Math.round((Date.now() - started) / 100) / 10;
  });

  it('keeps the complete history when the operator is SIGKILLed (its container restarts)', async () => {
    // A finished Training deleted first: from then on only the store knows its history.
    kubectlOk(['delete', 'training', 'first', '-n', tenant, '--timeout=120s']);
    trainings.splice(trainings.indexOf('first'), 1);
    const deleted = await eventually('the deleted Training to be marked deleted', async () => {
      const { body } = await historyOf(install, tenant, 'first');
      return body?.deletedAt ? body : undefined;
    });
    expect(deleted.transitions.every((t) => t.source === 'operator')).toBe(true);
    recorded.set('first', deleted);
    await recordHistories();
    applyTraining('during-kill', 15);
    await phaseOf('during-kill', ['Submitted', 'Running']);
    const pod = await leadingPod();
    const pid = operatorPid(pod);
    expect(pid).toBeDefined();
    process.kill(pid as number, 'SIGKILL');
    await eventually('the container to restart', async () => {
      const [restarted] = podsOf(install);
      return restarted?.metadata.name === pod &&
        (restarted.status?.containerStatuses?.[0]?.restartCount ?? 0) > 0
        ? true
        : undefined;
    });
    expect(await leadingPod()).toBe(pod);
    await expectRecordedHistoriesKept();
    await recordHistories();
  });

  it('keeps the complete history when its pod is deleted and a new pod takes over', async () => {
    applyTraining('during-failover', 15);
    await phaseOf('during-failover', ['Submitted', 'Running']);
    const old = await leadingPod();
    timed('failover', () => kubectlOk(['delete', 'pod', old, '-n', install.namespace, '--wait=false']));
    const started = Date.now();
    const replacement = await leadingPod(old);
    timings.failover = Math.round((Date.now() - started) / 100) / 10;
    expect(replacement).not.toBe(old);
    await expectRecordedHistoriesKept();
    await recordHistories();
  });

  it('upgrades by the documented commands (CRDs server-side, a changed value): the pod rolls and nothing is lost', async () => {
    applyTraining('during-upgrade', 15);
    await phaseOf('during-upgrade', ['Submitted', 'Running']);
    const before = await leadingPod();
    install.writeValues({ logLevel: 'debug' });
    timed('upgrade', () => {
      runDocumented('Upgrading to the cluster-wide Lease', install.variables);
      expect(podsOf(install)).toEqual([]);
      runDocumented('Upgrading', install.variables);
    });
    const after = await leadingPod(before);
    expect(after).not.toBe(before);
    await expectRecordedHistoriesKept();
    await recordHistories();

    timed('retention upgrade', () => runDocumented('Retention', install.variables));
    const env = deploymentEnv(install.deployment, install.namespace);
    expect(env.find((e) => e.name === 'AUDIT_RETENTION')?.value).toBe('90d');
    expect(env.find((e) => e.name === 'LOG_LEVEL')?.value).toBe('debug');
    await leadingPod(after);
    await expectRecordedHistoriesKept();
    await recordHistories();
  });

  it('rolls back by the documented commands, and the history is still complete', async () => {
    const before = await leadingPod();
    const [history] = timed('rollback', () => runDocumented('Rolling back', install.variables));
    expect(history?.stdout).toMatch(/upgrade/i);
    await leadingPod(before);
    const env = deploymentEnv(install.deployment, install.namespace);
    expect(env.find((e) => e.name === 'AUDIT_RETENTION')).toBeUndefined();
    await expectRecordedHistoriesKept();
    applyTraining('after-rollback', 0);
    await expectCompleteHistory();
  });

  it('switches to a certificate from a Secret by the documented command', async () => {
    const tls = operatorTlsEnv();
    kubectlOk([
      'create',
      'secret',
      'tls',
      'operator-tls',
      '-n',
      install.namespace,
      `--cert=${tls.TLS_CERT_FILE}`,
      `--key=${tls.TLS_KEY_FILE}`,
    ]);
    const before = await leadingPod();
    timed('tls upgrade', () =>
      runDocumented('TLS on the port', { ...install.variables, TLS_SECRET: 'operator-tls' }),
    );
    await leadingPod(before);
    const served = await peerCertificate(install.port, { rejectUnauthorized: false });
    expect(served.fingerprint256).toBe(new X509Certificate(readFileSync(tls.TLS_CERT_FILE)).fingerprint256);
    // Now verified against the test certificate, not pinned to what it serves.
    const response = await fetchOperator(
      `https://127.0.0.1:${install.port}/api/v1/trainings?namespace=${tenant}`,
      {
        token: readerToken(),
      },
    );
    expect(response.status).toBe(200);
  });

  it('deletes a model’s versions by the documented commands', async () => {
    const [listed] = runDocumented('Deleting models and versions', { ...install.variables, MODEL: model });
    expect(listed?.stdout).toContain(`${model}-v1`);
    expect(kubectlOk(['get', 'mv', '-n', tenant, '-l', `ml.hpc.dev/model=${model}`, '-o', 'name'])).toBe('');
  });

  it('uninstalls by the documented commands: nothing keeps running, the history claim stays', async () => {
    const pod = await leadingPod();
    kubectlOk(['delete', 'trainings', '--all', '-n', tenant, '--timeout=120s']);
    const [, claims] = timed('uninstall', () => runDocumented('Uninstalling', install.variables));
    installed = false;
    expect(claims?.stdout).toContain(`${install.deployment}-audit`);
    await eventually('the pods to be gone', async () =>
      podsOf(install).length === 0 && operatorPid(pod) === undefined ? true : undefined,
    );
    expect(
      kubectl(['get', 'role', `${install.deployment}-leader-election`, '-n', 'kube-system']).status,
    ).not.toBe(0);
    // Helm's --wait returns once the objects are deleted; their pods end with their grace period.
    const left = await eventually(
      'nothing of the release left',
      async () => {
        const names = kubectlOk([
          'get',
          'deployments,replicasets,pods,services,serviceaccounts,configmaps,secrets,networkpolicies,roles,rolebindings',
          '-n',
          install.namespace,
          '-l',
          `app.kubernetes.io/instance=${install.release}`,
          '-o',
          'name',
        ]).trim();
        return names === '' ? names : undefined;
      },
      60_000,
    );
    expect(left).toBe('');
  });

  it('applies manifests/ by the documented command: the same Deployment, on the same cluster-wide Lease', () => {
    const manifestsNamespace = 'slurm-ml-system';
    try {
      runDocumented('Install without Helm: manifests/', {});
      const env = deploymentEnv('slurm-ml-operator', manifestsNamespace);
      expect(env.find((e) => e.name === 'LEADER_ELECTION_ID')?.value).toBe('slurm-ml-operator.ml.hpc.dev');
      expect(env.find((e) => e.name === 'LEADER_ELECTION_NAMESPACE')?.value).toBe('kube-system');
      expect(
        kubectlOk(['get', 'role', 'slurm-ml-operator-leader-election', '-n', 'kube-system', '-o', 'name']),
      ).toMatch(/slurm-ml-operator-leader-election/);
    } finally {
      // Its pod cannot start here (no pod network, no image by that name); remove all but the CRDs.
      kubectl(['delete', '-f', 'manifests/02-operator.yaml', '--ignore-not-found', '--wait=false']);
      kubectl(['delete', 'namespace', manifestsNamespace, '--wait=false']);
    }
  });
});
