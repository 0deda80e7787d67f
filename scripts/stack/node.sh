#!/usr/bin/env bash
# A node for the stack's API server, so Deployments get real pods: containerd (Debian's 1.6 with
# runc), a kubelet and kube-scheduler (built from the same Go wrapper module as kube-apiserver).
#   node.sh up | down | status | build | import ARCHIVE
# `up` needs the kube component up. It builds the kubelet, kube-scheduler and a pause image the
# first time (cached under STACK_CACHE), starts what is not running, waits until the node is
# Ready, loads the operator image of .stack/image.env (when there is one) into containerd, and
# writes .stack/node.env. `import ARCHIVE` loads a docker-archive image (podman save
# --format docker-archive) into containerd's k8s.io namespace for pods with imagePullPolicy: Never.
# No kube-proxy and no CNI network: pods use hostNetwork (docs/test-stack.md).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Every daemon started below inherits this working directory: never the clone that ran us.
cd /

NODE_RUN="$STACK_RUN/node"
NODE_CACHE="$STACK_CACHE/node"
CONTAINERD_DIR="$NODE_RUN/containerd"
CONTAINERD_SOCKET="$CONTAINERD_DIR/containerd.sock"
RUNC_ROOT="$CONTAINERD_DIR/runc"
KUBELET_DIR="$NODE_RUN/kubelet"
KUBELET_PORT=${KUBELET_PORT:-20250}
KUBELET_HEALTHZ_PORT=${KUBELET_HEALTHZ_PORT:-20248}
SCHEDULER_PORT=${SCHEDULER_PORT:-20259}
# The node's name (not NODE_NAME: CI systems set that one for their own agents).
STACK_NODE_NAME=${STACK_NODE_NAME:-$(hostname | tr '[:upper:]' '[:lower:]')}
# The kernel settings the kubelet rewrites at its start (vm.overcommit_memory=1,
# kernel.panic_on_oops=1, kernel.panic=10, ...): node.sh puts back the machine's values.
KERNEL_TUNABLES=(vm/overcommit_memory vm/panic_on_oom kernel/panic kernel/panic_on_oops)

ctr_k8s() { ctr --address "$CONTAINERD_SOCKET" --namespace k8s.io "$@"; }

# The pod sandbox's process: waits for SIGTERM (or SIGINT) and reaps the children it inherits.
PAUSE_GO=$(
  cat <<'GO'
package main

import (
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signals := make(chan os.Signal, 8)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT, syscall.SIGCHLD)
	for sig := range signals {
		if sig != syscall.SIGCHLD {
			return
		}
		for {
			pid, err := syscall.Wait4(-1, nil, syscall.WNOHANG, nil)
			if pid <= 0 || err != nil {
				break
			}
		}
	}
}
GO
)
PAUSE_TAG=$(printf '%s' "$PAUSE_GO" | sha256sum | cut -c1-12)
PAUSE_IMAGE="localhost/slurm-ml-pause:$PAUSE_TAG"
PAUSE_ARCHIVE="$NODE_CACHE/pause-$PAUSE_TAG.tar"

# The kube component's env file: the API server, its kubeconfig and CA.
load_kube_env() {
  local file="$STACK_ENV_DIR/kube.env"
  [[ -f $file ]] || return 1
  KUBECONFIG=$(sed -n 's/^KUBECONFIG=//p' "$file")
  KUBECTL=$(sed -n 's/^KUBECTL=//p' "$file")
  KUBE_CA_FILE=$(sed -n 's/^KUBE_CA_FILE=//p' "$file")
  [[ -n $KUBECONFIG && -n $KUBECTL && -n $KUBE_CA_FILE ]]
}

kubectl_() { "$KUBECTL" --kubeconfig "$KUBECONFIG" --request-timeout 10s "$@"; }

build_kube() {
  [[ -x $KUBE_BIN/kubelet && -x $KUBE_BIN/kube-scheduler ]] && return 0
  command -v go >/dev/null || die "go is required to build the kubelet"
  # kube.sh writes the wrapper module (and builds the API server from it).
  [[ -f $KUBE_WRAPPER/go.mod ]] || bash "$REPO_ROOT/scripts/stack/kube.sh" build
  local started=$SECONDS
  log "building kubelet and kube-scheduler $K8S_VERSION from Go modules (first time only; 2-6 min on 2 cores)"
  kube_go_build k8s.io/kubernetes/cmd/kubelet k8s.io/kubernetes/cmd/kube-scheduler
  log "built kubelet and kube-scheduler in $((SECONDS - started))s"
}

# A pause image FROM scratch holding one static Go program, saved as a docker archive (cached,
# keyed by the program's hash). The image cannot be pulled here.
build_pause() {
  [[ -s $PAUSE_ARCHIVE ]] && return 0
  command -v go >/dev/null || die "go is required to build the pause image"
  local started=$SECONDS dir="$NODE_CACHE/pause-$PAUSE_TAG"
  log "building the pause image $PAUSE_IMAGE (first time only)"
  mkdir -p "$dir"
  printf '%s\n' "$PAUSE_GO" >"$dir/main.go"
  printf 'module slurmml.local/pause\n\ngo 1.22\n' >"$dir/go.mod"
  printf 'FROM scratch\nCOPY pause /pause\nUSER 65535:65535\nENTRYPOINT ["/pause"]\n' >"$dir/Containerfile"
  (cd "$dir" && CGO_ENABLED=0 GOFLAGS='' go build -trimpath -ldflags "-s -w" -o pause . >&2)
  podman build --quiet --tag "$PAUSE_IMAGE" --file "$dir/Containerfile" "$dir" >/dev/null
  rm -f "$PAUSE_ARCHIVE.tmp"
  podman save --quiet --format docker-archive --output "$PAUSE_ARCHIVE.tmp" "$PAUSE_IMAGE"
  mv "$PAUSE_ARCHIVE.tmp" "$PAUSE_ARCHIVE"
  podman rmi "$PAUSE_IMAGE" >/dev/null 2>&1 || true
  log "built the pause image in $((SECONDS - started))s"
}

build() {
  apt_install containerd runc podman buildah containernetworking-plugins jq iproute2
  build_pause
  build_kube
}

write_containerd_config() {
  mkdir -p "$CONTAINERD_DIR/root" "$CONTAINERD_DIR/state" "$RUNC_ROOT" "$NODE_RUN/cni"
  # One network, only so the runtime reports its network ready (the kubelet marks the node
  # NotReady otherwise): loopback. Pods run with hostNetwork; others would get no address.
  # Written only when it differs, and whole (containerd reloads the directory on every change).
  local cni='{"cniVersion": "1.0.0", "name": "slurm-ml-loopback", "plugins": [{"type": "loopback"}]}'
  if [[ $(cat "$NODE_RUN/cni/10-loopback.conflist" 2>/dev/null) != "$cni" ]]; then
    printf '%s\n' "$cni" >"$NODE_RUN/cni/.10-loopback.conflist.tmp"
    mv "$NODE_RUN/cni/.10-loopback.conflist.tmp" "$NODE_RUN/cni/10-loopback.conflist"
  fi
  # restrict_oom_score_adj: root here lacks CAP_SYS_RESOURCE, so lowering a process's
  # oom_score_adj fails, and without it every pod sandbox fails ("can't get final child's PID
  # from pipe: EOF").
  cat >"$CONTAINERD_DIR/config.toml.tmp" <<TOML
version = 2
root = "$CONTAINERD_DIR/root"
state = "$CONTAINERD_DIR/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.zfs", "io.containerd.tracing.processor.v1.otlp", "io.containerd.internal.v1.tracing"]

[grpc]
  address = "$CONTAINERD_SOCKET"

[plugins]
  [plugins."io.containerd.internal.v1.opt"]
    path = "$CONTAINERD_DIR/opt"
  [plugins."io.containerd.grpc.v1.cri"]
    sandbox_image = "$PAUSE_IMAGE"
    restrict_oom_score_adj = true
    disable_apparmor = true
    enable_selinux = false
    [plugins."io.containerd.grpc.v1.cri".containerd]
      snapshotter = "overlayfs"
      default_runtime_name = "runc"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
        runtime_type = "io.containerd.runc.v2"
        [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
          SystemdCgroup = false
          Root = "$RUNC_ROOT"
    [plugins."io.containerd.grpc.v1.cri".cni]
      bin_dir = "/usr/lib/cni"
      conf_dir = "$NODE_RUN/cni"
TOML
  mv "$CONTAINERD_DIR/config.toml.tmp" "$CONTAINERD_DIR/config.toml"
}

write_kubelet_config() {
  mkdir -p "$KUBELET_DIR" "$NODE_RUN/pod-logs" "$NODE_RUN/volume-plugins"
  # failCgroupV1 (1.35 refuses cgroup v1 otherwise), cgroupfs and no QoS cgroups or node
  # allocatable enforcement: this machine has cgroup v1 and no systemd. Low eviction thresholds:
  # a test machine's disk should not evict the pods under test.
  cat >"$KUBELET_DIR/config.yaml.tmp" <<YAML
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
failCgroupV1: false
cgroupDriver: cgroupfs
cgroupsPerQOS: false
enforceNodeAllocatable: []
failSwapOn: false
containerRuntimeEndpoint: unix://$CONTAINERD_SOCKET
address: $NODE_IP
port: $KUBELET_PORT
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: $KUBELET_HEALTHZ_PORT
authentication:
  anonymous:
    enabled: false
  webhook:
    enabled: true
  x509:
    clientCAFile: $KUBE_CA_FILE
authorization:
  mode: Webhook
podLogsDir: $NODE_RUN/pod-logs
volumePluginDir: $NODE_RUN/volume-plugins
resolvConf: /etc/resolv.conf
serializeImagePulls: false
rotateCertificates: false
evictionHard:
  memory.available: 100Mi
  nodefs.available: 2%
  imagefs.available: 2%
YAML
  mv "$KUBELET_DIR/config.yaml.tmp" "$KUBELET_DIR/config.yaml"
}

# The node's address: the one the kernel uses for the default route (the kubelet refuses a
# loopback address). The kubelet listens there (and healthz on 127.0.0.1), so the API server
# reaches it for logs and exec; hostNetwork pods have it as their IP.
node_ip() {
  local ip=${STACK_NODE_IP:-}
  [[ -n $ip ]] || ip=$(ip -4 -o route get 1.0.0.1 2>/dev/null | sed -n 's/.* src \([0-9.]*\).*/\1/p')
  [[ -n $ip ]] || die "no IPv4 address on a default route for the node; set STACK_NODE_IP"
  printf '%s\n' "$ip"
}

# Record the machine's kernel settings once, before a kubelet changes them; put them back.
save_kernel_tunables() {
  [[ -f $NODE_RUN/kernel-tunables ]] && return 0
  local tunable
  for tunable in "${KERNEL_TUNABLES[@]}"; do printf '%s %s\n' "$tunable" "$(cat "/proc/sys/$tunable")"; done >"$NODE_RUN/kernel-tunables"
}
restore_kernel_tunables() {
  [[ -f $NODE_RUN/kernel-tunables ]] || return 0
  local tunable value
  while read -r tunable value; do
    [[ $(cat "/proc/sys/$tunable") == "$value" ]] || echo "$value" >"/proc/sys/$tunable" || log "could not restore /proc/sys/$tunable"
  done <"$NODE_RUN/kernel-tunables"
}

node_ready() {
  [[ $(kubectl_ get node "$STACK_NODE_NAME" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null) == True ]]
}

scheduler_healthy() { curl -sfk "https://127.0.0.1:$SCHEDULER_PORT/healthz" >/dev/null; }

# The config digest (sha256:...) of the image REF in containerd's k8s.io namespace; empty when
# there is none.
image_config_digest() {
  local target content
  target=$(ctr_k8s images ls "name==$1" 2>/dev/null | awk 'NR == 2 {print $3}')
  [[ -n $target ]] || return 0
  content=$(ctr_k8s content get "$target")
  if jq -e '.manifests' <<<"$content" >/dev/null 2>&1; then
    content=$(ctr_k8s content get "$(jq -r '.manifests[0].digest' <<<"$content")")
  fi
  jq -r '.config.digest // empty' <<<"$content"
}

# import_archive ARCHIVE: load a docker-archive image (podman save --format docker-archive, one
# image or several) into containerd's k8s.io namespace unless containerd already has each of its
# references with the same config digest. Prints the references, one a line.
import_archive() {
  local archive=$1 manifest ref config refs=() configs=()
  [[ -f $archive ]] || die "no image archive at $archive"
  manifest=$(tar -xOf "$archive" manifest.json) || die "$archive is not a docker archive (no manifest.json)"
  while read -r ref config; do
    config=${config##*/}
    refs+=("$ref") configs+=("sha256:${config%.json}")
  done < <(jq -r '.[] | .Config as $config | (.RepoTags // [])[] | "\(.) \($config)"' <<<"$manifest")
  ((${#refs[@]})) || die "$archive names no image (no RepoTags in its manifest.json)"
  local i stale=0
  for i in "${!refs[@]}"; do [[ $(image_config_digest "${refs[i]}") == "${configs[i]}" ]] || stale=1; done
  if ((stale)); then
    local started=$SECONDS
    ctr_k8s images import "$archive" >/dev/null
    for i in "${!refs[@]}"; do
      [[ $(image_config_digest "${refs[i]}") == "${configs[i]}" ]] ||
        die "imported $archive, but containerd has no ${refs[i]} with config ${configs[i]}"
    done
    log "imported ${refs[*]} into containerd in $((SECONDS - started))s"
  fi
  printf '%s\n' "${refs[@]}"
}

# The operator image that the image component built (OPERATOR_IMAGE_ARCHIVE in .stack/image.env),
# imported when there is one; prints its OPERATOR_IMAGE.
operator_image() {
  local file="$STACK_ENV_DIR/image.env" archive
  [[ -f $file ]] || return 0
  archive=$(sed -n 's/^OPERATOR_IMAGE_ARCHIVE=//p' "$file" | tail -n 1)
  [[ -n $archive ]] || return 0
  import_archive "$archive" >/dev/null
  local current repository ref other
  current=$(sed -n 's/^OPERATOR_IMAGE=//p' "$file" | tail -n 1)
  repository=${current%:*}
  # Builds image.sh no longer keeps go (with the image-id reference the CRI plugin adds, unless
  # another name still has that image), so containerd does not keep every build's layers.
  if [[ $current == *:src-* ]]; then
    local config kept
    for ref in $(ctr_k8s images ls -q | grep -F "$repository:src-" | grep -vxF "$current"); do
      # Builds image.sh still keeps (another clone's tests may be running them) stay.
      [[ -f $(dirname "$archive")/slurm-ml-operator-${ref##*:}.tar ]] && continue
      config=$(image_config_digest "$ref")
      ctr_k8s images rm "$ref" >/dev/null
      kept=0
      for other in $(ctr_k8s images ls -q | grep -v '^sha256:'); do
        [[ $(image_config_digest "$other") == "$config" ]] && kept=1
      done
      if ((kept == 0)) && [[ -n $config ]]; then ctr_k8s images rm "$config" >/dev/null 2>&1 || true; fi
      log "removed the earlier operator image $ref from containerd"
    done
  fi
  printf '%s\n' "$current"
}

up() {
  load_kube_env || die "the kube component is not up ($STACK_ENV_DIR/kube.env is missing): bash scripts/stack.sh up kube"
  build
  mkdir -p "$NODE_RUN"

  write_containerd_config
  daemon_up "$CONTAINERD_DIR/containerd.pid" "$NODE_RUN/containerd.log" "$(sha256sum <"$CONTAINERD_DIR/config.toml")" \
    containerd --config "$CONTAINERD_DIR/config.toml"
  if ((daemon_started)); then log "started containerd ($CONTAINERD_SOCKET)"; fi
  wait_until 30 "containerd (log: $NODE_RUN/containerd.log)" ctr_k8s version
  import_archive "$PAUSE_ARCHIVE" >/dev/null
  local operator
  operator=$(operator_image)

  NODE_IP=$(node_ip)
  write_kubelet_config
  pid_alive "$NODE_RUN/kubelet.pid" kubelet || save_kernel_tunables
  daemon_up "$NODE_RUN/kubelet.pid" "$NODE_RUN/kubelet.log" "$(sha256sum <"$KUBELET_DIR/config.yaml")" \
    "$KUBE_BIN/kubelet" --config "$KUBELET_DIR/config.yaml" --kubeconfig "$KUBECONFIG" \
    --root-dir "$KUBELET_DIR" --hostname-override "$STACK_NODE_NAME" --node-ip "$NODE_IP" --v 1
  if ((daemon_started)); then log "started the kubelet (node $STACK_NODE_NAME, $NODE_IP:$KUBELET_PORT)"; fi

  daemon_up "$NODE_RUN/scheduler.pid" "$NODE_RUN/scheduler.log" "" \
    "$KUBE_BIN/kube-scheduler" --kubeconfig "$KUBECONFIG" \
    --authentication-kubeconfig "$KUBECONFIG" --authorization-kubeconfig "$KUBECONFIG" \
    --leader-elect=false --bind-address 127.0.0.1 --secure-port "$SCHEDULER_PORT" --v 1
  if ((daemon_started)); then log "started kube-scheduler (port $SCHEDULER_PORT)"; fi

  wait_until 120 "node $STACK_NODE_NAME Ready (log: $NODE_RUN/kubelet.log)" node_ready
  wait_until 60 "kube-scheduler /healthz (log: $NODE_RUN/scheduler.log)" scheduler_healthy
  restore_kernel_tunables
  write_env node \
    "NODE_NAME=$STACK_NODE_NAME" \
    "NODE_IP=$NODE_IP" \
    "CONTAINERD_SOCKET=$CONTAINERD_SOCKET" \
    "CONTAINERD_NAMESPACE=k8s.io" \
    "CTR=$(command -v ctr)" \
    "PAUSE_IMAGE=$PAUSE_IMAGE" \
    "PAUSE_IMAGE_ARCHIVE=$PAUSE_ARCHIVE" \
    "NODE_OPERATOR_IMAGE=$operator" \
    "KUBELET_PIDFILE=$NODE_RUN/kubelet.pid" \
    "KUBELET_LOG=$NODE_RUN/kubelet.log" \
    "KUBELET_ROOT_DIR=$KUBELET_DIR" \
    "KUBE_SCHEDULER_PIDFILE=$NODE_RUN/scheduler.pid"
  log "node $STACK_NODE_NAME Ready"
}

# Every container and pod sandbox containerd runs for the kubelet: killed and deleted, so no
# shim stays behind.
remove_containers() {
  local id
  for id in $(ctr_k8s tasks ls -q 2>/dev/null); do ctr_k8s tasks kill --signal SIGKILL "$id" >/dev/null 2>&1 || true; done
  for id in $(ctr_k8s tasks ls -q 2>/dev/null); do ctr_k8s tasks delete --force "$id" >/dev/null 2>&1 || true; done
  for id in $(ctr_k8s containers ls -q 2>/dev/null); do ctr_k8s containers delete "$id" >/dev/null 2>&1 || true; done
}

# What containerd left when it could not clean up itself: shims of our socket, runc containers
# in our runc root, mounts under NODE_RUN.
remove_leftovers() {
  local pid id target
  for pid in $(pgrep -f "containerd-shim-runc-v2 .*-address $CONTAINERD_SOCKET" || true); do kill -9 "$pid" 2>/dev/null || true; done
  if [[ -d $RUNC_ROOT/k8s.io ]]; then
    for id in $(runc --root "$RUNC_ROOT/k8s.io" list -q 2>/dev/null); do
      runc --root "$RUNC_ROOT/k8s.io" kill --all "$id" KILL 2>/dev/null || true
      runc --root "$RUNC_ROOT/k8s.io" delete --force "$id" 2>/dev/null || true
    done
  fi
  # Deepest first (rootfs and shm mounts, the kubelet's volume tmpfs mounts).
  for target in $(findmnt -rn -o TARGET | awk -v root="$NODE_RUN/" 'index($0, root) == 1' | sort -r); do
    umount "$target" 2>/dev/null || umount -l "$target" 2>/dev/null || log "could not unmount $target"
  done
}

down() {
  stop_pidfile "$NODE_RUN/scheduler.pid"
  stop_pidfile "$NODE_RUN/kubelet.pid"
  # The Node goes too: the pod garbage collector then deletes its pods (a Deployment's come back
  # Pending), and namespaces holding them can be deleted while no kubelet runs.
  if load_kube_env; then kubectl_ delete node "$STACK_NODE_NAME" --ignore-not-found --wait=false >/dev/null 2>&1 || true; fi
  if pid_alive "$CONTAINERD_DIR/containerd.pid" containerd; then remove_containers; fi
  stop_pidfile "$CONTAINERD_DIR/containerd.pid"
  remove_leftovers
  restore_kernel_tunables
  rm -f "$NODE_RUN/kernel-tunables"
  rm -f "$STACK_ENV_DIR/node.env"
}

status() {
  load_kube_env || { echo "node: down (kube is down)"; return 1; }
  if pid_alive "$CONTAINERD_DIR/containerd.pid" containerd && pid_alive "$NODE_RUN/kubelet.pid" kubelet &&
    pid_alive "$NODE_RUN/scheduler.pid" kube-scheduler && node_ready; then
    echo "node: up ($STACK_NODE_NAME Ready; kubelet port $KUBELET_PORT, containerd $CONTAINERD_SOCKET)"
  else
    echo "node: down"
    return 1
  fi
}

lock() { mkdir -p "$STACK_RUN" && exec 8>"$STACK_RUN/.node.lock" && flock 8; }

case "${1:-}" in
  up) lock; up ;; down) lock; down ;; status) status ;; build) lock; build ;;
  import)
    (($# == 2)) || die "usage: $0 import ARCHIVE"
    pid_alive "$CONTAINERD_DIR/containerd.pid" containerd || die "containerd is not running: bash scripts/stack.sh up node"
    import_archive "$2"
    ;;
  *) echo "usage: $0 up|down|status|build|import ARCHIVE" >&2; exit 2 ;;
esac
