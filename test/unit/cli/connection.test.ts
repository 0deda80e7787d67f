// The plugin's connection: the user's bearer token from a kubeconfig (static, token file, exec
// plugin; a client-certificate user refused with the way out), --context, KUBECONFIG with several
// files, the namespace, and where the operator is.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConnectionFlags } from '../../../src/cli/args.ts';
import {
  kubeConfigToken,
  loadKubeConfig,
  namespaceOf,
  resolveConnection,
  serverUrl,
} from '../../../src/cli/connection.ts';
import { CliError } from '../../../src/cli/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'kubectl-ml-kubeconfig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEM_AS_BASE64 = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString(
  'base64',
);

let files = 0;
/** A kubeconfig file (JSON is YAML) with these users and a context for each. */
function kubeconfig(
  users: Record<string, Record<string, unknown>>,
  current: string,
  namespaces: Record<string, string> = {},
): string {
  const file = join(dir, `config-${++files}`);
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:6443' } }],
      users: Object.entries(users).map(([name, user]) => ({ name, user })),
      contexts: Object.keys(users).map((name) => ({
        name,
        context: { cluster: 'c', user: name, ...(namespaces[name] ? { namespace: namespaces[name] } : {}) },
      })),
      'current-context': current,
    }),
  );
  return file;
}

const flags = (more: Partial<ConnectionFlags> = {}): ConnectionFlags => ({
  insecureSkipTlsVerify: false,
  server: 'https://op.example:8080',
  ...more,
});
/** An environment with no kubeconfig of the machine's: HOME an empty folder. */
const env = (more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ HOME: dir, ...more });

describe('the token', () => {
  it("is the kubeconfig user's static token", async () => {
    const file = kubeconfig({ alice: { token: 'alice-token' } }, 'alice');
    const connection = await resolveConnection(flags({ kubeconfig: file }), env());
    expect(connection.token).toBe('alice-token');
  });

  it('comes from a token file', async () => {
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'file-token\n');
    const file = kubeconfig({ bob: { 'token-file': tokenFile } }, 'bob');
    expect((await resolveConnection(flags({ kubeconfig: file }), env())).token).toBe('file-token');
  });

  it('comes from an exec plugin (ExecCredential)', async () => {
    const credential = JSON.stringify({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: { token: 'exec-token' },
    });
    const file = kubeconfig(
      {
        carol: {
          exec: {
            apiVersion: 'client.authentication.k8s.io/v1',
            command: process.execPath,
            args: ['-e', `process.stdout.write(${JSON.stringify(credential)})`],
            interactiveMode: 'Never',
          },
        },
      },
      'carol',
    );
    expect((await resolveConnection(flags({ kubeconfig: file }), env())).token).toBe('exec-token');
  });

  it('of a user with client certificates only is refused, saying what to do', async () => {
    const file = kubeconfig(
      { admin: { 'client-certificate-data': PEM_AS_BASE64, 'client-key-data': PEM_AS_BASE64 } },
      'admin',
    );
    const refusal = resolveConnection(flags({ kubeconfig: file }), env());
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    await expect(refusal).rejects.toThrow(
      /user "admin" authenticates with a client certificate; the operator accepts bearer tokens only\. Pass --token/,
    );
  });

  it('of a user with a password, or nothing, is refused too', async () => {
    const file = kubeconfig({ basic: { username: 'u', password: 'p' }, nobody: {} }, 'basic');
    const kube = loadKubeConfig({ kubeconfig: file }, env());
    if (!kube) throw new Error('no kubeconfig');
    await expect(kubeConfigToken(kube)).rejects.toThrow(
      /user name and password; the operator accepts bearer tokens only/,
    );
    kube.setCurrentContext('nobody');
    await expect(kubeConfigToken(kube)).rejects.toThrow(/user "nobody" has no token; .* --token/);
  });

  it('is --token when given, whatever the kubeconfig says; and for the API server too', async () => {
    const file = kubeconfig({ admin: { 'client-certificate-data': PEM_AS_BASE64 } }, 'admin');
    const connection = await resolveConnection(flags({ kubeconfig: file, token: 'given' }), env());
    expect(connection.token).toBe('given');
    expect(connection.kubeConfig?.getCurrentUser()?.token).toBe('given');
    expect(connection.kubeConfig?.getCurrentCluster()?.server).toBe('https://127.0.0.1:6443');
  });

  it('needs --token when there is no kubeconfig', async () => {
    await expect(resolveConnection(flags(), env())).rejects.toThrow(/no kubeconfig found .*: pass --token/);
    const connection = await resolveConnection(flags({ token: 't' }), env());
    expect(connection).toMatchObject({ token: 't', namespace: 'default' });
    expect(connection.kubeConfig).toBeUndefined();
  });
});

describe('the kubeconfig', () => {
  it('is read from KUBECONFIG, several files merged, the first current-context winning', async () => {
    const first = kubeconfig({ alice: { token: 'alice-token' } }, 'alice');
    const second = join(dir, 'second');
    writeFileSync(
      second,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: 'd', cluster: { server: 'https://10.0.0.1:6443' } }],
        users: [{ name: 'dave', user: { token: 'dave-token' } }],
        contexts: [{ name: 'dave', context: { cluster: 'd', user: 'dave', namespace: 'team-d' } }],
        'current-context': 'dave',
      }),
    );
    const kubeEnv = env({ KUBECONFIG: [first, join(dir, 'missing'), second].join(delimiter) });
    expect((await resolveConnection(flags(), kubeEnv)).token).toBe('alice-token');
    const dave = await resolveConnection(flags({ context: 'dave' }), kubeEnv);
    expect(dave).toMatchObject({ token: 'dave-token', namespace: 'team-d' });
  });

  it('is $HOME/.kube/config without KUBECONFIG', async () => {
    const home = mkdtempSync(join(dir, 'home-'));
    const file = kubeconfig({ erin: { token: 'erin-token' } }, 'erin');
    mkdirSync(join(home, '.kube'));
    copyFileSync(file, join(home, '.kube', 'config'));
    expect((await resolveConnection(flags(), { HOME: home })).token).toBe('erin-token');
  });

  it('refuses an unknown --context and an unreadable --kubeconfig', async () => {
    const file = kubeconfig({ alice: { token: 'a' } }, 'alice');
    expect(() => loadKubeConfig({ kubeconfig: file, context: 'prod' }, env())).toThrow(
      /context "prod" not found in the kubeconfig/,
    );
    expect(() => loadKubeConfig({ kubeconfig: join(dir, 'nope') }, env())).toThrow(
      /cannot read the kubeconfig/,
    );
    expect(() => loadKubeConfig({ context: 'prod' }, env())).toThrow(/there is no kubeconfig/);
  });
});

describe('the namespace', () => {
  const file = kubeconfig({ a: { token: 'a' }, b: { token: 'b' } }, 'a', { a: 'team-a' });
  it.each([
    [{ namespace: 'given' }, undefined, 'given'],
    [{}, undefined, 'team-a'],
    [{}, 'b', 'default'],
  ])('%j with context %s is %s', (given, context, namespace) => {
    const kube = loadKubeConfig({ kubeconfig: file, ...(context ? { context } : {}) }, env());
    expect(namespaceOf(given, kube)).toBe(namespace);
  });

  it('is default without a kubeconfig', () => {
    expect(namespaceOf({}, undefined)).toBe('default');
  });
});

describe('the server', () => {
  it('is --server, else SLURM_ML_SERVER', () => {
    expect(serverUrl({ server: 'https://a:1' }, { SLURM_ML_SERVER: 'https://b:2' }).href).toBe(
      'https://a:1/',
    );
    expect(serverUrl({}, { SLURM_ML_SERVER: 'https://b:2' }).href).toBe('https://b:2/');
    expect(serverUrl({}, { SLURM_ML_SERVER: '127.0.0.1:8080' }).href).toBe('https://127.0.0.1:8080/');
  });

  it.each([
    [{}, /Pass --server https:\/\/HOST:PORT or set SLURM_ML_SERVER/],
    [{ server: 'http://a:8080' }, /HTTPS only/],
    [{ server: 'https://u:p@a:8080' }, /must not carry a user or password/],
    [{ server: 'https://[bad' }, /is not a URL/],
  ])('refuses %j', (given, message) => {
    expect(() => serverUrl(given, {})).toThrow(message);
  });

  it('reads the CA file, or says it cannot', async () => {
    const file = kubeconfig({ a: { token: 'a' } }, 'a');
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, 'PEM');
    const connection = await resolveConnection(flags({ kubeconfig: file }), env({ SLURM_ML_CA_FILE: ca }));
    expect(connection.ca?.toString()).toBe('PEM');
    await expect(
      resolveConnection(flags({ kubeconfig: file, certificateAuthority: join(dir, 'none.pem') }), env()),
    ).rejects.toThrow(/cannot read the certificate authority/);
  });

  it('warns when TLS verification is off', async () => {
    const warnings: string[] = [];
    const file = kubeconfig({ a: { token: 'a' } }, 'a');
    await resolveConnection(flags({ kubeconfig: file, insecureSkipTlsVerify: true }), env(), (line) =>
      warnings.push(line),
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^warning: --insecure-skip-tls-verify: .*https:\/\/op\.example:8080/),
    ]);
  });
});
