// The Helm chart with the real helm (scripts/stack/helm.sh) and the real API server: helm lint
// and helm template pass, helm enforces values.schema.json, what renders is what the operator
// needs, and the API server accepts every rendered object in a server-side dry-run apply.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chartDir,
  helm,
  helmBinary,
  helmTemplate,
  repoRoot,
  yamlDocuments,
} from '../../scripts/render-manifests.ts';
import { TemplateCatalog } from '../../src/templates/index.ts';
import { installCrds, kubectl, kubectlOk } from '../support/kubectl.ts';
import { required, stackEnv } from '../support/stack.ts';

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  // biome-ignore lint/suspicious/noExplicitAny: rendered manifests are checked field by field
  spec?: any;
  data?: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: see spec
  rules?: any[];
}

const parse = (stream: string) => yamlDocuments(stream).map((doc) => yaml.load(doc) as Manifest);
const kinds = (manifests: Manifest[]) => manifests.map((m) => m.kind).sort();
const only = (manifests: Manifest[], kind: string) => {
  const found = manifests.filter((m) => m.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0] as Manifest;
};
const named = (manifests: Manifest[], kind: string, suffix: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name.endsWith(suffix));
  if (!found) throw new Error(`no ${kind} named *${suffix}`);
  return found;
};
const dashboardFiles = () =>
  readdirSync(join(chartDir, 'dashboards'))
    .filter((file) => file.endsWith('.json'))
    .sort();
// biome-ignore lint/suspicious/noExplicitAny: container spec from rendered YAML
const envOf = (container: any, name: string) => container.env.find((e: { name: string }) => e.name === name);

const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const namespace = `chart-render-${run}`;

/** Every optional part switched on (except the ServiceMonitor, whose CRD this server lacks). */
const everything = {
  slurmCluster: {
    enabled: true,
    name: `chart-render-${run}`,
    endpoint: 'http://slurmrestd.hpc.example:6820',
    auth: { user: 'mluser', jwtKeySecretRef: { name: 'slurm-jwt' } },
    defaults: { partition: 'gpu', account: 'lab' },
    modelsBasePath: '/shared/models',
    sharedFilesystemPath: '/shared',
    tenants: [{ namespace: 'team-a', user: 'alice', account: 'lab-a' }, { namespace: 'team-b' }],
  },
  // A claim, not hostPath: Pod Security "restricted" (the dry-run below) refuses hostPath volumes.
  sharedFilesystem: { volume: { persistentVolumeClaim: { claimName: 'slurm-shared' } } },
  progress: { interval: '30s' },
  console: { enabled: true },
  database: { existingSecret: 'audit-db', key: 'url' },
  tls: { secretName: 'operator-tls' },
  jobTemplates: {
    templates: { 'site-train': '# placeholder, replaced in the test\n' },
    existingConfigMap: 'more-templates',
  },
  networkPolicy: {
    enabled: true,
    metricsFrom: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }],
    egress: [{}],
  },
  podAnnotations: { 'example.com/team': 'hpc' },
  extraEnv: [{ name: 'NODE_OPTIONS', value: '--max-old-space-size=384' }],
};

describe('Helm chart (real helm)', () => {
  beforeAll(() => {
    helmBinary(); // installs helm into the stack cache on first use
  }, 30 * 60_000);

  it('helm lint passes, with the defaults and with every option on', () => {
    expect(helm(['lint', '--strict', chartDir])).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    const valuesFile = join(mkdtempSync(join(tmpdir(), 'chart-values-')), 'values.yaml');
    writeFileSync(valuesFile, yaml.dump({ ...everything, serviceMonitor: { enabled: true } }));
    expect(helm(['lint', '--strict', chartDir, '-f', valuesFile])).toMatch(/0 chart\(s\) failed/);
  });

  it('helm refuses values that values.schema.json rejects', () => {
    expect(() => helmTemplate({ values: { 'slurmCluster.enabled': true } })).toThrow(
      /slurmCluster\/endpoint|slurmCluster\/modelsBasePath/,
    );
    expect(() => helmTemplate({ values: { logLevel: 'verbose' } })).toThrow(/logLevel/);
    expect(() => helmTemplate({ values: { replicas: 3 } })).toThrow(/additional properties|replicas/i);
    expect(() => helmTemplate({ values: { replicaCount: 2, 'leaderElection.enabled': false } })).toThrow(
      /leaderElection\.enabled must be true/,
    );
    // Each replica's embedded store would be its own, and a standby's empty.
    expect(() => helmTemplate({ values: { replicaCount: 2 } })).toThrow(
      /replicaCount > 1 needs database\.existingSecret/,
    );
    expect(() => helmTemplate({ values: { 'sharedFilesystem.mountPath': 'mnt/shared' } })).toThrow(
      /sharedFilesystem\/mountPath/,
    );
    expect(() =>
      helmTemplate({
        values: {
          'sharedFilesystem.volume': {
            hostPath: { path: '/shared' },
            nfs: { server: 'nfs', path: '/shared' },
          },
        },
      }),
    ).toThrow(/sharedFilesystem\/volume/);
    expect(() => helmTemplate({ values: { 'progress.interval': '500ms' } })).toThrow(/progress\/interval/);
    // The chart's SlurmCluster maps a folder only the operator has mounted, and a mount needs its path.
    const cluster = { ...everything.slurmCluster };
    expect(() =>
      helmTemplate({
        values: {
          slurmCluster: { ...cluster, sharedFilesystemPath: '' },
          sharedFilesystem: everything.sharedFilesystem,
        },
      }),
    ).toThrow(/slurmCluster\.sharedFilesystemPath is required with sharedFilesystem\.volume/);
    expect(() => helmTemplate({ values: { slurmCluster: cluster } })).toThrow(
      /slurmCluster\.sharedFilesystemPath needs sharedFilesystem\.volume/,
    );
  });

  it('renders the operator by default: SA, RBAC (and the metrics-reader role), Deployment, history claim, Service, NetworkPolicy, dashboards; nothing optional', () => {
    const manifests = parse(helmTemplate());
    expect(kinds(manifests)).toEqual(
      [
        ...(dashboardFiles().length > 0 ? ['ConfigMap'] : []),
        'ClusterRole',
        'ClusterRole',
        'ClusterRole', // -view, -edit, -admin, aggregated into Kubernetes' own roles
        'ClusterRole',
        'ClusterRole',
        'ClusterRole', // -slurmcluster-view, bound by admins
        'ClusterRoleBinding',
        'Deployment',
        'NetworkPolicy',
        'PersistentVolumeClaim',
        'Role',
        'Role',
        'RoleBinding',
        'RoleBinding',
        'Service',
        'ServiceAccount',
      ].sort(),
    );
    // On by default, and admitting nobody until metricsFrom says who (never "any source").
    expect(only(manifests, 'NetworkPolicy').spec.ingress).toEqual([]);
    const withCrds = parse(helmTemplate({ includeCrds: true }));
    expect(withCrds.filter((m) => m.kind === 'CustomResourceDefinition').map((m) => m.metadata.name)).toEqual(
      [
        'models.ml.hpc.dev',
        'modelversions.ml.hpc.dev',
        'predictions.ml.hpc.dev',
        'slurmclusters.ml.hpc.dev',
        'trainings.ml.hpc.dev',
      ],
    );
  });

  it('runs one replica with its history on a kept claim, the cluster-wide Lease, downward-API identity, probes and a locked-down container', () => {
    const manifests = parse(helmTemplate());
    const deployment = only(manifests, 'Deployment');
    expect(deployment.spec.replicas).toBe(1);
    // The embedded store's files are opened by one process at a time: the old pod stops first.
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    const pod = deployment.spec.template.spec;
    expect(pod.serviceAccountName).toBe(only(manifests, 'ServiceAccount').metadata.name);
    const [container] = pod.containers;
    expect(container.ports).toEqual([{ name: 'https', containerPort: 8080, protocol: 'TCP' }]);
    const claim = only(manifests, 'PersistentVolumeClaim');
    expect(claim.metadata.annotations).toEqual({ 'helm.sh/resource-policy': 'keep' });
    expect(claim.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
    });
    expect(pod.volumes).toContainEqual({
      name: 'audit-store',
      persistentVolumeClaim: { claimName: claim.metadata.name },
    });
    expect(container.volumeMounts).toContainEqual({
      name: 'audit-store',
      mountPath: '/var/lib/slurm-ml-operator',
    });
    expect(envOf(container, 'AUDIT_PGLITE_DIR').value).toBe('/var/lib/slurm-ml-operator/audit');
    expect(envOf(container, 'AUDIT_RETENTION')).toBeUndefined();
    expect(envOf(container, 'LEADER_ELECTION')).toEqual({ name: 'LEADER_ELECTION', value: 'true' });
    expect(envOf(container, 'LEADER_ELECTION_ID').value).toBe('slurm-ml-operator.ml.hpc.dev');
    expect(envOf(container, 'LEADER_ELECTION_NAMESPACE').value).toBe('kube-system');
    const leaseRole = named(manifests, 'Role', '-leader-election');
    expect(leaseRole.metadata.namespace).toBe('kube-system');
    expect(leaseRole.rules).toContainEqual({
      apiGroups: ['coordination.k8s.io'],
      resources: ['leases'],
      resourceNames: ['slurm-ml-operator.ml.hpc.dev'],
      verbs: ['get', 'update'],
    });
    expect(named(manifests, 'RoleBinding', '-leader-election').metadata.namespace).toBe('kube-system');
    expect(envOf(container, 'POD_NAME').valueFrom).toEqual({ fieldRef: { fieldPath: 'metadata.name' } });
    expect(envOf(container, 'OPERATOR_NAMESPACE').valueFrom).toEqual({
      fieldRef: { fieldPath: 'metadata.namespace' },
    });
    expect(envOf(container, 'HTTP_PORT').value).toBe('8080');
    expect(envOf(container, 'DATABASE_URL')).toBeUndefined();
    expect(envOf(container, 'TEMPLATE_DIRS')).toBeUndefined();
    expect(envOf(container, 'PROGRESS_INTERVAL')).toEqual({ name: 'PROGRESS_INTERVAL', value: '10s' });
    // The web console is off unless asked for.
    expect(envOf(container, 'CONSOLE_ENABLED')).toBeUndefined();
    // No shared folder without a volume: nothing mounted (the operator then reports no logs).
    expect(pod.volumes.map((v: { name: string }) => v.name)).not.toContain('shared-filesystem');
    expect(container.volumeMounts.map((m: { name: string }) => m.name)).not.toContain('shared-filesystem');
    for (const probe of ['startupProbe', 'livenessProbe'])
      expect(container[probe].httpGet).toEqual({ path: '/healthz', port: 'https', scheme: 'HTTPS' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'https', scheme: 'HTTPS' });
    // No Secret: a self-signed certificate for the Service's names.
    const service = only(parse(helmTemplate()), 'Service').metadata;
    const [fullname, ns] = [service.name, service.namespace];
    expect(envOf(container, 'TLS_SERVER_NAMES').value).toBe(
      `${fullname},${fullname}.${ns},${fullname}.${ns}.svc`,
    );
    expect(envOf(container, 'TLS_CERT_FILE')).toBeUndefined();
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.resources.requests).toMatchObject({
      cpu: expect.any(String),
      memory: expect.any(String),
    });
    expect(container.resources.limits).toMatchObject({ memory: expect.any(String) });
    expect(only(parse(helmTemplate()), 'Service').spec.ports[0]).toMatchObject({
      name: 'https',
      targetPort: 'https',
      appProtocol: 'https',
    });
  });

  it('console.enabled serves the web console (CONSOLE_ENABLED=true), and only a boolean is accepted', () => {
    const deployment = only(parse(helmTemplate({ values: { 'console.enabled': true } })), 'Deployment');
    const [container] = deployment.spec.template.spec.containers;
    expect(envOf(container, 'CONSOLE_ENABLED')).toEqual({ name: 'CONSOLE_ENABLED', value: 'true' });
    const off = only(parse(helmTemplate({ values: { 'console.enabled': false } })), 'Deployment');
    expect(envOf(off.spec.template.spec.containers[0], 'CONSOLE_ENABLED')).toBeUndefined();
    expect(() => helmTemplate({ values: { 'console.enabled': 'yes' } })).toThrow(/console/);
  });

  it('with a database: two replicas roll (surge, none unavailable) behind a PDB, and no claim', () => {
    const manifests = parse(
      helmTemplate({
        values: { replicaCount: 2, 'database.existingSecret': 'audit-db', 'audit.retention': '90d' },
      }),
    );
    const deployment = only(manifests, 'Deployment');
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    const [container] = deployment.spec.template.spec.containers;
    expect(envOf(container, 'DATABASE_URL').valueFrom).toEqual({
      secretKeyRef: { name: 'audit-db', key: 'url' },
    });
    expect(envOf(container, 'AUDIT_PGLITE_DIR')).toBeUndefined();
    expect(envOf(container, 'AUDIT_RETENTION').value).toBe('90d');
    expect(manifests.some((m) => m.kind === 'PersistentVolumeClaim')).toBe(false);
    expect(only(manifests, 'PodDisruptionBudget').spec.minAvailable).toBe(1);
  });

  it('an existing claim, a claim without a class, or no persistence at all (history in memory, and said so)', () => {
    const existing = parse(helmTemplate({ values: { 'persistence.existingClaim': 'audit-history' } }));
    expect(existing.some((m) => m.kind === 'PersistentVolumeClaim')).toBe(false);
    expect(only(existing, 'Deployment').spec.template.spec.volumes).toContainEqual({
      name: 'audit-store',
      persistentVolumeClaim: { claimName: 'audit-history' },
    });
    const classless = only(
      parse(
        helmTemplate({
          values: { 'persistence.storageClassName': '', 'persistence.keepOnUninstall': false },
        }),
      ),
      'PersistentVolumeClaim',
    );
    expect(classless.spec.storageClassName).toBe('');
    expect(classless.metadata.annotations).toBeUndefined();
    const memory = parse(helmTemplate({ values: { 'persistence.enabled': false } }));
    expect(memory.some((m) => m.kind === 'PersistentVolumeClaim')).toBe(false);
    const [container] = only(memory, 'Deployment').spec.template.spec.containers;
    expect(envOf(container, 'AUDIT_PGLITE_DIR')).toBeUndefined();
    expect(
      helm([
        'install',
        'x',
        chartDir,
        '--dry-run=client',
        '--kubeconfig',
        required(stackEnv('kube'), 'KUBECONFIG'),
        '--set',
        'persistence.enabled=false',
      ]),
    ).toMatch(/WARNING: .*history is kept in\s+memory and LOST/);
  });

  it('a release-scoped Lease: an empty leaderElection.namespace puts it in the release namespace', () => {
    const manifests = parse(helmTemplate({ values: { 'leaderElection.namespace': '' } }));
    const [container] = only(manifests, 'Deployment').spec.template.spec.containers;
    const releaseNamespace = only(manifests, 'Service').metadata.namespace;
    expect(envOf(container, 'LEADER_ELECTION_NAMESPACE').value).toBe(releaseNamespace);
    expect(named(manifests, 'Role', '-leader-election').metadata.namespace).toBe(releaseNamespace);
  });

  it('moves the port, probes and Service together when httpPort changes; one replica has no PDB', () => {
    const manifests = parse(helmTemplate({ values: { httpPort: 9090, replicaCount: 1 } }));
    const [container] = only(manifests, 'Deployment').spec.template.spec.containers;
    expect(container.ports[0]).toMatchObject({ name: 'https', containerPort: 9090 });
    expect(envOf(container, 'HTTP_PORT').value).toBe('9090');
    expect(container.livenessProbe.httpGet.port).toBe('https');
    expect(manifests.some((m) => m.kind === 'PodDisruptionBudget')).toBe(false);
  });

  it('renders the optional parts when enabled: SlurmCluster, database Secret, job templates, policy, monitor', () => {
    const manifests = parse(helmTemplate({ values: { ...everything, 'serviceMonitor.enabled': true } }));
    const cluster = only(manifests, 'SlurmCluster');
    expect(cluster.metadata.namespace).toBeUndefined();
    expect(cluster.spec).toEqual({
      default: true,
      endpoint: 'http://slurmrestd.hpc.example:6820',
      apiVersion: 'auto',
      auth: {
        user: 'mluser',
        jwtKeySecretRef: { name: 'slurm-jwt', key: 'jwt.key' },
        tokenLifetimeSeconds: 900,
      },
      defaults: { partition: 'gpu', account: 'lab' },
      modelsBasePath: '/shared/models',
      pollInterval: '5s',
      sharedFilesystem: { clusterPath: '/shared', operatorPath: '/mnt/slurm-shared' },
      tenants: [{ namespace: 'team-a', user: 'alice', account: 'lab-a' }, { namespace: 'team-b' }],
    });
    const [container] = only(manifests, 'Deployment').spec.template.spec.containers;
    expect(envOf(container, 'DATABASE_URL').valueFrom).toEqual({
      secretKeyRef: { name: 'audit-db', key: 'url' },
    });
    expect(envOf(container, 'TEMPLATE_DIRS').value).toBe(
      '/etc/slurm-ml-operator/templates:/etc/slurm-ml-operator/templates-existing',
    );
    expect(envOf(container, 'PROGRESS_INTERVAL').value).toBe('30s');
    expect(only(manifests, 'ServiceMonitor').spec.endpoints[0]).toMatchObject({
      port: 'https',
      scheme: 'https',
      path: '/metrics',
      bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      tlsConfig: {
        ca: { secret: { name: 'operator-tls', key: 'ca.crt' } },
        serverName: `${only(manifests, 'Service').metadata.name}.${only(manifests, 'Service').metadata.namespace}.svc`,
      },
    });
    expect(only(manifests, 'NetworkPolicy').spec.ingress[0].ports).toEqual([
      { port: 'https', protocol: 'TCP' },
    ]);
  });

  it('mounts the shared folder read-only, from any one volume source, where the SlurmCluster says the operator sees it', () => {
    const render = (values: Record<string, unknown>) => {
      const manifests = parse(helmTemplate({ values }));
      const pod = only(manifests, 'Deployment').spec.template.spec;
      return {
        mount: pod.containers[0].volumeMounts.find((m: { name: string }) => m.name === 'shared-filesystem'),
        volume: pod.volumes.find((v: { name: string }) => v.name === 'shared-filesystem'),
        cluster: manifests.find((m) => m.kind === 'SlurmCluster'),
      };
    };
    const hostPath = render({
      'sharedFilesystem.volume': { hostPath: { path: '/shared', type: 'Directory' } },
    });
    expect(hostPath.mount).toEqual({
      name: 'shared-filesystem',
      mountPath: '/mnt/slurm-shared',
      readOnly: true,
    });
    expect(hostPath.volume).toEqual({
      name: 'shared-filesystem',
      hostPath: { path: '/shared', type: 'Directory' },
    });
    expect(hostPath.cluster).toBeUndefined();
    const nfs = render({
      'sharedFilesystem.mountPath': '/data/slurm',
      'sharedFilesystem.volume': { nfs: { server: 'nfs.hpc.example', path: '/export/shared' } },
      slurmCluster: { ...everything.slurmCluster, sharedFilesystemPath: '/export/shared' },
    });
    expect(nfs.mount).toEqual({ name: 'shared-filesystem', mountPath: '/data/slurm', readOnly: true });
    expect(nfs.volume).toEqual({
      name: 'shared-filesystem',
      nfs: { server: 'nfs.hpc.example', path: '/export/shared' },
    });
    expect(nfs.cluster?.spec.sharedFilesystem).toEqual({
      clusterPath: '/export/shared',
      operatorPath: '/data/slurm',
    });
    // The chart's SlurmCluster without a shared folder: no mapping (LogsAvailable=False).
    const { sharedFilesystemPath: _, ...withoutPath } = everything.slurmCluster;
    expect(render({ slurmCluster: withoutPath }).cluster?.spec.sharedFilesystem).toBeUndefined();
  });

  it("aggregates roles for people into Kubernetes' view, edit and admin, unless switched off", () => {
    const manifests = parse(helmTemplate());
    const aggregate = (role: Manifest) =>
      Object.entries(role.metadata.labels ?? {})
        .filter(
          ([label, value]) => label.startsWith('rbac.authorization.k8s.io/aggregate-to-') && value === 'true',
        )
        .map(([label]) => label.slice('rbac.authorization.k8s.io/aggregate-to-'.length))
        .sort();
    const view = named(manifests, 'ClusterRole', '-view');
    expect(aggregate(view)).toEqual(['admin', 'edit', 'view']);
    expect(view.rules).toEqual([
      {
        apiGroups: ['ml.hpc.dev'],
        resources: ['trainings', 'predictions', 'models', 'modelversions'],
        verbs: ['get', 'list', 'watch'],
      },
      { apiGroups: ['ml.hpc.dev'], resources: ['trainings/log', 'predictions/log'], verbs: ['get'] },
    ]);
    const edit = named(manifests, 'ClusterRole', '-edit');
    expect(aggregate(edit)).toEqual(['admin', 'edit']);
    expect(edit.rules).toEqual([
      {
        apiGroups: ['ml.hpc.dev'],
        resources: ['trainings', 'predictions', 'models'],
        verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'],
      },
    ]);
    const admin = named(manifests, 'ClusterRole', '-admin');
    expect(aggregate(admin)).toEqual(['admin']);
    expect(admin.rules).toEqual([
      { apiGroups: ['ml.hpc.dev'], resources: ['modelversions'], verbs: ['delete', 'deletecollection'] },
    ]);
    // SlurmClusters are read by whom an admin binds cluster-wide, never through aggregation.
    const clusterView = named(manifests, 'ClusterRole', '-slurmcluster-view');
    expect(aggregate(clusterView)).toEqual([]);
    expect(clusterView.rules).toEqual([
      { apiGroups: ['ml.hpc.dev'], resources: ['slurmclusters'], verbs: ['get', 'list', 'watch'] },
    ]);
    // Nobody but the operator writes status, ModelVersions or SlurmClusters through these roles.
    const written = [edit, admin].flatMap((role) => role.rules ?? []).flatMap((rule) => rule.resources);
    expect(written.filter((r: string) => r.includes('/') || r === 'slurmclusters')).toEqual([]);
    const off = parse(helmTemplate({ values: { 'rbac.aggregateToDefaultRoles': false } }));
    const fullname = only(off, 'Service').metadata.name;
    expect(
      off.filter((m) => m.kind === 'ClusterRole').map((m) => m.metadata.name.slice(fullname.length)),
    ).toEqual(['', '-metrics-reader']);
  });

  it('mounts the TLS Secret and names its files; without one the ServiceMonitor skips verification', () => {
    const pod = only(parse(helmTemplate({ values: { 'tls.secretName': 'operator-tls' } })), 'Deployment').spec
      .template.spec;
    const [container] = pod.containers;
    const mount = container.volumeMounts.find((m: { name: string }) => m.name === 'tls');
    expect(mount).toEqual({ name: 'tls', mountPath: '/etc/slurm-ml-operator/tls', readOnly: true });
    expect(envOf(container, 'TLS_CERT_FILE').value).toBe(`${mount.mountPath}/tls.crt`);
    expect(envOf(container, 'TLS_KEY_FILE').value).toBe(`${mount.mountPath}/tls.key`);
    expect(envOf(container, 'TLS_SERVER_NAMES')).toBeUndefined();
    expect(pod.volumes.find((v: { name: string }) => v.name === 'tls').secret).toEqual({
      secretName: 'operator-tls',
      defaultMode: 0o440,
    });

    const monitor = (values: Record<string, unknown>) =>
      only(parse(helmTemplate({ values: { 'serviceMonitor.enabled': true, ...values } })), 'ServiceMonitor')
        .spec.endpoints[0].tlsConfig;
    expect(monitor({})).toEqual({ insecureSkipVerify: true });
    expect(monitor({ 'tls.secretName': 'operator-tls', 'tls.caKey': '' })).toEqual({
      insecureSkipVerify: true,
    });
    const own = { ca: { configMap: { name: 'site-ca', key: 'ca.pem' } }, serverName: 'operator.example' };
    expect(monitor({ 'tls.secretName': 'operator-tls', 'serviceMonitor.tlsConfig': own })).toEqual(own);
    // The CA Secret is in the release namespace; a ServiceMonitor elsewhere cannot read it.
    expect(() =>
      monitor({ 'tls.secretName': 'operator-tls', 'serviceMonitor.namespace': 'monitoring' }),
    ).toThrow(/set serviceMonitor\.tlsConfig/);
    expect(monitor({ 'serviceMonitor.namespace': 'monitoring' })).toEqual({ insecureSkipVerify: true });

    const names = only(
      parse(helmTemplate({ values: { 'tls.extraServerNames': ['op.example', '10.0.0.7'] } })),
      'Deployment',
    ).spec.template.spec.containers[0];
    expect(envOf(names, 'TLS_SERVER_NAMES').value).toMatch(/\.svc,op\.example,10\.0\.0\.7$/);
  });

  it('job templates from values reach the operator as files its TemplateCatalog loads', async () => {
    // Built-in templates under new names stand in for a site's own templates.
    const builtin = (name: string) =>
      yaml.load(readFileSync(join(repoRoot, 'templates', `${name}.yaml`), 'utf8')) as Record<string, unknown>;
    const asString = yaml.dump({ ...builtin('demo-train'), name: 'site-train' });
    const asMap = { ...builtin('demo-predict'), name: 'site-predict' };
    const manifests = parse(
      helmTemplate({
        values: { 'jobTemplates.templates': { 'site-train': asString, 'site-predict': asMap } },
      }),
    );
    const configMap = named(manifests, 'ConfigMap', '-job-templates');
    const deployment = only(manifests, 'Deployment');
    const pod = deployment.spec.template.spec;
    const mount = pod.containers[0].volumeMounts.find((m: { name: string }) => m.name === 'job-templates');
    expect(mount.mountPath).toBe(envOf(pod.containers[0], 'TEMPLATE_DIRS').value);
    expect(pod.volumes.find((v: { name: string }) => v.name === 'job-templates').configMap.name).toBe(
      configMap.metadata.name,
    );
    expect(deployment.spec.template.metadata.annotations['checksum/job-templates']).toMatch(/^[a-f0-9]{64}$/);
    const dir = mkdtempSync(join(tmpdir(), 'chart-templates-'));
    for (const [file, content] of Object.entries(configMap.data ?? {}))
      writeFileSync(join(dir, file), content);
    const catalog = await TemplateCatalog.load([dir]);
    expect(catalog.problems).toEqual([]);
    expect(
      catalog
        .list()
        .map((t) => t.name)
        .sort(),
    ).toEqual(['site-predict', 'site-train']);
    rmSync(dir, { recursive: true });
  });

  it('ships every dashboards/*.json in one ConfigMap with the Grafana sidecar label', () => {
    const files = dashboardFiles();
    const manifests = parse(helmTemplate());
    if (files.length === 0) {
      expect(manifests.some((m) => m.kind === 'ConfigMap')).toBe(false);
      return;
    }
    const configMap = named(manifests, 'ConfigMap', '-dashboards');
    expect(configMap.metadata.labels?.grafana_dashboard).toBe('1');
    expect(Object.keys(configMap.data ?? {}).sort()).toEqual(files);
    for (const file of files)
      expect(JSON.parse(configMap.data?.[file] ?? '')).toEqual(
        JSON.parse(readFileSync(join(chartDir, 'dashboards', file), 'utf8')),
      );
  });

  it('renders the dashboards ConfigMap from whatever JSON files there are, and none without any', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'chart-copy-')), 'slurm-ml-operator');
    cpSync(chartDir, copy, { recursive: true });
    const dashboards = join(copy, 'dashboards');
    mkdirSync(dashboards, { recursive: true });
    for (const file of readdirSync(dashboards)) if (file.endsWith('.json')) rmSync(join(dashboards, file));
    expect(parse(helmTemplate({ chart: copy })).some((m) => m.kind === 'ConfigMap')).toBe(false);
    const dashboard = {
      uid: 'slurm-ml-test',
      title: 'Test "quoted" dashboard',
      panels: [
        { id: 1, type: 'stat', targets: [{ expr: 'sum by (phase) (x{a="b"})', legendFormat: '{{phase}}' }] },
      ],
    };
    writeFileSync(join(dashboards, 'test-overview.json'), `${JSON.stringify(dashboard, null, 2)}\n`);
    writeFileSync(join(dashboards, 'per-model.json'), '{"uid": "per-model", "panels": []}\n');
    const configMap = named(parse(helmTemplate({ chart: copy })), 'ConfigMap', '-dashboards');
    expect(configMap.metadata.labels?.grafana_dashboard).toBe('1');
    expect(Object.keys(configMap.data ?? {}).sort()).toEqual(['per-model.json', 'test-overview.json']);
    expect(JSON.parse(configMap.data?.['test-overview.json'] ?? '')).toEqual(dashboard);
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('Helm chart on the real API server (server-side dry-run)', () => {
  beforeAll(() => {
    helmBinary();
    // The CRDs for real (as the other tests install them): the default SlurmCluster needs its kind.
    installCrds();
    kubectlOk(['create', 'namespace', namespace]);
    // Pod Security "restricted": the dry-run warns when the pod template would violate it.
    kubectlOk(['label', 'namespace', namespace, 'pod-security.kubernetes.io/enforce=restricted']);
    kubectlOk(['label', 'namespace', namespace, 'pod-security.kubernetes.io/warn=restricted']);
  }, 30 * 60_000);

  afterAll(() => {
    kubectl(['delete', 'namespace', namespace, '--wait=false']);
  });

  const dryRun = (stream: string) => kubectl(['apply', '--dry-run=server', '-f', '-'], stream);

  it('accepts the default rendering with its CRDs, every object, without Pod Security warnings', () => {
    const stream = helmTemplate({ release: `dry-${run}`, namespace, includeCrds: true });
    const result = dryRun(stream);
    expect(result.stderr).not.toMatch(/error|violate PodSecurity/i);
    expect(result.status).toBe(0);
    const applied = result.stdout.split('\n').filter((line) => / \((server dry run)\)$/.test(line));
    expect(applied.length).toBe(parse(stream).length);
  });

  it('accepts the rendering with every option on (but the ServiceMonitor)', () => {
    const stream = helmTemplate({ release: `dry-${run}`, namespace, values: everything });
    const result = dryRun(stream);
    expect(result.stderr).not.toMatch(/error|violate PodSecurity/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/slurmcluster\.ml\.hpc\.dev\/chart-render-\S+ created \(server dry run\)/);
    expect(result.stdout).toMatch(/networkpolicy\.networking\.k8s\.io\/\S+ created \(server dry run\)/);
  });

  it('the Pod Security check can fail: a privileged-escalation pod is reported', () => {
    const stream = helmTemplate({
      release: `dry-${run}`,
      namespace,
      values: { 'securityContext.allowPrivilegeEscalation': true },
    });
    const result = dryRun(stream);
    expect(`${result.stdout}${result.stderr}`).toMatch(/violate PodSecurity "restricted/);
  });
});
