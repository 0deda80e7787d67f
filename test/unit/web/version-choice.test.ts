// The prediction form's "Version or alias": an alias from the address that is no alias is a
// problem the form shows, not a silent "latest".
import { describe, expect, it } from 'vitest';
import {
  aliasProblem,
  choiceFromQuery,
  choiceProblem,
  choiceValue,
  parseChoice,
} from '../../../web/src/forms/bodies.ts';

describe('choiceProblem', () => {
  it.each(['latest', '3', 'alias: production', 'alias: canary_2', `alias: ${'a'.repeat(63)}`])(
    'reads %j',
    (value) => {
      expect(choiceProblem(value)).toBeUndefined();
    },
  );

  it.each([
    ['Production', /not an alias name/],
    ['prod uction', /not an alias name/],
    ['-prod', /start and end/],
    ['a'.repeat(64), /longer than 63/],
  ])('an unreadable alias from the address, %j, is a problem, not the latest version', (alias, message) => {
    const value = choiceValue(choiceFromQuery({ alias }));
    expect(value).toBe(`alias: ${alias}`);
    expect(choiceProblem(value)).toMatch(message);
    expect(choiceProblem(value)).toContain(JSON.stringify(alias));
  });

  it('names anything else it cannot read', () => {
    expect(choiceProblem('x')).toMatch(/"x" is not latest, a version or an alias/);
    expect(choiceProblem('0')).toBeDefined();
    // parseChoice still reads these as the latest version: the page shows the problem and does not submit.
    expect(parseChoice('alias: prod uction')).toEqual({ by: 'latest' });
  });
});

describe('aliasProblem', () => {
  it('follows the Prediction CRD pattern for spec.alias', () => {
    expect(aliasProblem('production')).toBeUndefined();
    expect(aliasProblem('a_b-c')).toBeUndefined();
    expect(aliasProblem('')).toBe('is empty');
    expect(aliasProblem('a_')).toMatch(/start and end/);
  });
});
