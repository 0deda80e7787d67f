#!/usr/bin/env bash
# The real test stack: Kubernetes API server, MariaDB (Slurm accounting), Slurm 22.05, 24.11 and
# 26.05 (each with its slurmdbd), Apptainer on 26.05 with an nnU-Net stand-in image, Postgres,
# Prometheus, helm, the operator image, a node (containerd, kubelet, kube-scheduler) that runs
# pods, and Debian's chromium for the console's browser tests.
#   scripts/stack.sh up|down|status [component...]
#   (components: kube mariadb slurm-2205 slurm-2411 slurm-2605 apptainer postgres prometheus helm
#   image node chromium; mariadb before the Slurm ones, whose slurmdbd store into it; apptainer after
#   slurm-2605, whose chroot it installs into; node after kube, which it registers with, and after
#   image, whose archive it loads into containerd)
# `up` is idempotent: when everything already runs it takes seconds. Each component writes
# .stack/<component>.env, which the tests and the demo read.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Every daemon started below inherits this working directory: never the clone that ran us.
cd /
action=${1:-}; shift || true
components=("$@")
((${#components[@]})) || components=(kube mariadb slurm-2205 slurm-2411 slurm-2605 apptainer postgres prometheus helm image node chromium)

case "$action" in
  up)
    mkdir -p "$here/../.stack"
    failed=()
    # The first kube-apiserver build is long and needs no apt, so it runs beside the others.
    kube_pid=
    kube_failed=0
    if [[ " ${components[*]} " == *" kube "* ]]; then
      bash "$here/stack/kube.sh" up >"$here/../.stack/kube-up.log" 2>&1 &
      kube_pid=$!
    fi
    wait_kube() {
      [[ -n $kube_pid ]] || return 0
      local started=$SECONDS
      if wait "$kube_pid"; then
        echo "[stack] kube up (waited $((SECONDS - started))s more)" >&2
      else
        kube_failed=1
        failed+=(kube)
        tail -n 30 "$here/../.stack/kube-up.log" >&2
      fi
      kube_pid=
    }
    for component in "${components[@]}"; do
      [[ $component == kube ]] && continue
      # The node registers with the API server: kube must be up first.
      if [[ $component == node ]]; then
        wait_kube
        if ((kube_failed)); then failed+=(node); continue; fi
      fi
      started=$SECONDS
      if bash "$here/stack/$component.sh" up; then
        echo "[stack] $component up in $((SECONDS - started))s" >&2
      else
        failed+=("$component")
      fi
    done
    wait_kube
    if ((${#failed[@]})); then
      echo "[stack] FAILED to start: ${failed[*]}" >&2
      exit 1
    fi
    ;;
  down)
    # In reverse order: the Slurm clusters (their slurmdbd) before the MariaDB they store into.
    for ((i = ${#components[@]} - 1; i >= 0; i--)); do bash "$here/stack/${components[i]}.sh" down || true; done
    ;;
  status)
    rc=0
    for component in "${components[@]}"; do bash "$here/stack/$component.sh" status || rc=1; done
    exit $rc
    ;;
  *)
    echo "usage: $0 up|down|status [kube|mariadb|slurm-2205|slurm-2411|slurm-2605|apptainer|postgres|prometheus|helm|image|node|chromium ...]" >&2
    exit 2
    ;;
esac
