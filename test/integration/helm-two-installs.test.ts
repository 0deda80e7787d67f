// Two installs at once (two Helm releases in two namespaces, each with its own Postgres store)
// on the stack's kubelet: both become Ready, one holds the cluster-wide Lease, and every Training
// is reconciled by exactly one of them: its whole history is in that one's store and none of it in
// the other's. Then the holder's pod is deleted: the other install takes over, and what it
// reconciles from then on is in its store.
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helm } from '../../scripts/render-manifests.ts';
import type { Training } from '../../src/api/types.ts';
import { type FreshDatabase, freshPostgresDatabase } from '../support/audit-db.ts';
import {
  type HelmInstall,
  isReady,
  leaseHolder,
  podsOf,
  prepareHelmInstall,
} from '../support/helm-install.ts';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';
import { clients, eventually, newRunId } from '../support/operator.ts';
import { testCluster } from '../support/slurm.ts';
import { required, stackEnv } from '../support/stack.ts';

const run = newRunId();
const slurm = testCluster('slurm-2411');
const tenant = `duo-tenant-${run}`;
const slurmClusterName = `duo-${run}`;
const api = clients();
const kubeconfig = () => required(stackEnv('kube'), 'KUBECONFIG');
const installs: { install: HelmInstall; database: FreshDatabase; installed: boolean }[] = [];

function helmInstall(install: HelmInstall): void {
  helm([
    'install',
    install.release,
    'charts/slurm-ml-operator',
    '-n',
    install.namespace,
    '--create-namespace',
    '-f',
    install.valuesFile,
    '--kubeconfig',
    kubeconfig(),
    '--wait',
    '--timeout',
    '5m',
  ]);
}

function createJwtSecret(namespace: string): void {
  kubectlOk(['create', 'namespace', namespace]);
  kubectlOk([
    'create',
    'secret',
    'generic',
    'slurm-jwt',
    '-n',
    namespace,
    `--from-file=jwt.key=${slurm.jwtKeyPath}`,
  ]);
  kubectlOk(['label', 'secret', 'slurm-jwt', '-n', namespace, 'ml.hpc.dev/slurm-credentials=true']);
  kubectlOk(['annotate', 'secret', 'slurm-jwt', '-n', namespace, `ml.hpc.dev/slurm-endpoints=${slurm.url}`]);
}

function applyTrainings(names: string[]): void {
  for (const name of names)
    kubectlOk(
      ['apply', '-f', '-'],
      yaml.dump({
        apiVersion: 'ml.hpc.dev/v1alpha1',
        kind: 'Training',
        metadata: { name, namespace: tenant },
        spec: { model: `duo-${run}`, template: 'demo-train', cluster: slurmClusterName },
      }),
    );
}

async function succeeded(names: string[]): Promise<Training[]> {
  return eventually(
    'every Training to succeed',
    async () => {
      const all = await Promise.all(names.map((name) => api.trainings.get(tenant, name)));
      return all.every((t) => t?.status?.phase === 'Succeeded') ? (all as Training[]) : undefined;
    },
    240_000,
  );
}

/** The phases each store holds for a Training, by install index. */
async function storedChains(uid: string): Promise<string[][]> {
  return Promise.all(
    installs.map(async ({ database }) =>
      (
        await database.admin<{ to_phase: string }>(
          `select to_phase from transitions where resource_uid = '${uid}' order by occurred_at, seq`,
        )
      ).map((row) => row.to_phase),
    ),
  );
}

/** Every Training's chain is in exactly the store of `holder`, whole, and in no other. */
async function expectOnlyIn(trainings: Training[], holder: number): Promise<void> {
  for (const training of trainings) {
    const expected = (training.status?.phaseHistory ?? []).map((entry) => entry.phase);
    const chains = await eventually(`the history of ${training.metadata?.name}`, async () => {
      const found = await storedChains(training.metadata?.uid ?? '');
      return found[holder]?.at(-1) === 'Succeeded' ? found : undefined;
    });
    chains.forEach((chain, index) => {
      expect(chain, `${training.metadata?.name} in store ${index}`).toEqual(index === holder ? expected : []);
    });
  }
}

beforeAll(async () => {
  installCrds();
  kubectlOk(['create', 'namespace', tenant]);
  for (const name of ['duo-a', 'duo-b']) {
    const database = await freshPostgresDatabase(`duo_${name.slice(-1)}`);
    const install = await prepareHelmInstall({
      run,
      name,
      cluster: slurm,
      slurmClusterName,
      tenantNamespace: tenant,
      modelsBasePath: `${slurm.sharedDir}/models`,
      volume: false,
      values: { database: { existingSecret: 'audit-db', key: 'url' } },
    });
    // Only the first install creates the SlurmCluster; both may use its key (the holder reads it).
    if (name === 'duo-b') install.writeValues({ slurmCluster: { enabled: false } });
    createJwtSecret(install.namespace);
    kubectlOk([
      'create',
      'secret',
      'generic',
      'audit-db',
      '-n',
      install.namespace,
      `--from-literal=url=${database.url}`,
    ]);
    installs.push({ install, database, installed: false });
  }
}, 180_000);

afterAll(async () => {
  kubectl(['delete', 'trainings', '--all', '-n', tenant, '--timeout=120s']);
  kubectl(['delete', 'modelversions,models', '--all', '-n', tenant, '--timeout=60s']);
  for (const entry of installs) {
    if (entry.installed)
      try {
        helm([
          'uninstall',
          entry.install.release,
          '-n',
          entry.install.namespace,
          '--kubeconfig',
          kubeconfig(),
          '--wait',
        ]);
      } catch (error) {
        console.error(String(error));
      }
    entry.install.cleanup();
    await entry.database.drop().catch(() => {});
  }
  kubectl(['delete', 'namespace', tenant, '--wait=false']);
}, 300_000);

describe('two installs of the chart at once', () => {
  let holder = -1;

  it('both become Ready, and exactly one holds the cluster-wide Lease', async () => {
    for (const entry of installs) {
      helmInstall(entry.install);
      entry.installed = true;
    }
    const pods = await eventually('both installs Ready', async () => {
      const ready = installs.map(({ install }) => podsOf(install).filter(isReady));
      return ready.every((list) => list.length === 1)
        ? ready.map((list) => list[0]?.metadata.name ?? '')
        : undefined;
    });
    // A holder that went away without releasing the Lease (say, its RBAC was uninstalled first)
    // keeps it until it expires (15 s).
    const leader = await eventually('one of the two to hold the Lease', async () => {
      const current = leaseHolder();
      return pods.includes(current) ? current : undefined;
    });
    holder = pods.indexOf(leader);
    expect(holder).toBeGreaterThanOrEqual(0);
  });

  it('every Training is reconciled by exactly one install, its whole history in that one’s store', async () => {
    const names = ['one', 'two', 'three', 'four'];
    applyTrainings(names);
    await expectOnlyIn(await succeeded(names), holder);
  });

  it('when the holding install goes away, the other takes over, and its store holds what it reconciles', async () => {
    const old = installs[holder]?.install as HelmInstall;
    // Scaled to zero rather than a pod deleted: a replacement pod could win the Lease back.
    kubectlOk(['scale', 'deployment', old.deployment, '-n', old.namespace, '--replicas=0']);
    const other = 1 - holder;
    const otherPod = podsOf(installs[other]?.install as HelmInstall)[0]?.metadata.name;
    await eventually('the other install to take the Lease', async () =>
      leaseHolder() === otherPod ? true : undefined,
    );
    const names = ['five', 'six'];
    applyTrainings(names);
    await expectOnlyIn(await succeeded(names), other);
  });
});
