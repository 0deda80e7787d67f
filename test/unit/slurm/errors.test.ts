import { describe, expect, it } from 'vitest';
import { classifySlurmFailure, errorEntries } from '../../../src/slurm/errors.ts';

const entry = (errorNumber: number | null, error = 'x', description: string | null = null) => ({
  error,
  errorNumber,
  description,
  source: null,
});

describe('classifySlurmFailure', () => {
  it.each([
    [401, [], 'unauthorized'],
    [511, [entry(1007)], 'unauthorized'],
    [500, [entry(1007, 'Protocol authentication error')], 'unauthorized'],
    [404, [entry(2017, 'Invalid job id specified')], 'not-found'],
    [500, [entry(2017, 'Invalid job id specified')], 'not-found'],
    [500, [entry(2000, 'Invalid partition name specified')], 'rejected'],
    [500, [entry(2050, 'Job violates accounting/QOS policy')], 'rejected'],
    [503, [], 'unavailable'],
    [502, [], 'unavailable'],
    [429, [], 'unavailable'],
    [500, [], 'unavailable'],
    // slurmctld down while slurmrestd answers: an outage, never a rejection.
    [500, [entry(1800, 'Unable to contact slurm controller (connect failure)')], 'unavailable'],
    [500, [entry(1804, 'Communication backoff')], 'unavailable'],
    [500, [entry(1001, 'Communication connection failure')], 'unavailable'],
    [500, [entry(5004, 'Socket timed out on send/recv operation')], 'unavailable'],
    [500, [entry(7000, 'Unable to connect to database')], 'unavailable'],
    // 26.05 while slurmctld shuts down (found by the slurmctld fault test).
    [500, [entry(104, 'Connection reset by peer', 'Batch job submission failed')], 'unavailable'],
    [500, [entry(111, 'Connection refused')], 'unavailable'],
    [500, [entry(-1, 'Unspecified error'), entry(1800, 'connect failure')], 'unavailable'],
    [500, [entry(1005, 'Protocol version has changed, re-link your code')], 'rejected'],
  ] as const)('HTTP %s with %j is %s', (status, errors, kind) => {
    expect(classifySlurmFailure('op', status, [...errors]).kind).toBe(kind);
  });

  it("keeps Slurm's own words in the message", () => {
    const error = classifySlurmFailure('submit job', 500, [entry(2000, 'Invalid partition name specified')]);
    expect(error.message).toBe('submit job: Invalid partition name specified');
  });
});

describe('errorEntries', () => {
  it('reads error_number (24.11), error_code (22.05 Slurm errors) and errno', () => {
    expect(
      errorEntries({
        errors: [
          { error: 'a', error_number: 1007, description: 'd', source: 's' },
          { error: 'Invalid partition name specified', error_code: 2000 },
          { error: 'c', errno: 5 },
        ],
      }).map((e) => e.errorNumber),
    ).toEqual([1007, 2000, 5]);
    expect(errorEntries(undefined)).toEqual([]);
  });
});
