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
  return [...(conditions ?? []).filter((c) => c.type !== input.type), next];
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
