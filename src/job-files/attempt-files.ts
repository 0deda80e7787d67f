// The files of one attempt's job, on the cluster: its output (stdout and stderr in one file, as
// `kubectl logs` gives a pod's) and its progress reports. Both lie in the namespace's tree,
// named after the job's Slurm name, which carries the attempt's key: clusters sharing a tree
// and job ids that repeat never share a file.
import { keyedJobName } from '../slurm/job-name.ts';

/** The --output pattern: Slurm fills in %x (the job's name) and %j (its id). */
export const outputPattern = (tree: string) => `${tree}/%x-%j.out`;

/** The output file as slurmctld names it from outputPattern (when it does not report it itself). */
export function outputFile(tree: string, jobName: string, idempotencyKey: string, jobId: number): string {
  return `${tree}/${keyedJobName(jobName, idempotencyKey)}-${jobId}.out`;
}

/** The file the job appends its progress reports to ($SLURM_ML_PROGRESS_FILE), known before the submit. */
export function progressFile(tree: string, jobName: string, idempotencyKey: string): string {
  return `${tree}/${keyedJobName(jobName, idempotencyKey)}.progress.jsonl`;
}
