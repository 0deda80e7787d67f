import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFailure, safeOpen } from '../../../src/logs/safe-open.ts';
import { tempDir } from './harness.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());
const at = (name: string) => join(tmp.dir, name);

describe('safeOpen', () => {
  it('opens a regular file', async () => {
    writeFileSync(at('plain.out'), 'hello\n');
    const opened = await safeOpen(at('plain.out'));
    expect(opened.kind).toBe('open');
    if (opened.kind === 'open') {
      expect(opened.stats.size).toBe(6);
      await opened.handle.close();
    }
  });

  it('a missing file is absent (the job has not started)', async () => {
    expect(await safeOpen(at('missing.out'))).toEqual({ kind: 'absent' });
  });

  it('refuses a symlink in the last component, even to a readable file', async () => {
    writeFileSync(at('secret'), 'another tenant\n');
    symlinkSync(at('secret'), at('link.out'));
    expect(await safeOpen(at('link.out'))).toEqual({
      kind: 'refused',
      reason: "the job's output file is a symbolic link, which the operator does not follow",
    });
  });

  it('refuses a FIFO without blocking on it', async () => {
    execFileSync('mkfifo', [at('fifo.out')]);
    const opened = await safeOpen(at('fifo.out'));
    expect(opened).toEqual({
      kind: 'refused',
      reason:
        "the job's output file is a FIFO (named pipe), not a regular file; the operator reads only regular files",
    });
  });

  it('refuses a directory and a device', async () => {
    mkdirSync(at('dir.out'));
    expect(await safeOpen(at('dir.out'))).toMatchObject({ kind: 'refused', reason: /is a directory/ });
    expect(await safeOpen('/dev/null')).toMatchObject({ kind: 'refused', reason: /is a device/ });
  });

  it('refuses a file with more than one hard link', async () => {
    writeFileSync(at('theirs'), 'x\n');
    linkSync(at('theirs'), at('hardlink.out'));
    expect(await safeOpen(at('hardlink.out'))).toMatchObject({ kind: 'refused', reason: /has 2 hard links/ });
  });

  it('a path it cannot open is a failure that says what to check', async () => {
    const opened = await safeOpen(at(`${'x'.repeat(300)}.out`));
    expect(opened).toMatchObject({ kind: 'failed', code: 'ENAMETOOLONG', reason: /check the mount/ });
  });

  it('a file the operator may not read: EACCES', async () => {
    writeFileSync(at('private.out'), 'x\n');
    chmodSync(at('private.out'), 0o000);
    if (process.getuid?.() !== 0) {
      expect(await safeOpen(at('private.out'))).toMatchObject({ kind: 'failed', code: 'EACCES' });
      return;
    }
    // Root reads anything: a child loads the module, drops to an unprivileged user (as the chart's
    // operator runs as uid 1000) and opens the file.
    chmodSync(tmp.dir, 0o755);
    const module = new URL('../../../src/logs/safe-open.ts', import.meta.url).href;
    const script = `const { safeOpen } = await import(${JSON.stringify(module)});
      process.setgid(65534);
      process.setuid(65534);
      const opened = await safeOpen(${JSON.stringify(at('private.out'))});
      process.stdout.write(JSON.stringify({ kind: opened.kind, code: opened.code }));`;
    const answer = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: '/',
      encoding: 'utf8',
    });
    expect(JSON.parse(answer)).toEqual({ kind: 'failed', code: 'EACCES' });
  });

  it('EACCES tells the admin what to fix', () => {
    const failure = describeFailure(Object.assign(new Error('denied'), { code: 'EACCES' }));
    expect(failure.code).toBe('EACCES');
    expect(failure.reason).toMatch(
      /^the operator's user (\(uid \d+, gid \d+\) )?may not read the job's output file \(EACCES\): check the permissions of the shared filesystem's mount/,
    );
  });
});
