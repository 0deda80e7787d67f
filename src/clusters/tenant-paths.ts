// Where a namespace's jobs keep their files on a cluster, and which paths a resource author may
// hand to a job: the namespace's own tree under modelsBasePath, and the extra roots its tenant
// entry lists. The check is on the path's text: the cluster's file permissions, as the tenant's
// Slurm user, guard the files themselves; this keeps the operator from writing another
// tenant's path into a job on anyone's behalf.
import { posix } from 'node:path';

export interface TenantPaths {
  /** `{modelsBasePath}/{namespace}`: job output, trained models and inference results. */
  tree: string;
  /** Directories besides the tree under which this namespace's path inputs may lie. */
  allowedRoots: readonly string[];
}

const withoutTrailingSlashes = (path: string) => path.replace(/(.)\/+$/, '$1');

export function tenantTree(modelsBasePath: string, namespace: string): string {
  // As registry/names.ts joins artifact paths, so the tree is a prefix of each.
  return `${modelsBasePath.replace(/\/+$/, '')}/${namespace}`;
}

function within(path: string, root: string): boolean {
  const normalRoot = withoutTrailingSlashes(posix.normalize(root));
  const normalPath = posix.normalize(path);
  return normalPath === normalRoot || normalPath.startsWith(normalRoot === '/' ? '/' : `${normalRoot}/`);
}

/** Why a job may not be given this path for this tenant, or undefined when it may. */
export function pathProblem(path: string, paths: TenantPaths): string | undefined {
  if (/[\0\n\r]/.test(path)) return 'must not contain NUL, newline or carriage return';
  // Apptainer's --bind reads `,` as a list and `:` as src:dst: `/mine,/theirs` would bind both.
  if (/[,:]/.test(path)) return `must not contain ',' or ':', got ${JSON.stringify(path)}`;
  if (!path.startsWith('/')) return `must be an absolute path, got ${JSON.stringify(path)}`;
  // Checked before any normalizing: normalize would resolve `..`, and the intent is what counts.
  if (path.split('/').includes('..')) return `must not contain '..' segments, got ${JSON.stringify(path)}`;
  const roots = [paths.tree, ...paths.allowedRoots];
  if (roots.some((root) => within(path, root))) return undefined;
  const others = paths.allowedRoots.length > 0 ? ` or under ${paths.allowedRoots.join(', ')}` : '';
  return (
    `${JSON.stringify(path)} is outside this namespace's tree: it must lie under ${paths.tree}${others}` +
    " (a cluster admin may allow more roots in the SlurmCluster's tenants[].allowedRoots)"
  );
}

export interface PathInput {
  /** What the path is, for messages: `spec.input`, `parameter "raw_path"`. templates/ returns this shape without importing it. */
  label: string;
  path: string;
}

/** A message for each input the tenant may not use, e.g. `spec.input: "/x" is outside ...`. */
export function refusedPaths(inputs: readonly PathInput[], paths: TenantPaths): string[] {
  return inputs.flatMap(({ label, path }) => {
    const problem = pathProblem(path, paths);
    return problem === undefined ? [] : [`${label}: ${problem}`];
  });
}
