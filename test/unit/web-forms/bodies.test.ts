import { describe, expect, it } from 'vitest';
import {
  choiceFromQuery,
  choiceLabel,
  choiceValue,
  inputProblem,
  parseChoice,
  predictionBody,
  trainingBody,
  type VersionChoice,
  versionChoices,
} from '../../../web/src/forms/bodies.ts';

describe('trainingBody', () => {
  it('builds a Training of the form values', () => {
    expect(
      trainingBody({
        namespace: 'team-a',
        name: 'seg-abcde',
        model: 'seg',
        template: 'demo-train',
        parameters: { epochs: '5' },
        cluster: '',
      }),
    ).toEqual({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Training',
      metadata: { name: 'seg-abcde', namespace: 'team-a' },
      spec: { model: 'seg', template: 'demo-train', parameters: { epochs: '5' } },
    });
  });

  it('leaves spec.parameters out when there are none', () => {
    expect(
      trainingBody({ namespace: 'n', name: 'a', model: 'm', template: 't', parameters: {}, cluster: '' })
        .spec,
    ).toEqual({ model: 'm', template: 't' });
  });

  it('names the cluster only when one is given', () => {
    expect(
      trainingBody({
        namespace: 'n',
        name: 'a',
        model: 'm',
        template: 't',
        parameters: {},
        cluster: 'slurm-a',
      }).spec,
    ).toEqual({ model: 'm', template: 't', cluster: 'slurm-a' });
  });
});

describe('version choice', () => {
  it.each<[VersionChoice, string, string]>([
    [{ by: 'latest' }, 'latest', 'latest'],
    [{ by: 'version', version: 3 }, '3', '3'],
    [{ by: 'alias', alias: 'production' }, 'alias: production', 'alias: production'],
  ])('%o is option %j labelled %j, and reads back', (choice, value, label) => {
    expect(choiceValue(choice)).toBe(value);
    expect(choiceLabel(choice)).toBe(label);
    expect(parseChoice(value)).toEqual(choice);
  });

  it.each<[string, VersionChoice]>([
    ['', { by: 'latest' }],
    ['0', { by: 'latest' }],
    ['03', { by: 'latest' }],
    ['x', { by: 'latest' }],
    ['alias: ', { by: 'latest' }],
    ['alias:production', { by: 'latest' }],
  ])('unreadable option %j is the latest', (value, choice) => {
    expect(parseChoice(value)).toEqual(choice);
  });

  it.each<[{ version?: string | null; alias?: string | null }, VersionChoice]>([
    [{}, { by: 'latest' }],
    [{ version: '2' }, { by: 'version', version: 2 }],
    [{ alias: 'production' }, { by: 'alias', alias: 'production' }],
    [
      { version: '2', alias: 'production' },
      { by: 'version', version: 2 },
    ],
    [{ version: 'two', alias: null }, { by: 'latest' }],
    [{ version: '0' }, { by: 'latest' }],
  ])('query %o → %o', (query, choice) => {
    expect(choiceFromQuery(query)).toEqual(choice);
  });

  it('offers latest, the versions newest first, then the aliases', () => {
    expect(versionChoices([1, 3, 2, 3], ['staging', 'production']).map(choiceLabel)).toEqual([
      'latest',
      '3',
      '2',
      '1',
      'alias: production',
      'alias: staging',
    ]);
  });
});

describe('predictionBody', () => {
  const base = {
    namespace: 'team-a',
    name: 'p1',
    model: 'seg',
    template: 'demo-predict',
    input: '/data/in',
    parameters: {},
    cluster: '',
  };
  it.each<[VersionChoice, Record<string, unknown>]>([
    [{ by: 'latest' }, {}],
    [{ by: 'version', version: 2 }, { version: 2 }],
    [{ by: 'alias', alias: 'production' }, { alias: 'production' }],
  ])('%o sets %o', (choice, fields) => {
    expect(predictionBody({ ...base, choice })).toEqual({
      apiVersion: 'ml.hpc.dev/v1alpha1',
      kind: 'Prediction',
      metadata: { name: 'p1', namespace: 'team-a' },
      spec: { model: 'seg', template: 'demo-predict', input: '/data/in', ...fields },
    });
  });

  it('names the cluster only when one is given', () => {
    expect(predictionBody({ ...base, choice: { by: 'latest' }, cluster: 'slurm-a' }).spec.cluster).toBe(
      'slurm-a',
    );
    expect('cluster' in predictionBody({ ...base, choice: { by: 'latest' } }).spec).toBe(false);
  });

  it('carries the parameters as strings', () => {
    expect(
      predictionBody({ ...base, choice: { by: 'latest' }, parameters: { exit_code: '0' } }).spec.parameters,
    ).toEqual({
      exit_code: '0',
    });
  });
});

describe('inputProblem', () => {
  it.each<[string, string | undefined]>([
    ['/data/in.csv', undefined],
    ['/', undefined],
    ['', 'is required'],
    ['data', 'absolute path'],
    ['/a/../b', '".." segments'],
    ['/a b', 'must use only'],
    ['/a:b', 'must use only'],
    ['/a,b', 'must use only'],
    [`/${'a'.repeat(4096)}`, 'at most 4096'],
  ])('%j → %j', (value, problem) => {
    if (problem === undefined) expect(inputProblem(value)).toBeUndefined();
    else expect(inputProblem(value)).toContain(problem);
  });
});
