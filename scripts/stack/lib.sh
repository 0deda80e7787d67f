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
  if ((apt_ready == 0)); then apt-get update -qq >&2; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
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
  rm -f "$pidfile"
}
