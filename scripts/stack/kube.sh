#!/usr/bin/env bash
# etcd + kube-apiserver + kube-controller-manager + kubectl, built from Go modules (no binary can
# be downloaded here). node.sh adds a kubelet and kube-scheduler built from the same module.
#   kube.sh up | down | status | build
# The first build takes 10-25 minutes on 2 cores; later runs reuse the cached binaries
# (K8S_VERSION, KUBE_BIN and KUBE_WRAPPER come from lib.sh). `up` restarts an API server or
# controller manager that runs with other flags than this script gives it.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KUBE_RUN="$STACK_RUN/kube"
ETCD_PORT=${ETCD_PORT:-23790}
ETCD_PEER_PORT=${ETCD_PEER_PORT:-23800}
APISERVER_PORT=${APISERVER_PORT:-26443}

build() {
  local binary absent=0
  for binary in kube-apiserver kube-controller-manager kubectl etcd; do [[ -x $KUBE_BIN/$binary ]] || absent=1; done
  ((absent)) || return 0
  command -v go >/dev/null || die "go is required to build kube-apiserver"
  local started=$SECONDS
  log "building kube-apiserver, kube-controller-manager, kubectl and etcd $K8S_VERSION from Go modules (first time only; 10-25 min on 2 cores)"
  local wrapper="$KUBE_WRAPPER"
  mkdir -p "$wrapper" "$KUBE_BIN"
  local kmod
  kmod=$(go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')
  [[ -f $kmod ]] || die "could not download k8s.io/kubernetes@$K8S_VERSION"
  local staging_version="v0.${K8S_VERSION#v1.}"
  {
    echo "module slurmml.local/kubebuild"
    echo
    sed -n 's/^go \(.*\)$/go \1/p' "$kmod"
    echo
    echo "require k8s.io/kubernetes $K8S_VERSION"
    echo
    echo "replace ("
    # kubernetes replaces every staging module with a local path; pin each to its published tag.
    grep -Eo '^\s*k8s\.io/[a-z0-9-]+ => \./staging/src/k8s\.io/[a-z0-9-]+' "$kmod" |
      awk -v v="$staging_version" '{print "\t" $1 " => " $1 " " v}'
    echo ")"
  } >"$wrapper/go.mod"
  cat >"$wrapper/tools.go" <<'GO'
//go:build tools

package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager"
	_ "k8s.io/kubernetes/cmd/kubectl"
)
GO
  (cd "$wrapper" && CGO_ENABLED=0 GOFLAGS=-mod=mod go mod tidy >&2)
  kube_go_build k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
    k8s.io/kubernetes/cmd/kubectl
  (cd "$wrapper" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -ldflags "-s -w" -o "$KUBE_BIN/etcd" go.etcd.io/etcd/server/v3 >&2)
  log "built kube binaries in $((SECONDS - started))s"
}

make_credentials() {
  local pki="$KUBE_RUN/pki"
  [[ -f $pki/admin.token ]] && return 0
  mkdir -p "$pki"
  command -v openssl >/dev/null || apt_install openssl
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=slurm-ml-test-ca" \
    -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" \
    -keyout "$pki/apiserver.key" -out "$pki/apiserver.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\n' >"$pki/san.ext"
  openssl x509 -req -in "$pki/apiserver.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
    -days 3650 -extfile "$pki/san.ext" -out "$pki/apiserver.crt" 2>/dev/null
  openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
  openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
  local token; token=$(openssl rand -hex 24)
  printf '%s,admin,admin,system:masters\n' "$token" >"$pki/tokens.csv"
  printf '%s' "$token" >"$pki/admin.token"
  chmod 600 "$pki"/*.key "$pki/tokens.csv" "$pki/admin.token"
}

# The API server's client certificate for the kubelet (logs, exec, port-forward): group
# system:masters, so the kubelet's webhook authorization lets it in.
make_kubelet_client_cert() {
  local pki="$KUBE_RUN/pki"
  [[ -s $pki/apiserver-kubelet-client.crt ]] && return 0
  openssl req -newkey rsa:2048 -nodes -subj "/O=system:masters/CN=kube-apiserver-kubelet-client" \
    -keyout "$pki/apiserver-kubelet-client.key" -out "$pki/apiserver-kubelet-client.csr" 2>/dev/null
  printf 'extendedKeyUsage=clientAuth\n' >"$pki/client.ext"
  openssl x509 -req -in "$pki/apiserver-kubelet-client.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
    -days 3650 -extfile "$pki/client.ext" -out "$pki/apiserver-kubelet-client.crt" 2>/dev/null
  chmod 600 "$pki/apiserver-kubelet-client.key"
}

write_kubeconfig() {
  local pki="$KUBE_RUN/pki"
  cat >"$KUBE_RUN/kubeconfig" <<YAML
apiVersion: v1
kind: Config
clusters:
- name: test
  cluster:
    server: https://127.0.0.1:$APISERVER_PORT
    certificate-authority: $pki/ca.crt
users:
- name: admin
  user:
    token: $(cat "$pki/admin.token")
contexts:
- name: test
  context: {cluster: test, user: admin, namespace: default}
current-context: test
YAML
  chmod 600 "$KUBE_RUN/kubeconfig"
}

apiserver_ready() {
  "$KUBE_BIN/kubectl" --kubeconfig "$KUBE_RUN/kubeconfig" get --raw /readyz >/dev/null 2>&1
}

up() {
  build
  make_credentials
  make_kubelet_client_cert
  write_kubeconfig
  mkdir -p "$KUBE_RUN/etcd-data"
  if ! pid_alive "$KUBE_RUN/etcd.pid" etcd; then
    log "starting etcd on 127.0.0.1:$ETCD_PORT"
    "$KUBE_BIN/etcd" --name test --data-dir "$KUBE_RUN/etcd-data" \
      --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
      --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
      --initial-cluster "test=http://127.0.0.1:$ETCD_PEER_PORT" --unsafe-no-fsync \
      --quota-backend-bytes 4294967296 >"$KUBE_RUN/etcd.log" 2>&1 &
    echo $! >"$KUBE_RUN/etcd.pid"
    wait_until 30 etcd curl -sf "http://127.0.0.1:$ETCD_PORT/health"
  fi
  local pki="$KUBE_RUN/pki"
  # The ServiceAccount admission plugin is on: pods get their service account's token projected
  # (the serviceaccount controller below makes each namespace's `default` account).
  daemon_up "$KUBE_RUN/apiserver.pid" "$KUBE_RUN/apiserver.log" "" \
    "$KUBE_BIN/kube-apiserver" \
    --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
    --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$APISERVER_PORT" \
    --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" \
    --client-ca-file "$pki/ca.crt" \
    --token-auth-file "$pki/tokens.csv" \
    --service-account-issuer https://kubernetes.default.svc \
    --service-account-key-file "$pki/sa.pub" --service-account-signing-key-file "$pki/sa.key" \
    --service-cluster-ip-range 10.96.0.0/24 \
    --authorization-mode RBAC \
    --kubelet-client-certificate "$pki/apiserver-kubelet-client.crt" --kubelet-client-key "$pki/apiserver-kubelet-client.key" \
    --kubelet-preferred-address-types InternalIP \
    --allow-privileged=true \
    --cert-dir "$KUBE_RUN/certs" \
    --v 1
  if ((daemon_started)); then log "started kube-apiserver on 127.0.0.1:$APISERVER_PORT (RBAC on)"; fi
  wait_until 90 "kube-apiserver /readyz (log: $KUBE_RUN/apiserver.log)" apiserver_ready
  # What a real cluster does to our objects and what a Deployment with a PVC, a PDB and a
  # ServiceAccount needs: namespace deletion, garbage collection, Deployments and ReplicaSets,
  # each namespace's `default` ServiceAccount and kube-root-ca.crt (projected tokens), PVC
  # binding and protection, PDB status, Endpoints and EndpointSlices, the node's taints from its
  # conditions (a kubelet registers its node tainted not-ready) and the deletion of pods whose
  # node is gone. Pods need node.sh (kubelet and scheduler).
  local controllers=(
    namespace-controller garbage-collector-controller
    deployment-controller replicaset-controller
    serviceaccount-controller serviceaccount-token-controller root-ca-certificate-publisher-controller
    persistentvolume-binder-controller persistentvolume-protection-controller persistentvolumeclaim-protection-controller
    disruption-controller endpoints-controller endpointslice-controller endpointslice-mirroring-controller
    node-lifecycle-controller pod-garbage-collector-controller
  )
  daemon_up "$KUBE_RUN/controller-manager.pid" "$KUBE_RUN/controller-manager.log" "" \
    "$KUBE_BIN/kube-controller-manager" \
    --kubeconfig "$KUBE_RUN/kubeconfig" \
    --controllers "$(IFS=,; echo "${controllers[*]}")" \
    --service-account-private-key-file "$pki/sa.key" --root-ca-file "$pki/ca.crt" \
    --leader-elect=false --bind-address 127.0.0.1 --secure-port 0 \
    --v 1
  if ((daemon_started)); then log "started kube-controller-manager (${#controllers[@]} controllers)"; fi
  write_env kube \
    "KUBECONFIG=$KUBE_RUN/kubeconfig" \
    "KUBECTL=$KUBE_BIN/kubectl" \
    "KUBE_APISERVER_URL=https://127.0.0.1:$APISERVER_PORT" \
    "KUBE_CA_FILE=$KUBE_RUN/pki/ca.crt" \
    "KUBE_APISERVER_PIDFILE=$KUBE_RUN/apiserver.pid" \
    "ETCD_URL=http://127.0.0.1:$ETCD_PORT"
  log "kube-apiserver ready"
}

down() {
  stop_pidfile "$KUBE_RUN/controller-manager.pid"
  stop_pidfile "$KUBE_RUN/apiserver.pid"
  stop_pidfile "$KUBE_RUN/etcd.pid"
  rm -f "$STACK_ENV_DIR/kube.env"
}

status() {
  if pid_alive "$KUBE_RUN/apiserver.pid" kube-apiserver && apiserver_ready; then echo "kube: up (https://127.0.0.1:$APISERVER_PORT)"; else echo "kube: down"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;; build) build ;;
  *) echo "usage: $0 up|down|status|build" >&2; exit 2 ;;
esac
