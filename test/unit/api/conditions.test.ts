import { describe, expect, it } from 'vitest';
import { setCondition } from '../../../src/api/conditions.ts';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

describe('setCondition', () => {
  it('updates a condition in place, so the order of the list never changes', () => {
    let conditions = setCondition(
      undefined,
      { type: 'A', status: 'True', reason: 'R', message: '' },
      1,
      at(0),
    );
    conditions = setCondition(conditions, { type: 'B', status: 'True', reason: 'R', message: '' }, 1, at(1));
    conditions = setCondition(
      conditions,
      { type: 'A', status: 'False', reason: 'S', message: 'm' },
      1,
      at(2),
    );
    expect(conditions.map((c) => [c.type, c.status, c.lastTransitionTime])).toEqual([
      ['A', 'False', at(2).toISOString()],
      ['B', 'True', at(1).toISOString()],
    ]);
  });

  it('keeps lastTransitionTime while the status stays, and takes the new reason and message', () => {
    const first = setCondition(
      undefined,
      { type: 'A', status: 'True', reason: 'R', message: 'one' },
      1,
      at(0),
    );
    const second = setCondition(first, { type: 'A', status: 'True', reason: 'S', message: 'two' }, 2, at(5));
    expect(second).toEqual([
      {
        type: 'A',
        status: 'True',
        reason: 'S',
        message: 'two',
        lastTransitionTime: at(0).toISOString(),
        observedGeneration: 2,
      },
    ]);
  });
});
