#!/usr/bin/env bash
# Slurm 22.05 from Debian bookworm, on the host: munged, slurmdbd, slurmctld, slurmd and
# slurmrestd (REST API v0.0.38 and v0.0.37, slurmdb v0.0.38) on one node, no systemd, no cgroups.
# Accounting in the stack's MariaDB (scripts/stack/mariadb.sh), without job comments.
#   slurm-2205.sh up | down | status
# The first 'up' installs the Debian packages (about a minute); later ones take seconds.
# Config, keys, state and logs live in $STACK_RUN/slurm-2205 (see slurm-common.sh);
# jobs write to $STACK_RUN/shared. MinJobAge comes from SLURM_MIN_JOB_AGE (default 300);
# ports from SLURM_2205_CTLD_PORT, SLURM_2205_D_PORT, SLURM_2205_REST_PORT, SLURM_2205_DBD_PORT
# (6817, 6818, 6820, 6819).
# 'up' writes $STACK_ENV_DIR/slurm-2205.env (SLURM_2205_URL, SLURM_2205_JWT_KEY, ...).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/slurm-common.sh"

SL_NAME=slurm-2205
SL_V=2205
SL_ROOT=""
SL_RUN="$STACK_RUN/slurm-2205"
SL_CLUSTER=${SLURM_2205_CLUSTER:-lab2205}
SL_CTLD_PORT=${SLURM_2205_CTLD_PORT:-6817}
SL_D_PORT=${SLURM_2205_D_PORT:-6818}
SL_REST_PORT=${SLURM_2205_REST_PORT:-6820}
SL_DBD_PORT=${SLURM_2205_DBD_PORT:-6819}
# 22.05 names its plugins by version: the slurmctld ones openapi/v0.0.3X, the slurmdbd ones
# openapi/dbv0.0.3X. The newest of each, and v0.0.37 for clients that still ask for it.
SL_REST_PLUGINS=openapi/v0.0.38,openapi/dbv0.0.38,openapi/v0.0.37
# dbv0.0.38 has no ping, and its diag is refused to a plain user (2002, permission denied);
# clusters/ is an authenticated slurmdbd round trip any user may make.
SL_DB_CHECK=/slurmdb/v0.0.38/clusters/
# Accounting without AccountingStoreFlags=job_comment (Slurm's default): see docs/test-stack.md.
SL_STORE_COMMENT=0
SL_AUTH=(AuthType=auth/munge CredType=cred/munge)
SL_API=v0.0.38
SL_EXTRA_ENV=()
SL_HOST_JWT_KEY="$SL_RUN/etc/jwt_hs256.key"
SL_HOST_CONF="$SL_RUN/etc/slurm.conf"

install_packages() {
  local started=$SECONDS need=0 pkg
  for pkg in slurm-wlm slurmrestd slurm-wlm-jwt-plugin slurmdbd munge; do dpkg -s "$pkg" >/dev/null 2>&1 || need=1; done
  ((need)) || return 0
  log "$SL_NAME: installing Slurm 22.05 from Debian bookworm (apt; about a minute)"
  apt_install slurm-wlm slurmrestd slurm-wlm-jwt-plugin slurmdbd munge ||
    die "$SL_NAME: apt-get install of slurm-wlm slurmrestd slurm-wlm-jwt-plugin slurmdbd munge failed (output above)"
  log "$SL_NAME: packages installed in $((SECONDS - started))s"
}

munge_ok() { munge -n 2>/dev/null | unmunge >/dev/null 2>&1; }

# munged from the package if it already runs, else one started (and later stopped) here.
ensure_munge() {
  if [[ ! -s /etc/munge/munge.key ]]; then
    log "$SL_NAME: creating /etc/munge/munge.key"
    mungekey --create --keyfile=/etc/munge/munge.key 2>/dev/null || head -c 1024 /dev/urandom >/etc/munge/munge.key
  fi
  chown munge:munge /etc/munge/munge.key
  chmod 0400 /etc/munge/munge.key
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/lib/munge /var/log/munge
  munge_ok && return 0
  if ! pid_alive "$(sl_pidfile munged)"; then
    log "$SL_NAME: starting munged"
    sl_spawn munged setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged --foreground
  fi
  sl_wait munged 20 "munged to answer munge -n | unmunge" munge_ok
}

up() {
  if munge_ok && sl_conf_current && sl_healthy 2>/dev/null; then
    sl_write_env
    log "$SL_NAME: already up (http://127.0.0.1:$SL_REST_PORT)"
    return 0
  fi
  sl_locked install_packages
  sl_locked sl_ensure_users
  sl_locked ensure_shared_dir
  sl_prepare_dirs
  sl_ensure_key "$SL_RUN/etc/jwt_hs256.key"
  sl_write_exec_wrapper
  sl_write_conf
  ensure_munge
  sl_prepare_accounting
  sl_start_daemons
  sl_write_env
  log "$SL_NAME: Slurm $(sl_release) ready at http://127.0.0.1:$SL_REST_PORT (REST $SL_API)"
}

down() {
  sl_stop_daemons
  stop_pidfile "$(sl_pidfile munged)"
  rm -f "$STACK_ENV_DIR/$SL_NAME.env"
}

status() { sl_status; }

[[ -d $SL_RUN/run ]] && sl_forget_stale_pids
case "${1:-}" in
  up) sl_lock_component; up ;; down) sl_lock_component; down ;; status) status || exit 1 ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
