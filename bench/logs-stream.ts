// Benchmark of the logs endpoint's file reading: writes a file of real log lines (1 GB by
// default, in 4 MiB chunks), serves it with the logs handler on a plain HTTP server on
// 127.0.0.1, and reads it with a client in another process (so what is measured is the server's
// side): tail=100, a full read, and a follow while 256 MB more are appended. Prints each read's
// time, throughput and the server process's peak RSS and ArrayBuffer growth. Not wired into
// anything.
//   node bench/logs-stream.ts [--size-mb 1024] [--follow-mb 256] [--dir <tmp>] [--keep]
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Caller } from '../src/access/types.ts';
import { logHandler } from '../src/logs/log-api.ts';
import type { LogSource } from '../src/logs/types.ts';

const { values } = parseArgs({
  options: {
    'size-mb': { type: 'string', default: '1024' },
    'follow-mb': { type: 'string', default: '256' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const MB = 1024 * 1024;
const sizeBytes = Number(values['size-mb']) * MB;
const followBytes = Number(values['follow-mb']) * MB;
const dir = mkdtempSync(join(values.dir ?? tmpdir(), 'logs-bench-'));
const path = join(dir, 'train-1234.out');

/** Lines like a training's output, about 100 bytes each, `bytes` of them in 4 MiB chunks. */
function linesChunk(first: number, bytes: number): { text: Buffer; next: number } {
  const parts: string[] = [];
  let length = 0;
  let step = first;
  while (length < bytes) {
    const line = `epoch ${Math.floor(step / 1000)} step ${step} loss ${(1 / (1 + step / 1e5)).toFixed(6)} lr 0.000300 grad_norm 1.2345 it/s 12.3\n`;
    parts.push(line);
    length += line.length;
    step += 1;
  }
  return { text: Buffer.from(parts.join('')), next: step };
}

async function writeFile(bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let step = 0;
  while (written < bytes) {
    const { text, next } = linesChunk(step, Math.min(4 * MB, bytes - written));
    step = next;
    written += text.length;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return step;
}

let active = true;
const source: LogSource = {
  lookup: () => ({ found: true, attempts: [{ attempt: 1, jobId: 1234, path }], active: () => active }),
};
const caller: Caller = { user: { username: 'bench', groups: [] }, can: async () => true };

async function main(): Promise<void> {
  const t0 = performance.now();
  const step = await writeFile(sizeBytes);
  const fileBytes = statSync(path).size;
  console.log(
    `wrote ${(fileBytes / MB).toFixed(0)} MiB of lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const handle = logHandler(source, { pollIntervalMs: 100 });
  const server = createServer((req, res) => {
    void handle(req, res, caller).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/trainings/bench/t/log`;

  // The client: counts bytes to /dev/null and prints them with the time to the first and last byte.
  const client =
    'const t=performance.now();let n=0,first=0;require("node:http").get(process.argv[1],(r)=>{r.on("data",(c)=>{if(!n)first=performance.now()-t;n+=c.length});r.on("end",()=>console.log(JSON.stringify({bytes:n,firstMs:first,ms:performance.now()-t})))})';

  async function measure(
    label: string,
    query: string,
    during?: () => Promise<void>,
  ): Promise<{ bytes: number; ms: number }> {
    if (typeof globalThis.gc === 'function') globalThis.gc();
    const base = process.memoryUsage();
    let peakRss = 0;
    let peakArrayBuffers = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss - base.rss);
      peakArrayBuffers = Math.max(peakArrayBuffers, now.arrayBuffers - base.arrayBuffers);
    }, 10);
    const result = new Promise<{ bytes: number; firstMs: number; ms: number }>((resolve, reject) =>
      execFile(process.execPath, ['-e', client, `${url}${query}`], { maxBuffer: MB }, (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout)),
      ),
    );
    await during?.();
    const { bytes, firstMs, ms } = await result;
    clearInterval(sampler);
    console.log(
      `${label.padEnd(34)} ${String(bytes).padStart(11)} B  ${ms.toFixed(0).padStart(6)} ms  ` +
        `${(bytes / MB / (ms / 1000)).toFixed(0).padStart(5)} MiB/s  first byte ${firstMs.toFixed(1)} ms  ` +
        `peak RSS +${(peakRss / MB).toFixed(1)} MiB  ArrayBuffers +${(peakArrayBuffers / MB).toFixed(1)} MiB`,
    );
    return { bytes, ms };
  }

  console.log(`server RSS at start ${(process.memoryUsage().rss / MB).toFixed(1)} MiB`);
  await measure('tail=100', '?tail=100');
  await measure('tail=100000', '?tail=100000');
  await measure('full read', '');
  await measure('limitBytes=100 MiB', `?limitBytes=${100 * MB}`);
  // One 4 MiB chunk of lines, made before the measure and appended again and again, so the
  // appending adds nothing to the figures but the server's.
  const appendix = linesChunk(step, 4 * MB).text;
  await measure(`follow, tail=0, +${values['follow-mb']} MiB appended`, '?follow=true&tail=0', async () => {
    // Once the client is following (the first byte comes after this wait), append; then the job ends.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let appended = 0; appended < followBytes; appended += appendix.length)
      await appendFile(path, appendix);
    active = false;
  });

  server.closeAllConnections();
  server.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

await main();
