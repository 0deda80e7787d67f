// status.phaseHistory of Trainings and Predictions: the latest phase changes, oldest first.
// The limit is the CRD's maxItems (test/unit/crds.test.ts keeps the two equal).
import type { Phase, TrainingStatus } from './types.ts';

export const PHASE_HISTORY_LIMIT = 20;

export type PhaseHistory = NonNullable<TrainingStatus['phaseHistory']>;

export function appendPhase(
  history: PhaseHistory | undefined,
  phase: Phase,
  reason: string | undefined,
  at: Date,
): PhaseHistory {
  const entry = { phase, ...(reason ? { reason } : {}), time: at.toISOString() };
  return [...(history ?? []), entry].slice(-PHASE_HISTORY_LIMIT);
}
