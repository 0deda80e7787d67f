#!/usr/bin/env bash
# The local demo: the real stack, the operator, and the examples run to Succeeded.
#   npm run demo                     (DEMO_KEEP_RUNNING=1 leaves the operator running afterwards)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/ensure-node.sh

bash scripts/stack.sh up
set -a; source .stack/kube.env; source .stack/slurm-2205.env; source .stack/slurm-2411.env; source .stack/slurm-2605.env; set +a
kubectl() { "$KUBECTL" "$@"; }
operator_namespace=slurm-ml-system

echo "[demo] installing the CRDs"
kubectl apply --server-side --force-conflicts --field-manager=slurm-ml-operator -f crds/ >/dev/null
kubectl wait --for=condition=Established --timeout=60s \
  crd/trainings.ml.hpc.dev crd/predictions.ml.hpc.dev crd/models.ml.hpc.dev crd/modelversions.ml.hpc.dev crd/slurmclusters.ml.hpc.dev >/dev/null

echo "[demo] operator namespace $operator_namespace with the clusters' JWT keys"
# A SlurmCluster may use only Secrets labelled for Slurm, and send them only to the endpoints
# each names (docs/security.md).
credentials_label=ml.hpc.dev/slurm-credentials=true
kubectl create namespace "$operator_namespace" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
kubectl -n "$operator_namespace" create secret generic slurm-lab-jwt --from-file=jwt.key="$SLURM_2205_JWT_KEY" \
  --dry-run=client -o yaml | kubectl label --local -f - "$credentials_label" -o yaml |
  kubectl annotate --local -f - "ml.hpc.dev/slurm-endpoints=$SLURM_2205_URL" -o yaml | kubectl apply -f - >/dev/null
kubectl -n "$operator_namespace" create secret generic slurm-lab-2411-jwt --from-file=jwt.key="$SLURM_2411_JWT_KEY" \
  --dry-run=client -o yaml | kubectl label --local -f - "$credentials_label" -o yaml |
  kubectl annotate --local -f - "ml.hpc.dev/slurm-endpoints=$SLURM_2411_URL" -o yaml | kubectl apply -f - >/dev/null
kubectl -n "$operator_namespace" create secret generic slurm-lab-2605-jwt --from-file=jwt.key="$SLURM_2605_JWT_KEY" \
  --dry-run=client -o yaml | kubectl label --local -f - "$credentials_label" -o yaml |
  kubectl annotate --local -f - "ml.hpc.dev/slurm-endpoints=$SLURM_2605_URL" -o yaml | kubectl apply -f - >/dev/null

# examples/ use the stack's shared directory as modelsBasePath and for the demo input. Each
# admitted namespace has its tree there, as a cluster admin creates it (docs/operations.md):
# Slurm opens a job's output file in it before the script runs.
models_dir="$SLURM_2205_SHARED_DIR/models"
mkdir -p "$models_dir" "$models_dir/default" "$models_dir/team-b" "$SLURM_2205_SHARED_DIR/datasets/demo"
# A site makes each tree its tenant user's own; the stack's clusters do not share user ids
# with this machine, so here the trees are open to all, as the base is.
chmod 1777 "$models_dir" "$models_dir/default" "$models_dir/team-b"
printf 'x,y\n1,2\n3,4\n' >"$SLURM_2205_SHARED_DIR/datasets/demo/input.csv"

mkdir -p .stack/logs
log=.stack/logs/demo-operator.log
echo "[demo] building the web console (dist/ui)"
npx vite build --config web/vite.config.ts --logLevel warn
echo "[demo] starting the operator (log: $log)"
OPERATOR_NAMESPACE=$operator_namespace CONSOLE_ENABLED=true node src/main.ts >"$log" 2>&1 &
operator_pid=$!
stop_operator() { kill "$operator_pid" 2>/dev/null || true; wait "$operator_pid" 2>/dev/null || true; }
[[ ${DEMO_KEEP_RUNNING:-0} == 1 ]] || trap stop_operator EXIT

# Examples deleted since the last run wait for this operator to release their finalizers; an
# apply before they are gone would update the leaving objects instead of creating new ones.
for example in training/demo-classifier-train prediction/demo-classifier-predict; do
  if [[ -n $(kubectl get "$example" -n default -o jsonpath='{.metadata.deletionTimestamp}' 2>/dev/null) ]]; then
    echo "[demo] waiting for the deleted $example to be gone"
    kubectl wait --for=delete "$example" -n default --timeout=120s >/dev/null
  fi
done

echo "[demo] applying the examples"
kubectl apply -f examples/slurmcluster.yaml -f examples/slurmcluster-2411.yaml -f examples/slurmcluster-2605.yaml -f examples/model.yaml \
  -f examples/training.yaml -f examples/prediction.yaml -n default

phase() { kubectl get "$1" -n default -o jsonpath='{.status.phase}' 2>/dev/null; }
last=""
for _ in $(seq 1 240); do
  kill -0 "$operator_pid" 2>/dev/null || { echo "[demo] the operator exited; see $log" >&2; tail -n 20 "$log" >&2; exit 1; }
  now="$(phase training/demo-classifier-train) $(phase prediction/demo-classifier-predict)"
  if [[ $now != "$last" ]]; then
    echo; echo "[demo] kubectl get ml -n default   ($(date +%T))"
    kubectl get ml -n default
    last=$now
  fi
  if [[ $now == "Succeeded Succeeded" ]]; then
    # The Model's summary follows its versions within a few seconds (MODEL_STATUS_BATCH_MS).
    version=$(kubectl get training/demo-classifier-train -n default -o jsonpath='{.status.modelVersion}')
    for _ in $(seq 1 30); do
      [[ $(kubectl get model/demo-classifier -n default -o jsonpath='{.status.latestVersion}') -ge $version ]] && break
      sleep 0.5
    done
    echo; echo "[demo] model demo-classifier: version $version registered"
    kubectl get model,modelversions -n default
    echo; echo "[demo] the training and the prediction Succeeded; cluster status:"
    kubectl get slurm
    echo "[demo] training progress: $(kubectl get training demo-classifier-train -n default -o jsonpath='{.status.progress}')"
    echo "[demo] final metrics of version $version: $(kubectl get modelversion "demo-classifier-v$version" -n default -o jsonpath='{.spec.metrics}')"
    echo "[demo] model file: $(kubectl get training demo-classifier-train -n default -o jsonpath='{.status.modelPath}')/model.json"
    echo "[demo] predictions: $(kubectl get prediction demo-classifier-predict -n default -o jsonpath='{.status.outputPath}')/predictions.json"
    console=$(curl -sk -o /dev/null -w '%{http_code}' https://127.0.0.1:8080/ui/ || true)
    echo "[demo] web console: https://127.0.0.1:8080/ui/ answers $console; sign in with a token whose user may read namespace default (docs/ui.md; DEMO_KEEP_RUNNING=1 keeps it up)"
    [[ $console == 200 ]] || { echo "[demo] the web console did not answer 200; see $log" >&2; exit 1; }
    exit 0
  fi
  if [[ $now == *Failed* || $now == *Lost* ]]; then
    echo "[demo] a resource failed:" >&2
    kubectl get ml -n default -o wide >&2
    exit 1
  fi
  sleep 0.5
done
echo "[demo] timed out waiting for the examples to succeed; see $log" >&2
exit 1
