import { describe, expect, it } from 'vitest';
import { unservedMessage, versionsInPaths } from '../../../src/slurm/client.ts';

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
