// The port's TLS: the self-signed certificate (names, validity, usable as its own trust anchor),
// refused pairs, plain HTTP and TLS 1.1 refused, and a certificate file rotated under a running
// server (a Secret volume's `..data` symlink swap) served without a restart, a bad rotation kept
// out. Against a real local HTTPS server.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, tlsOptions } from '../../../src/observability/http-server.ts';
import {
  InvalidKeyPair,
  inspectKeyPair,
  type KeyPair,
  loadServerCertificate,
  selfSignedKeyPair,
  watchCertificateFiles,
} from '../../../src/observability/tls.ts';
import { fetchOperator } from '../../support/access.ts';
import { peerCertificate } from '../../support/peer-certificate.ts';

const start = (tls: KeyPair) =>
  startHttpServer({
    port: 0,
    host: '127.0.0.1',
    tls,
    registry: new Registry(),
    access: { authenticate: async () => null, allowed: async () => false },
    readiness: { informersSynced: () => true, role: () => 'single', clusters: () => [] },
  });
const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** The certificate the server presents to a client trusting `ca` (verified, host 127.0.0.1). */
const served = (port: number, ca: string, maxVersion?: 'TLSv1.1') =>
  peerCertificate(port, { ca, ...(maxVersion ? { maxVersion, minVersion: maxVersion } : {}) });

let first: KeyPair;
let second: KeyPair;
beforeAll(async () => {
  [first, second] = await Promise.all([
    selfSignedKeyPair(['127.0.0.1', 'localhost']),
    selfSignedKeyPair(['127.0.0.1', 'localhost']),
  ]);
});

describe('the self-signed certificate', () => {
  it('names localhost, the loopback addresses, the hostname and the configured names, for a year', async () => {
    const { pair } = await loadServerCertificate(
      { selfSigned: { serverNames: ['op.system.svc', 'op.system.svc.cluster.local', '10.0.0.7'] } },
      'op-7f9c-xk2p',
    );
    const certificate = new X509Certificate(pair.cert);
    expect(certificate.subjectAltName?.split(', ').sort()).toEqual(
      [
        'DNS:localhost',
        'IP Address:127.0.0.1',
        'IP Address:0:0:0:0:0:0:0:1',
        'DNS:op-7f9c-xk2p',
        'DNS:op.system.svc',
        'DNS:op.system.svc.cluster.local',
        'IP Address:10.0.0.7',
      ].sort(),
    );
    expect(certificate.ca).toBe(false);
    expect(certificate.checkHost('op.system.svc')).toBe('op.system.svc');
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(certificate.verify(certificate.publicKey)).toBe(true); // self-signed
    const now = new Date('2026-03-01T00:00:00Z');
    const dated = new X509Certificate((await selfSignedKeyPair(['localhost'], now)).cert);
    expect(new Date(dated.validFrom).getTime()).toBe(now.getTime() - 5 * 60_000);
    expect(new Date(dated.validTo).getTime()).toBe(now.getTime() + 365 * 86_400_000);
  });

  it('is new at every start, and described by the SHA-256 fingerprint of its DER', async () => {
    const info = inspectKeyPair(first);
    expect(info.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(info.fingerprint).toBe(new X509Certificate(first.cert).fingerprint256);
    expect(inspectKeyPair(second).fingerprint).not.toBe(info.fingerprint);
  });
});

describe('pairs that cannot serve', () => {
  it.each([
    ['a key of another certificate', () => ({ cert: first.cert, key: second.key }), /does not belong/],
    ['no PEM certificate', () => ({ cert: 'not a certificate', key: first.key }), /not a usable PEM/],
    ['no PEM key', () => ({ cert: first.cert, key: '' }), /not a usable PEM/],
  ])('refuses %s', (_, pair, message) => {
    expect(() => inspectKeyPair(pair())).toThrow(InvalidKeyPair);
    expect(() => inspectKeyPair(pair())).toThrow(message);
  });
});

describe('the port', () => {
  let server: Server;
  beforeAll(async () => {
    server = await start(first);
  });
  afterAll(() => server.close());

  it('serves HTTPS to a client that trusts its certificate, with the same routes', async () => {
    const response = await fetchOperator(`https://127.0.0.1:${portOf(server)}/healthz`, { ca: first.cert });
    expect(response.status).toBe(200);
    const metrics = await fetchOperator(`https://127.0.0.1:${portOf(server)}/metrics`, { ca: first.cert });
    expect(metrics.status).toBe(401);
  });

  it('gives a plain-HTTP request no answer', async () => {
    await expect(fetch(`http://127.0.0.1:${portOf(server)}/healthz`)).rejects.toThrow();
  });

  it('is not trusted by a client that trusts another certificate', async () => {
    await expect(
      fetchOperator(`https://127.0.0.1:${portOf(server)}/healthz`, { ca: second.cert }),
    ).rejects.toThrow(/self-signed|signature|verify/i);
  });

  it('refuses TLS 1.1', async () => {
    await expect(served(portOf(server), first.cert, 'TLSv1.1')).rejects.toThrow();
  });
});

describe('a rotated certificate file', () => {
  // As kubelet lays out a Secret volume: tls.crt -> ..data/tls.crt, ..data -> a timestamped dir.
  const dir = mkdtempSync(join(tmpdir(), 'slurm-ml-tls-'));
  const files = { certFile: join(dir, 'tls.crt'), keyFile: join(dir, 'tls.key') };
  let version = 0;
  const publish = (pair: KeyPair) => {
    const target = `..${++version}`;
    const path = join(dir, target);
    mkdirSync(path);
    writeFileSync(join(path, 'tls.crt'), pair.cert);
    writeFileSync(join(path, 'tls.key'), pair.key);
    symlinkSync(target, join(dir, '..data_tmp'));
    renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
  };
  const logged: { level: string; fields: object; message: string }[] = [];
  const log = {
    info: (fields: object, message: string) => logged.push({ level: 'info', fields, message }),
    warn: (fields: object, message: string) => logged.push({ level: 'warn', fields, message }),
  };
  let server: Server;
  beforeAll(async () => {
    publish(first);
    symlinkSync('..data/tls.crt', files.certFile);
    symlinkSync('..data/tls.key', files.keyFile);
    server = await start((await loadServerCertificate({ files }, 'unused')).pair);
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is served without a restart; a bad pair is logged and the previous one kept', async () => {
    const watch = watchCertificateFiles(
      files,
      first,
      (pair) => server.setSecureContext(tlsOptions(pair)),
      log,
      60_000,
    );
    try {
      const port = portOf(server);
      expect((await served(port, first.cert)).fingerprint256).toBe(inspectKeyPair(first).fingerprint);
      expect(await watch.check()).toBe(false); // unchanged

      publish(second);
      expect(await watch.check()).toBe(true);
      expect((await served(port, second.cert)).fingerprint256).toBe(inspectKeyPair(second).fingerprint);
      await expect(served(port, first.cert)).rejects.toThrow();
      expect(logged.at(-1)).toMatchObject({
        level: 'info',
        message: 'TLS certificate reloaded',
        fields: { fingerprint: inspectKeyPair(second).fingerprint },
      });

      // A certificate with a key that is not its own: refused once, the served one stays.
      publish({ cert: first.cert, key: second.key });
      expect(await watch.check()).toBe(false);
      expect(await watch.check()).toBe(false);
      expect(logged.filter((l) => l.level === 'warn')).toHaveLength(1);
      expect(logged.at(-1)?.message).toMatch(/refused; serving the previous certificate/);
      expect((await served(port, second.cert)).fingerprint256).toBe(inspectKeyPair(second).fingerprint);

      // TLS 1.2 is still the floor after setSecureContext.
      await expect(served(port, second.cert, 'TLSv1.1')).rejects.toThrow();

      // The fix arrives: served.
      publish(first);
      expect(await watch.check()).toBe(true);
      expect((await served(port, first.cert)).fingerprint256).toBe(inspectKeyPair(first).fingerprint);

      // The files vanish for a while (the volume remounted): warned once, the served pair stays,
      // and their return with the same pair changes nothing.
      const warned = () => logged.filter((l) => l.level === 'warn').length;
      const before = warned();
      renameSync(join(dir, '..data'), join(dir, '..away'));
      expect(await watch.check()).toBe(false);
      expect(await watch.check()).toBe(false);
      expect(warned()).toBe(before + 1);
      expect(logged.at(-1)?.message).toMatch(/unreadable; serving the previous certificate/);
      expect((await served(port, first.cert)).fingerprint256).toBe(inspectKeyPair(first).fingerprint);
      renameSync(join(dir, '..away'), join(dir, '..data'));
      expect(await watch.check()).toBe(false);
    } finally {
      watch.stop();
    }
  });
});
