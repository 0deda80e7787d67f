#!/usr/bin/env node
// The `kubectl-ml` executable: kubectl runs it for `kubectl ml ...` when it is on PATH.
// Everything is in run.ts; Ctrl-C aborts a run (a followed log stops) and ends it with 130.
import { runKubectlMl } from './run.ts';

const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort());

const code = await runKubectlMl(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupted.signal,
});
// Exit once stdout has taken everything written, whatever sockets a client library keeps open.
process.stdout.write('', () => process.exit(code));
