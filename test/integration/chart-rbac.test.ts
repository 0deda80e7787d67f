// The chart's RBAC on the real API server (RBAC authorization on): the ServiceAccount, ClusterRole,
// Role and bindings are rendered with helm and created for real, then the API server's own
// authorizer (kubectl auth can-i --as=<the ServiceAccount>) answers what the operator may do.
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helmBinary, helmTemplate, yamlDocuments } from '../../scripts/render-manifests.ts';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';
import { eventually } from '../support/operator.ts';

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
        ({ object }) => rbacKinds.includes(object.kind) && !object.metadata.name.endsWith('-metrics-reader'),
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
