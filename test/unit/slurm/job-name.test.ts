import { describe, expect, it } from 'vitest';
import { keyedJobName, keyOfJob, MAX_JOB_NAME_BYTES, splitJobName } from '../../../src/slurm/job-name.ts';

const KEY = 'slurm-ml-operator/5f0c7a52-1d7e-4b43-9a55-3f7e1a2b9c01/2';

describe('the key in the job name (accounting keeps names, not always comments)', () => {
  it.each([
    ['ns.train.t', 'ns.train.t~slurm-ml-operator:5f0c7a52-1d7e-4b43-9a55-3f7e1a2b9c01:2'],
    ['a~b', 'a-b~slurm-ml-operator:5f0c7a52-1d7e-4b43-9a55-3f7e1a2b9c01:2'],
  ])('%s carries the key as %s, with no slash for %%x to make a folder of', (name, slurmName) => {
    expect(keyedJobName(name, KEY)).toBe(slurmName);
    expect(splitJobName(slurmName)).toEqual({ name: name.replace('~', '-'), key: KEY });
  });

  it('shortens a long name so the whole fits accounting and an output file name, keeping the key', () => {
    const slurmName = keyedJobName(`ns.train.${'x'.repeat(400)}`, KEY);
    expect(Buffer.byteLength(slurmName)).toBe(MAX_JOB_NAME_BYTES);
    expect(splitJobName(slurmName).key).toBe(KEY);
  });

  it('refuses a key it could not carry back', () => {
    expect(() => keyedJobName('n', 'a:b')).toThrow(RangeError);
    expect(() => keyedJobName('n', 'x'.repeat(300))).toThrow(RangeError);
  });

  it.each([
    ['a comment wins (jobs of older operator versions have only the comment)', 'ns.train.t', KEY, KEY],
    ['the name carries it when accounting dropped the comment', keyedJobName('n', KEY), null, KEY],
    ["someone else's job has none", 'my-job', null, null],
  ])('%s', (_, name, comment, key) => {
    expect(keyOfJob(name, comment)).toBe(key);
  });
});
