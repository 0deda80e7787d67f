#!/usr/bin/env bash
# Apptainer on the Slurm 26.05 cluster (slurm-2605.sh's Debian sid chroot), an nnU-Net stand-in
# image for it and a tiny dataset, so that the built-in nnunet-train and nnunet-predict templates
# run for real. Nothing runs: `up` installs and builds what is missing, in about a second when
# everything is there.
#   apptainer.sh up | down | status
# `up` (slurm-2605 is started first when its chroot is not mounted):
#   1. Debian sid's apptainer (and busybox-static, for the image) into the chroot, with apt inside it;
#   2. the helper below as the chroot's /usr/local/bin/apptainer (jobs find it first on the
#      operator's PATH, /usr/local/bin:/usr/bin:/bin);
#   3. $STACK_RUN/shared/containers/nnunet.sif: busybox plus scripts/stack/nnunet-standin/, rebuilt
#      when those change; the chroot sees it at the same path (slurm-chroot.sh bind-mounts shared/);
#   4. $STACK_RUN/shared/datasets/nnUNet_raw/Dataset503_Demo (nnunet-standin/make-dataset.sh);
#   5. a check that mluser runs the image through the helper, then $STACK_ENV_DIR/apptainer.env.
#
# Why a helper. A job of the 26.05 cluster runs chrooted: slurmd was started with chroot(8), and
# so were the slurmstepd and the job it forks. Debian builds Apptainer without its setuid starter
# (`apptainer buildcfg`: APPTAINER_SUID_INSTALL=0), so for any user but root it always creates an
# unprivileged user namespace, and the kernel refuses that to a chrooted process: unshare(
# CLONE_NEWUSER) fails with EPERM while the process's root directory is not the root of its mount
# namespace. Even as root the starter fails in a chroot, since it sets the propagation of "/",
# which there is no mount point (EINVAL). Rejected: rebuilding Apptainer with --with-suid (a Go
# build from source, and "/" stays no mount point); a SPANK plugin that pivots every job (it
# would change all jobs of the cluster, not only Apptainer's); starting slurmd through
# pivot_root instead of chroot (slurm-chroot.sh, shared with 24.11, finds the cluster's processes
# by their /proc/PID/root, which a pivoted process no longer shows). What we do instead gives the
# one process that needs it what a real node has: a small setuid-root program, installed as the
# chroot's /usr/local/bin/apptainer, that leaves the chroot for the real root, enters a new mount
# namespace (made a slave of the host's, so nothing propagates back), bind-mounts the chroot onto
# itself with everything mounted in it, pivot_root(2)s into it and detaches the old root: the
# process now sees exactly the chroot's tree, as before, but as the root of its own mount
# namespace. It then drops back to the caller's uid and gids (the kernel-set saved ids too) and
# execs Debian's unmodified /usr/bin/apptainer with the caller's arguments, nothing else, so the
# caller gains no privilege: Apptainer runs as on any node with unprivileged user namespaces
# (unprivileged mode; the SIF is extracted to a temporary sandbox, as /dev/fuse is root's only
# here). Being setuid, its exec drops the variables glibc deems unsafe for setuid programs
# (LD_*, TMPDIR, ...); Apptainer then uses /tmp.
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STANDIN_DIR="$here/nnunet-standin"
SHARED_DIR="$STACK_RUN/shared"
CONTAINERS_DIR="$SHARED_DIR/containers"
NNUNET_IMAGE="$CONTAINERS_DIR/nnunet.sif"
NNUNET_RAW="$SHARED_DIR/datasets/nnUNet_raw"
NNUNET_DATASET=Dataset503_Demo
CH_PACKAGES=(apptainer busybox-static)
JOB_USER=mluser
JOB_UID=2001
HELPER_STAMP=/usr/local/lib/slurm-ml-stack/apptainer-helper.sha256

chroot_root() { echo "$(realpath -m "$STACK_CACHE/slurm-2605")/sid"; }
is_mounted() { awk -v p="$1" '$2 == p {f = 1} END {exit !f}' /proc/mounts; }
in_chroot() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/usr/sbin:/bin:/sbin "$@"; }

# The chroot is slurm-2605's: built, with the shared directory mounted in it.
ensure_chroot() {
  ROOT=$(chroot_root)
  if [[ ! -f $ROOT/.slurm-ml-stack-complete ]] || ! is_mounted "$ROOT$SHARED_DIR"; then
    log "apptainer: the slurm-2605 chroot is not up; starting slurm-2605"
    bash "$here/slurm-2605.sh" up || die "apptainer: slurm-2605 did not start (bash scripts/stack.sh up slurm-2605)"
  fi
  [[ -f $ROOT/.slurm-ml-stack-complete ]] && is_mounted "$ROOT$SHARED_DIR" ||
    die "apptainer: $ROOT is not a mounted slurm-2605 chroot"
}

# apt inside the chroot. The stack's sid snapshot may be older than its Release file's
# Valid-Until, hence the two Check options (the host's apt has them too).
ensure_packages() {
  local missing=() pkg started=$SECONDS
  for pkg in "${CH_PACKAGES[@]}"; do in_chroot dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  log "apptainer: installing ${missing[*]} into the sid chroot (apt inside it)"
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  local apt=(apt-get -o Acquire::Check-Valid-Until=false -o Acquire::Check-Date=false -o DPkg::Lock::Timeout=600)
  local apt_log="$STACK_CACHE/slurm-2605/apptainer-apt.log"
  # The Slurm scripts' setup lock: no apt of theirs runs in this chroot meanwhile.
  (
    flock 9
    in_chroot env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" ||
      {
        in_chroot "${apt[@]}" update -qq &&
          in_chroot env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"
      }
  ) 9>"$STACK_RUN/.slurm-setup.lock" >"$apt_log" 2>&1 ||
    { tail -n 20 "$apt_log" >&2; die "apptainer: apt-get install ${missing[*]} in $ROOT failed; see $apt_log"; }
  log "apptainer: installed ${missing[*]} in $((SECONDS - started))s ($(in_chroot apptainer version))"
}

helper_source() {
  cat <<'C'
/* The test stack's /usr/local/bin/apptainer in the slurm-2605 chroot (scripts/stack/apptainer.sh
   says why): the caller's own Apptainer, as the root of its own mount namespace. Setuid root. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define APPTAINER "/usr/bin/apptainer"

static void fail(const char *what) {
  fprintf(stderr, "apptainer (test-stack helper, scripts/stack/apptainer.sh): %s: %s\n", what, strerror(errno));
  exit(255);
}

int main(int argc, char **argv) {
  uid_t uid = getuid();
  gid_t gid = getgid();
  char cwd[PATH_MAX], fd_link[64], root[PATH_MAX];
  if (argc < 1) return 255;
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  int chroot_dir = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (chroot_dir < 0) fail("open /");
  /* Out of the chroot: chroot into a directory below the working directory, then walk up. */
  if (chroot("/dev") < 0) fail("chroot /dev");
  if (fchdir(chroot_dir) < 0) fail("fchdir");
  for (;;) {
    struct stat here, up;
    if (stat(".", &here) < 0 || stat("..", &up) < 0) fail("stat");
    if (here.st_dev == up.st_dev && here.st_ino == up.st_ino) break;
    if (chdir("..") < 0) fail("chdir ..");
  }
  if (chroot(".") < 0) fail("chroot .");
  /* The chroot's path as the real root sees it. */
  snprintf(fd_link, sizeof fd_link, "/proc/self/fd/%d", chroot_dir);
  ssize_t n = readlink(fd_link, root, sizeof root - 1);
  if (n <= 0) fail("readlink of the chroot");
  root[n] = 0;
  close(chroot_dir);
  /* A mount namespace of our own whose root is the chroot, with what is mounted in it. */
  if (unshare(CLONE_NEWNS) < 0) fail("unshare(CLONE_NEWNS)");
  if (mount(NULL, "/", NULL, MS_REC | MS_SLAVE, NULL) < 0) fail("make / a slave");
  if (mount(root, root, NULL, MS_BIND | MS_REC, NULL) < 0) fail("bind the chroot onto itself");
  if (chdir(root) < 0) fail("chdir to the chroot");
  if (syscall(SYS_pivot_root, ".", ".") < 0) fail("pivot_root");
  if (umount2(".", MNT_DETACH) < 0) fail("detach the old root");
  if (chdir("/") < 0) fail("chdir /");
  if (chdir(cwd) < 0 && chdir("/") < 0) fail("chdir");
  /* Back to the caller's ids (real, effective and saved), then Apptainer and nothing else. */
  if (setresgid(gid, gid, gid) < 0 || setresuid(uid, uid, uid) < 0) fail("dropping privileges");
  if (uid != 0 && (geteuid() == 0 || setuid(0) == 0)) {
    errno = EPERM;
    fail("privileges not dropped");
  }
  argv[0] = APPTAINER;
  execv(APPTAINER, argv);
  fail("exec " APPTAINER);
}
C
}

# The helper, compiled on the host (static: the chroot's libc does not matter) when its source
# changed or the installed file is not it.
ensure_helper() {
  local hash target="$ROOT/usr/local/bin/apptainer" built
  hash=$(helper_source | sha256sum | cut -d' ' -f1)
  built="$STACK_CACHE/apptainer/helper-$hash"
  if [[ $(cat "$ROOT$HELPER_STAMP" 2>/dev/null) == "$hash" && -u $target && -f $built ]] &&
    cmp -s "$built" "$target" && [[ $(stat -c %u "$target") == 0 ]]; then
    return 0
  fi
  if [[ ! -x $built ]]; then
    command -v gcc >/dev/null && [[ -f /usr/lib/x86_64-linux-gnu/libc.a || -f /usr/lib/libc.a ]] ||
      apt_install gcc libc6-dev || die "apptainer: apt-get install gcc libc6-dev failed (output above)"
    mkdir -p "$STACK_CACHE/apptainer"
    helper_source | gcc -static -O2 -Wall -Wextra -Werror -x c -o "$built.tmp" - ||
      die "apptainer: compiling the helper failed"
    mv "$built.tmp" "$built"
  fi
  mkdir -p "$ROOT$(dirname "$HELPER_STAMP")"
  install -o root -g root -m 4755 "$built" "$target.tmp"
  mv "$target.tmp" "$target"
  echo "$hash" >"$ROOT$HELPER_STAMP"
  log "apptainer: installed the helper as $target (setuid root; see scripts/stack/apptainer.sh)"
}

# What the image is made of: the stand-in's files, busybox's and apptainer's versions, this recipe.
image_inputs_hash() {
  {
    (cd "$STANDIN_DIR" && find . -type f ! -name README.md | LC_ALL=C sort | xargs sha256sum)
    in_chroot dpkg-query -W busybox-static apptainer
    declare -f build_image
  } | sha256sum | cut -d' ' -f1
}

build_image() {
  local stage="$CONTAINERS_DIR/.build" started=$SECONDS
  rm -rf --one-file-system "$stage"
  mkdir -p "$stage/rootfs"/{bin,usr/local/bin,opt/nnunet-standin/lib,etc,root,home,dev,proc,sys,var/tmp} "$stage/tmp"
  chmod 1777 "$stage/rootfs/var/tmp"
  mkdir -m 1777 "$stage/rootfs/tmp"
  local r="$stage/rootfs" applet
  cp "$ROOT/bin/busybox" "$r/bin/busybox"
  for applet in $("$r/bin/busybox" --list); do
    [[ $applet == busybox || -e $r/bin/$applet ]] || ln -s busybox "$r/bin/$applet"
  done
  install -m 0755 "$STANDIN_DIR"/bin/nnUNetv2_* "$r/usr/local/bin/"
  install -m 0644 "$STANDIN_DIR/lib/standin.sh" "$r/opt/nnunet-standin/lib/"
  install -m 0644 "$STANDIN_DIR/README.md" "$r/opt/nnunet-standin/"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$r/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$r/etc/group"
  # Built by root inside the chroot; the stage is under the shared directory, a mount point
  # there, which `apptainer build` needs (it finds none for the chroot's own /tmp).
  in_chroot env APPTAINER_TMPDIR="$stage/tmp" APPTAINER_CACHEDIR="$stage/tmp" \
    apptainer --silent build --force "$stage/nnunet.sif" "$r" >"$stage/build.log" 2>&1 ||
    { tail -n 20 "$stage/build.log" >&2; die "apptainer: building $NNUNET_IMAGE failed"; }
  chmod 0644 "$stage/nnunet.sif"
  mv "$stage/nnunet.sif" "$NNUNET_IMAGE"
  rm -rf --one-file-system "$stage"
  log "apptainer: built $NNUNET_IMAGE in $((SECONDS - started))s ($(du -k "$NNUNET_IMAGE" | cut -f1) KiB)"
}

ensure_image() {
  mkdir -p "$CONTAINERS_DIR"
  chmod 0755 "$CONTAINERS_DIR"
  local hash; hash=$(image_inputs_hash)
  if [[ -f $NNUNET_IMAGE && $(cat "$NNUNET_IMAGE.inputs" 2>/dev/null) == "$hash" ]]; then return 0; fi
  build_image
  echo "$hash" >"$NNUNET_IMAGE.inputs"
}

ensure_dataset() {
  local hash; hash=$(sha256sum "$STANDIN_DIR/make-dataset.sh" | cut -d' ' -f1)
  local stamp="$NNUNET_RAW/$NNUNET_DATASET/.made-by"
  [[ -f $NNUNET_RAW/$NNUNET_DATASET/dataset.json && $(cat "$stamp" 2>/dev/null) == "$hash" ]] && return 0
  mkdir -p "$NNUNET_RAW"
  chmod 0755 "$SHARED_DIR/datasets" "$NNUNET_RAW" 2>/dev/null || true
  sh "$STANDIN_DIR/make-dataset.sh" "$NNUNET_RAW"
  echo "$hash" >"$stamp"
  log "apptainer: made $NNUNET_RAW/$NNUNET_DATASET"
}

# mluser, in the chroot as a job is, runs a command of the image through the helper.
image_runs() {
  chroot --userspec="$JOB_UID:$JOB_UID" "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin \
    HOME="/home/$JOB_USER" apptainer --silent exec "$NNUNET_IMAGE" nnUNetv2_train --help 2>&1 |
    grep -q '^usage: nnUNetv2_train'
}

up() {
  exec 8>"$STACK_RUN/.apptainer.lock"
  flock 8
  ensure_chroot
  ensure_packages
  ensure_helper
  ensure_image
  ensure_dataset
  image_runs || {
    chroot --userspec="$JOB_UID:$JOB_UID" "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin \
      HOME="/home/$JOB_USER" apptainer exec "$NNUNET_IMAGE" nnUNetv2_train --help >&2 || true
    die "apptainer: $JOB_USER cannot run $NNUNET_IMAGE in the slurm-2605 chroot (output above)"
  }
  write_env apptainer \
    "APPTAINER_CLUSTER=slurm-2605" \
    "APPTAINER_VERSION=$(in_chroot /usr/bin/apptainer version)" \
    "APPTAINER_CHROOT=$ROOT" \
    "NNUNET_IMAGE=$NNUNET_IMAGE" \
    "NNUNET_RAW=$NNUNET_RAW" \
    "NNUNET_DATASET=$NNUNET_DATASET" \
    "NNUNET_TASK=${NNUNET_DATASET:7:3}"
  log "apptainer: Apptainer $(in_chroot /usr/bin/apptainer version) runs $NNUNET_IMAGE for $JOB_USER on slurm-2605"
}

down() {
  # Nothing runs; Apptainer, the image and the dataset stay for the next `up`.
  rm -f "$STACK_ENV_DIR/apptainer.env"
}

status() {
  ROOT=$(chroot_root)
  if [[ -f $STACK_ENV_DIR/apptainer.env && -f $NNUNET_IMAGE ]] && is_mounted "$ROOT$SHARED_DIR" && image_runs; then
    echo "apptainer: ready ($(in_chroot /usr/bin/apptainer version) in the slurm-2605 chroot, $NNUNET_IMAGE)"
  else
    echo "apptainer: not ready"
    return 1
  fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
