// The phases of a Training or Prediction, and which of them are final: defined once here.
import type { Phase } from './types.ts';

export const PHASES = [
  'Pending',
  'Submitted',
  'Running',
  'Succeeded',
  'Failed',
  'Cancelled',
  'Lost',
] as const satisfies readonly Phase[];

/** Nothing changes the resource after one of these. */
export const FINAL_PHASES: readonly Phase[] = ['Succeeded', 'Failed', 'Cancelled', 'Lost'];

/** A Slurm job exists and may still change: the poller watches it. */
export const ACTIVE_PHASES: readonly Phase[] = ['Submitted', 'Running'];

export const isFinalPhase = (phase: Phase | undefined): boolean =>
  phase !== undefined && FINAL_PHASES.includes(phase);

/** Final phases reached by a job that ran to its end (Lost is not: nobody saw the end). */
export const isEndedByJob = (phase: Phase | undefined): boolean =>
  phase !== undefined && phase !== 'Lost' && FINAL_PHASES.includes(phase);
