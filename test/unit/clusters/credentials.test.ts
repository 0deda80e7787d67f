// What a SlurmCluster may make the operator send: labelled Secrets, token files under the
// configured directory, endpoints without credentials; and URLs with credentials redacted.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIALS_LABEL,
  CredentialsRefusedError,
  checkCredentialSecret,
  checkEndpoint,
  checkTokenFile,
  ENDPOINTS_ANNOTATION,
} from '../../../src/clusters/credentials.ts';
import { describeError } from '../../../src/kube/resources.ts';
import { redactUrlCredentials } from '../../../src/observability/redact.ts';

describe('checkCredentialSecret', () => {
  const labelled = { [CREDENTIALS_LABEL]: 'true' };
  const endpoints = (value: string) => ({ [ENDPOINTS_ANNOTATION]: value });
  const endpoint = 'http://slurmrestd.hpc:6820';
  it.each([
    ['labelled, its endpoint listed', labelled, endpoints(endpoint), endpoint, null],
    [
      'listed among others, spaces around',
      labelled,
      endpoints(` https://a:1 , ${endpoint}/ `),
      endpoint,
      null,
    ],
    [
      'listed with a path; the origin is what counts',
      labelled,
      endpoints(endpoint),
      `${endpoint}/slurm`,
      null,
    ],
    [
      'the default port written or not',
      labelled,
      endpoints('https://hpc.example'),
      'https://hpc.example:443/x',
      null,
    ],
    ['not labelled', undefined, endpoints(endpoint), endpoint, 'is not labelled'],
    ['labelled false', { [CREDENTIALS_LABEL]: 'false' }, endpoints(endpoint), endpoint, 'is not labelled'],
    [
      'another label (the database credentials)',
      { 'app.kubernetes.io/name': 'postgres' },
      undefined,
      endpoint,
      'is not labelled',
    ],
    [
      'labelled, no endpoints listed',
      labelled,
      undefined,
      endpoint,
      'may not be sent to http://slurmrestd.hpc:6820',
    ],
    [
      'labelled for the production cluster, sent to another endpoint',
      labelled,
      endpoints(endpoint),
      'http://attacker.example:6820',
      'may not be sent to http://attacker.example:6820',
    ],
    [
      'same host, another port',
      labelled,
      endpoints(endpoint),
      'http://slurmrestd.hpc:6821',
      'may not be sent',
    ],
    [
      'same host and port, https instead of http',
      labelled,
      endpoints(endpoint),
      'https://slurmrestd.hpc:6820',
      'may not be sent',
    ],
  ])('%s', (_what, labels, annotations, target, refusal) => {
    const check = () =>
      checkCredentialSecret({ metadata: { name: 'db', labels, annotations } }, 'ops', 'db', target);
    if (refusal === null) expect(check).not.toThrow();
    else expect(check).toThrow(refusal);
  });
});

describe('checkTokenFile', () => {
  const base = mkdtempSync(join(tmpdir(), 'token-dir-'));
  const tokens = join(base, 'tokens');
  const outside = join(base, 'outside');
  mkdirSync(join(tokens, '..2026_12_01'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(tokens, '..2026_12_01', 'token'), 't');
  writeFileSync(join(outside, 'token'), 't');
  // A projected volume: token -> ..data/token -> ..<timestamp>/token, all inside.
  symlinkSync('..2026_12_01', join(tokens, '..data'));
  symlinkSync('..data/token', join(tokens, 'token'));
  symlinkSync(join(outside, 'token'), join(tokens, 'escape'));

  it.each([
    ['a projected token inside', join(tokens, 'token'), tokens, null],
    ['a file outside', join(outside, 'token'), tokens, 'is not under SLURM_TOKEN_DIR'],
    ['a symlink inside that points outside', join(tokens, 'escape'), tokens, 'is not under SLURM_TOKEN_DIR'],
    [
      'dot-dot out of the directory',
      join(tokens, '..', 'outside', 'token'),
      tokens,
      'is not under SLURM_TOKEN_DIR',
    ],
    ['the directory itself', tokens, tokens, 'is not under SLURM_TOKEN_DIR'],
    ['a file that does not exist', join(tokens, 'nope'), tokens, 'ENOENT'],
    ['no directory configured', join(tokens, 'token'), undefined, 'the operator has no SLURM_TOKEN_DIR'],
  ])('%s', async (_what, file, directory, refusal) => {
    const check = checkTokenFile(file, directory);
    if (refusal === null) await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toThrow(refusal);
    if (refusal !== null)
      await expect(checkTokenFile(file, directory)).rejects.toBeInstanceOf(CredentialsRefusedError);
  });
});

describe('checkEndpoint', () => {
  it.each([
    ['http://slurmrestd.hpc:6820', null],
    ['https://hpc.example/slurm/api', null],
    ['http://ops:hunter2@slurmrestd.hpc:6820', 'must not carry a user or password'],
    ['http://ops@slurmrestd.hpc:6820', 'must not carry a user or password'],
    ['not a url', 'is not a URL'],
  ])('%s', (endpoint, refusal) => {
    if (refusal === null) expect(() => checkEndpoint(endpoint)).not.toThrow();
    else {
      expect(() => checkEndpoint(endpoint)).toThrow(refusal);
      // The refusal never repeats the password.
      expect(() => checkEndpoint(endpoint)).not.toThrow(/hunter2/);
    }
  });
});

describe('redactUrlCredentials', () => {
  it.each([
    ['fetch http://ops:hunter2@h:6820/x failed', 'fetch http://[redacted]@h:6820/x failed'],
    [
      'Request cannot be constructed from a URL that includes credentials: https://a:b@h/',
      'Request cannot be constructed from a URL that includes credentials: https://[redacted]@h/',
    ],
    ['postgres://app:s3cret@db:5432/audit down', 'postgres://[redacted]@db:5432/audit down'],
    [
      'a password with an @ of its own http://ops:p@ss@h:6820/x',
      'a password with an @ of its own http://[redacted]@h:6820/x',
    ],
    ['no credentials http://h:6820/slurm/v0.0.42/jobs', 'no credentials http://h:6820/slurm/v0.0.42/jobs'],
    ['an address user@example.org stays', 'an address user@example.org stays'],
  ])('%s', (text, shown) => {
    expect(redactUrlCredentials(text)).toBe(shown);
  });
});

describe('describeError', () => {
  it('redacts URL credentials from the texts that reach status messages and logs', () => {
    const error = new TypeError(
      'Request cannot be constructed from a URL that includes credentials: http://ops:hunter2@h:6820/',
    );
    expect(describeError(error)).toBe(
      'Request cannot be constructed from a URL that includes credentials: http://[redacted]@h:6820/',
    );
    expect(describeError('fetch https://u:p@h/x failed')).not.toContain('p@h');
  });
});
