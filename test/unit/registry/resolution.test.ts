import { describe, expect, it } from 'vitest';
import type { Model, ModelVersion, Prediction } from '../../../src/api/types.ts';
import { newModelVersion } from '../../../src/registry/names.ts';
import { resolveModelVersion } from '../../../src/registry/resolution.ts';

const prediction = (spec: Partial<Prediction['spec']> = {}): Prediction => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Prediction',
  metadata: { namespace: 'ns', name: 'p' },
  spec: { model: 'm', template: 'demo-predict', input: '/in', ...spec },
});
const model = (spec: Model['spec'] = {}, status: Model['status'] = {}): Model => ({
  apiVersion: 'ml.hpc.dev/v1alpha1',
  kind: 'Model',
  metadata: { namespace: 'ns', name: 'm' },
  spec,
  status,
});
const versions = (...numbers: number[]) =>
  new Map<number, ModelVersion>(
    numbers.map((n) => [
      n,
      newModelVersion('ns', { model: 'm', version: n, path: `/p${n}`, createdAt: '2026-01-01T00:00:00Z' }),
    ]),
  );
const verdict = (r: ReturnType<typeof resolveModelVersion>) =>
  'version' in r
    ? `use ${r.version} at ${r.path}`
    : 'never' in r
      ? `fail ${r.never.reason}`
      : `wait ${r.waiting.reason}`;

describe('resolveModelVersion', () => {
  it.each([
    ['no Model', {}, undefined, versions(), 'wait ModelNotFound'],
    ['latest, none registered', {}, model(), versions(), 'wait NoReadyVersion'],
    ['latest', {}, model(), versions(1, 2, 3), 'use 3 at /p3'],
    ['a number', { version: 2 }, model(), versions(1, 2, 3), 'use 2 at /p2'],
    [
      'a number not registered yet',
      { version: 4 },
      model({}, { nextVersion: 4 }),
      versions(1, 2, 3),
      'wait VersionNotRegistered',
    ],
    [
      'a number given and deleted',
      { version: 2 },
      model({}, { nextVersion: 4 }),
      versions(1, 3),
      'fail VersionDeleted',
    ],
    [
      'the highest given, deleted',
      { version: 3 },
      model({}, { nextVersion: 4 }),
      versions(1, 2),
      'fail VersionDeleted',
    ],
    ['an alias', { alias: 'prod' }, model({ aliases: { prod: 1 } }), versions(1, 2), 'use 1 at /p1'],
    ['an unknown alias', { alias: 'prod' }, model(), versions(1), 'wait AliasNotFound'],
    [
      'an alias ahead of the versions',
      { alias: 'prod' },
      model({ aliases: { prod: 5 } }, { nextVersion: 3 }),
      versions(1, 2),
      'wait VersionNotRegistered',
    ],
    [
      'an alias at a deleted version',
      { alias: 'prod' },
      model({ aliases: { prod: 1 } }, { nextVersion: 3 }),
      versions(2),
      'wait AliasDangling',
    ],
    [
      'the latest while the legacy list is migrated',
      {},
      model(
        {},
        { versions: [{ version: 3, path: '/v3', createdAt: '2026-01-01T00:00:00Z' }], nextVersion: 4 },
      ),
      versions(1, 2),
      'wait Migrating',
    ],
    [
      'a version still in the legacy list',
      { version: 1 },
      model(
        {},
        { versions: [{ version: 1, path: '/v1', createdAt: '2026-01-01T00:00:00Z' }], nextVersion: 3 },
      ),
      versions(2),
      'use 1 at /v1',
    ],
    [
      'a missing version while the legacy list is migrated',
      { version: 1 },
      model(
        {},
        { versions: [{ version: 2, path: '/v2', createdAt: '2026-01-01T00:00:00Z' }], nextVersion: 3 },
      ),
      versions(2),
      'wait Migrating',
    ],
  ])('%s', (_label, spec, m, v, expected) => {
    expect(verdict(resolveModelVersion(prediction(spec), m, v))).toBe(expected);
  });
});
