// The Submitting marker: written just before a submit, it says an attempt's job may exist though
// the status has no id for it. It is an annotation, so the patch that first adds the finalizer
// carries it too: one write before a first submit instead of two. It holds what the submit was
// decided with (cluster, tenant user, the kind's paths), so a job adopted after a crash is
// recorded as it was submitted. It stands while the status has not recorded its attempt.
// An annotation is the resource author's to write, unlike status: a marker counts only for the
// uid it names (a restored copy has a new uid), and the kind takes from its plan only what its
// own submit could have decided (JobKind.trustedPlan).
// Releases before this one wrote the marker as a condition (Submitted=Unknown/Submitting); that
// form is still read, so an upgrade in the middle of a submit finds the job.
import type { JobResource } from '../../api/types.ts';
import type { JsonPatchOperation } from '../../kube/resources.ts';
import { addFinalizerOperations, resourceVersionGuard } from '../../runtime/index.ts';
import type { JobStatus } from './mirror.ts';

export const SUBMIT_MARKER_ANNOTATION = 'ml.hpc.dev/submitting';

/** The condition earlier releases wrote as the marker, and this one writes once a job is found. */
export const SUBMITTED_CONDITION = 'Submitted';
const LEGACY_MARKER = { status: 'Unknown', reason: 'Submitting' } as const;

/** What a submit was decided with that status.slurm and the kind's fields record after it. */
export type SubmitPlan = Pick<JobStatus, 'modelPath' | 'modelVersion' | 'outputPath'>;

export interface SubmitMarker {
  /** The resource it was written for: a copy restored from a backup has another uid. */
  uid: string;
  attempt: number;
  /** When the submit was decided: a lookup that finds nothing is trusted only `submitSettle` after it. */
  at: string;
  cluster?: string;
  user?: string;
  plan: SubmitPlan;
}

/** The marker that stands on this resource, if any: an attempt the status has not recorded. */
export function standingMarker(resource: JobResource): SubmitMarker | undefined {
  const status = resource.status ?? {};
  const recorded = status.attempts ?? 0;
  const uid = resource.metadata.uid ?? '';
  const written = resource.metadata.annotations?.[SUBMIT_MARKER_ANNOTATION];
  const marker = written === undefined ? undefined : parseMarker(written, recorded, uid);
  if (marker && marker.attempt > recorded) return marker;
  const legacy = status.conditions?.find((c) => c.type === SUBMITTED_CONDITION);
  if (legacy?.status === LEGACY_MARKER.status && legacy.reason === LEGACY_MARKER.reason && recorded > 0) {
    // This release resubmitted the old release's attempt: its marker is the newer word on it.
    if (marker && marker.attempt === recorded) return marker;
    const { cluster, user } = status.slurm ?? {};
    return {
      uid,
      attempt: recorded,
      at: legacy.lastTransitionTime ?? '',
      ...(cluster ? { cluster } : {}),
      ...(user ? { user } : {}),
      plan: pickPlan(status),
    };
  }
  return undefined;
}

/**
 * An annotation that does not parse (edited by hand) is read as a marker for the next attempt
 * with no time: the job is looked up before anything is submitted again, never assumed absent.
 */
function parseMarker(written: string, recorded: number, uid: string): SubmitMarker | undefined {
  const unreadable: SubmitMarker = { uid, attempt: recorded + 1, at: '', plan: {} };
  let value: unknown;
  try {
    value = JSON.parse(written);
  } catch {
    return unreadable;
  }
  if (typeof value !== 'object' || value === null) return unreadable;
  const { uid: writtenFor, attempt, at, cluster, user, plan } = value as Record<string, unknown>;
  // Written for another object of this name (restored from a backup): no job of this uid exists.
  if (typeof writtenFor === 'string' && writtenFor !== uid) return undefined;
  if (
    typeof writtenFor !== 'string' ||
    typeof attempt !== 'number' ||
    !Number.isSafeInteger(attempt) ||
    attempt < 1
  )
    return unreadable;
  return {
    uid,
    attempt,
    at: typeof at === 'string' ? at : '',
    ...(typeof cluster === 'string' ? { cluster } : {}),
    ...(typeof user === 'string' ? { user } : {}),
    plan: typeof plan === 'object' && plan !== null ? pickPlan(plan as JobStatus) : {},
  };
}

export function pickPlan(status: JobStatus): SubmitPlan {
  const { modelPath, modelVersion, outputPath } = status;
  return {
    ...(typeof modelPath === 'string' ? { modelPath } : {}),
    ...(typeof modelVersion === 'number' ? { modelVersion } : {}),
    ...(typeof outputPath === 'string' ? { outputPath } : {}),
  };
}

/**
 * One guarded JSON patch: the marker, and the finalizer when the resource lacks it (a job may
 * exist from here on, so a deletion must cancel it first).
 */
export function markerPatch(
  resource: JobResource,
  finalizer: string,
  marker: SubmitMarker,
): JsonPatchOperation[] {
  const operations = [resourceVersionGuard(resource), ...addFinalizerOperations(resource, finalizer)];
  if (!resource.metadata.annotations)
    operations.push({ op: 'add', path: '/metadata/annotations', value: {} });
  const path = `/metadata/annotations/${SUBMIT_MARKER_ANNOTATION.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  operations.push({ op: 'add', path, value: JSON.stringify(marker) });
  return operations;
}
