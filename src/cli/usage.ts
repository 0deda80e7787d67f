// The help texts of `kubectl ml`.
import { CA_FILE_ENV, SERVER_ENV } from './connection.ts';

const CONNECTION = `Connection flags (every command):
      --server=https://HOST:PORT   The operator's HTTPS port (else $${SERVER_ENV})
      --certificate-authority=FILE CA to verify the operator's certificate with (else $${CA_FILE_ENV},
                                   else the system's trust store)
      --insecure-skip-tls-verify   Do not verify the operator's certificate (your token may leak)
      --token=TOKEN                Bearer token to send (default: the kubeconfig user's)
      --kubeconfig=FILE            Kubeconfig to read (default: $KUBECONFIG, else ~/.kube/config)
      --context=NAME               Kubeconfig context to use
  -n, --namespace=NAMESPACE        Namespace (default: the context's, else default)
  -h, --help                       Show help`;

export const MAIN_HELP = `kubectl ml: the logs and metrics of slurm-ml-operator's Trainings and Predictions.

The plugin asks the operator's HTTPS port as you, with your kubeconfig's bearer token; the
operator checks with the API server what your RBAC allows.

Usage:
  kubectl ml logs (training|prediction)/NAME [flags]
  kubectl ml metrics (training|prediction)/NAME [flags]
  kubectl ml version

Commands:
  logs      Print the output of a Training's or Prediction's Slurm job
  metrics   Print the metrics a job reported: the latest values and a plot
  version   Print the plugin's version

Resource kinds: training (trainings, tr), prediction (predictions, pred).

${CONNECTION}

Use "kubectl ml COMMAND --help" for a command's flags.
`;

export const LOGS_HELP = `Print the output of a Training's or Prediction's Slurm job (stdout and stderr in one file).

Usage:
  kubectl ml logs (training|trainings|tr|prediction|predictions|pred)/NAME [flags]

Examples:
  kubectl ml logs tr/demo-classifier-train
  kubectl ml logs training/demo-classifier-train -f --tail 20
  kubectl ml logs pred/nightly -n team-a --attempt 1

Flags:
  -f, --follow             Keep printing as the job writes, until its log is complete
      --tail=N             Only the last N lines (-1: all, the default)
  -p, --previous           The previous attempt's log (after a retry)
      --attempt=N          The log of attempt N (1 is the first submission)
      --limit-bytes=N      At most N bytes

Needs the RBAC permission: get trainings/log (or predictions/log) in the namespace.

${CONNECTION}
`;

export const METRICS_HELP = `Print the metrics a Training's or Prediction's job reported: a table of each metric's latest
value, minimum and maximum, and a plot of one metric over its steps; with the resource's progress
when you may read it.

Usage:
  kubectl ml metrics (training|trainings|tr|prediction|predictions|pred)/NAME [flags]

Examples:
  kubectl ml metrics tr/demo-classifier-train
  kubectl ml metrics tr/demo-classifier-train --metric accuracy --width 80 --height 20
  kubectl ml metrics tr/demo-classifier-train -o json

Flags:
      --metric=NAME        The metric to plot (default: loss, val_loss or train_loss, else the first)
      --attempt=N          The metrics of attempt N (default: the latest)
      --width=W            Plot width in characters, labels included (default 60, at least 20)
      --height=H           Plot height in lines, axis included (default 12, at least 5)
  -o, --output=json        Print the operator's answer as it is

Needs the RBAC permission: get trainings (or predictions) in the namespace.

${CONNECTION}
`;
