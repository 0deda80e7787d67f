// The accounting reader against a stub slurmrestd: the request it makes (exact name, a start time
// before the submit, so slurmrestd's "since midnight" default never applies) and how it reads
// the answers the real servers give (22.05's 9003 for nothing, 404, 7000, requeued records).
import { describe, expect, it } from 'vitest';
import { accountedJobsByKey, fromAccounting } from '../../../src/slurm/adapters/accounting.ts';
import { SlurmUnavailableError } from '../../../src/slurm/errors.ts';
import { keyedJobName } from '../../../src/slurm/job-name.ts';

const KEY = 'slurm-ml-operator/uid-1/1';
const NAME = 'ns.train.t';
const now = new Date('2026-12-01T12:00:00Z');
const query = { name: NAME, idempotencyKey: KEY, submittedAfter: new Date('2026-11-29T12:00:00Z') };

function stub(status: number, body: unknown) {
  const urls: URL[] = [];
  const fetch = async (request: Request) => {
    urls.push(new URL(request.url));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { urls, endpoint: { fetch, jobsUrl: 'http://slurm:6820/slurmdb/v0.0.45/jobs/', served: true } };
}

const record = (jobId: number, submission: number, state: string, rc = 0) => ({
  job_id: jobId,
  name: keyedJobName(NAME, KEY),
  comment: { job: '' },
  user: 'alice',
  state: { current: [state], reason: 'None' },
  exit_code: { status: ['EXITED'], return_code: { set: true, number: rc } },
  time: { submission, start: submission + 1, end: submission + 5, limit: { set: false, infinite: true } },
});

describe('accountedJobsByKey', () => {
  it('asks for the exact keyed name from a relative start time before the submit', async () => {
    const { urls, endpoint } = stub(200, { jobs: [], errors: [] });
    expect(await accountedJobsByKey(endpoint, query, now)).toEqual([]);
    expect(urls[0]?.searchParams.get('job_name')).toBe(keyedJobName(NAME, KEY));
    expect(urls[0]?.searchParams.get('start_time')).toBe('now-172800seconds');
  });

  it('keeps only records carrying the key (the name match is case-insensitive), the latest record of a requeued id first', async () => {
    const other = { ...record(7, 100, 'COMPLETED'), name: keyedJobName(NAME, KEY.toUpperCase()) };
    const { endpoint } = stub(200, {
      jobs: [record(9, 100, 'NODE_FAIL'), other, record(9, 200, 'COMPLETED'), record(8, 50, 'FAILED', 3)],
    });
    const jobs = await accountedJobsByKey(endpoint, query, now);
    expect(jobs?.map((j) => [j.jobId, j.state.base])).toEqual([
      [9, 'COMPLETED'],
      [9, 'NODE_FAIL'],
      [8, 'FAILED'],
    ]);
    expect(jobs?.[2]).toMatchObject({ exitCode: 3, name: NAME, idempotencyKey: KEY, user: 'alice' });
  });

  it.each([
    [
      "22.05's 'Nothing found' (HTTP 200, error 9003) is no records",
      200,
      { jobs: [], errors: [{ error_number: 9003 }] },
      [],
    ],
  ])('%s', async (_, status, body, expected) => {
    expect(await accountedJobsByKey(stub(status, body).endpoint, query, now)).toEqual(expected);
  });

  it.each([
    [
      'slurmdbd down (502, error 7000)',
      502,
      { errors: [{ error_number: 7000, error: 'Unable to connect to database' }] },
    ],
    ["22.05's slurmdbd down (HTTP 200 with error 7000)", 200, { jobs: [], errors: [{ error_number: 7000 }] }],
    ['a 404 from a server that served accounting when the connection opened', 404, {}],
  ])('%s is an outage, never "no such job"', async (_, status, body) => {
    await expect(accountedJobsByKey(stub(status, body).endpoint, query, now)).rejects.toBeInstanceOf(
      SlurmUnavailableError,
    );
  });

  it('answers null without a request when the server serves no accounting', async () => {
    const { urls, endpoint } = stub(200, {});
    expect(await accountedJobsByKey({ ...endpoint, served: false }, query, now)).toBeNull();
    expect(urls).toEqual([]);
  });
});

describe('fromAccounting', () => {
  it("reads 22.05's dbv0.0.38 record, taking no exit code but a COMPLETED job's 0", () => {
    const v0038 = (current: string) => ({
      job_id: 5,
      name: keyedJobName(NAME, KEY),
      comment: { job: null },
      state: { current, reason: 'None' },
      exit_code: { status: 'SUCCESS', return_code: 0 },
      time: { submission: 100, start: 101, end: 105, limit: null },
    });
    expect(fromAccounting(v0038('FAILED'), 'only-completed')).toMatchObject({
      state: { base: 'FAILED' },
      exitCode: null,
      idempotencyKey: KEY,
      endTime: new Date(105_000),
    });
    expect(fromAccounting(v0038('COMPLETED'), 'only-completed')).toMatchObject({ exitCode: 0 });
  });
});
