// Preloaded into an operator under test (node --import): the process SIGKILLs itself as soon as
// slurmrestd has accepted a job, before the operator can write the job id into the status. The
// restarted operator must then find that job by its key instead of submitting a second one.
// Wrapping the global fetch works because the Slurm transport binds `fetch` only when it is built.
import { writeSync } from 'node:fs';

const realFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  // Not `new Request(input)`: that would take over the body the real fetch is about to send.
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const url = new URL(input instanceof Request ? input.url : input);
  const response = await realFetch(input, init);
  if (method === 'POST' && url.pathname.endsWith('/job/submit') && response.ok) {
    // Synchronous, so the line is out before the kill.
    writeSync(2, `test fault: SIGKILL after slurmrestd accepted a submit (HTTP ${response.status})\n`);
    process.kill(process.pid, 'SIGKILL');
  }
  return response;
};
