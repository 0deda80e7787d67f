// Invalid manifests are rejected by the real API server with a message naming the field.
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installCrds, kubectl } from '../support/kubectl.ts';

beforeAll(() => {
  installCrds();
});

const training = (spec: Record<string, unknown>) => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Training',
  metadata: { name: 'invalid', namespace: 'default' },
  spec: { model: 'demo', template: 'demo-train', ...spec },
});
const prediction = (spec: Record<string, unknown>) => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Prediction',
  metadata: { name: 'invalid', namespace: 'default' },
  spec: { model: 'demo', template: 'demo-predict', input: '/data/in.csv', ...spec },
});
const model = (spec: Record<string, unknown>) => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Model',
  metadata: { name: 'invalid', namespace: 'default' },
  spec,
});
const cluster = (spec: Record<string, unknown>) => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'SlurmCluster',
  metadata: { name: 'invalid' },
  spec: {
    endpoint: 'http://slurm:6820',
    auth: { user: 'ml', jwtKeySecretRef: { name: 'key' } },
    modelsBasePath: '/models',
    ...spec,
  },
});

const cases: [string, object, RegExp][] = [
  ...['0s', '999ms', '0m'].map((pollInterval): [string, object, RegExp] => [
    `a poll interval of ${pollInterval} (under a second, it would spin the poller)`,
    cluster({ pollInterval }),
    /spec\.pollInterval: Invalid value/,
  ]),
  [
    'a Training without a model',
    { ...training({}), spec: { template: 'demo-train' } },
    /spec\.model: Required value/,
  ],
  [
    'a malformed time limit',
    training({ resources: { timeLimit: '1h' } }),
    /spec\.resources\.timeLimit: Invalid value/,
  ],
  [
    'a malformed memory quantity',
    training({ resources: { memory: '16GB' } }),
    /spec\.resources\.memory: Invalid value/,
  ],
  ['negative GPUs', training({ resources: { gpus: -1 } }), /spec\.resources\.gpus: Invalid value/],
  ['zero nodes', training({ resources: { nodes: 0 } }), /spec\.resources\.nodes: Invalid value/],
  ['an unknown field', training({ epochs: 3 }), /unknown field "spec\.epochs"/],
  ['a bad template name', training({ template: 'Demo_Train!' }), /spec\.template: Invalid value/],
  [
    'a parameter that is not a string',
    training({ parameters: { epochs: 3 } }),
    /spec\.parameters\.epochs: Invalid value/,
  ],
  [
    'a parameter name that is not an identifier',
    training({ parameters: { 'bad-name': 'x' } }),
    /spec\.parameters: Invalid value.*lower_snake_case/,
  ],
  [
    'an unknown retry state',
    training({ retry: { onStates: ['EXPLODED'] } }),
    /spec\.retry\.onStates\[0\]: Unsupported value/,
  ],
  ['a retry limit over 10', training({ retry: { limit: 99 } }), /spec\.retry\.limit: Invalid value/],
  [
    'version and alias together',
    prediction({ version: 2, alias: 'production' }),
    /spec: Invalid value.*version and alias are mutually exclusive/,
  ],
  ['a relative input path', prediction({ input: 'data/in.csv' }), /spec\.input: Invalid value/],
  [
    'an input path with ..',
    prediction({ input: '/data/../etc/passwd' }),
    /spec\.input: Invalid value.*'\.\.'/,
  ],
  [
    'a Prediction without input',
    { ...prediction({}), spec: { model: 'demo', template: 'demo-predict' } },
    /spec\.input: Required value/,
  ],
  [
    'an alias pointing at version 0',
    model({ aliases: { production: 0 } }),
    /spec\.aliases\.production: Invalid value/,
  ],
  [
    'two auth methods on a cluster',
    cluster({ auth: { user: 'ml', tokenFile: '/t', jwtKeySecretRef: { name: 'k' } } }),
    /spec\.auth: Invalid value.*exactly one of/,
  ],
  [
    'a cluster endpoint that is not http(s)',
    cluster({ endpoint: 'ftp://slurm' }),
    /spec\.endpoint: Invalid value/,
  ],
  [
    'a cluster endpoint with a password in it (it would show in every error that quotes the URL)',
    cluster({ endpoint: 'http://ops:hunter2@slurmrestd.hpc:6820' }),
    /spec\.endpoint: Invalid value/,
  ],
  [
    'a cluster endpoint with a user in it',
    cluster({ endpoint: 'https://ops@slurmrestd.hpc/slurm' }),
    /spec\.endpoint: Invalid value/,
  ],
  ['an unsupported API version', cluster({ apiVersion: 'v0.0.39' }), /spec\.apiVersion: Unsupported value/],
  [
    'per-tenant users with a static token',
    cluster({ auth: { user: 'ml', tokenFile: '/t' }, tenants: [{ namespace: 'a', user: 'other' }] }),
    /spec: Invalid value.*per-tenant users need jwtKeySecretRef/,
  ],
  [
    "an allowed root with '..' in it",
    cluster({ tenants: [{ namespace: 'a', allowedRoots: ['/datasets/../models'] }] }),
    /spec\.tenants\[0\]\.allowedRoots\[0\]: Invalid value/,
  ],
  [
    'a relative allowed root',
    cluster({ tenants: [{ namespace: 'a', allowedRoots: ['datasets'] }] }),
    /spec\.tenants\[0\]\.allowedRoots\[0\]: Invalid value/,
  ],
  [
    'a relative models base path',
    cluster({ modelsBasePath: 'models' }),
    /spec\.modelsBasePath: Invalid value/,
  ],
];

describe('the API server rejects invalid manifests, naming the field', () => {
  it.each(cases)('%s', (_name, manifest, message) => {
    const result = kubectl(['apply', '--dry-run=server', '-f', '-'], yaml.dump(manifest));
    expect(result.status, result.stdout).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });

  it('accepts the valid versions of the same manifests (so the cases above fail for their own reason)', () => {
    for (const manifest of [
      training({}),
      prediction({}),
      model({ aliases: { production: 1 } }),
      cluster({}),
      cluster({ pollInterval: '1s' }),
      cluster({ tenants: [{ namespace: 'a', allowedRoots: ['/datasets/.x', '/data/..x', '/'] }] }),
      cluster({ pollInterval: '1500ms' }),
    ]) {
      const result = kubectl(['apply', '--dry-run=server', '-f', '-'], yaml.dump(manifest));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });
});

describe('the API server keeps what a resource is for immutable (CEL transition rules)', () => {
  const namespace = `crd-immutable-${Date.now().toString(36)}`;
  const apply = (manifest: object) => kubectl(['apply', '-f', '-'], yaml.dump(manifest));
  const inNamespace = <T extends { metadata: object }>(manifest: T): T => ({
    ...manifest,
    metadata: { ...manifest.metadata, namespace },
  });

  beforeAll(() => {
    expect(kubectl(['create', 'namespace', namespace]).status).toBe(0);
  });
  afterAll(() => {
    kubectl(['delete', 'namespace', namespace, '--wait=false']);
  });

  it("refuses a change of a Training's spec.model, and takes a change of anything else", () => {
    expect(apply(inNamespace(training({}))).status).toBe(0);
    const moved = apply(inNamespace(training({ model: 'another' })));
    expect(moved.status).not.toBe(0);
    expect(moved.stderr).toMatch(/spec\.model: Invalid value.*spec\.model is immutable/);
    expect(apply(inNamespace(training({ parameters: { epochs: '3' } }))).status).toBe(0);
  });

  it.each([
    ['another model', { model: 'another' }],
    ['a version where there was none', { version: 2 }],
    ['an alias where there was none', { alias: 'production' }],
  ])("refuses a change of a Prediction's model selection: %s", (_what, change) => {
    expect(apply(inNamespace(prediction({}))).status).toBe(0);
    const changed = apply(inNamespace(prediction(change)));
    expect(changed.status).not.toBe(0);
    expect(changed.stderr).toMatch(/the model selection \(spec\.model, version, alias\) is immutable/);
  });
});
