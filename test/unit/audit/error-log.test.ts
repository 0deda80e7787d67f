// A permanent audit error is logged at error level when it starts or changes and then at most once
// per interval, however often it is retried; recovery is logged once. Transient errors are not.
import { describe, expect, it } from 'vitest';
import { type AuditLog, PermanentErrorLog } from '../../../src/audit/error-log.ts';

function recorder() {
  const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
  const at = (level: string) => (obj: object, msg: string) =>
    void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  const log: AuditLog = { info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

const revoked = Object.assign(new Error('permission denied for table transitions'), { code: '42501' });
const noColumn = Object.assign(new Error('column "seq" does not exist'), { code: '42703' });

describe('PermanentErrorLog', () => {
  it('logs one error line per cause and interval, counting what it did not log, then the recovery', () => {
    const { log, lines } = recorder();
    let now = 0;
    const errors = new PermanentErrorLog(log, 600_000, () => now);
    for (let n = 1; n <= 20; n++) {
      errors.failed(revoked, n, 'permanent'); // every 30 s for 10 minutes
      now += 30_000;
    }
    errors.failed(revoked, 21, 'permanent'); // the interval has passed
    errors.failed(noColumn, 22, 'permanent'); // another cause: at once
    errors.failed(new Error('connect ECONNREFUSED'), 23, 'transient');
    errors.recovered(23);
    errors.recovered(0); // nothing to recover from
    expect(lines.map((l) => [l.level, l.msg.split(';')[0]])).toEqual([
      ['error', 'audit store: permission denied for table transitions (42501)'],
      ['error', 'audit store: permission denied for table transitions (42501)'],
      ['error', 'audit store: column "seq" does not exist (42703)'],
      ['info', 'audit store: writes succeed again'],
    ]);
    expect(lines[0]?.obj).toMatchObject({ sqlState: '42501', consecutiveFailures: 1, failedSinceLastLog: 0 });
    expect(lines[1]?.obj).toMatchObject({ consecutiveFailures: 21, failedSinceLastLog: 19 });
  });
});
