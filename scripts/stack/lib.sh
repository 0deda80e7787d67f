# Shared helpers for the test-stack scripts. Sourced, never run.
# Everything built or downloaded is cached under STACK_CACHE (outside the repo, keyed by
# version); everything a running server writes lives under STACK_RUN.
set -euo pipefail

STACK_CACHE=${STACK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/slurm-ml-operator}
STACK_RUN=${STACK_RUN:-/var/lib/slurm-ml-stack}
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STACK_ENV_DIR=${STACK_ENV_DIR:-$REPO_ROOT/.stack}
mkdir -p "$STACK_CACHE" "$STACK_RUN" "$STACK_ENV_DIR"

log() { printf '[stack %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# wait_until SECONDS DESCRIPTION COMMAND...: poll until COMMAND succeeds.
wait_until() {
  local limit=$1 what=$2; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then die "timed out after ${limit}s waiting for $what"; fi
    sleep 0.5
  done
}

# Write KEY=VALUE into the env file of one component (tests read them all).
write_env() {
  local component=$1; shift
  local file="$STACK_ENV_DIR/$component.env"
  printf '%s\n' "$@" >"$file.tmp" && mv "$file.tmp" "$file"
}

apt_ready=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]} == 0)) && return 0
  log "installing Debian packages: ${missing[*]} (about a minute)"
  # Components may run apt beside each other (kube and node in the background): wait for the lock.
  if ((apt_ready == 0)); then apt-get -o DPkg::Lock::Timeout=600 update -qq >&2; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# pid_alive PIDFILE [COMMAND]: the process runs (and, given COMMAND, is that program: a pid
# file left from before a reboot may name an unrelated process).
pid_alive() {
  [[ -f $1 ]] || return 1
  local pid; pid=$(cat "$1")
  kill -0 "$pid" 2>/dev/null || return 1
  [[ -z ${2:-} || $(cat "/proc/$pid/comm" 2>/dev/null) == "${2:0:15}" ]]
}

stop_pidfile() {
  local pidfile=$1
  if pid_alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile" "$pidfile.args"
}

# daemon_up PIDFILE LOG STAMP COMMAND...: start COMMAND in the background (in its own session,
# working directory /, stdin /dev/null, output appended to LOG, without the scripts' lock files
# 8 and 9) unless it already runs with the same command line and STAMP (e.g. a hash of its
# configuration file). One that runs with another, or that was started before its command line
# was recorded next to its pid file, is stopped and started again: a warm machine picks up
# changed flags. Sets daemon_started=1 when it started the program, 0 when it left it running.
daemon_started=0
# shellcheck disable=SC2034 # daemon_started is read by the scripts that source this file
daemon_up() {
  local pidfile=$1 logfile=$2 stamp=$3; shift 3
  local name want
  name=$(basename "$1")
  want=$(printf '%s\n' "$stamp" "$@" | sha256sum | cut -d' ' -f1)
  daemon_started=0
  if pid_alive "$pidfile" "$name"; then
    [[ $(cat "$pidfile.args" 2>/dev/null) == "$want" ]] && return 0
    log "restarting $name: its command line or configuration changed"
    stop_pidfile "$pidfile"
  fi
  # setsid and the subshell exec the command, so $! is the daemon's own pid.
  (cd / && exec setsid "$@" >>"$logfile" 2>&1 </dev/null 8>&- 9>&-) &
  echo $! >"$pidfile"
  echo "$want" >"$pidfile.args"
  daemon_started=1
}

# Kubernetes, built from Go modules: kube.sh builds etcd, kube-apiserver, kube-controller-manager
# and kubectl, node.sh the kubelet and kube-scheduler, all from one wrapper module (kube.sh
# writes it) and into one directory, keyed by version.
K8S_VERSION=${K8S_VERSION:-v1.35.4}
KUBE_BIN="$STACK_CACHE/kube/$K8S_VERSION/bin"
KUBE_WRAPPER="$STACK_CACHE/kube/$K8S_VERSION/wrapper"

# kube_go_build PACKAGE...: build commands of k8s.io/kubernetes into KUBE_BIN, version-stamped.
kube_go_build() {
  (
    cd "$KUBE_WRAPPER" || exit 1
    export CGO_ENABLED=0 GOFLAGS=-mod=mod
    go build -trimpath -ldflags "-s -w -X k8s.io/component-base/version.gitVersion=$K8S_VERSION -X k8s.io/client-go/pkg/version.gitVersion=$K8S_VERSION" \
      -o "$KUBE_BIN/" "$@" >&2
  )
}
