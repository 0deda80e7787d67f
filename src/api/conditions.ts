// metav1.Condition handling: set a condition, keeping lastTransitionTime when the status
// did not change, as apimachinery's meta.SetStatusCondition does.
import type { Condition } from './types.ts';

export interface ConditionInput {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
}

export function setCondition(
  conditions: readonly Condition[] | undefined,
  input: ConditionInput,
  observedGeneration: number | undefined,
  now: Date,
): Condition[] {
  const existing = (conditions ?? []).find((c) => c.type === input.type);
  const next: Condition = {
    ...input,
    message: truncate(input.message, 32_000),
    lastTransitionTime:
      existing && existing.status === input.status ? existing.lastTransitionTime : now.toISOString(),
    ...(observedGeneration === undefined ? {} : { observedGeneration }),
  };
  // In place, as meta.SetStatusCondition does: the list's order never changes, so two writers
  // setting the same conditions in another order do not see a difference (and write again).
  return existing
    ? (conditions ?? []).map((c) => (c.type === input.type ? next : c))
    : [...(conditions ?? []), next];
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
