// The write-behind's memory: a bounded FIFO of transitions and, per resource, only its latest
// snapshot. Overflow removes the oldest entry that no write in progress holds, and reports it.
import type { Transition } from './sink.ts';
import type { ResourceSnapshot } from './upserts.ts';

type SnapshotEntry = [uid: string, snapshot: ResourceSnapshot];

export class Backlog {
  private readonly capacity: number;
  private readonly snapshotCapacity: number;
  private readonly onDrop: () => void;
  private readonly transitions: { transition: Transition; seq: number }[] = [];
  private readonly snapshots = new Map<string, ResourceSnapshot>();
  /** Transitions at the head that a write in progress holds; overflow skips them. */
  private inflight = 0;
  /** Sequence number of the last transition accepted. */
  seq = 0;

  constructor(capacity: number, snapshotCapacity: number, onDrop: () => void) {
    this.capacity = capacity;
    this.snapshotCapacity = snapshotCapacity;
    this.onDrop = onDrop;
  }

  get transitionCount(): number {
    return this.transitions.length;
  }
  get snapshotCount(): number {
    return this.snapshots.size;
  }
  /** Sequence number of the oldest waiting transition (undefined when none waits). */
  get headSeq(): number | undefined {
    return this.transitions[0]?.seq;
  }

  pushTransition(transition: Transition): void {
    this.transitions.push({ transition, seq: ++this.seq });
    if (this.transitions.length > this.capacity) {
      this.transitions.splice(Math.min(this.inflight, this.transitions.length - 1), 1);
      this.onDrop();
    }
  }

  putSnapshot(uid: string, snapshot: ResourceSnapshot): void {
    this.snapshots.delete(uid); // re-inserting moves it to the back: the map stays oldest-first
    this.snapshots.set(uid, snapshot);
    if (this.snapshots.size > this.snapshotCapacity) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
      this.onDrop();
    }
  }

  /** The oldest transitions, held until settled or released. */
  takeTransitions(max: number): Transition[] {
    const batch = this.transitions.slice(0, max).map((q) => q.transition);
    this.inflight = batch.length;
    return batch;
  }

  /** The first `count` held transitions are done (written or set aside). */
  settleTransitions(count: number): void {
    this.transitions.splice(0, count);
    this.inflight = Math.max(0, this.inflight - count);
  }

  release(): void {
    this.inflight = 0;
  }

  takeSnapshots(max: number): SnapshotEntry[] {
    return [...this.snapshots.entries()].slice(0, max);
  }

  /** Done with these; a newer snapshot of the same resource that arrived meanwhile stays. */
  settleSnapshots(entries: readonly SnapshotEntry[]): void {
    for (const [uid, snapshot] of entries)
      if (this.snapshots.get(uid) === snapshot) this.snapshots.delete(uid);
  }
}
