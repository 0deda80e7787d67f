import { describe, expect, it } from 'vitest';
import type { Model, ModelVersion } from '../../../src/api/types.ts';
import { summarizeModel } from '../../../src/registry/model-summary.ts';
import { newModelVersion } from '../../../src/registry/names.ts';

const now = new Date('2026-01-01T00:00:00Z');
const model = (spec: Model['spec'] = {}, status?: Model['status']): Model => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Model',
  metadata: { namespace: 'ns', name: 'm', generation: 1 },
  spec,
  ...(status ? { status } : {}),
});
const versions = (...numbers: number[]) =>
  new Map<number, ModelVersion>(
    numbers.map((n) => [
      n,
      newModelVersion('ns', { model: 'm', version: n, path: `/p${n}`, createdAt: '2026-01-01T00:00:00Z' }),
    ]),
  );
const condition = (status: Model['status'], type: string) => status?.conditions?.find((c) => c.type === type);

describe('summarizeModel', () => {
  it.each([
    ['no versions', model(), versions(), { versionCount: 0, nextVersion: 1 }, 'False'],
    [
      'three versions',
      model(),
      versions(1, 2, 3),
      { latestVersion: 3, versionCount: 3, nextVersion: 4 },
      'True',
    ],
    [
      'the highest deleted: nextVersion stays',
      model({}, { nextVersion: 6 }),
      versions(1, 2),
      { latestVersion: 2, versionCount: 2, nextVersion: 6 },
      'True',
    ],
  ])('%s', (_label, m, v, expected, ready) => {
    const status = summarizeModel(m, v, 0, now);
    expect(status).toMatchObject(expected);
    expect(condition(status, 'Ready')?.status).toBe(ready);
  });

  it('never lowers nextVersion below a number given to a version deleted since', () => {
    expect(summarizeModel(model({}, { nextVersion: 3 }), versions(1, 2), 3, now).nextVersion).toBe(4);
  });

  it('resolves the aliases whose version exists and names the others', () => {
    const status = summarizeModel(model({ aliases: { production: 1, staging: 4 } }), versions(1, 2), 2, now);
    expect(status.aliases).toEqual({ production: 1 });
    expect(condition(status, 'AliasesResolved')).toMatchObject({
      status: 'False',
      message: 'alias staging -> version 4 is not registered',
    });
  });

  it('drops the legacy list and stays the same size however many versions exist', () => {
    const legacy = model({}, { versions: [{ version: 1, path: '/v1', createdAt: '2026-01-01T00:00:00Z' }] });
    expect(summarizeModel(legacy, versions(1), 1, now).versions).toBeUndefined();
    const size = (n: number) =>
      JSON.stringify(summarizeModel(model(), versions(...Array.from({ length: n }, (_, i) => i + 1)), n, now))
        .length;
    // Only the digits grow: four numbers (two in the Ready message), two digits each.
    expect(size(5000) - size(10)).toBeLessThanOrEqual(10);
  });
});
