# shellcheck shell=bash
# A Slurm cluster in a Debian debootstrap chroot (a release whose packages need a newer libc
# than the host's): build, mount, users, keys, start, stop, unmount. Sourced after lib.sh and
# slurm-common.sh by slurm-2411.sh and slurm-2605.sh, never run. After setting the SL_*
# variables of slurm-common.sh (all but SL_ROOT), the calling script sets
#   CH_SUITE     Debian suite (trixie, sid)
#   CH_PACKAGES  array of the packages debootstrap --include's (an existing chroot missing
#                one, e.g. built before it was added, gets it with apt-get inside)
#   CH_MIRROR    Debian mirror
# then calls ch_main "$@".
#
# The chroot is built once into $STACK_CACHE/<SL_NAME>/<CH_SUITE> (outside the repository,
# kept across 'down'). SL_RUN and $STACK_RUN/shared are bind-mounted into it at the same path,
# so paths mean the same thing inside and outside. The chroot shares the host's network: the
# host reaches its daemons on loopback. 'down' stops everything running in the chroot and
# unmounts everything mounted under it.

ch_init() {
  CHROOT_PARENT="$STACK_CACHE/$SL_NAME"
  mkdir -p "$CHROOT_PARENT"
  CHROOT_PARENT=$(realpath "$CHROOT_PARENT")
  SL_ROOT="$CHROOT_PARENT/$CH_SUITE"
  BUILT_MARKER="$SL_ROOT/.slurm-ml-stack-complete"
  SL_EXTRA_ENV+=("SLURM_${SL_V}_CHROOT=$SL_ROOT")
  # shellcheck disable=SC2034 # read by sl_write_env (slurm-common.sh)
  SL_HOST_JWT_KEY="$SL_RUN/etc/jwt_hs256.key"
  # shellcheck disable=SC2034 # read by sl_write_env (slurm-common.sh)
  SL_HOST_CONF="$SL_RUN/etc/slurm.conf"
}

# Mount points under DIR (DIR itself included), deepest first.
mounts_under() {
  local dir=$1
  awk -v d="$dir" '$2 == d || index($2, d "/") == 1 {print $2}' /proc/mounts | sort -r -u
}

# Unmount everything under DIR; fail if anything is left.
unmount_under() {
  local dir=$1 m
  for m in $(mounts_under "$dir"); do
    umount -R "$m" 2>/dev/null || umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
  for m in $(mounts_under "$dir"); do umount -l "$m" 2>/dev/null || true; done
  [[ -z $(mounts_under "$dir") ]] || die "could not unmount: $(mounts_under "$dir" | tr '\n' ' ')"
}

# Delete a chroot tree, but never while anything (/dev, /sys, ...) is mounted inside it.
safe_rmtree() {
  local dir=$1
  [[ -e $dir ]] || return 0
  dir=$(realpath "$dir")
  [[ $dir == "$CHROOT_PARENT"/* ]] || die "refusing to delete $dir: not under $CHROOT_PARENT"
  kill_chroot_processes "$dir"
  unmount_under "$dir"
  if [[ -n $(mounts_under "$dir") ]]; then
    die "refusing to delete $dir: still mounted: $(mounts_under "$dir" | tr '\n' ' ')"
  fi
  rm -rf --one-file-system "$dir"
}

# Processes whose root directory is DIR: exactly the ones running in that chroot.
chroot_pids() {
  local dir=$1 p
  for p in /proc/[0-9]*; do
    [[ $(readlink "$p/root" 2>/dev/null) == "$dir" ]] && echo "${p#/proc/}"
  done
  return 0
}

kill_chroot_processes() {
  local dir=$1 pids
  pids=$(chroot_pids "$dir")
  [[ -z $pids ]] && return 0
  log "$SL_NAME: stopping processes left in $dir: ${pids//$'\n'/ }"
  # shellcheck disable=SC2086
  kill $pids 2>/dev/null || true
  for _ in $(seq 1 20); do [[ -z $(chroot_pids "$dir") ]] && return 0; sleep 0.25; done
  # shellcheck disable=SC2046
  kill -9 $(chroot_pids "$dir") 2>/dev/null || true
}

ch_build() {
  [[ -f $BUILT_MARKER ]] && return 0
  local partial="$CHROOT_PARENT/$CH_SUITE.partial" blog="$CHROOT_PARENT/debootstrap.log" started=$SECONDS
  local include; include=$(IFS=,; echo "${CH_PACKAGES[*]}")
  command -v debootstrap >/dev/null || sl_locked apt_install debootstrap ||
    die "$SL_NAME: apt-get install debootstrap failed (output above)"
  [[ -e $SL_ROOT ]] && { log "$SL_NAME: removing incomplete chroot $SL_ROOT"; safe_rmtree "$SL_ROOT"; }
  [[ -e $partial ]] && { log "$SL_NAME: removing partial build $partial"; safe_rmtree "$partial"; }
  log "$SL_NAME: debootstrapping Debian $CH_SUITE ($include) into $SL_ROOT (first time only; 1-3 min, ~300 MB; log: $blog)"
  if ! debootstrap --variant=minbase --include="$include" "$CH_SUITE" "$partial" "$CH_MIRROR" >"$blog" 2>&1; then
    tail -n 20 "$blog" >&2 || true
    unmount_under "$partial"
    die "$SL_NAME: debootstrap failed; see $blog and $partial/debootstrap/debootstrap.log"
  fi
  unmount_under "$partial"
  touch "$partial/.slurm-ml-stack-complete"
  mv "$partial" "$SL_ROOT"
  log "$SL_NAME: chroot built in $((SECONDS - started))s ($(du -sm "$SL_ROOT" | cut -f1) MB)"
}

# Packages of CH_PACKAGES missing from a chroot built before they were added (apt inside it).
ch_ensure_packages() {
  local missing=() pkg started=$SECONDS
  for pkg in "${CH_PACKAGES[@]}"; do sl_in_root dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  log "$SL_NAME: installing ${missing[*]} into the $CH_SUITE chroot (apt inside it)"
  cp /etc/resolv.conf "$SL_ROOT/etc/resolv.conf"
  {
    sl_in_root apt-get -o Acquire::Check-Valid-Until=false -o Acquire::Check-Date=false update -qq &&
      sl_in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  } >"$CHROOT_PARENT/apt.log" 2>&1 || { tail -n 20 "$CHROOT_PARENT/apt.log" >&2; die "$SL_NAME: apt-get install ${missing[*]} in $SL_ROOT failed; see $CHROOT_PARENT/apt.log"; }
  log "$SL_NAME: installed ${missing[*]} in $((SECONDS - started))s"
}

is_mounted() { awk -v p="$1" '$2 == p {f = 1} END {exit !f}' /proc/mounts; }

ch_mount() {
  local r=$SL_ROOT
  is_mounted "$r/proc" || mount -t proc proc "$r/proc" || die "$SL_NAME: cannot mount proc on $r/proc"
  # rslave: nothing unmounted inside the chroot can propagate back to the host.
  local d
  for d in sys dev; do
    is_mounted "$r/$d" && continue
    { mount --rbind "/$d" "$r/$d" && mount --make-rslave "$r/$d"; } || die "$SL_NAME: cannot bind /$d into $r"
  done
  for d in "$SHARED_DIR" "$SL_RUN"; do
    mkdir -p "$r$d"
    is_mounted "$r$d" || mount --bind "$d" "$r$d" || die "$SL_NAME: cannot bind $d into $r"
  done
  cp /etc/hosts "$r/etc/hosts"
}

# Job users, on the host and in the chroot with the same uid and gid.
ch_ensure_users() {
  local saved=$SL_ROOT u
  SL_ROOT=""
  for u in "${JOB_USERS[@]}"; do sl_ensure_user "${u%%:*}" "${u##*:}"; done
  SL_ROOT=$saved
  sl_ensure_users
}

# auth/slurm + cred/slurm share one key: /etc/slurm/slurm.key inside the chroot (and next to
# slurm.conf, where commands given SLURM_CONF look for it). The master copy in SL_RUN
# survives a rebuilt chroot.
ch_install_keys() {
  sl_ensure_key "$SL_RUN/etc/jwt_hs256.key"
  sl_ensure_key "$SL_RUN/etc/slurm.key"
  mkdir -p "$SL_ROOT/etc/slurm"
  cmp -s "$SL_RUN/etc/slurm.key" "$SL_ROOT/etc/slurm/slurm.key" ||
    cp "$SL_RUN/etc/slurm.key" "$SL_ROOT/etc/slurm/slurm.key"
  sl_ensure_key "$SL_ROOT/etc/slurm/slurm.key"
  # Plain `scontrol` inside the chroot reads /etc/slurm/slurm.conf.
  ln -sfn "$SL_RUN/etc/slurm.conf" "$SL_ROOT/etc/slurm/slurm.conf"
}

ch_up() {
  if [[ -f $BUILT_MARKER ]] && is_mounted "$SL_ROOT$SL_RUN" && sl_conf_current && sl_healthy 2>/dev/null; then
    sl_write_env
    log "$SL_NAME: already up (http://127.0.0.1:$SL_REST_PORT)"
    return 0
  fi
  ch_build
  sl_locked ensure_shared_dir
  mkdir -p "$SL_RUN"
  ch_mount
  ch_ensure_packages
  sl_locked ch_ensure_users
  sl_prepare_dirs
  ch_install_keys
  sl_write_exec_wrapper
  sl_write_conf
  sl_prepare_accounting
  sl_start_daemons
  sl_write_env
  log "$SL_NAME: Slurm $(sl_release) ready at http://127.0.0.1:$SL_REST_PORT (REST $SL_API)"
}

ch_down() {
  if [[ -d $SL_ROOT ]]; then
    is_mounted "$SL_ROOT$SL_RUN" && sl_stop_daemons
    local d
    for d in "${SL_DAEMONS[@]}"; do stop_pidfile "$(sl_pidfile "$d")"; done
    kill_chroot_processes "$SL_ROOT"
    unmount_under "$SL_ROOT"
  fi
  rm -f "$STACK_ENV_DIR/$SL_NAME.env"
}

ch_status() {
  if [[ ! -f $BUILT_MARKER ]] || ! is_mounted "$SL_ROOT$SL_RUN"; then
    echo "$SL_NAME: down (chroot $([[ -f $BUILT_MARKER ]] && echo "built, not mounted" || echo "not built"))"
    return 1
  fi
  sl_status
}

ch_main() {
  ch_init
  [[ -d $SL_RUN/run ]] && sl_forget_stale_pids
  case "${1:-}" in
    up) sl_lock_component; ch_up ;; down) sl_lock_component; ch_down ;; status) ch_status || exit 1 ;;
    build) sl_lock_component; ch_build ;;
    *) echo "usage: $0 up|down|status|build" >&2; exit 2 ;;
  esac
}
