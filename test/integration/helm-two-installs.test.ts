// Two installs at once on the stack's kubelet, in two namespaces: "pg" with a Postgres store of its
// own, started first, and "embedded", the chart's default (PGlite on a claim), started second. Both
// become Ready and the first holds the cluster-wide Lease; the second waits as a standby whose
// embedded store is not even opened (readiness says database: null, history answers 503). Every
// Training is reconciled by the holder alone: its whole history is in the holder's store. When
// the holder's install goes away, the standby takes over, opens its store, and reconciles what
// follows; what came before it only copies from status (as 'resync' rows), never as its own.
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helm } from '../../scripts/render-manifests.ts';
import type { Training } from '../../src/api/types.ts';
import { fetchOperator, readerToken } from '../support/access.ts';
import { type FreshDatabase, freshPostgresDatabase } from '../support/audit-db.ts';
import {
  type HelmInstall,
  historyOf,
  isReady,
  leaseHolder,
  podsOf,
  prepareHelmInstall,
} from '../support/helm-install.ts';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';
import { clients, eventually, newRunId } from '../support/operator.ts';
import { peerCertificate } from '../support/peer-certificate.ts';
import { testCluster } from '../support/slurm.ts';
import { required, stackEnv } from '../support/stack.ts';

const run = newRunId();
const slurm = testCluster('slurm-2411');
const tenant = `duo-tenant-${run}`;
const slurmClusterName = `duo-${run}`;
const api = clients();
const kubeconfig = () => required(stackEnv('kube'), 'KUBECONFIG');
let database: FreshDatabase;
let pg: HelmInstall;
let embedded: HelmInstall;
const installed = new Set<HelmInstall>();

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
  installed.add(install);
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

async function runTrainings(names: string[]): Promise<Training[]> {
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
  return eventually(
    'every Training to succeed',
    async () => {
      const all = await Promise.all(names.map((name) => api.trainings.get(tenant, name)));
      return all.every((t) => t?.status?.phase === 'Succeeded') ? (all as Training[]) : undefined;
    },
    240_000,
  );
}

const phasesOf = (training: Training) => (training.status?.phaseHistory ?? []).map((entry) => entry.phase);

/** The phases the Postgres install's store holds for a Training, as recorded. */
async function pgChain(uid: string): Promise<{ to: string; source: string }[]> {
  return database.admin<{ to: string; source: string }>(
    `select to_phase as to, source from transitions where resource_uid = '${uid}' order by occurred_at, seq`,
  );
}

/** GET on the embedded install's port, trusting the certificate it serves. */
async function askEmbedded(path: string, token?: string): Promise<Response> {
  const certificate = await peerCertificate(embedded.port, { rejectUnauthorized: false });
  return fetchOperator(`https://127.0.0.1:${embedded.port}${path}`, {
    ca: certificate.toString(),
    ...(token ? { token } : {}),
  });
}

beforeAll(async () => {
  installCrds();
  kubectlOk(['create', 'namespace', tenant]);
  database = await freshPostgresDatabase('duo');
  const common = {
    run,
    cluster: slurm,
    slurmClusterName,
    tenantNamespace: tenant,
    modelsBasePath: `${slurm.sharedDir}/models`,
  };
  pg = await prepareHelmInstall({
    ...common,
    name: 'duo-pg',
    volume: false,
    values: { database: { existingSecret: 'audit-db', key: 'url' } },
  });
  // The embedded install leaves the SlurmCluster to the first; both may use its key Secret.
  embedded = await prepareHelmInstall({ ...common, name: 'duo-embedded' });
  embedded.writeValues({ slurmCluster: { enabled: false } });
  createJwtSecret(pg.namespace);
  createJwtSecret(embedded.namespace);
  kubectlOk([
    'create',
    'secret',
    'generic',
    'audit-db',
    '-n',
    pg.namespace,
    `--from-literal=url=${database.url}`,
  ]);
}, 180_000);

afterAll(async () => {
  kubectl(['delete', 'trainings', '--all', '-n', tenant, '--timeout=120s']);
  kubectl(['delete', 'modelversions,models', '--all', '-n', tenant, '--timeout=60s']);
  for (const install of [pg, embedded]) {
    if (!install) continue;
    if (installed.has(install))
      try {
        helm(['uninstall', install.release, '-n', install.namespace, '--kubeconfig', kubeconfig(), '--wait']);
      } catch (error) {
        console.error(String(error));
      }
    install.cleanup();
  }
  await database?.drop().catch(() => {});
  kubectl(['delete', 'namespace', tenant, '--wait=false']);
}, 300_000);

describe('two installs of the chart at once', () => {
  let first: Training[] = [];

  it('both become Ready; the first holds the Lease, the second waits without opening its store', async () => {
    helmInstall(pg);
    const pgPod = await eventually('the first install to hold the Lease', async () => {
      const [pod] = podsOf(pg).filter(isReady);
      // A holder that went away without releasing the Lease keeps it until it expires (15 s).
      return pod && leaseHolder() === pod.metadata.name ? pod.metadata.name : undefined;
    });
    helmInstall(embedded);
    const [standby] = podsOf(embedded).filter(isReady);
    expect(standby, 'the second install Ready').toBeDefined();
    expect(leaseHolder()).toBe(pgPod);
    const readiness = (await (await askEmbedded('/readyz')).json()) as { checks: Record<string, unknown> };
    expect(readiness.checks).toMatchObject({ role: 'standby', database: null });
  });

  it('every Training is reconciled by the holder alone, its whole history in the holder’s store', async () => {
    first = await runTrainings(['one', 'two', 'three', 'four']);
    for (const training of first) {
      const chain = await eventually(`the history of ${training.metadata?.name}`, async () => {
        const rows = await pgChain(training.metadata?.uid ?? '');
        return rows.at(-1)?.to === 'Succeeded' ? rows : undefined;
      });
      expect(chain.map((row) => row.to)).toEqual(phasesOf(training));
      expect(chain.every((row) => row.source === 'operator')).toBe(true);
    }
    // The standby answers no history from a store it has not opened.
    const refused = await askEmbedded(`/api/v1/trainings?namespace=${tenant}`, readerToken());
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(/standby/);
  });

  it('when the holder’s install goes away, the other takes over and its own store holds what it reconciles', async () => {
    // Scaled to zero rather than a pod deleted: a replacement pod could win the Lease back.
    kubectlOk(['scale', 'deployment', pg.deployment, '-n', pg.namespace, '--replicas=0']);
    const [standby] = podsOf(embedded);
    await eventually('the embedded install to take the Lease', async () =>
      leaseHolder() === standby?.metadata.name ? true : undefined,
    );
    const later = await runTrainings(['five', 'six']);
    for (const training of later) {
      const { body } = await eventually(`the history of ${training.metadata?.name}`, async () => {
        const answer = await historyOf(embedded, tenant, training.metadata?.name ?? '');
        return answer.body?.transitions.at(-1)?.to === 'Succeeded' ? answer : undefined;
      });
      expect(body?.transitions.map((t) => t.to)).toEqual(phasesOf(training));
      expect(body?.transitions.every((t) => t.source === 'operator')).toBe(true);
      expect(await pgChain(training.metadata?.uid ?? '')).toEqual([]);
    }
    // What the first install reconciled, the new holder only copied from status.
    for (const training of first) {
      const { body } = await eventually(`the copy of ${training.metadata?.name}`, async () => {
        const answer = await historyOf(embedded, tenant, training.metadata?.name ?? '');
        return answer.body?.transitions.length ? answer : undefined;
      });
      expect(body?.transitions.every((t) => t.source === 'resync')).toBe(true);
    }
  });
});
