// The chart's RBAC on the real API server (RBAC authorization on): the ServiceAccount, ClusterRole,
// Role and bindings are rendered with helm and created for real, then the API server's own
// authorizer (kubectl auth can-i --as=<the ServiceAccount>) answers what the operator may do.
// The roles for people (-view, -edit, -admin) are aggregated into Kubernetes' own view, edit and
// admin by the real clusterrole-aggregation controller, and can-i answers for users bound to those.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helmBinary, helmTemplate, yamlDocuments } from '../../scripts/render-manifests.ts';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';
import { eventually, logDir } from '../support/operator.ts';
import { required, stackEnv } from '../support/stack.ts';

const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const namespace = `chart-rbac-${run}`;
const otherNamespace = `chart-rbac-other-${run}`;
const release = `rbac-${run}`;
const rbacKinds = ['ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];

interface Rendered {
  kind: string;
  metadata: { name: string };
  rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
}

/** The chart's roles for people, which Kubernetes' view, edit and admin aggregate. */
const forPeople = (name: string) => /-(view|edit|admin)$/.test(name);

let serviceAccount = '';
let clusterRole = '';
let leaseRole = '';

/** What the API server's authorizer answers for the chart's ServiceAccount. */
function can(
  verb: string,
  resource: string,
  options: { namespace?: string; subresource?: string; name?: string } = {},
) {
  const args = ['auth', 'can-i', verb, options.name ? `${resource}/${options.name}` : resource];
  args.push(`--as=system:serviceaccount:${namespace}:${serviceAccount}`);
  // No namespace: a namespace the chart knows nothing of; '' : all namespaces (or cluster-scoped).
  if (options.namespace === '') args.push('--all-namespaces');
  else args.push('-n', options.namespace ?? otherNamespace);
  if (options.subresource) args.push(`--subresource=${options.subresource}`);
  const result = kubectl(args);
  const answer = result.stdout.trim();
  if (answer !== 'yes' && answer !== 'no') throw new Error(`kubectl ${args.join(' ')}: ${result.stderr}`);
  return answer === 'yes';
}

describe("the chart's RBAC on the real API server", () => {
  beforeAll(() => {
    helmBinary();
    // The resources must be known to the server for can-i to resolve trainings.ml.hpc.dev.
    installCrds();
    kubectlOk(['create', 'namespace', namespace]);
    kubectlOk(['create', 'namespace', otherNamespace]);
    const documents = yamlDocuments(helmTemplate({ release, namespace }))
      .map((doc) => ({ text: doc, object: yaml.load(doc) as Rendered }))
      // The operator's own rights; the metrics-reader role is for its scrapers (e2e-access).
      .filter(
        ({ object }) =>
          rbacKinds.includes(object.kind) &&
          !object.metadata.name.endsWith('-metrics-reader') &&
          !forPeople(object.metadata.name),
      );
    // Two Roles and bindings: Secrets in the release namespace, the Lease in kube-system.
    expect(documents.map((d) => d.object.kind).sort()).toEqual([...rbacKinds, 'Role', 'RoleBinding'].sort());
    leaseRole =
      documents.find((d) => d.object.metadata.name.endsWith('-leader-election'))?.object.metadata.name ?? '';
    kubectlOk(['apply', '-f', '-'], documents.map((d) => `---\n${d.text}\n`).join(''));
    serviceAccount = documents.find((d) => d.object.kind === 'ServiceAccount')?.object.metadata.name ?? '';
    clusterRole = documents.find((d) => d.object.kind === 'ClusterRole')?.object.metadata.name ?? '';
  }, 30 * 60_000);

  afterAll(() => {
    if (clusterRole) {
      kubectl(['delete', 'clusterrolebinding', clusterRole, '--ignore-not-found']);
      kubectl(['delete', 'clusterrole', clusterRole, '--ignore-not-found']);
    }
    if (leaseRole)
      kubectl(['delete', '-n', 'kube-system', 'rolebinding,role', leaseRole, '--ignore-not-found']);
    kubectl(['delete', 'namespace', namespace, otherNamespace, '--wait=false']);
  });

  it('allows what the operator does, in any namespace', () => {
    expect(can('update', 'trainings.ml.hpc.dev', { subresource: 'status' })).toBe(true);
    expect(can('update', 'predictions.ml.hpc.dev', { subresource: 'status' })).toBe(true);
    expect(can('update', 'models.ml.hpc.dev', { subresource: 'status' })).toBe(true);
    expect(can('patch', 'trainings.ml.hpc.dev')).toBe(true);
    expect(can('patch', 'predictions.ml.hpc.dev')).toBe(true);
    expect(can('watch', 'trainings.ml.hpc.dev', { namespace: '' })).toBe(true);
    expect(can('list', 'predictions.ml.hpc.dev', { namespace: '' })).toBe(true);
    expect(can('create', 'models.ml.hpc.dev')).toBe(true);
    expect(can('create', 'modelversions.ml.hpc.dev')).toBe(true);
    expect(can('list', 'modelversions.ml.hpc.dev')).toBe(true);
    expect(can('list', 'slurmclusters.ml.hpc.dev')).toBe(true);
    expect(can('update', 'slurmclusters.ml.hpc.dev', { subresource: 'status' })).toBe(true);
    expect(can('create', 'events')).toBe(true);
  });

  it('allows the cluster-wide Lease in kube-system, and reading a named Secret in its own namespace', () => {
    const system = 'kube-system';
    const lease = 'slurm-ml-operator.ml.hpc.dev';
    expect(can('create', 'leases.coordination.k8s.io', { namespace: system })).toBe(true);
    expect(can('get', 'leases.coordination.k8s.io', { namespace: system, name: lease })).toBe(true);
    expect(can('update', 'leases.coordination.k8s.io', { namespace: system, name: lease })).toBe(true);
    expect(can('update', 'leases.coordination.k8s.io', { namespace: system, name: 'kube-scheduler' })).toBe(
      false,
    );
    // The Lease is no longer per release, nor in the release namespace.
    expect(can('create', 'leases.coordination.k8s.io', { namespace })).toBe(false);
    expect(can('get', 'secrets', { namespace })).toBe(true);
    expect(can('get', 'secrets', { namespace: system })).toBe(false);
  });

  it('refuses everything else', () => {
    expect(can('get', 'secrets', { namespace: otherNamespace })).toBe(false);
    expect(can('list', 'secrets', { namespace: '' })).toBe(false);
    expect(can('get', 'configmaps', { namespace: otherNamespace })).toBe(false);
    // Trimmed (issue 14): the code reads named Secrets only, and nothing it does needs these.
    expect(can('list', 'secrets', { namespace })).toBe(false);
    expect(can('watch', 'secrets', { namespace })).toBe(false);
    expect(can('get', 'configmaps', { namespace })).toBe(false);
    expect(can('update', 'trainings.ml.hpc.dev', { subresource: 'finalizers' })).toBe(false);
    expect(can('patch', 'events')).toBe(false);
    expect(can('create', 'events.events.k8s.io')).toBe(false);
    expect(can('create', 'leases.coordination.k8s.io', { namespace: otherNamespace })).toBe(false);
    expect(can('delete', 'namespaces', { namespace: '' })).toBe(false);
    expect(can('delete', 'trainings.ml.hpc.dev')).toBe(false);
    expect(can('update', 'trainings.ml.hpc.dev')).toBe(false);
    expect(can('patch', 'trainings.ml.hpc.dev', { subresource: 'status' })).toBe(false);
    expect(can('update', 'models.ml.hpc.dev')).toBe(false);
    expect(can('delete', 'models.ml.hpc.dev')).toBe(false);
    // The operator never deletes a version record (nor the artifact it points at).
    expect(can('delete', 'modelversions.ml.hpc.dev')).toBe(false);
    expect(can('update', 'modelversions.ml.hpc.dev')).toBe(false);
    expect(can('create', 'slurmclusters.ml.hpc.dev', { namespace: '' })).toBe(false);
    expect(can('update', 'slurmclusters.ml.hpc.dev', { namespace: '' })).toBe(false);
    expect(can('create', 'pods')).toBe(false);
    expect(can('create', 'clusterrolebindings.rbac.authorization.k8s.io', { namespace: '' })).toBe(false);
    expect(can('impersonate', 'serviceaccounts')).toBe(false);
  });

  it('without the trainings/status rule, updating a Training status is refused (so these checks can fail)', async () => {
    const role = JSON.parse(kubectlOk(['get', 'clusterrole', clusterRole, '-o', 'json'])) as Rendered;
    const rules = (role.rules ?? []).map((rule) => ({
      ...rule,
      resources: rule.resources.filter((resource) => resource !== 'trainings/status'),
    }));
    expect(rules).not.toEqual(role.rules);
    kubectlOk(['replace', '-f', '-'], JSON.stringify({ ...role, rules }));
    // The authorizer's RBAC cache follows the change within moments.
    await eventually(
      'trainings/status to be refused',
      async () => (can('update', 'trainings.ml.hpc.dev', { subresource: 'status' }) ? undefined : true),
      15_000,
    );
    expect(can('update', 'predictions.ml.hpc.dev', { subresource: 'status' })).toBe(true);
  });
});

const peopleNamespace = `chart-rbac-people-${run}`;
const peopleOther = `chart-rbac-people-other-${run}`;

/** What the API server's authorizer answers for a user in `namespace` (or another). */
function userCan(
  user: string,
  verb: string,
  resource: string,
  options: { namespace?: string; subresource?: string } = {},
) {
  const args = ['auth', 'can-i', verb, resource, `--as=${user}`, '-n', options.namespace ?? peopleNamespace];
  if (options.subresource) args.push(`--subresource=${options.subresource}`);
  const result = kubectl(args);
  const answer = result.stdout.trim();
  if (answer !== 'yes' && answer !== 'no') throw new Error(`kubectl ${args.join(' ')}: ${result.stderr}`);
  return answer === 'yes';
}

/** The ml.hpc.dev rules a built-in ClusterRole holds now (what aggregation put there). */
function mlRulesOf(role: string): Rendered['rules'] {
  const object = JSON.parse(kubectlOk(['get', 'clusterrole', role, '-o', 'json'])) as Rendered;
  return (object.rules ?? []).filter((rule) => rule.apiGroups?.includes('ml.hpc.dev'));
}

describe("the chart's roles for people, aggregated into Kubernetes' view, edit and admin", () => {
  const viewer = `viewer-${run}`;
  const editor = `editor-${run}`;
  const admin = `admin-${run}`;
  let roles: string[] = [];
  let aggregator: ChildProcess | undefined;

  beforeAll(async () => {
    helmBinary();
    installCrds();
    kubectlOk(['create', 'namespace', peopleNamespace]);
    kubectlOk(['create', 'namespace', peopleOther]);
    // The stack's kube-controller-manager runs only the controllers its other tests need; a real
    // cluster's also runs clusterrole-aggregation, which fills view/edit/admin from the labelled
    // ClusterRoles. This one runs just that controller, for this file.
    const kube = stackEnv('kube');
    mkdirSync(logDir, { recursive: true });
    const log = openSync(join(logDir, `chart-rbac-aggregation-${run}.log`), 'a');
    aggregator = spawn(
      join(dirname(required(kube, 'KUBECTL')), 'kube-controller-manager'),
      [
        '--kubeconfig',
        required(kube, 'KUBECONFIG'),
        '--controllers',
        'clusterrole-aggregation-controller',
        '--leader-elect=false',
        '--bind-address',
        '127.0.0.1',
        '--secure-port',
        '0',
      ],
      { stdio: ['ignore', log, log] },
    );
    // Never left running past this file, whatever ends it.
    process.once('exit', () => aggregator?.kill('SIGKILL'));
    for (const [user, role] of [
      [viewer, 'view'],
      [editor, 'edit'],
      [admin, 'admin'],
    ] as const)
      kubectlOk([
        'create',
        'rolebinding',
        `${role}-${run}`,
        `--clusterrole=${role}`,
        `--user=${user}`,
        '-n',
        peopleNamespace,
      ]);
    // Roles for people an earlier, killed run of a test left behind would be aggregated too.
    const leftovers = kubectlOk(['get', 'clusterroles', '-o', 'name'])
      .split('\n')
      .filter((name) =>
        /^clusterrole\.rbac\.authorization\.k8s\.io\/rbac-[a-z0-9]+-slurm-ml-operator-(view|edit|admin)$/.test(
          name,
        ),
      );
    if (leftovers.length > 0) kubectlOk(['delete', ...leftovers, '--ignore-not-found']);
    // Before the chart's roles exist, view grants no job output (so the checks below can fail).
    await eventually(
      'view to hold no ml.hpc.dev rules',
      async () => ((mlRulesOf('view') ?? []).length === 0 ? true : undefined),
      60_000,
    );
    expect(userCan(viewer, 'get', 'trainings.ml.hpc.dev', { subresource: 'log' })).toBe(false);
    const documents = yamlDocuments(helmTemplate({ release, namespace: peopleNamespace }))
      .map((doc) => ({ text: doc, object: yaml.load(doc) as Rendered }))
      .filter(({ object }) => object.kind === 'ClusterRole' && forPeople(object.metadata.name));
    expect(documents.map((d) => d.object.metadata.name.slice(release.length)).sort()).toEqual([
      '-slurm-ml-operator-admin',
      '-slurm-ml-operator-edit',
      '-slurm-ml-operator-slurmcluster-view',
      '-slurm-ml-operator-view',
    ]);
    roles = documents.map((d) => d.object.metadata.name);
    kubectlOk(['apply', '-f', '-'], documents.map((d) => `---\n${d.text}\n`).join(''));
    // Aggregation is asynchronous: admin is the last to hold every rule.
    await eventually(
      'view, edit and admin to aggregate the chart roles',
      async () =>
        (mlRulesOf('view') ?? []).length > 0 &&
        userCan(admin, 'delete', 'modelversions.ml.hpc.dev') &&
        userCan(editor, 'create', 'trainings.ml.hpc.dev')
          ? true
          : undefined,
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    if (roles.length > 0) kubectl(['delete', 'clusterrole', ...roles, '--ignore-not-found']);
    for (const role of ['view', 'edit', 'admin'])
      kubectl(['delete', 'rolebinding', `${role}-${run}`, '-n', peopleNamespace, '--ignore-not-found']);
    // The controller takes the rules out of view, edit and admin again before it stops.
    if (aggregator && aggregator.exitCode === null) {
      await eventually(
        'view, edit and admin to drop the chart roles',
        async () =>
          ['view', 'edit', 'admin'].every((role) => (mlRulesOf(role) ?? []).length === 0) ? true : undefined,
        60_000,
      ).catch(() => {});
      aggregator.kill('SIGTERM');
    }
    kubectl(['delete', 'namespace', peopleNamespace, peopleOther, '--wait=false']);
  }, 90_000);

  it("view: read the kinds and the jobs' output in its namespace (as pods/log), write nothing", () => {
    for (const resource of ['trainings', 'predictions', 'models', 'modelversions'])
      for (const verb of ['get', 'list', 'watch'])
        expect(userCan(viewer, verb, `${resource}.ml.hpc.dev`), `${verb} ${resource}`).toBe(true);
    expect(userCan(viewer, 'get', 'trainings.ml.hpc.dev', { subresource: 'log' })).toBe(true);
    expect(userCan(viewer, 'get', 'predictions.ml.hpc.dev', { subresource: 'log' })).toBe(true);
    expect(userCan(viewer, 'get', 'pods', { subresource: 'log' })).toBe(true);
    expect(userCan(viewer, 'create', 'trainings.ml.hpc.dev')).toBe(false);
    expect(userCan(viewer, 'delete', 'predictions.ml.hpc.dev')).toBe(false);
    expect(userCan(viewer, 'patch', 'models.ml.hpc.dev')).toBe(false);
    // Only where the binding is.
    expect(
      userCan(viewer, 'get', 'trainings.ml.hpc.dev', { subresource: 'log', namespace: peopleOther }),
    ).toBe(false);
    expect(userCan(viewer, 'list', 'trainings.ml.hpc.dev', { namespace: peopleOther })).toBe(false);
  });

  it('edit: also run Trainings and Predictions and keep Models; never ModelVersions, status or SlurmClusters', () => {
    for (const resource of ['trainings', 'predictions', 'models'])
      for (const verb of ['create', 'update', 'patch', 'delete'])
        expect(userCan(editor, verb, `${resource}.ml.hpc.dev`), `${verb} ${resource}`).toBe(true);
    expect(userCan(editor, 'get', 'trainings.ml.hpc.dev', { subresource: 'log' })).toBe(true);
    expect(userCan(editor, 'watch', 'modelversions.ml.hpc.dev')).toBe(true);
    expect(userCan(editor, 'create', 'modelversions.ml.hpc.dev')).toBe(false);
    expect(userCan(editor, 'update', 'modelversions.ml.hpc.dev')).toBe(false);
    expect(userCan(editor, 'delete', 'modelversions.ml.hpc.dev')).toBe(false);
    expect(userCan(editor, 'update', 'trainings.ml.hpc.dev', { subresource: 'status' })).toBe(false);
    expect(userCan(editor, 'patch', 'predictions.ml.hpc.dev', { subresource: 'status' })).toBe(false);
    expect(userCan(editor, 'create', 'slurmclusters.ml.hpc.dev')).toBe(false);
    expect(userCan(editor, 'create', 'trainings.ml.hpc.dev', { namespace: peopleOther })).toBe(false);
  });

  it('admin: also delete ModelVersions (never create or change one)', () => {
    expect(userCan(admin, 'delete', 'modelversions.ml.hpc.dev')).toBe(true);
    expect(userCan(admin, 'deletecollection', 'modelversions.ml.hpc.dev')).toBe(true);
    expect(userCan(admin, 'create', 'trainings.ml.hpc.dev')).toBe(true);
    expect(userCan(admin, 'get', 'predictions.ml.hpc.dev', { subresource: 'log' })).toBe(true);
    expect(userCan(admin, 'create', 'modelversions.ml.hpc.dev')).toBe(false);
    expect(userCan(admin, 'patch', 'modelversions.ml.hpc.dev')).toBe(false);
  });
});
