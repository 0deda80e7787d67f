// values.schema.json against values.yaml, and the facts the chart shares with the rest of the
// repository. Helm validates values with the same JSON Schema (draft-07) on install and template;
// test/integration/chart-render.test.ts proves that helm itself rejects what is rejected here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const chartDir = join(repoRoot, 'charts', 'slurm-ml-operator');
const readYaml = (path: string) => yaml.load(readFileSync(path, 'utf8')) as Record<string, unknown>;
const values = readYaml(join(chartDir, 'values.yaml'));
const schema = JSON.parse(readFileSync(join(chartDir, 'values.schema.json'), 'utf8'));
const chart = readYaml(join(chartDir, 'Chart.yaml'));
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const errorsOf = (candidate: unknown) =>
  validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

type Values = Record<string, unknown>;
/** The defaults with `patch` merged in (objects merged deeply, as helm merges --set values). */
function withValues(patch: Values, base: Values = values): Values {
  const merged: Values = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = base[key];
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? withValues(value as Values, current as Values)
        : value;
  }
  return merged;
}

const defaultCluster = {
  enabled: true,
  endpoint: 'http://slurmrestd.hpc.example:6820',
  auth: { user: 'mluser', jwtKeySecretRef: { name: 'slurm-jwt' } },
  modelsBasePath: '/shared/models',
  tenants: [{ namespace: 'team-a', user: 'alice', account: 'lab-a' }],
};

describe('chart values', () => {
  it('the defaults satisfy values.schema.json', () => {
    expect(errorsOf(values)).toEqual([]);
  });

  it('a fully configured default SlurmCluster is valid', () => {
    expect(errorsOf(withValues({ slurmCluster: defaultCluster }))).toEqual([]);
  });

  it.each([
    ['endpoint', { endpoint: '' }, '/slurmCluster/endpoint'],
    ['modelsBasePath', { modelsBasePath: '' }, '/slurmCluster/modelsBasePath'],
    ['auth.user', { auth: { user: '' } }, '/slurmCluster/auth/user'],
    [
      'the JWT key Secret',
      { auth: { jwtKeySecretRef: { name: '' } } },
      '/slurmCluster/auth/jwtKeySecretRef/name',
    ],
  ])('an enabled default SlurmCluster requires %s', (_what, patch, path) => {
    const candidate = withValues({ slurmCluster: withValues(patch, defaultCluster) });
    expect(errorsOf(candidate).some((e) => e.startsWith(path))).toBe(true);
  });

  it.each([
    ['an unknown top-level key (a typo)', { replicas: 3 }],
    ['a log level pino does not know', { logLevel: 'verbose' }],
    ['an unknown pull policy', { image: { pullPolicy: 'Sometimes' } }],
    ['a port out of range', { httpPort: 70000 }],
    ['a non-integer replica count', { replicaCount: '2' }],
    ['a relative job template mount path', { jobTemplates: { mountPath: 'templates' } }],
    ['a job template name that is not a DNS label', { jobTemplates: { templates: { My_Template: 'x' } } }],
    ['an unknown slurmrestd API version', { slurmCluster: { apiVersion: 'v0.0.39' } }],
    ['a tenant without a namespace', { slurmCluster: { tenants: [{ user: 'alice' }] } }],
    ['a non-string dashboard label', { grafanaDashboards: { labels: { grafana_dashboard: 1 } } }],
    ['a TLS Secret name that is not a DNS name', { tls: { secretName: 'Operator_TLS' } }],
    ['an unknown TLS key (a typo)', { tls: { secretname: 'operator-tls' } }],
    ['a self-signed server name with a space', { tls: { extraServerNames: ['a b'] } }],
    ['a ServiceMonitor tlsConfig that is not an object', { serviceMonitor: { tlsConfig: 'insecure' } }],
    ['a relative persistence mount path', { persistence: { mountPath: 'var/lib' } }],
    ['a volume size that is not a quantity', { persistence: { size: 'one gig' } }],
    ['an unknown access mode', { persistence: { accessModes: ['ReadWriteSometimes'] } }],
    ['a retention that is not a duration', { audit: { retention: '90 days' } }],
    // The operator refuses less than an hour (parseRetention): the chart says so before a rollout.
    ['a retention under an hour', { audit: { retention: '30m' } }],
    ['a retention of nothing', { audit: { retention: '0h' } }],
    ['a Lease name with capitals', { leaderElection: { leaseName: 'My-Lease' } }],
    ['a relative shared folder mount path', { sharedFilesystem: { mountPath: 'mnt/shared' } }],
    ['the shared folder mounted over the root', { sharedFilesystem: { mountPath: '/' } }],
    [
      'a shared folder volume with two sources',
      { sharedFilesystem: { volume: { hostPath: { path: '/shared' }, nfs: { server: 'nfs', path: '/x' } } } },
    ],
    [
      'a shared folder volume source Kubernetes does not have',
      { sharedFilesystem: { volume: { hostpath: {} } } },
    ],
    [
      'a shared folder volume source that is not an object',
      { sharedFilesystem: { volume: { hostPath: '/x' } } },
    ],
    ['a relative cluster path of the shared folder', { slurmCluster: { sharedFilesystemPath: 'shared' } }],
    ['a progress interval under a second', { progress: { interval: '500ms' } }],
    ['a progress interval without a unit', { progress: { interval: '10' } }],
    ['an unknown aggregation switch (a typo)', { rbac: { aggregateToDefaultRole: true } }],
  ])('rejects %s', (_what, patch) => {
    expect(errorsOf(withValues(patch))).not.toEqual([]);
  });

  it('a TLS Secret with its CA, self-signed names, or an own ServiceMonitor tlsConfig are valid', () => {
    expect(errorsOf(withValues({ tls: { secretName: 'operator-tls', caKey: 'ca.crt' } }))).toEqual([]);
    expect(
      errorsOf(withValues({ tls: { extraServerNames: ['op.ns.svc.cluster.local', '10.0.0.7'] } })),
    ).toEqual([]);
    expect(
      errorsOf(
        withValues({ serviceMonitor: { tlsConfig: { ca: { secret: { name: 'x', key: 'ca.crt' } } } } }),
      ),
    ).toEqual([]);
  });

  it('a claim without a class, an existing claim, a retention and a release-scoped Lease are valid', () => {
    expect(errorsOf(withValues({ persistence: { storageClassName: '', size: '500Mi' } }))).toEqual([]);
    expect(errorsOf(withValues({ persistence: { existingClaim: 'audit-history' } }))).toEqual([]);
    for (const retention of ['90d', '720h', '1d12h', '2w', '1h30m'])
      expect(errorsOf(withValues({ audit: { retention } })), retention).toEqual([]);
    expect(errorsOf(withValues({ leaderElection: { namespace: '', leaseName: 'team-a' } }))).toEqual([]);
  });

  it.each([
    ['hostPath', { hostPath: { path: '/shared', type: 'Directory' } }],
    ['NFS', { nfs: { server: 'nfs.hpc.example', path: '/export/shared' } }],
    ['a claim', { persistentVolumeClaim: { claimName: 'slurm-shared' } }],
  ])('a shared folder on %s, with its cluster path, is valid', (_what, volume) => {
    const candidate = withValues({
      sharedFilesystem: { volume },
      slurmCluster: { ...defaultCluster, sharedFilesystemPath: '/shared' },
    });
    expect(errorsOf(candidate)).toEqual([]);
  });

  it('accepts as a progress interval exactly the durations of at least 1s the operator accepts (PROGRESS_INTERVAL)', () => {
    const operatorAccepts = (text: string) => {
      try {
        loadConfig({ PROGRESS_INTERVAL: text });
        return true;
      } catch {
        return false;
      }
    };
    for (const interval of ['1s', '10s', '1m', '2h', '1000ms', '1500ms', '90s']) {
      expect(errorsOf(withValues({ progress: { interval } })), interval).toEqual([]);
      expect(operatorAccepts(interval), interval).toBe(true);
    }
    for (const interval of ['999ms', '0s', '1', '1d', '1.5s', ' 1s', '-1s']) {
      expect(errorsOf(withValues({ progress: { interval } })), interval).not.toEqual([]);
      expect(operatorAccepts(interval), interval).toBe(false);
    }
  });

  it('the disabled default SlurmCluster needs none of its fields', () => {
    expect(errorsOf(withValues({ slurmCluster: { enabled: false, endpoint: '' } }))).toEqual([]);
  });
});

describe('Chart.yaml', () => {
  it('is apiVersion v2 named slurm-ml-operator, with appVersion = package.json version', () => {
    expect(chart.apiVersion).toBe('v2');
    expect(chart.name).toBe('slurm-ml-operator');
    expect(chart.appVersion).toBe(packageJson.version);
  });

  it('runs one replica with its history on a claim, leader election on the cluster-wide Lease, on port 8080, by default', () => {
    expect(values.replicaCount).toBe(1);
    expect(values.leaderElection).toEqual({
      enabled: true,
      leaseName: 'slurm-ml-operator.ml.hpc.dev',
      namespace: 'kube-system',
    });
    expect(values.persistence).toMatchObject({
      enabled: true,
      keepOnUninstall: true,
      storageClassName: null,
    });
    expect((values.database as Values).existingSecret).toBe('');
    expect(values.httpPort).toBe(8080);
  });

  it('mounts no shared folder, reads progress every 10s and aggregates its roles into view/edit/admin, by default', () => {
    expect(values.sharedFilesystem).toEqual({ mountPath: '/mnt/slurm-shared', volume: {} });
    expect((values.slurmCluster as Values).sharedFilesystemPath).toBe('');
    expect(values.progress).toEqual({ interval: '10s' });
    expect((values.rbac as Values).aggregateToDefaultRoles).toBe(true);
  });

  it("serves a self-signed certificate by default, and would trust a Secret's ca.crt", () => {
    expect(values.tls).toEqual({ secretName: '', caKey: 'ca.crt', extraServerNames: [] });
    expect((values.serviceMonitor as Values).tlsConfig).toEqual({});
  });

  it('runs as a non-root user without privileges by default', () => {
    expect(values.securityContext).toMatchObject({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(values.podSecurityContext).toMatchObject({ runAsNonRoot: true });
  });
});

describe('the chart SlurmCluster values', () => {
  it("use the CRD's own patterns for the fields they pass through (or that pattern made optional)", () => {
    const crd = readYaml(join(repoRoot, 'crds', 'ml.hpc.dev_slurmclusters.yaml')) as {
      spec: { versions: { schema: { openAPIV3Schema: { properties: { spec: SchemaNode } } } }[] };
    };
    const crdSpec = crd.spec.versions[0]?.schema.openAPIV3Schema.properties.spec.properties ?? {};
    const chartFields: Record<string, SchemaNode> = schema.properties.slurmCluster.properties;
    // An empty value leaves the field out of the chart's SlurmCluster: ^X$ becomes ^(X)?$.
    const optional = (pattern: string) => `^(${pattern.slice(1, -1)})?$`;
    const differing = Object.entries(chartFields)
      .filter(([name, field]) => field.pattern !== undefined && crdSpec[name]?.pattern !== undefined)
      .filter(([name, field]) => {
        const crdPattern = crdSpec[name]?.pattern ?? '';
        return field.pattern !== crdPattern && field.pattern !== optional(crdPattern);
      })
      .map(([name]) => name);
    expect(differing).toEqual([]);
  });
});

type SchemaNode = { pattern?: string; properties?: Record<string, SchemaNode> };

describe('console values', () => {
  it('the web console is off by default, and console.enabled takes a boolean only', () => {
    expect((values.console as { enabled: boolean }).enabled).toBe(false);
    expect(loadConfig({}).consoleEnabled).toBe(false);
    expect(errorsOf(withValues({ console: { enabled: true } }))).toEqual([]);
    expect(errorsOf(withValues({ console: { enabled: 'yes' } }))).toContain(
      '/console/enabled must be boolean',
    );
    expect(errorsOf(withValues({ console: { enable: true } })).join()).toMatch(/additional properties/);
  });
});
