// The logs endpoint's view of a Training or Prediction, from the informer caches: each attempt
// its status names (status.logs) and where the operator reads that attempt's output, through
// the SlurmCluster's spec.sharedFilesystem as it is now.
import type { JobResource, SlurmCluster } from '../api/types.ts';
import type { LogListing, LogLookup, LogSource } from '../logs/types.ts';
import { operatorPathOf } from './shared-filesystem.ts';

export interface LogSourceCaches {
  resource(listing: LogListing, namespace: string, name: string): JobResource | undefined;
  cluster(name: string): SlurmCluster | undefined;
}

/** Only a job that is queued or running can write more. */
const writing = (resource: JobResource | undefined) =>
  resource?.status?.phase === 'Submitted' || resource?.status?.phase === 'Running';

const newestAttempt = (resource: JobResource | undefined) =>
  Math.max(0, ...(resource?.status?.logs ?? []).map((entry) => entry.attempt));

export function cachedLogSource(caches: LogSourceCaches): LogSource {
  return {
    lookup(listing, namespace, name): LogLookup {
      const resource = caches.resource(listing, namespace, name);
      if (!resource) return { found: false };
      const attempts = (resource.status?.logs ?? []).map((entry) => {
        const cluster = entry.cluster ? caches.cluster(entry.cluster) : undefined;
        const base = { attempt: entry.attempt, jobId: entry.jobId };
        if (!cluster)
          return {
            ...base,
            unavailable: `SlurmCluster "${entry.cluster ?? ''}" no longer exists; on the cluster the output was ${entry.path}`,
          };
        const seen = operatorPathOf(entry.cluster ?? '', cluster.spec, entry.path);
        return 'path' in seen ? { ...base, path: seen.path } : { ...base, unavailable: seen.unavailable };
      });
      return {
        found: true,
        attempts,
        // A retry's new attempt means the attempt followed so far writes no more.
        active: () => {
          const now = caches.resource(listing, namespace, name);
          return writing(now) && newestAttempt(now) === newestAttempt(resource);
        },
      };
    },
  };
}
