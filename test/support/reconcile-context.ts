// Recording stand-ins for a ReconcileContext's audit sink and Event recorder, and the part of a
// context the status writer uses, for its tests: audit transitions, resyncs and Events are
// recorded in lists; logs go nowhere. fake-world.ts builds a whole context from the same pieces.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { JobResource } from '../../src/api/types.ts';
import type { AuditSink, Transition } from '../../src/audit/sink.ts';
import type { EventRecorder } from '../../src/kube/events.ts';
import { createLogger } from '../../src/observability/logger.ts';
import type { ReconcileContext } from '../../src/reconcilers/context.ts';
import { UnconfirmedWrites } from '../../src/reconcilers/job/unconfirmed-writes.ts';

/** An audit sink that keeps, in order, every transition it is given and every list it resyncs from. */
export function recordingAudit(): { audit: AuditSink; recorded: Transition[]; resynced: JobResource[][] } {
  const recorded: Transition[] = [];
  const resynced: JobResource[][] = [];
  const audit: AuditSink = {
    record: (t) => recorded.push(t),
    resync: (resources) => resynced.push(structuredClone([...resources])),
  };
  return { audit, recorded, resynced };
}

export interface RecordedEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** The involved object's name. */
  name: string;
}

/** An Event recorder that keeps every Event, in order. */
export function recordingEvents(): { events: EventRecorder; recorded: RecordedEvent[] } {
  const recorded: RecordedEvent[] = [];
  const record =
    (type: RecordedEvent['type']) => (object: KubernetesObject, reason: string, message: string) =>
      recorded.push({ type, reason, message, name: object.metadata?.name ?? '' });
  return { events: { normal: record('Normal'), warning: record('Warning') }, recorded };
}

export const silentLogger = () => createLogger({ level: 'silent' });

/**
 * What the status writer reads of a context (now, log, audit, events, unconfirmedWrites); the
 * other fields are absent. For a whole context use fakeWorld (fake-world.ts).
 */
export function recordingContext(now: () => Date = () => new Date()) {
  const { audit, recorded, resynced } = recordingAudit();
  const { events, recorded: recordedEvents } = recordingEvents();
  const ctx = {
    now,
    log: silentLogger(),
    audit,
    events,
    unconfirmedWrites: new UnconfirmedWrites(),
  } as Partial<ReconcileContext> as ReconcileContext;
  return { ctx, recorded, resynced, events: recordedEvents };
}
