import { describe, expect, it } from 'vitest';
import type { ModelVersion } from '../../../src/api/types.ts';
import { newModelVersion } from '../../../src/registry/names.ts';
import { ModelVersionIndex } from '../../../src/registry/version-index.ts';

const version = (n: number, uid: string, training = `t${n}`): ModelVersion => {
  const v = newModelVersion('ns', {
    model: 'm',
    version: n,
    path: `/p${n}`,
    createdAt: '2026-01-01T00:00:00Z',
    training: { name: training, uid: `training-${training}` },
  });
  return { ...v, metadata: { ...v.metadata, uid } };
};

describe('ModelVersionIndex', () => {
  it('keeps the highest number given after that version is deleted, until the model has none', () => {
    const index = new ModelVersionIndex();
    index.record(version(1, 'a'));
    index.record(version(2, 'b'));
    index.remove(version(2, 'b'));
    expect([...index.versionsOf('ns', 'm').keys()]).toEqual([1]);
    expect(index.highestGiven('ns', 'm')).toBe(2);
    expect(index.ofTraining('training-t2')).toBeUndefined();
    index.remove(version(1, 'a'));
    expect(index.versionsOf('ns', 'm').size).toBe(0);
    expect(index.highestGiven('ns', 'm')).toBe(0); // bounded: nothing left of the model
  });

  it("ignores the delete of an old object whose name a newer one holds, but forgets the old one's Training", () => {
    const index = new ModelVersionIndex();
    index.record(version(1, 'old', 'first'));
    index.record(version(1, 'new', 'second'));
    index.remove(version(1, 'old', 'first'));
    expect(index.versionsOf('ns', 'm').get(1)?.metadata.uid).toBe('new');
    expect(index.ofTraining('training-second')?.metadata.uid).toBe('new');
    expect(index.ofTraining('training-first')).toBeUndefined();
  });
});
