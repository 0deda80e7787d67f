// A sanity check, not a benchmark: streaming a 200 MB file (sparse: ftruncate) from its start
// does not hold it in memory. The client is another process, so what is measured is the
// server's side alone (a client in this process would add its own garbage of received chunks).
// bench/logs-stream.ts has the figures for 1 GB of real lines.
import { execFile } from 'node:child_process';
import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fakeCaller, MemorySource, serve, tempDir } from './harness.ts';

const tmp = tempDir();
afterAll(() => tmp.remove());

const SIZE = 200 * 1024 * 1024;
const BOUND = 32 * 1024 * 1024;

it('streams a 200 MB file with memory far below its size', async () => {
  const path = join(tmp.dir, 'big.out');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, SIZE);
  closeSync(fd);
  const source = new MemorySource();
  source.set('trainings', 'a', 't1', [{ attempt: 1, jobId: 1, path }]);
  const served = await serve(source, fakeCaller(['get trainings/log a']));
  try {
    const base = process.memoryUsage();
    let peakRss = 0;
    let peakArrayBuffers = 0;
    const sample = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss - base.rss);
      peakArrayBuffers = Math.max(peakArrayBuffers, now.arrayBuffers - base.arrayBuffers);
    }, 5);
    const client =
      'let n=0;require("node:http").get(process.argv[1],(r)=>{r.on("data",(c)=>{n+=c.length});r.on("end",()=>console.log(n))})';
    const received = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-e', client, `${served.url}/api/v1/trainings/a/t1/log`],
        (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
      ),
    );
    clearInterval(sample);
    expect(received).toBe(String(SIZE));
    expect(peakArrayBuffers).toBeLessThan(BOUND);
    expect(peakRss).toBeLessThan(BOUND);
  } finally {
    await served.close();
  }
}, 60_000);
