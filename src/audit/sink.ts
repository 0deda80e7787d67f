// Where the reconcilers report state transitions. The Postgres audit store implements it;
// until it is configured, transitions only go to the log.
import type { JobResource } from '../api/types.ts';

export interface Transition {
  kind: 'Training' | 'Prediction' | 'Model' | 'SlurmCluster';
  namespace: string | null;
  name: string;
  uid: string;
  from: string | null;
  to: string;
  reason: string;
  message: string;
  slurmState: string | null;
  slurmJobId: number | null;
  at: Date;
  /** SlurmCluster the job runs on (status.slurm.cluster), when known. */
  cluster?: string | null;
}

export interface AuditSink {
  /** Must not block or throw: the store queues and retries on its own. */
  record(transition: Transition): void;
  /**
   * Stores what these resources' status.phaseHistory holds and the store lacks, after the
   * transitions recorded before the call (idempotent: a stored transition is recognised by its
   * key). A partial list: nothing is marked deleted. Must not block or throw either.
   */
  resync(resources: readonly JobResource[], options: { complete: false }): void;
}
