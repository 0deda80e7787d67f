// The operator port's certificate: a PEM pair from files (a kubernetes.io/tls Secret, which
// cert-manager may rotate), re-read while the operator runs; or, when none is configured, a
// self-signed one made in memory at start. docs/operations.md, "TLS on the port".
import {
  createHash,
  createPrivateKey,
  generateKeyPair,
  type KeyObject,
  randomBytes,
  X509Certificate,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { createSecureContext } from 'node:tls';
import forge from 'node-forge';

export interface KeyPair {
  /** PEM: the server certificate, then any intermediates. */
  cert: string;
  /** PEM: its private key. */
  key: string;
}

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

/** Files (TLS_CERT_FILE, TLS_KEY_FILE), or a self-signed certificate for these names. */
export type TlsConfig = { files: TlsFiles } | { selfSigned: { serverNames: string[] } };

export interface CertificateInfo {
  /** SHA-256 of the DER certificate, colon-separated hex (as openssl x509 -fingerprint -sha256). */
  fingerprint: string;
  subjectAltName: string;
  notAfter: string;
}

/** A pair that cannot serve: unreadable PEM, a key that does not belong to the certificate. */
export class InvalidKeyPair extends Error {
  override name = 'InvalidKeyPair';
}

/** Names every self-signed certificate carries, besides the pod's hostname and configured ones. */
export const LOCAL_NAMES = ['localhost', '127.0.0.1', '::1'];
const SELF_SIGNED_DAYS = 365;

/**
 * A self-signed RSA 2048 certificate for `names` (DNS names or IP addresses), valid for a year
 * from five minutes ago (clock skew). Made anew at every start and never written anywhere.
 */
export async function selfSignedKeyPair(names: string[], now = new Date()): Promise<KeyPair> {
  const unique = [...new Set(names.filter(Boolean))];
  if (unique.length === 0) throw new Error('a certificate needs at least one name');
  const { publicKey, privateKey } = await new Promise<{ publicKey: string; privateKey: string }>(
    (resolve, reject) =>
      generateKeyPair(
        'rsa',
        {
          modulusLength: 2048,
          publicKeyEncoding: { type: 'spki', format: 'pem' },
          privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        },
        (error, publicKey, privateKey) => (error ? reject(error) : resolve({ publicKey, privateKey })),
      ),
  );
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive serial of 128 bits (the leading 0 nibble keeps the DER integer positive).
  cert.serialNumber = `0${randomBytes(16).toString('hex').slice(1)}`;
  cert.validity.notBefore = new Date(now.getTime() - 5 * 60_000);
  cert.validity.notAfter = new Date(now.getTime() + SELF_SIGNED_DAYS * 86_400_000);
  const subject = [
    { name: 'commonName', value: (unique.find((n) => !isIP(n)) ?? 'slurm-ml-operator').slice(0, 64) },
    { name: 'organizationName', value: 'slurm-ml-operator (self-signed)' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: unique.map((name) => (isIP(name) ? { type: 7, ip: name } : { type: 2, value: name })),
    },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: privateKey };
}

/** Checks that the pair can serve (PEM parses, the key is the certificate's) and describes it. */
export function inspectKeyPair(pair: KeyPair): CertificateInfo {
  let certificate: X509Certificate;
  let key: KeyObject;
  try {
    certificate = new X509Certificate(pair.cert);
    key = createPrivateKey(pair.key);
  } catch (error) {
    throw new InvalidKeyPair(`not a usable PEM certificate and key: ${(error as Error).message}`);
  }
  if (!certificate.checkPrivateKey(key))
    throw new InvalidKeyPair('the private key does not belong to the certificate');
  try {
    createSecureContext({ cert: pair.cert, key: pair.key });
  } catch (error) {
    throw new InvalidKeyPair(`the pair cannot serve TLS: ${(error as Error).message}`);
  }
  return {
    fingerprint: certificate.fingerprint256,
    subjectAltName: certificate.subjectAltName ?? '',
    notAfter: new Date(certificate.validTo).toISOString(),
  };
}

export async function readKeyPair(files: TlsFiles): Promise<KeyPair> {
  const [cert, key] = await Promise.all([readFile(files.certFile, 'utf8'), readFile(files.keyFile, 'utf8')]);
  return { cert, key };
}

export interface ServerCertificate {
  pair: KeyPair;
  info: CertificateInfo;
  source: 'files' | 'self-signed';
}

/** The certificate the port starts with. Files that cannot be read or do not match fail the start. */
export async function loadServerCertificate(config: TlsConfig, hostName: string): Promise<ServerCertificate> {
  if ('files' in config) {
    const pair = await readKeyPair(config.files);
    return { pair, info: inspectKeyPair(pair), source: 'files' };
  }
  const pair = await selfSignedKeyPair([...LOCAL_NAMES, hostName, ...config.selfSigned.serverNames]);
  return { pair, info: inspectKeyPair(pair), source: 'self-signed' };
}

export interface ReloadLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface CertificateWatch {
  /** Reads the files once; true when a new pair was applied. */
  check(): Promise<boolean>;
  stop(): void;
}

const digest = (pair: KeyPair) =>
  createHash('sha256').update(pair.cert).update('\0').update(pair.key).digest('hex');

/**
 * Re-reads the files every `intervalMs` and hands a changed, valid pair to `apply` (the server's
 * setSecureContext). Polling, not fs.watch: a Secret volume swaps a `..data` symlink, which
 * watchers miss or see as deletions. A pair that does not serve is logged once and the current
 * one kept; so is a half-written rotation, until both files agree.
 */
export function watchCertificateFiles(
  files: TlsFiles,
  current: KeyPair,
  apply: (pair: KeyPair) => void,
  log: ReloadLog,
  intervalMs = 30_000,
): CertificateWatch {
  let applied = digest(current);
  // What was last warned about, so a bad or missing pair is logged once, not every interval.
  let reported: string | undefined;
  const check = async (): Promise<boolean> => {
    let pair: KeyPair;
    try {
      pair = await readKeyPair(files);
    } catch (error) {
      const reason = (error as Error).message;
      if (reported !== reason)
        log.warn({ reason }, 'TLS certificate files unreadable; serving the previous certificate');
      reported = reason;
      return false;
    }
    const read = digest(pair);
    if (read === applied || read === reported) return false;
    let info: CertificateInfo;
    try {
      info = inspectKeyPair(pair);
      apply(pair);
    } catch (error) {
      reported = read;
      log.warn(
        { reason: (error as Error).message, certFile: files.certFile },
        'new TLS certificate refused; serving the previous certificate',
      );
      return false;
    }
    applied = read;
    reported = undefined;
    log.info({ ...info, certFile: files.certFile }, 'TLS certificate reloaded');
    return true;
  };
  let running: Promise<boolean> | undefined;
  const once = () =>
    (running ??= check().finally(() => {
      running = undefined;
    }));
  const timer = setInterval(() => void once(), intervalMs);
  timer.unref();
  return {
    check: once,
    stop: () => clearInterval(timer),
  };
}
