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
} from '../../../src/clusters/credentials.ts';
import { redactUrlCredentials } from '../../../src/observability/redact.ts';

describe('checkCredentialSecret', () => {
  it.each([
    ['labelled true', { [CREDENTIALS_LABEL]: 'true' }, true],
    ['not labelled', undefined, false],
    ['labelled false', { [CREDENTIALS_LABEL]: 'false' }, false],
    ['another label', { 'app.kubernetes.io/name': 'postgres' }, false],
  ])('%s', (_what, labels, allowed) => {
    const check = () => checkCredentialSecret({ metadata: { name: 'db', labels } }, 'ops', 'db');
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(`Secret ops/db is not labelled ${CREDENTIALS_LABEL}=true`);
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
    ['no credentials http://h:6820/slurm/v0.0.42/jobs', 'no credentials http://h:6820/slurm/v0.0.42/jobs'],
    ['an address user@example.org stays', 'an address user@example.org stays'],
  ])('%s', (text, shown) => {
    expect(redactUrlCredentials(text)).toBe(shown);
  });
});
