#!/usr/bin/env node
// The `kubectl-ml` executable: kubectl runs it for `kubectl ml ...` when it is on PATH.
// Everything is in run.ts; Ctrl-C aborts a run (a followed log stops) and ends it with 130.

// `node` on the user's PATH may be older than the package's engines: say so rather than crash in
// a dependency (run.ts is imported only after this check).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `error: kubectl-ml needs Node.js 22.19 or later; the node on PATH is ${process.version}\n`,
  );
  process.exit(1);
}

const { runKubectlMl } = await import('./run.ts');
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
