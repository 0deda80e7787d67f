// A resync: for each resource, its row, Slurm job, model versions and the transitions of its
// status.phaseHistory the store lacks; with a complete list, rows of resources that no longer
// exist are marked deleted. It resumes where it stopped if the database fails midway;
// a resource the database refuses as bad data is skipped, so it cannot hold up the queue.
import { type AuditWriter, isBadDataError } from './audit-writer.ts';
import type { AuditedResource } from './rows.ts';

export type ResyncSource = readonly AuditedResource[] | (() => readonly AuditedResource[]);

export interface ResyncResult {
  resources: number;
  transitionsAdded: number;
  markedDeleted: number;
  /** Resources skipped because the database refused them as bad data. */
  rejected: number;
  /** Set when the source itself failed: nothing was done. */
  error?: string;
}

export interface ResyncJob {
  source: ResyncSource;
  complete: boolean;
  /** Runs once every transition recorded up to this sequence number has been written. */
  afterSeq: number;
  /** The drop count when it was asked for: if nothing was dropped since, it clears needsResync. */
  epoch: number;
  /**
   * When the resources were seen: at the request for a list handed in, else when the source is
   * read. Their rows are upserted as of then, so a snapshot observed later is not overwritten.
   */
  observedAt?: Date;
  resolve: (result: ResyncResult) => void;
  /** Progress, kept across retries. */
  resources?: readonly AuditedResource[];
  next?: number;
  result?: ResyncResult;
}

const KINDS: AuditedResource['kind'][] = ['Training', 'Prediction', 'Model', 'ModelVersion'];

export async function runResync(writer: AuditWriter, job: ResyncJob, now: () => Date): Promise<ResyncResult> {
  // A function source is read when the resync runs, so it sees the state after the queue drained.
  try {
    job.resources ??= typeof job.source === 'function' ? job.source() : job.source;
    job.observedAt ??= now();
  } catch (error) {
    return { resources: 0, transitionsAdded: 0, markedDeleted: 0, rejected: 0, error: String(error) };
  }
  job.result ??= { resources: job.resources.length, transitionsAdded: 0, markedDeleted: 0, rejected: 0 };
  job.next ??= 0;
  while (job.next < job.resources.length) {
    const resource = job.resources[job.next];
    try {
      if (resource && (await writer.resyncResource(resource, job.observedAt))) job.result.transitionsAdded++;
    } catch (error) {
      if (!isBadDataError(error)) throw error;
      job.result.rejected++;
    }
    job.next++;
  }
  if (job.complete) {
    const at = now();
    let marked = 0;
    for (const kind of KINDS) {
      const uids = job.resources.filter((r) => r.kind === kind).map((r) => r.metadata.uid ?? '');
      marked += await writer.markMissingDeleted(kind, uids, at);
    }
    job.result.markedDeleted = marked;
  }
  return job.result;
}
