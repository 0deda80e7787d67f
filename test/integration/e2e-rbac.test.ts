// The operator running under the chart's ServiceAccount, with RBAC authorization on: it runs a
// Training end to end with only the chart's rules, may not read Secrets elsewhere, and stops
// working when a rule it needs is removed (so this test can fail).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helmTemplate, yamlDocuments } from '../../scripts/render-manifests.ts';
import { CREDENTIALS_LABEL, ENDPOINTS_ANNOTATION } from '../../src/clusters/credentials.ts';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  logDir,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  startOperator,
} from '../support/operator.ts';
import { required, stackEnv } from '../support/stack.ts';

/**
 * How the API server words an RBAC denial, `... is forbidden: User "system:serviceaccount:..."
 * cannot ...`, with its quotes escaped once per JSON layer of the log line.
 */
const RBAC_REFUSAL = /is forbidden: User \\*"system:serviceaccount:/;
const STATUS_REFUSAL =
  /is forbidden: User \\*"system:serviceaccount:[^"\\]*\\*" cannot update resource \\*"trainings\/status/;

interface Rendered {
  kind: string;
  metadata: { name: string };
  rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
  spec?: { template: { spec: { containers: { env?: { name: string; value?: string }[] }[] } } };
}

let env: E2eEnvironment;
let tenant: string;
let other: string;
let operator: OperatorProcess;
let serviceAccountKubeconfig: string;
let clusterRole: Rendered;
let serviceAccount = '';
const api = clients();

function training(name: string) {
  return yaml.dump({
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name, namespace: tenant },
    spec: { model: 'rbac-model', template: 'demo-train', cluster: env.clusters['slurm-2411'] },
  });
}

beforeAll(() => {
  const run = newRunId();
  tenant = `e2e-rbac-${run}`;
  other = `e2e-rbac-other-${run}`;
  env = prepareE2e(run, { admitted: [tenant], other: [other] });
  kubectlOk(['create', 'secret', 'generic', 'not-yours', '-n', other, '--from-literal=password=hunter2']);
  const rendered = yamlDocuments(
    // The Lease in the test's own namespace: the cluster-wide one in kube-system is for real installs.
    helmTemplate({
      release: `rbac-${run}`,
      namespace: env.operatorNamespace,
      values: { 'leaderElection.namespace': '', 'leaderElection.leaseName': `rbac-${run}` },
    }),
  ).map((text) => ({ text, object: yaml.load(text) as Rendered }));
  const rbac = rendered.filter(
    ({ object }) =>
      ['ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].includes(object.kind) &&
      !object.metadata.name.endsWith('-metrics-reader') &&
      // The roles for people are aggregated into view/edit/admin: not the operator's, and left
      // behind they would change what chart-rbac.test.ts finds in view.
      !/-(view|edit|admin)$/.test(object.metadata.name),
  );
  kubectlOk(['apply', '-n', env.operatorNamespace, '-f', '-'], rbac.map((d) => `---\n${d.text}\n`).join(''));
  serviceAccount = rbac.find((d) => d.object.kind === 'ServiceAccount')?.object.metadata.name ?? '';
  clusterRole = rbac.find((d) => d.object.kind === 'ClusterRole')?.object as Rendered;
  const deployment = rendered.find((d) => d.object.kind === 'Deployment')?.object;
  const envOf = (name: string) =>
    deployment?.spec?.template.spec.containers[0]?.env?.find((e) => e.name === name)?.value;
  const leaseName = envOf('LEADER_ELECTION_ID');
  const leaseNamespace = envOf('LEADER_ELECTION_NAMESPACE');

  // A kubeconfig that authenticates as the ServiceAccount, with a token from the TokenRequest API.
  const token = kubectlOk([
    'create',
    'token',
    serviceAccount,
    '-n',
    env.operatorNamespace,
    '--duration=2h',
  ]).trim();
  const kube = stackEnv('kube');
  serviceAccountKubeconfig = join(logDir, `sa-${run}.kubeconfig`);
  writeFileSync(
    serviceAccountKubeconfig,
    yaml.dump({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'test',
          cluster: {
            server: required(kube, 'KUBE_APISERVER_URL'),
            'certificate-authority': required(kube, 'KUBE_CA_FILE'),
          },
        },
      ],
      users: [{ name: 'operator', user: { token } }],
      contexts: [{ name: 'operator', context: { cluster: 'test', user: 'operator' } }],
      'current-context': 'operator',
    }),
    { mode: 0o600 },
  );
  operator = startOperator('e2e-rbac', {
    KUBECONFIG: serviceAccountKubeconfig,
    OPERATOR_NAMESPACE: env.operatorNamespace,
    LEADER_ELECTION: 'true',
    LEADER_ELECTION_ID: leaseName ?? '',
    LEADER_ELECTION_NAMESPACE: leaseNamespace ?? '',
    POD_NAME: `rbac-${run}`,
  });
});

afterAll(async () => {
  // Give the rules back so the operator can release its finalizers during teardown.
  if (clusterRole) kubectlOk(['apply', '-f', '-'], yaml.dump(clusterRole));
  await env?.teardown(operator);
  if (clusterRole) kubectl(['delete', 'clusterrole', clusterRole.metadata.name, '--wait=false']);
});

describe("the operator under the chart's ServiceAccount", () => {
  it('runs a Training end to end with only the chart’s rules', async () => {
    kubectlOk(['apply', '-f', '-'], training('allowed'));
    const done = await eventually('training to succeed', async () => {
      const t = await api.trainings.get(tenant, 'allowed');
      return t?.status?.phase === 'Succeeded' ? t : undefined;
    });
    expect(done.status?.modelVersion).toBe(1);
    expect((await api.modelVersions.get(tenant, 'rbac-model-v1'))?.spec.training?.uid).toBe(
      done.metadata.uid,
    );
    const model = await eventually('the Model to summarize its version', async () => {
      const m = await api.models.get(tenant, 'rbac-model');
      return m?.status?.latestVersion === 1 ? m : undefined;
    });
    expect(model.status?.versionCount).toBe(1);
  });

  it('may read a named Secret in its own namespace, and no more: no list, no ConfigMaps, nothing elsewhere', () => {
    const asOperator = (args: string[]) => kubectl([...args, '--kubeconfig', serviceAccountKubeconfig]);
    const jwtSecret = 'slurm-2411-jwt'; // prepareE2e's, labelled for Slurm
    expect(asOperator(['get', 'secret', jwtSecret, '-n', env.operatorNamespace]).status).toBe(0);
    for (const args of [
      ['get', 'secrets', '-n', env.operatorNamespace],
      ['get', 'configmaps', '-n', env.operatorNamespace],
      ['get', 'secret', 'not-yours', '-n', other],
    ]) {
      const refused = asOperator(args);
      expect(refused.status, args.join(' ')).not.toBe(0);
      expect(refused.stderr).toMatch(/forbidden/i);
    }
  });

  describe('what a SlurmCluster may make it send', () => {
    // An endpoint of the SlurmCluster author's choosing: it records every request it gets.
    const received: { path: string; token: boolean }[] = [];
    let listener: Server;
    let endpoint: string;
    const created: string[] = [];
    const run = newRunId();
    const unlabelled = `not-for-slurm-${run}`;

    beforeAll(async () => {
      listener = createServer((request, response) => {
        received.push({
          path: request.url ?? '',
          token: request.headers['x-slurm-user-token'] !== undefined,
        });
        response.writeHead(503).end();
      });
      await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
      endpoint = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
      // Like the database credentials: a Secret in the operator's namespace nobody meant for Slurm.
      kubectlOk([
        'create',
        'secret',
        'generic',
        unlabelled,
        '-n',
        env.operatorNamespace,
        '--from-literal=token=the-database-password',
      ]);
    });

    afterAll(async () => {
      if (created.length > 0) kubectl(['delete', 'slurmcluster', ...created, '--wait=false']);
      await new Promise((resolve) => listener?.close(resolve));
    });

    function slurmCluster(name: string, auth: Record<string, unknown>) {
      created.push(name);
      kubectlOk(
        ['apply', '-f', '-'],
        yaml.dump({
          apiVersion: 'ml.hpc.dev/v1alpha1',
          kind: 'SlurmCluster',
          metadata: { name },
          spec: { endpoint, auth: { user: 'ml', ...auth }, modelsBasePath: '/models' },
        }),
      );
    }

    const readyCondition = (name: string) =>
      eventually(`SlurmCluster ${name} to report Ready`, async () =>
        (await api.slurmClusters.get(undefined, name))?.status?.conditions?.find((c) => c.type === 'Ready'),
      );

    it('a Secret without the credentials label: Ready=False/CredentialsRefused, and nothing is sent', async () => {
      slurmCluster(`steal-secret-${run}`, { tokenSecretRef: { name: unlabelled } });
      const ready = await readyCondition(`steal-secret-${run}`);
      expect(ready).toMatchObject({ status: 'False', reason: 'CredentialsRefused' });
      expect(ready.message).toContain(`${CREDENTIALS_LABEL}=true`);
      expect(ready.message).not.toContain('the-database-password');
      expect(received).toEqual([]);
    });

    it('a token file, with no SLURM_TOKEN_DIR: refused, nothing sent (here: its own kubeconfig)', async () => {
      slurmCluster(`steal-file-${run}`, { tokenFile: serviceAccountKubeconfig });
      expect(await readyCondition(`steal-file-${run}`)).toMatchObject({
        status: 'False',
        reason: 'CredentialsRefused',
        message: expect.stringContaining('SLURM_TOKEN_DIR'),
      });
      expect(received).toEqual([]);
    });

    it('a labelled Secret meant for the real cluster: refused for another endpoint, nothing sent', async () => {
      const real = `slurm-2411-jwt`; // prepareE2e's: labelled, for the 24.11 cluster's endpoint only
      slurmCluster(`steal-jwt-${run}`, { jwtKeySecretRef: { name: real } });
      expect(await readyCondition(`steal-jwt-${run}`)).toMatchObject({
        status: 'False',
        reason: 'CredentialsRefused',
        message: expect.stringContaining(`may not be sent to ${endpoint}`),
      });
      expect(received).toEqual([]);
    });

    it('the same Secret once an admin labels it for this endpoint is sent (so the checks above can fail)', async () => {
      kubectlOk(['label', 'secret', unlabelled, '-n', env.operatorNamespace, `${CREDENTIALS_LABEL}=true`]);
      kubectlOk([
        'annotate',
        'secret',
        unlabelled,
        '-n',
        env.operatorNamespace,
        `${ENDPOINTS_ANNOTATION}=${endpoint}`,
      ]);
      // The next probe (every 10 s while not Ready) reads the Secret again.
      await eventually('the endpoint to receive a request with the token', async () =>
        received.some((r) => r.token) ? true : undefined,
      );
    });
  });

  it('cannot make progress once a rule it needs (trainings/status) is removed', async () => {
    // With the chart's rules RBAC refused nothing. (Only RBAC's refusals count: this operator
    // watches every namespace, and a write into another test's terminating namespace is a 403 too.)
    expect(readFileSync(operator.logFile, 'utf8')).not.toMatch(RBAC_REFUSAL);
    const withoutStatus = {
      ...clusterRole,
      rules: (clusterRole.rules ?? []).map((rule) => ({
        ...rule,
        resources: rule.resources.filter((r) => r !== 'trainings/status'),
      })),
    };
    kubectlOk(['apply', '-f', '-'], yaml.dump(withoutStatus));
    // The authorizer's RBAC cache follows the change within moments; under load, a write in that
    // window is still allowed, and the Training would get a status.
    await eventually(
      'trainings/status to be refused',
      async () => {
        const answer = kubectl([
          'auth',
          'can-i',
          'update',
          'trainings.ml.hpc.dev',
          '--subresource=status',
          `--as=system:serviceaccount:${env.operatorNamespace}:${serviceAccount}`,
          '-n',
          tenant,
        ]).stdout.trim();
        return answer === 'no' ? true : undefined;
      },
      30_000,
    );
    kubectlOk(['apply', '-f', '-'], training('blocked'));
    await eventually(
      'the operator to be refused',
      async () => (STATUS_REFUSAL.test(readFileSync(operator.logFile, 'utf8')) ? true : undefined),
      60_000,
    );
    const blocked = await api.trainings.get(tenant, 'blocked');
    expect(blocked?.status?.phase).toBeUndefined();
  });
});
