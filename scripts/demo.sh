#!/usr/bin/env bash
# The local demo: bring up the real stack, install the CRDs, apply the examples and show them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/ensure-node.sh

bash scripts/stack.sh up
set -a; source .stack/kube.env; set +a
kubectl() { "$KUBECTL" "$@"; }

echo "[demo] installing the CRDs"
kubectl apply --server-side --field-manager=slurm-ml-operator -f crds/ >/dev/null
kubectl wait --for=condition=Established --timeout=60s \
  crd/trainings.ml.hpc.dev crd/predictions.ml.hpc.dev crd/models.ml.hpc.dev crd/slurmclusters.ml.hpc.dev >/dev/null
echo "[demo] applying examples/"
kubectl apply -f examples/
echo
echo "[demo] kubectl get ml"
kubectl get ml
