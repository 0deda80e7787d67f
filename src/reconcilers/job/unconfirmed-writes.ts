// Status writes whose answer was lost. When the connection drops, the request times out or the
// API server answers 5xx (it was killed after storing, say), the write may have been stored all
// the same: its phase change is then in status.phaseHistory but never reached the audit sink.
//
// Nothing here decides whether it was stored. Only the resource's uid is kept, with the
// resourceVersion of the copy the write was based on (its guard). A copy with another
// resourceVersion may show the outcome, so the audit sink resyncs the resource from it: the
// history resync stores the lost entry if the copy has it, and nothing if not.
//
// The uid is forgotten once a later write succeeds (after one resync from its answer, the latest
// copy: the lost write was stored before it or never will be, being guarded by resourceVersion)
// or the resource is deleted. A copy a reconcile starts from is resynced from too (a final phase
// is written last), but the uid is kept: the informer cache may be older than the lost write's
// copy, a fresh read or an earlier write's answer. The copy's resourceVersion is remembered, so
// the same copy is not resynced twice.

import type { JobResource } from '../../api/types.ts';
import type { AuditSink } from '../../audit/sink.ts';

/**
 * Uids kept at most (10,000); beyond it the oldest is dropped silently: the resync at the next
 * operator start, or new leader, stores whatever its lost write changed.
 */
export const UNCONFIRMED_WRITES_LIMIT = 10_000;

export class UnconfirmedWrites {
  /** Per resource uid, the resourceVersion of the last copy looked at. Insertion order is age. */
  private readonly kept = new Map<string, string | undefined>();
  private readonly limit: number;

  constructor(limit = UNCONFIRMED_WRITES_LIMIT) {
    this.limit = limit;
  }

  /** A write from `copy` failed without saying whether it was stored. */
  remember(copy: JobResource): void {
    const uid = copy.metadata.uid;
    if (!uid) return;
    this.kept.delete(uid); // re-inserted as the newest
    this.kept.set(uid, copy.metadata.resourceVersion);
    if (this.kept.size <= this.limit) return;
    const oldest = this.kept.keys().next().value;
    if (oldest !== undefined) this.kept.delete(oldest);
  }

  /** A reconcile sees `copy`: if it is one not looked at yet, the resource is resynced from it. */
  resyncIfNewCopy(copy: JobResource, audit: AuditSink): void {
    const uid = copy.metadata.uid ?? '';
    if (!this.kept.has(uid) || this.kept.get(uid) === copy.metadata.resourceVersion) return;
    this.kept.set(uid, copy.metadata.resourceVersion);
    audit.resync([copy], { complete: false });
  }

  /** A write succeeded and `answer` is what the API server stored: a resync from it settles a lost write. */
  written(answer: JobResource, audit: AuditSink): void {
    this.resyncIfNewCopy(answer, audit);
    this.forget(answer.metadata.uid);
  }

  /** The resource was deleted. */
  forget(uid: string | undefined): void {
    if (uid) this.kept.delete(uid);
  }
}
