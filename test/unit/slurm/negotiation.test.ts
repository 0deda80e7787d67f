import { describe, expect, it } from 'vitest';
import { mintingTokenSource } from '../../../src/slurm/auth/token-source.ts';
import { openSlurmConnection, unservedMessage, versionsInPaths } from '../../../src/slurm/client.ts';
import { SlurmNotFoundError } from '../../../src/slurm/errors.ts';

const E = 'http://slurm:6820';

describe('version negotiation messages', () => {
  it('reads the slurmctld versions a server serves from its OpenAPI paths, oldest first', () => {
    expect(
      versionsInPaths([
        '/slurm/v0.0.45/ping/',
        '/slurm/v0.0.43/jobs/',
        '/slurmdb/v0.0.45/jobs/',
        '/slurm/v0.0.44/diag/',
        '/slurm/v0.0.110/ping/',
        '/openapi/v3',
      ]),
    ).toEqual(['v0.0.43', 'v0.0.44', 'v0.0.45', 'v0.0.110']);
  });

  it.each([
    [
      'a pinned version the server does not serve (26.05, pinned v0.0.40)',
      'v0.0.40',
      ['v0.0.42', 'v0.0.43', 'v0.0.44', 'v0.0.45'],
      `${E} does not serve v0.0.40; it serves v0.0.42, v0.0.43, v0.0.44, v0.0.45: set spec.apiVersion to one of v0.0.42, v0.0.43, v0.0.44, v0.0.45 or to auto`,
    ],
    [
      'a release newer than the operator knows (only v0.0.46 and later)',
      'auto',
      ['v0.0.46', 'v0.0.47', 'v0.0.48'],
      `${E} serves v0.0.46, v0.0.47, v0.0.48, none of which this operator supports (v0.0.38, v0.0.40, v0.0.41, v0.0.42, v0.0.43, v0.0.44, v0.0.45): a newer Slurm than this operator knows; upgrade the operator`,
    ],
    [
      'an unreadable OpenAPI document',
      'v0.0.44',
      null,
      `${E} does not serve v0.0.44, and its OpenAPI document (/openapi/v3) could not be read to tell which it serves`,
    ],
  ] as const)('%s', (_, wanted, served, message) => {
    expect(unservedMessage(E, wanted, served ? [...served] : null)).toBe(message);
  });
});

/** A slurmrestd that serves only `versions` (every other version's paths answer 404). */
function stubServer(versions: string[], release: string): typeof fetch {
  return (async (input: Request | URL | string) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url.pathname === '/openapi/v3') {
      return json({ paths: Object.fromEntries(versions.map((v) => [`/slurm/${v}/ping/`, {}])) });
    }
    const version = /^\/slurm(?:db)?\/(v[\d.]+)\//.exec(url.pathname)?.[1];
    if (!version || !versions.includes(version)) return json({ errors: [] }, 404);
    return json({ pings: [{ responding: true }], meta: { slurm: { release } }, jobs: [], errors: [] });
  }) as typeof fetch;
}

describe('openSlurmConnection against servers of releases not in the stack', () => {
  const open = (versions: string[], apiVersion: 'auto' | 'v0.0.43' = 'auto') =>
    openSlurmConnection({
      endpoint: E,
      apiVersion,
      user: 'alice',
      tokens: mintingTokenSource({ key: Buffer.alloc(32, 1), lifetimeSeconds: 300 }),
      fetchImpl: stubServer(versions, '26.11.0'),
    });

  it('26.11 (v0.0.44-46): auto takes v0.0.45, the newest it supports, with accounting', async () => {
    const connection = await open(['v0.0.44', 'v0.0.45', 'v0.0.46']);
    expect(connection).toMatchObject({ apiVersion: 'v0.0.45', release: '26.11.0', accounting: true });
  });

  it('a release serving only v0.0.46+ is refused with a message saying the operator is too old', async () => {
    await expect(open(['v0.0.46', 'v0.0.47'])).rejects.toThrow(
      /serves v0\.0\.46, v0\.0\.47, none of which this operator supports .*upgrade the operator/,
    );
  });

  it('a pinned version the server dropped names the versions it serves', async () => {
    await expect(open(['v0.0.44', 'v0.0.45', 'v0.0.46'], 'v0.0.43')).rejects.toBeInstanceOf(
      SlurmNotFoundError,
    );
    await expect(open(['v0.0.44', 'v0.0.45', 'v0.0.46'], 'v0.0.43')).rejects.toThrow(
      'does not serve v0.0.43; it serves v0.0.44, v0.0.45, v0.0.46',
    );
  });
});
