// Where the reconcilers report state transitions. The Postgres audit store implements it;
// until it is configured, transitions only go to the log.
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
}
