# shellcheck shell=bash
# Pieces shared by slurm-2205.sh, slurm-2411.sh and slurm-2605.sh. Sourced after lib.sh, never run.
# Settings from the environment: SLURM_MIN_JOB_AGE (default 300), SLURM_NODE_CPUS (default 32;
# the node claims that many CPUs whatever the hardware, so many small jobs run at once).
#
# The calling script sets, before using anything here:
#   SL_NAME        component name (slurm-2205 | slurm-2411 | slurm-2605), also the env-file name
#   SL_V           2205 | 2411 | 2605 (the infix of the SLURM_<V>_* variables)
#   SL_ROOT        chroot directory the daemons run in, or "" for the host
#   SL_RUN         config, keys, state, logs and pid files (same absolute path inside SL_ROOT)
#   SL_CLUSTER     ClusterName
#   SL_CTLD_PORT SL_D_PORT SL_REST_PORT SL_DBD_PORT
#   SL_REST_PLUGINS  value of slurmrestd -s (the slurmctld and the slurmdbd endpoints)
#   SL_API         REST API version used for the readiness check (v0.0.38, v0.0.42, v0.0.45)
#   SL_DB_CHECK    authenticated slurmdb GET of the readiness check (default /slurmdb/SL_API/ping)
#   SL_STORE_COMMENT 1: slurm.conf has AccountingStoreFlags=job_comment (accounting keeps the
#                  job comment), 0: it does not (Slurm's default)
#   SL_AUTH        array of the slurm.conf lines choosing AuthType and CredType
#   SL_EXTRA_ENV   array of more KEY=VALUE lines for the env file
#
# Accounting: each cluster runs the slurmdbd of its own release on SL_DBD_PORT, storing into its
# own database (slurm_acct_<ClusterName>, user slurmdbd_<ClusterName>) on the stack's one
# MariaDB server (scripts/stack/mariadb.sh, port MARIADB_PORT, default 3307). The cluster, the
# account "ml" and the job users are registered with sacctmgr before slurmctld starts.
#
# Layout of SL_RUN:
#   etc/   slurm.conf, slurmdbd.conf (mode 600), jwt_hs256.key (HS256 key of auth/jwt, kept
#          across runs), slurm.key, mariadb.password
#   state/ctld (StateSaveLocation), state/d (SlurmdSpoolDir)
#   log/   slurmctld.log, slurmd.log, slurmdbd.log (Slurm's logs), NAME.out (each daemon's
#          stdout/stderr; slurmrestd and munged log only there)
#   run/   pid files of the daemons this script started (run/slurm: Slurm's own pid files)
#   bin/slurm-exec   runs a Slurm command against this cluster: slurm-exec scontrol ping

SHARED_DIR="$STACK_RUN/shared"
JOB_USERS=(mluser:2001 mluser2:2002)
REST_USER=slurmrest
SLURM_MIN_JOB_AGE=${SLURM_MIN_JOB_AGE:-300}
SLURM_NODE_CPUS=${SLURM_NODE_CPUS:-32}
MARIADB_PORT=${MARIADB_PORT:-3307}
SL_DAEMONS=(slurmdbd slurmctld slurmd slurmrestd)
SL_ACCOUNT=ml
SL_STORE_COMMENT=${SL_STORE_COMMENT:-0}

# Unexpected failures name the command and where the logs are, then exit non-zero.
set -E
trap 'log "ERROR: ${SL_NAME:-slurm}: command failed (exit $?): $BASH_COMMAND; logs: ${SL_RUN:-$STACK_RUN}/log"' ERR

# One 'up' or 'down' of a cluster at a time.
sl_lock_component() {
  exec 8>"$STACK_RUN/.$SL_NAME.lock"
  flock 8
}

# sl_locked COMMAND...: run host-wide setup (apt, useradd, the shared directory) under a
# lock shared by both Slurm scripts, so they can be started in parallel.
sl_locked() { (flock 9 && "$@") 9>"$STACK_RUN/.slurm-setup.lock"; }

# Run a command in the cluster's root (the chroot, or the host).
sl_in_root() {
  if [[ -n $SL_ROOT ]]; then chroot "$SL_ROOT" "$@"; else "$@"; fi
}

sl_node() { hostname -s; }

# Create group and user NAME with uid = gid = ID in the cluster's root; refuse a clash.
sl_ensure_user() {
  local name=$1 id=$2 system=${3:-}
  local have; have=$(sl_in_root getent passwd "$name" | cut -d: -f3 || true)
  if [[ -n $have ]]; then
    [[ -z $id || $have == "$id" ]] || die "user $name exists${SL_ROOT:+ in $SL_ROOT} with uid $have, expected $id"
    return 0
  fi
  if [[ -n $system ]]; then
    sl_in_root useradd --system --user-group --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin "$name"
    return 0
  fi
  if sl_in_root getent passwd "$id" >/dev/null; then die "uid $id is taken${SL_ROOT:+ in $SL_ROOT}; cannot create $name"; fi
  sl_in_root getent group "$name" >/dev/null || sl_in_root groupadd --gid "$id" "$name"
  sl_in_root useradd --uid "$id" --gid "$name" --create-home --shell /bin/bash "$name"
}

sl_ensure_users() {
  local u
  for u in "${JOB_USERS[@]}"; do sl_ensure_user "${u%%:*}" "${u##*:}"; done
  sl_ensure_user "$REST_USER" "" system
}

# The host directory where jobs of both clusters write (the chroot sees it at the same path).
# Each job user owns a subdirectory; the top is world-writable and sticky, like /tmp.
ensure_shared_dir() {
  mkdir -p "$SHARED_DIR"
  chmod 1777 "$SHARED_DIR"
  local u name
  for u in "${JOB_USERS[@]}"; do
    name=${u%%:*}
    mkdir -p "$SHARED_DIR/$name"
    chown "${u##*:}:${u##*:}" "$SHARED_DIR/$name"
    chmod 0755 "$SHARED_DIR/$name"
  done
}

sl_prepare_dirs() {
  local slurm_uid slurm_gid
  slurm_uid=$(sl_in_root id -u slurm) || die "no slurm user${SL_ROOT:+ in $SL_ROOT}"
  slurm_gid=$(sl_in_root id -g slurm)
  mkdir -p "$SL_RUN"/{etc,state/ctld,state/d,log,run/slurm,bin}
  chown "$slurm_uid:$slurm_gid" "$SL_RUN/state/ctld" "$SL_RUN/log" "$SL_RUN/run/slurm"
  chmod 0700 "$SL_RUN/state/ctld"
  chmod 0755 "$SL_RUN" "$SL_RUN/etc" "$SL_RUN/state" "$SL_RUN/log" "$SL_RUN/run" "$SL_RUN/run/slurm" "$SL_RUN/bin"
  # slurmctld and slurmdbd keep runtime files in /run/slurmctld and /run/slurmdbd of their root,
  # owned by SlurmUser; slurmd in /run/slurm, owned by SlurmdUser (root). Each exits with
  # "_prepare_run_dir" when its directory is missing (slurmdbd) or has another owner (26.05).
  local d
  for d in slurmctld slurmdbd; do
    mkdir -p "$SL_ROOT/run/$d"
    chown "$slurm_uid:$slurm_gid" "$SL_ROOT/run/$d"
  done
  mkdir -p "$SL_ROOT/run/slurm"
  chown 0:0 "$SL_ROOT/run/slurm"
}

# sl_ensure_key FILE: 32 random bytes, owned by the cluster's slurm user, mode 600; kept if present.
sl_ensure_key() {
  local file=$1
  if [[ ! -s $file ]]; then
    head -c 32 /dev/urandom >"$file.tmp"
    mv "$file.tmp" "$file"
  fi
  chown "$(sl_in_root id -u slurm):$(sl_in_root id -g slurm)" "$file"
  chmod 0600 "$file"
}

sl_real_memory() {
  local total; total=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  local mem=$((total / 2)); ((mem > 4096)) && mem=4096
  echo "$mem"
}

# slurm.conf on stdout.
sl_render_conf() {
  local node; node=$(sl_node)
  cat <<EOF
# Generated by scripts/stack/$SL_NAME.sh on every 'up'; edits are overwritten.
ClusterName=$SL_CLUSTER
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$SL_CTLD_PORT
SlurmdPort=$SL_D_PORT
SlurmUser=slurm
SlurmdUser=root
$(printf '%s\n' "${SL_AUTH[@]}")
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$SL_RUN/etc/jwt_hs256.key
StateSaveLocation=$SL_RUN/state/ctld
SlurmdSpoolDir=$SL_RUN/state/d
SlurmctldPidFile=$SL_RUN/run/slurm/slurmctld.pid
SlurmdPidFile=$SL_RUN/run/slurm/slurmd.pid
SlurmctldLogFile=$SL_RUN/log/slurmctld.log
SlurmdLogFile=$SL_RUN/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$SL_DBD_PORT
$( ((SL_STORE_COMMENT)) && echo AccountingStoreFlags=job_comment)
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SlurmdParameters=config_overrides
DefMemPerCPU=100
MinJobAge=$SLURM_MIN_JOB_AGE
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
InactiveLimit=0
KillWait=5
SlurmdTimeout=300
NodeName=$node NodeAddr=127.0.0.1 NodeHostname=$node CPUs=$SLURM_NODE_CPUS RealMemory=$(sl_real_memory) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
}

sl_db_name() { echo "slurm_acct_$SL_CLUSTER"; }
sl_db_user() { echo "slurmdbd_$SL_CLUSTER"; }

# slurmdbd.conf on stdout (it holds the database password: written mode 600).
sl_render_dbd_conf() {
  cat <<EOF
# Generated by scripts/stack/$SL_NAME.sh on every 'up'; edits are overwritten.
${SL_AUTH[0]}
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=$SL_RUN/etc/jwt_hs256.key
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort=$SL_DBD_PORT
SlurmUser=slurm
DebugLevel=info
LogFile=$SL_RUN/log/slurmdbd.log
PidFile=$SL_RUN/run/slurm/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$MARIADB_PORT
StorageUser=$(sl_db_user)
StoragePass=$(cat "$SL_RUN/etc/mariadb.password" 2>/dev/null)
StorageLoc=$(sl_db_name)
EOF
}

# The slurmrestd arguments (recorded when it starts, so a change restarts it alone).
sl_restd_args() { echo "-a rest_auth/jwt -s $SL_REST_PLUGINS 127.0.0.1:$SL_REST_PORT"; }

# The running config is the one this run would write (SLURM_MIN_JOB_AGE etc. unchanged).
sl_conf_current() {
  cmp -s "$SL_RUN/etc/slurm.conf" <(sl_render_conf) &&
    cmp -s "$SL_RUN/etc/slurmdbd.conf" <(sl_render_dbd_conf) &&
    cmp -s "$SL_RUN/run/slurmrestd.args" <(sl_restd_args)
}

# The cluster's database and user on the stack's MariaDB (started if it is not running).
sl_ensure_db() {
  local pwfile="$SL_RUN/etc/mariadb.password"
  if [[ ! -s $pwfile ]]; then
    (umask 077 && head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$pwfile")
  fi
  chmod 0600 "$pwfile"
  local mdb; mdb="$(dirname "${BASH_SOURCE[0]}")/mariadb.sh"
  bash "$mdb" up || die "$SL_NAME: the stack's MariaDB did not start (bash scripts/stack.sh up mariadb)"
  bash "$mdb" ensure-db "$(sl_db_name)" "$(sl_db_user)" "$pwfile"
}

# The database, then slurmdbd.conf (before sl_start_daemons).
sl_prepare_accounting() {
  sl_ensure_db
  sl_write_dbd_conf
}

# (Re)write slurmdbd.conf; if it changed while slurmdbd runs, restart slurmdbd alone (slurmctld
# keeps what it has to send and reconnects).
sl_write_dbd_conf() {
  local conf="$SL_RUN/etc/slurmdbd.conf"
  (umask 077 && sl_render_dbd_conf >"$conf.new")
  chown "$(sl_in_root id -u slurm):$(sl_in_root id -g slurm)" "$conf.new"
  chmod 0600 "$conf.new"
  if [[ -f $conf ]] && cmp -s "$conf" "$conf.new"; then rm -f "$conf.new"; return 0; fi
  if pid_alive "$(sl_pidfile slurmdbd)"; then
    log "$SL_NAME: slurmdbd.conf changed; restarting slurmdbd"
    stop_pidfile "$(sl_pidfile slurmdbd)"
  fi
  mv "$conf.new" "$conf"
}

# (Re)write slurm.conf; if it changed while daemons run, stop them so they start again with it.
sl_write_conf() {
  local conf="$SL_RUN/etc/slurm.conf"
  sl_render_conf >"$conf.new"
  if [[ -f $conf ]] && cmp -s "$conf" "$conf.new"; then rm -f "$conf.new"; return 0; fi
  if sl_any_daemon_alive; then
    log "$SL_NAME: slurm.conf changed; restarting the daemons (running jobs continue)"
    sl_stop_daemons --keep-jobs
  fi
  chmod 0644 "$conf.new"
  mv "$conf.new" "$conf"
}

sl_exec() { "$SL_RUN/bin/slurm-exec" "$@"; }

sl_write_exec_wrapper() {
  local w="$SL_RUN/bin/slurm-exec"
  {
    echo '#!/bin/sh'
    echo "# Run a Slurm client command against $SL_NAME: slurm-exec scontrol ping"
    if [[ -n $SL_ROOT ]]; then
      echo "exec chroot '$SL_ROOT' /usr/bin/env SLURM_CONF='$SL_RUN/etc/slurm.conf' \"\$@\""
    else
      echo "exec /usr/bin/env SLURM_CONF='$SL_RUN/etc/slurm.conf' \"\$@\""
    fi
  } >"$w.tmp"
  chmod 0755 "$w.tmp"
  mv "$w.tmp" "$w"
}

sl_pidfile() { echo "$SL_RUN/run/$1.pid"; }

# Forget pid files whose process is gone or is no longer the daemon (the pid was reused,
# e.g. after a reboot), so nothing unrelated is waited on or killed.
sl_forget_stale_pids() {
  local d pf
  for d in "${SL_DAEMONS[@]}" munged; do
    pf=$(sl_pidfile "$d")
    [[ -f $pf ]] || continue
    if ! pid_alive "$pf" || [[ $(cat "/proc/$(cat "$pf")/comm" 2>/dev/null) != "$d" ]]; then rm -f "$pf"; fi
  done
}

sl_any_daemon_alive() {
  local d
  for d in "${SL_DAEMONS[@]}"; do pid_alive "$(sl_pidfile "$d")" && return 0; done
  return 1
}

# sl_spawn NAME COMMAND...: start a foreground daemon in its own session; record its pid.
# setsid and chroot exec the command, so $! is the daemon's own pid.
sl_spawn() {
  local name=$1; shift
  # 8>&- 9>&-: the daemon must not inherit (and so hold) the scripts' lock files. cd /: nor may
  # it keep the clone it was started from as its working directory. The subshell execs, so $!
  # is still the daemon's pid.
  (cd / && exec setsid "$@" >>"$SL_RUN/log/$name.out" 2>&1 </dev/null 8>&- 9>&-) &
  echo $! >"$(sl_pidfile "$name")"
}

# sl_wait NAME SECONDS DESCRIPTION CHECK...: wait for CHECK, failing fast if the daemon died.
sl_wait() {
  local name=$1 limit=$2 what=$3; shift 3
  local deadline=$((SECONDS + limit)) logs="$SL_RUN/log/$name.out"
  [[ $name == slurmctld || $name == slurmd ]] && logs="$SL_RUN/log/$name.log and $logs"
  until "$@" >/dev/null 2>&1; do
    if ! pid_alive "$(sl_pidfile "$name")"; then
      tail -n 15 "$SL_RUN/log/$name.out" "$SL_RUN/log/$name.log" >&2 2>/dev/null || true
      die "$SL_NAME: $name exited while waiting for $what; see $logs"
    fi
    ((SECONDS >= deadline)) && die "$SL_NAME: timed out after ${limit}s waiting for $what; see $logs"
    sleep 0.5
  done
}

sl_ctld_up() { sl_exec scontrol ping 2>/dev/null | grep -q 'is UP'; }

# The node is usable: registered and neither down nor drained.
sl_node_ready() {
  local state; state=$(sl_exec sinfo -h -n "$(sl_node)" -o %t 2>/dev/null | head -n1)
  [[ -n $state && $state != *down* && $state != *drain* && $state != *drng* && $state != *unk* && $state != *'*'* ]]
}

sl_token() { sl_exec scontrol token username="${1:-mluser}" lifespan="${2:-300}" | sed -n 's/^SLURM_JWT=//p'; }

# slurmrestd answers an authenticated request. Not /ping: on 24.11 it returns 200 even
# when slurmctld rejects the token; /partitions does not. And its slurmdb endpoints answer
# (slurmdbd reached with the same token).
sl_rest_ready() {
  local token; token=$(sl_token mluser 300) || return 1
  [[ -n $token ]] || return 1
  local h=(-H "X-SLURM-USER-NAME: mluser" -H "X-SLURM-USER-TOKEN: $token")
  curl -sf -m 5 "${h[@]}" "http://127.0.0.1:$SL_REST_PORT/slurm/$SL_API/partitions" >/dev/null &&
    curl -sf -m 5 "${h[@]}" "http://127.0.0.1:$SL_REST_PORT${SL_DB_CHECK:-/slurmdb/$SL_API/ping}" >/dev/null
}

sl_dbd_up() { timeout 10 "$SL_RUN/bin/slurm-exec" sacctmgr -n -P list cluster format=cluster >/dev/null 2>&1; }

# The cluster, the account and the job users, in slurmdbd (checked first: sacctmgr refuses to
# add what exists).
sl_register_accounting() {
  local want="" u have
  for u in "${JOB_USERS[@]}"; do want+="$SL_ACCOUNT|${u%%:*}"$'\n'; done
  have=$(sl_exec sacctmgr -n -P list assoc cluster="$SL_CLUSTER" account="$SL_ACCOUNT" format=account,user 2>/dev/null | grep -v '|$' | sort || true)
  [[ $have == "$(printf '%s' "$want" | sort)" ]] && return 0
  log "$SL_NAME: registering cluster $SL_CLUSTER, account $SL_ACCOUNT and the job users in slurmdbd"
  sl_exec sacctmgr -n -P list cluster format=cluster | grep -qx "$SL_CLUSTER" ||
    sl_exec sacctmgr -i add cluster "$SL_CLUSTER" >/dev/null
  sl_exec sacctmgr -n -P list account "$SL_ACCOUNT" format=account | grep -qx "$SL_ACCOUNT" ||
    sl_exec sacctmgr -i add account "$SL_ACCOUNT" cluster="$SL_CLUSTER" description=ml-jobs organization=lab >/dev/null
  for u in "${JOB_USERS[@]}"; do
    [[ $have == *"$SL_ACCOUNT|${u%%:*}"* ]] && continue
    sl_exec sacctmgr -i add user "${u%%:*}" account="$SL_ACCOUNT" defaultaccount="$SL_ACCOUNT" cluster="$SL_CLUSTER" >/dev/null
  done
}

sl_release() { sl_in_root slurmctld -V | awk '{print $NF}'; }

sl_healthy() {
  local d
  for d in "${SL_DAEMONS[@]}"; do pid_alive "$(sl_pidfile "$d")" || return 1; done
  sl_ctld_up && sl_node_ready && sl_rest_ready
}

# Start whichever of slurmctld, slurmd, slurmrestd is not running, and wait for each.
sl_start_daemons() {
  local conf="$SL_RUN/etc/slurm.conf" node; node=$(sl_node)
  local env=(/usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "SLURM_CONF=$conf")
  local root=(); [[ -n $SL_ROOT ]] && root=(chroot "$SL_ROOT")
  if ! pid_alive "$(sl_pidfile slurmdbd)"; then
    log "$SL_NAME: starting slurmdbd on port $SL_DBD_PORT"
    # slurmdbd reads slurmdbd.conf next to SLURM_CONF.
    sl_spawn slurmdbd "${root[@]}" "${env[@]}" slurmdbd -D
  fi
  sl_wait slurmdbd 60 "slurmdbd to answer sacctmgr list cluster" sl_dbd_up
  sl_register_accounting
  if ! pid_alive "$(sl_pidfile slurmctld)"; then sl_start_ctld "${root[@]}" "${env[@]}" slurmctld -D -f "$conf"; fi
  sl_wait slurmctld 60 "slurmctld to answer scontrol ping" sl_ctld_up
  if ! pid_alive "$(sl_pidfile slurmd)"; then
    log "$SL_NAME: starting slurmd on port $SL_D_PORT"
    sl_spawn slurmd "${root[@]}" "${env[@]}" slurmd -D -f "$conf" -N "$node"
  fi
  local deadline=$((SECONDS + 60))
  until sl_node_ready; do
    pid_alive "$(sl_pidfile slurmd)" || die "$SL_NAME: slurmd exited; see $SL_RUN/log/slurmd.log and $SL_RUN/log/slurmd.out"
    local state; state=$(sl_exec sinfo -h -n "$node" -o %t 2>/dev/null | head -n1 || true)
    if [[ $state == *drain* || $state == *drng* || $state == down ]]; then
      log "$SL_NAME: node $node is $state ($(sl_exec sinfo -h -n "$node" -o %E 2>/dev/null)); resuming it"
      sl_exec scontrol update nodename="$node" state=resume >/dev/null 2>&1 || true
    fi
    ((SECONDS >= deadline)) && die "$SL_NAME: timed out after 60s waiting for node $node to become idle (state: ${state:-none}); see $SL_RUN/log/slurmd.log"
    sleep 0.5
  done
  if pid_alive "$(sl_pidfile slurmrestd)" && ! cmp -s "$SL_RUN/run/slurmrestd.args" <(sl_restd_args); then
    log "$SL_NAME: slurmrestd arguments changed; restarting slurmrestd"
    stop_pidfile "$(sl_pidfile slurmrestd)"
  fi
  if ! pid_alive "$(sl_pidfile slurmrestd)"; then
    log "$SL_NAME: starting slurmrestd on 127.0.0.1:$SL_REST_PORT as $REST_USER (-s $SL_REST_PLUGINS)"
    local uid gid
    uid=$(sl_in_root id -u "$REST_USER"); gid=$(sl_in_root id -g "$REST_USER")
    local user=(setpriv "--reuid=$uid" "--regid=$gid" --clear-groups)
    if [[ -n $SL_ROOT ]]; then user=(chroot "--userspec=$uid:$gid" "$SL_ROOT"); fi
    # -a rest_auth/jwt: only tokens are accepted; SLURM_JWT=daemon: talk to slurmctld with them.
    local args; read -r -a args < <(sl_restd_args)
    sl_spawn slurmrestd "${user[@]}" "${env[@]}" SLURM_JWT=daemon HOME=/ slurmrestd -f "$conf" "${args[@]}"
    sl_restd_args >"$SL_RUN/run/slurmrestd.args"
  fi
  sl_wait slurmrestd 30 "slurmrestd to answer GET /slurm/$SL_API/partitions and ${SL_DB_CHECK:-/slurmdb/$SL_API/ping}" sl_rest_ready
}

# sl_start_ctld COMMAND...: start slurmctld. A slurmctld whose StateSaveLocation was made
# without accounting (or for another slurmdbd database) has a cluster id slurmdbd does not
# know and exits with "CLUSTER ID MISMATCH": then forget the saved id (the clustername file)
# once and start it again; jobs and the rest of the state are kept.
sl_start_ctld() {
  local log_file="$SL_RUN/log/slurmctld.log" attempt offset
  for attempt in 1 2; do
    offset=$(stat -c %s "$log_file" 2>/dev/null || echo 0)
    log "$SL_NAME: starting slurmctld on port $SL_CTLD_PORT"
    sl_spawn slurmctld "$@"
    local deadline=$((SECONDS + 60))
    until sl_ctld_up; do
      if ! pid_alive "$(sl_pidfile slurmctld)"; then
        if ((attempt == 1)) && tail -c +"$((offset + 1))" "$log_file" 2>/dev/null | grep -q 'CLUSTER ID MISMATCH'; then
          log "$SL_NAME: slurmctld: CLUSTER ID MISMATCH (its state predates this slurmdbd database); removing $SL_RUN/state/ctld/clustername once"
          rm -f "$SL_RUN/state/ctld/clustername"
          continue 2
        fi
        tail -n 15 "$SL_RUN/log/slurmctld.out" "$log_file" >&2 2>/dev/null || true
        die "$SL_NAME: slurmctld exited while waiting for scontrol ping; see $log_file and $SL_RUN/log/slurmctld.out"
      fi
      ((SECONDS >= deadline)) && die "$SL_NAME: timed out after 60s waiting for slurmctld; see $log_file"
      sleep 0.5
    done
    return 0
  done
}

# Pids of slurmstepd processes of this cluster (their root is SL_ROOT, or / for the host).
sl_stepd_pids() {
  local want=${SL_ROOT:-/} p
  [[ -n $SL_ROOT ]] && want=$(readlink -f "$SL_ROOT")
  for p in /proc/[0-9]*; do
    [[ $(cat "$p/comm" 2>/dev/null) == slurmstepd ]] || continue
    [[ $(readlink "$p/root" 2>/dev/null) == "$want" ]] && echo "${p#/proc/}"
  done
  return 0
}

# sl_stop_daemons [--keep-jobs]: stop slurmrestd, slurmd and slurmctld. Without --keep-jobs,
# first cancel what is queued or running, so no job outlives its cluster.
sl_stop_daemons() {
  local keep_jobs=${1:-}
  if [[ $keep_jobs != --keep-jobs ]] && pid_alive "$(sl_pidfile slurmctld)" && sl_ctld_up; then
    local ids; ids=$(sl_exec squeue -h -t PD,R,S,CG,CF -o %A 2>/dev/null | tr '\n' ' ' || true)
    if [[ -n ${ids// /} ]]; then
      log "$SL_NAME: cancelling jobs $ids"
      # shellcheck disable=SC2086
      sl_exec scancel $ids >/dev/null 2>&1 || true
      for _ in $(seq 1 20); do [[ -z $(sl_stepd_pids) ]] && break; sleep 0.5; done
    fi
  fi
  # SIGTERM to all three at once (each takes a second or two to exit), then wait.
  local d pf
  for d in slurmrestd slurmd slurmctld; do
    pf=$(sl_pidfile "$d")
    if pid_alive "$pf"; then kill "$(cat "$pf")" 2>/dev/null || true; fi
  done
  for d in slurmrestd slurmd slurmctld; do stop_pidfile "$(sl_pidfile "$d")"; done
  [[ $keep_jobs == --keep-jobs ]] && return 0
  # slurmdbd last, so slurmctld could send it what it had; a config change leaves it running.
  stop_pidfile "$(sl_pidfile slurmdbd)"
  local left; left=$(sl_stepd_pids)
  if [[ -n $left ]]; then
    # shellcheck disable=SC2086
    kill $left 2>/dev/null || true; sleep 1
    # shellcheck disable=SC2086
    kill -9 $left 2>/dev/null || true
  fi
}

# Write the env file tests read (plus the KEY=VALUE lines in SL_EXTRA_ENV).
sl_write_env() {
  local v=$SL_V
  write_env "$SL_NAME" \
    "SLURM_${v}_URL=http://127.0.0.1:$SL_REST_PORT" \
    "SLURM_${v}_API_VERSION=$SL_API" \
    "SLURM_${v}_JWT_KEY=$SL_HOST_JWT_KEY" \
    "SLURM_${v}_USER=mluser" \
    "SLURM_${v}_USER2=mluser2" \
    "SLURM_${v}_PARTITION=debug" \
    "SLURM_${v}_CLUSTER=$SL_CLUSTER" \
    "SLURM_${v}_NODE=$(sl_node)" \
    "SLURM_${v}_SHARED_DIR=$SHARED_DIR" \
    "SLURM_${v}_CONF=$SL_HOST_CONF" \
    "SLURM_${v}_RELEASE=$(sl_release)" \
    "SLURM_${v}_EXEC=$SL_RUN/bin/slurm-exec" \
    "SLURM_${v}_MIN_JOB_AGE=$SLURM_MIN_JOB_AGE" \
    "SLURM_${v}_RUN_DIR=$SL_RUN" \
    "SLURM_${v}_LOG_DIR=$SL_RUN/log" \
    "SLURM_${v}_ACCOUNTING=1" \
    "SLURM_${v}_ACCOUNTING_STORES_COMMENT=$SL_STORE_COMMENT" \
    "SLURM_${v}_DBD_PORT=$SL_DBD_PORT" \
    "SLURM_${v}_ACCOUNT=$SL_ACCOUNT" \
    "${SL_EXTRA_ENV[@]}"
}

sl_status() {
  if sl_healthy; then
    echo "$SL_NAME: up (http://127.0.0.1:$SL_REST_PORT, Slurm $(sl_release), cluster $SL_CLUSTER, slurmdbd 127.0.0.1:$SL_DBD_PORT, accounting $( ((SL_STORE_COMMENT)) && echo "with" || echo "without") job comments, MinJobAge $(sl_exec scontrol show config 2>/dev/null | awk '$1 == "MinJobAge" {print $3}'))"
  else
    local d states=()
    for d in "${SL_DAEMONS[@]}"; do
      if pid_alive "$(sl_pidfile "$d")"; then states+=("$d running"); else states+=("$d stopped"); fi
    done
    echo "$SL_NAME: down (${states[*]})"
    return 1
  fi
}
