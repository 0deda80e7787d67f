// The TLS settings of the operator's port, read from the environment (docs/configuration.md).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('TLS configuration', () => {
  it('uses the files when both are given', () => {
    expect(loadConfig({ TLS_CERT_FILE: '/tls/tls.crt', TLS_KEY_FILE: '/tls/tls.key' }).tls).toEqual({
      files: { certFile: '/tls/tls.crt', keyFile: '/tls/tls.key' },
    });
  });

  it('is self-signed without files, for the names TLS_SERVER_NAMES lists', () => {
    expect(loadConfig({}).tls).toEqual({ selfSigned: { serverNames: [] } });
    expect(loadConfig({ TLS_SERVER_NAMES: ' op.ns.svc, 10.0.0.7,,' }).tls).toEqual({
      selfSigned: { serverNames: ['op.ns.svc', '10.0.0.7'] },
    });
  });

  it.each([
    ['only a certificate file', { TLS_CERT_FILE: '/tls/tls.crt' }, /set together \(only TLS_CERT_FILE/],
    ['only a key file', { TLS_KEY_FILE: '/tls/tls.key' }, /set together \(only TLS_KEY_FILE/],
    ['a server name with a space', { TLS_SERVER_NAMES: 'a b' }, /DNS names or IP addresses/],
  ])('refuses %s', (_, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('leader election', () => {
  it('shares one Lease per cluster by default, whatever the namespace the operator runs in', () => {
    const a = loadConfig({ OPERATOR_NAMESPACE: 'team-ops' });
    const b = loadConfig({ OPERATOR_NAMESPACE: 'slurm-ml-system' });
    expect([a.leaseNamespace, a.leaseName]).toEqual(['kube-system', 'slurm-ml-operator.ml.hpc.dev']);
    expect([b.leaseNamespace, b.leaseName]).toEqual([a.leaseNamespace, a.leaseName]);
  });

  it('takes the Lease from LEADER_ELECTION_ID and LEADER_ELECTION_NAMESPACE', () => {
    const config = loadConfig({ LEADER_ELECTION_ID: 'mine', LEADER_ELECTION_NAMESPACE: 'ops' });
    expect([config.leaseNamespace, config.leaseName]).toEqual(['ops', 'mine']);
  });
});
