// Where the operator sees a file the cluster's jobs wrote: a path under the SlurmCluster's
// spec.sharedFilesystem.clusterPath, read under its operatorPath. A path outside it, or a cluster
// without one, has no operator-side path, and the answer says why (the LogsAvailable condition,
// the logs endpoint).
import { posix } from 'node:path';
import type { SlurmClusterSpec } from '../api/types.ts';

export type OperatorPath =
  | { path: string }
  | { unavailable: string; reason: 'NoSharedFilesystem' | 'OutsideSharedFilesystem' };

const trimmed = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

export function operatorPathOf(
  clusterName: string,
  spec: Pick<SlurmClusterSpec, 'sharedFilesystem'>,
  clusterPath: string,
): OperatorPath {
  const mapping = spec.sharedFilesystem;
  if (!mapping)
    return {
      reason: 'NoSharedFilesystem',
      unavailable:
        `SlurmCluster "${clusterName}" declares no spec.sharedFilesystem, so the operator cannot read ` +
        `job files; on the cluster the file is ${clusterPath}`,
    };
  const root = trimmed(posix.normalize(mapping.clusterPath));
  const path = posix.normalize(clusterPath);
  // The text decides, as for tenant paths: `..` never reaches here (the operator made the path),
  // and the mount itself is read-only.
  const inside = root === '/' ? path.startsWith('/') : path === root || path.startsWith(`${root}/`);
  if (!inside || path.split('/').includes('..'))
    return {
      reason: 'OutsideSharedFilesystem',
      unavailable:
        `${clusterPath} lies outside SlurmCluster "${clusterName}"'s spec.sharedFilesystem.clusterPath ` +
        `(${mapping.clusterPath}), so the operator cannot read it`,
    };
  return { path: posix.join(trimmed(mapping.operatorPath), path.slice(root === '/' ? 0 : root.length)) };
}
