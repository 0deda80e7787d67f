import { createHmac } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mintSlurmToken } from '../../../src/slurm/auth/jwt.ts';
import {
  fileTokenSource,
  mintingTokenSource,
  staticTokenSource,
} from '../../../src/slurm/auth/token-source.ts';

const key = Buffer.from('0123456789abcdef0123456789abcdef');

function decode(token: string) {
  const [header, payload, signature] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header ?? '', 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
    signatureValid:
      createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url') === signature,
  };
}

describe('mintSlurmToken', () => {
  it('makes an HS256 JWT with iat, exp and sun, signed with the key', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const { token, expiresAt } = mintSlurmToken({ key, user: 'alice', lifetimeSeconds: 600, now });
    const decoded = decode(token);
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(decoded.payload).toEqual({ iat: 1767225600, exp: 1767226200, sun: 'alice' });
    expect(decoded.signatureValid).toBe(true);
    expect(expiresAt.toISOString()).toBe('2026-01-01T00:10:00.000Z');
  });
});

describe('mintingTokenSource', () => {
  it('caches per user and renews before expiry', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const source = mintingTokenSource({ key, lifetimeSeconds: 100, now: () => now });
    const first = await source.token('alice');
    expect(await source.token('alice')).toBe(first);
    expect(decode(await source.token('bob')).payload.sun).toBe('bob');
    now = new Date('2026-01-01T00:01:21Z'); // 81 s: less than 20 % of the lifetime left
    const renewed = await source.token('alice');
    expect(renewed).not.toBe(first);
    expect(decode(renewed).payload.iat).toBe(decode(first).payload.iat + 81);
  });

  it('mints afresh after invalidate', async () => {
    let tick = 0;
    const source = mintingTokenSource({
      key,
      lifetimeSeconds: 100,
      now: () => new Date(1_767_225_600_000 + tick++ * 1000),
    });
    const first = await source.token('alice');
    source.invalidate('alice');
    expect(await source.token('alice')).not.toBe(first);
  });
});

describe('staticTokenSource', () => {
  it('acts only as its owner', async () => {
    const source = staticTokenSource('ops', 'secret');
    expect(await source.token('ops')).toBe('secret');
    await expect(source.token('alice')).rejects.toThrow(/acts only as "ops"/);
  });
});

describe('fileTokenSource', () => {
  it('re-reads the file when it changes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'token-')), 'token');
    writeFileSync(file, 'one\n');
    utimesSync(file, 1000, 1000);
    const source = fileTokenSource('ops', file);
    expect(await source.token('ops')).toBe('one');
    writeFileSync(file, 'two\n');
    utimesSync(file, 2000, 2000);
    expect(await source.token('ops')).toBe('two');
  });
});
