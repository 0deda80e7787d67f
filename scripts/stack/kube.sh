#!/usr/bin/env bash
# etcd + kube-apiserver + kubectl, built from Go modules (no binary can be downloaded here).
#   kube.sh up | down | status | build
# The first build takes 10-25 minutes on 2 cores; later runs reuse the cached binaries.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

K8S_VERSION=${K8S_VERSION:-v1.35.4}
KUBE_BIN="$STACK_CACHE/kube/$K8S_VERSION/bin"
KUBE_RUN="$STACK_RUN/kube"
ETCD_PORT=${ETCD_PORT:-23790}
ETCD_PEER_PORT=${ETCD_PEER_PORT:-23800}
APISERVER_PORT=${APISERVER_PORT:-26443}

build() {
  local binary missing=0
  for binary in kube-apiserver kube-controller-manager kubectl etcd; do [[ -x $KUBE_BIN/$binary ]] || missing=1; done
  ((missing)) || return 0
  command -v go >/dev/null || die "go is required to build kube-apiserver"
  local started=$SECONDS
  log "building kube-apiserver, kube-controller-manager, kubectl and etcd $K8S_VERSION from Go modules (first time only; 10-25 min on 2 cores)"
  local wrapper="$STACK_CACHE/kube/$K8S_VERSION/wrapper"
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
  (
    cd "$wrapper"
    export CGO_ENABLED=0 GOFLAGS=-mod=mod
    go mod tidy >&2
    go build -trimpath -ldflags "-s -w -X k8s.io/component-base/version.gitVersion=$K8S_VERSION -X k8s.io/client-go/pkg/version.gitVersion=$K8S_VERSION" \
      -o "$KUBE_BIN/" k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager \
      k8s.io/kubernetes/cmd/kubectl >&2
    go build -trimpath -ldflags "-s -w" -o "$KUBE_BIN/etcd" go.etcd.io/etcd/server/v3 >&2
  )
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
  if ! pid_alive "$KUBE_RUN/apiserver.pid" kube-apiserver; then
    log "starting kube-apiserver on 127.0.0.1:$APISERVER_PORT (RBAC on)"
    local pki="$KUBE_RUN/pki"
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
      --disable-admission-plugins ServiceAccount \
      --allow-privileged=true \
      --cert-dir "$KUBE_RUN/certs" \
      --v 1 >"$KUBE_RUN/apiserver.log" 2>&1 &
    echo $! >"$KUBE_RUN/apiserver.pid"
  fi
  wait_until 90 "kube-apiserver /readyz (log: $KUBE_RUN/apiserver.log)" apiserver_ready
  if ! pid_alive "$KUBE_RUN/controller-manager.pid" kube-controller-manager; then
    # Only what a real cluster does to our objects: namespace deletion and garbage collection.
    log "starting kube-controller-manager (namespace and garbage-collector controllers)"
    "$KUBE_BIN/kube-controller-manager" \
      --kubeconfig "$KUBE_RUN/kubeconfig" \
      --controllers namespace-controller,garbage-collector-controller \
      --leader-elect=false --bind-address 127.0.0.1 --secure-port 0 \
      --v 1 >"$KUBE_RUN/controller-manager.log" 2>&1 &
    echo $! >"$KUBE_RUN/controller-manager.pid"
  fi
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
