import { describe, expect, it } from 'vitest';
import type { SlurmClusterSpec } from '../../../src/api/types.ts';
import { admitNamespace } from '../../../src/clusters/tenancy.ts';
import { pathProblem, refusedPaths, tenantTree } from '../../../src/clusters/tenant-paths.ts';

const paths = { tree: '/hpc/models/team-a', allowedRoots: ['/datasets/shared', '/scratch/team-a/'] };

describe('pathProblem', () => {
  it.each([
    ['the tree itself', '/hpc/models/team-a'],
    ['a file in the tree', '/hpc/models/team-a/in.csv'],
    ['a deep path in the tree', '/hpc/models/team-a/x/y/z'],
    ['a path with a trailing slash', '/hpc/models/team-a/data/'],
    ['a doubled slash that normalizes into the tree', '/hpc/models//team-a/in.csv'],
    ['a . segment', '/hpc/models/team-a/./in.csv'],
    ['an allowed root', '/datasets/shared/brats/imagesTr'],
    ['an allowed root written with a trailing slash', '/scratch/team-a/tmp'],
  ])('accepts %s', (_what, path) => {
    expect(pathProblem(path, paths)).toBeUndefined();
  });

  it.each([
    ["another tenant's tree", '/hpc/models/team-b/in.csv', "is outside this namespace's tree"],
    ['a sibling sharing the prefix', '/hpc/models/team-a2/in.csv', "is outside this namespace's tree"],
    ['the base above the tree', '/hpc/models', "is outside this namespace's tree"],
    ['a system file', '/etc/passwd', "is outside this namespace's tree"],
    ['a root sibling sharing the prefix', '/datasets/shared-secret/x', "is outside this namespace's tree"],
    ['a .. escape', '/hpc/models/team-a/../team-b/in.csv', "'..' segments"],
    ['a trailing ..', '/hpc/models/team-a/..', "'..' segments"],
    ['a relative path', 'team-a/in.csv', 'absolute path'],
    ['an empty path', '', 'absolute path'],
    ['a newline', '/hpc/models/team-a/in\n.csv', 'newline'],
    ['a carriage return', '/hpc/models/team-a/in\r.csv', 'newline'],
    ['a NUL', '/hpc/models/team-a/in\0.csv', 'NUL'],
    // Apptainer's --bind separators: a second path, or a destination of the author's choosing.
    ['a bind list', '/hpc/models/team-a/x,/hpc/models/team-b', "must not contain ',' or ':'"],
    ['a bind destination', '/hpc/models/team-a/x:/etc', "must not contain ',' or ':'"],
  ])('refuses %s', (_what, path, message) => {
    expect(pathProblem(path, paths)).toContain(message);
  });

  it('names the tree, the allowed roots and where to allow more', () => {
    expect(pathProblem('/etc/passwd', paths)).toBe(
      '"/etc/passwd" is outside this namespace\'s tree: it must lie under /hpc/models/team-a or under ' +
        "/datasets/shared, /scratch/team-a/ (a cluster admin may allow more roots in the SlurmCluster's " +
        'tenants[].allowedRoots)',
    );
    expect(pathProblem('/etc/passwd', { tree: '/m/ns', allowedRoots: [] })).toContain(
      'must lie under /m/ns (',
    );
  });

  it('lets an admin allow everything with the root /', () => {
    expect(pathProblem('/anything/at/all', { tree: '/m/ns', allowedRoots: ['/'] })).toBeUndefined();
  });
});

describe('refusedPaths', () => {
  it('labels each refused input and passes the others', () => {
    expect(
      refusedPaths(
        [
          { label: 'spec.input', path: '/hpc/models/team-a/in.csv' },
          { label: 'parameter "raw_path"', path: '/hpc/models/team-b/raw' },
        ],
        paths,
      ),
    ).toEqual([expect.stringMatching(/^parameter "raw_path": "\/hpc\/models\/team-b\/raw" is outside/)]);
  });
});

describe("a tenant's paths", () => {
  const spec = (tenants: SlurmClusterSpec['tenants']): SlurmClusterSpec => ({
    endpoint: 'http://slurm:6820',
    auth: { user: 'ml', jwtKeySecretRef: { name: 'k' } },
    modelsBasePath: '/hpc/models/',
    tenants,
  });

  it('are the tree under modelsBasePath and the entry that admitted the namespace', () => {
    const cluster = spec([
      { namespace: 'team-a', allowedRoots: ['/datasets/a'] },
      { namespace: '*', allowedRoots: ['/datasets/public'] },
    ]);
    expect(admitNamespace(cluster, 'team-a')?.paths).toEqual({
      tree: '/hpc/models/team-a',
      allowedRoots: ['/datasets/a'],
    });
    // The wildcard's roots are for the namespaces it admits, not for those listed by name.
    expect(admitNamespace(cluster, 'team-z')?.paths).toEqual({
      tree: '/hpc/models/team-z',
      allowedRoots: ['/datasets/public'],
    });
    expect(admitNamespace(spec([{ namespace: 'team-a' }]), 'team-a')?.paths.allowedRoots).toEqual([]);
  });

  it('join base and namespace with one slash', () => {
    expect(tenantTree('/hpc/models', 'a')).toBe('/hpc/models/a');
    expect(tenantTree('/hpc/models//', 'a')).toBe('/hpc/models/a');
    expect(tenantTree('/', 'a')).toBe('/a');
  });
});
