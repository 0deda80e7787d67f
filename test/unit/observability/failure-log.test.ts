import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { FailureLog, outageCause } from '../../../src/observability/failure-log.ts';
import type { Logger } from '../../../src/observability/logger.ts';
import { SlurmRejectedError, SlurmUnavailableError } from '../../../src/slurm/errors.ts';

function capture() {
  const lines: { level: 'warn' | 'error'; fields: Record<string, unknown>; message: string }[] = [];
  const log = {
    warn: (fields: Record<string, unknown>, message: string) =>
      lines.push({ level: 'warn', fields, message }),
    error: (fields: Record<string, unknown>, message: string) =>
      lines.push({ level: 'error', fields, message }),
  } as unknown as Logger;
  return { log, lines };
}

const refused = () =>
  Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:26443'), { code: 'ECONNREFUSED' }),
  });
const slurmDown = () =>
  new SlurmUnavailableError('GET /slurm/v0.0.42/job/{id}: TypeError: fetch failed', null, [], {
    cause: refused(),
  });

describe('FailureLog', () => {
  it('logs an outage once per cause and interval, counting the failures it stands for', () => {
    const { log, lines } = capture();
    let now = 0;
    const failures = new FailureLog(log, 30_000, () => now);
    for (let i = 0; i < 150; i++) failures.report('training', `ns/t${i}`, slurmDown());
    failures.report('training', 'ns/a', refused());
    expect(lines.map((l) => [l.level, l.fields.cause])).toEqual([
      ['warn', 'slurmrestd: ECONNREFUSED'],
      ['warn', 'kube-apiserver: ECONNREFUSED'],
    ]);
    now = 30_000;
    failures.report('training', 'ns/t0', slurmDown());
    expect(lines.at(-1)?.fields).toMatchObject({ key: 'ns/t0', failedSinceLastWarning: 149 });
    expect(lines).toHaveLength(3);
  });

  it('logs every other failure as an error with the error itself', () => {
    const { log, lines } = capture();
    const failures = new FailureLog(log);
    const bug = new TypeError("Cannot read properties of undefined (reading 'spec')");
    failures.report('training', 'ns/a', bug);
    failures.report('training', 'ns/a', bug);
    expect(lines.map((l) => l.level)).toEqual(['error', 'error']);
    expect(lines[0]?.fields.err).toBe(bug);
  });

  it.each([
    [slurmDown(), 'slurmrestd: ECONNREFUSED'],
    [new SlurmUnavailableError('get job 4711: HTTP 503', 503), 'slurmrestd: HTTP 503'],
    [
      new SlurmUnavailableError('GET /slurm/v0.0.42/jobs/: timed out after 10000 ms'),
      'slurmrestd: timed out after 10000 ms',
    ],
    [new ApiException(503, 'Service Unavailable', {}, {}), 'kube-apiserver: HTTP 503'],
    [refused(), 'kube-apiserver: ECONNREFUSED'],
    [new ApiException(409, 'Conflict', {}, {}), undefined],
    [new ApiException(422, 'Invalid', {}, {}), undefined],
    [new SlurmRejectedError('POST /slurm/v0.0.42/job/submit: invalid partition', 500), undefined],
    [new TypeError('fetch failed'), undefined],
    [new Error('template parameter lr is not a number'), undefined],
  ])('the outage cause of %s is %s', (error, cause) => {
    expect(outageCause(error)).toBe(cause);
  });
});
