// A phase as text first, with a color and a shape that repeat it (never color alone).
import type { Phase } from '../../../src/api/types.ts';

const GLYPH: Record<Phase, string> = {
  Pending: '○',
  Submitted: '◔',
  Running: '▶',
  Succeeded: '✓',
  Failed: '✕',
  Cancelled: '⊘',
  Lost: '?',
};

export function PhaseBadge(props: { phase: Phase | undefined; 'data-testid'?: string }) {
  const phase = props.phase;
  const tone = phase === undefined ? 'unknown' : phase.toLowerCase();
  return (
    <span className={`phase phase-${tone}`}>
      {phase === undefined ? null : (
        <span className="phase-glyph" aria-hidden="true">
          {GLYPH[phase]}
        </span>
      )}
      <span data-testid={props['data-testid']}>{phase ?? 'Unknown'}</span>
    </span>
  );
}
