// Preloaded into an operator under test (node --import): slurmrestd takes each submit, but its
// answer never reaches the operator, and every job list (slurmctld's and accounting's) fails too,
// so the operator cannot find the jobs it submitted. After SLURM_ML_TEST_SIGKILL_AFTER_SUBMITS
// accepted submits the process SIGKILLs itself. It leaves that many Trainings marked Submitting
// whose jobs exist in Slurm with no id in any status: the next operator must find each one (in
// accounting, once slurmctld has purged it) instead of submitting it again.
import { writeSync } from 'node:fs';
import { ACCOUNTING_PROBE_JOB_NAME } from '../../src/slurm/client.ts';

const realFetch = globalThis.fetch;
const killAfter = Number(process.env.SLURM_ML_TEST_SIGKILL_AFTER_SUBMITS ?? '1');
let accepted = 0;

globalThis.fetch = async (input, init) => {
  // Not `new Request(input)`: that would take over the body the real fetch is about to send.
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const url = new URL(input instanceof Request ? input.url : input);
  // The connection's accounting probe (a name no job has) goes through: the cluster must be Ready.
  const probe = url.searchParams.get('job_name') === ACCOUNTING_PROBE_JOB_NAME;
  if (method === 'GET' && /\/jobs\/?$/.test(url.pathname) && !probe) {
    throw new TypeError('test fault: job lists are unreachable');
  }
  const response = await realFetch(input, init);
  if (method === 'POST' && url.pathname.endsWith('/job/submit') && response.ok) {
    accepted++;
    if (accepted >= killAfter) {
      writeSync(2, `test fault: SIGKILL after ${accepted} accepted submits whose answers were lost\n`);
      process.kill(process.pid, 'SIGKILL');
    }
    await response.arrayBuffer();
    throw new TypeError('test fault: the answer of an accepted submit was lost');
  }
  return response;
};
