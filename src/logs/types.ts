// What the logs endpoint reads: for a Training or Prediction, its attempts and where each
// attempt's job output (stdout and stderr, one file) lies as the operator sees it. Another part of
// the operator implements LogSource from its caches; src/logs only reads the files it names.

export type LogListing = 'trainings' | 'predictions';

export interface AttemptOutput {
  attempt: number; // 1, 2, ...
  jobId: number; // Slurm job id of that attempt
  /** Where the operator reads the file; absent when it cannot (then `unavailable` says why). */
  path?: string;
  unavailable?: string; // e.g. 'SlurmCluster "lab" declares no spec.sharedFilesystem, so the operator cannot read job output; on the cluster it is /shared/x-12.out'
}

export type LogLookup =
  | { found: false }
  | {
      found: true;
      attempts: AttemptOutput[];
      /** re-asked while following: false once the resource's current job can write no more */
      active(): boolean;
    };

export interface LogSource {
  lookup(listing: LogListing, namespace: string, name: string): LogLookup;
}
