import { describe, expect, it } from 'vitest';
import {
  generatedName,
  LABEL_PATTERN,
  labelProblem,
  nameWithSuffix,
  subdomainProblem,
} from '../../../web/src/forms/names.ts';

describe('labelProblem', () => {
  it.each([
    ['segmenter', undefined],
    ['a', undefined],
    ['a-1', undefined],
    ['9lives', undefined],
    ['a'.repeat(63), undefined],
    ['', 'is required'],
    ['a'.repeat(64), 'must be at most 63 characters (has 64)'],
    ['Segmenter', 'lower-case'],
    ['-a', 'lower-case'],
    ['a-', 'lower-case'],
    ['a.b', 'lower-case'],
    ['a_b', 'lower-case'],
    ['a b', 'lower-case'],
  ])('%j → %j', (value, problem) => {
    if (problem === undefined) expect(labelProblem(value)).toBeUndefined();
    else expect(labelProblem(value)).toContain(problem);
  });

  it('its HTML pattern accepts and refuses the same names (anchored, as the browser does)', () => {
    const pattern = new RegExp(`^(?:${LABEL_PATTERN})$`, 'v');
    for (const value of ['segmenter', 'a', 'a-1', 'Segmenter', '-a', 'a-', 'a.b', 'a_b'])
      expect(pattern.test(value), value).toBe(labelProblem(value) === undefined);
  });
});

describe('subdomainProblem', () => {
  it.each([
    ['fold0', undefined],
    ['fold0.run-2', undefined],
    ['a'.repeat(253), undefined],
    ['', 'is required'],
    ['a'.repeat(254), 'at most 253'],
    ['fold0.', 'lower-case'],
    ['.fold0', 'lower-case'],
    ['fold0..a', 'lower-case'],
    ['Fold0', 'lower-case'],
    ['fold_0', 'lower-case'],
  ])('%j → %j', (value, problem) => {
    if (problem === undefined) expect(subdomainProblem(value)).toBeUndefined();
    else expect(subdomainProblem(value)).toContain(problem);
  });
});

describe('generatedName', () => {
  const zero = () => 0;
  it.each([
    ['segmenter', 'segmenter-aaaaa'],
    ['', 'aaaaa'],
    ['My Model', 'my-model-aaaaa'],
    ['-x-', 'x-aaaaa'],
    ['a'.repeat(80), `${'a'.repeat(57)}-aaaaa`],
  ])('%j → %j', (base, name) => {
    expect(generatedName(base, zero)).toBe(name);
    expect(labelProblem(generatedName(base, zero))).toBeUndefined();
  });

  it('takes its suffix from the random source', () => {
    expect(generatedName('m', () => 0.999)).toBe('m-99999');
    expect(generatedName('m')).toMatch(/^m-[a-z0-9]{5}$/);
  });
});

describe('nameWithSuffix', () => {
  it.each([
    ['seg', 'x1y2z', 'seg-x1y2z'],
    ['seg', 'pred-x1y2z', 'seg-pred-x1y2z'],
    ['', 'x1y2z', 'x1y2z'],
    ['a'.repeat(70), 'x1y2z', `${'a'.repeat(57)}-x1y2z`],
  ])('%j + %j → %j', (base, suffix, name) => {
    expect(nameWithSuffix(base, suffix)).toBe(name);
  });
});
