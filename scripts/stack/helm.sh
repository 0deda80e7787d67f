#!/usr/bin/env bash
# helm, built from its Go module (no binary can be downloaded here), for the chart tests.
#   helm.sh up | down | status
# `up` installs helm once into the stack cache, keyed by version (the first time only: on 2 cores
# about 1.5 minutes with a warm Go module cache, 4 minutes from an empty one), then writes
# .stack/helm.env (HELM=..., HELM_VERSION=...) and prints the binary's path. Later runs find the
# cached binary and take well under a second.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HELM_VERSION=${HELM_VERSION:-v3.22.0}
HELM_BIN="$STACK_CACHE/helm/$HELM_VERSION/bin"

install_helm() {
  if [[ -x $HELM_BIN/helm ]]; then
    log "helm $HELM_VERSION already installed ($HELM_BIN/helm)"
    return 0
  fi
  command -v go >/dev/null || die "go is required to install helm"
  local started=$SECONDS
  log "installing helm $HELM_VERSION: go install helm.sh/helm/v3/cmd/helm@$HELM_VERSION into $HELM_BIN (first time only)"
  # Stamp the version and the Kubernetes version helm assumes (from its client-go), as helm's Makefile does.
  local gomod client_go k8s_minor
  gomod=$(go mod download -json "helm.sh/helm/v3@$HELM_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')
  [[ -f $gomod ]] || die "could not download helm.sh/helm/v3@$HELM_VERSION from the Go module proxy"
  client_go=$(sed -n 's/^[[:space:]]*k8s\.io\/client-go v0\.\([0-9]*\)\..*$/\1/p' "$gomod" | head -n 1)
  k8s_minor=${client_go:-30}
  local ldflags="-s -w -X helm.sh/helm/v3/internal/version.version=$HELM_VERSION"
  ldflags+=" -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$k8s_minor"
  ldflags+=" -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=$k8s_minor"
  mkdir -p "$HELM_BIN"
  GOBIN="$HELM_BIN" CGO_ENABLED=0 GOFLAGS= go install -trimpath -ldflags "$ldflags" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >&2
  [[ -x $HELM_BIN/helm ]] || die "go install finished but $HELM_BIN/helm is missing"
  log "installed helm $HELM_VERSION in $((SECONDS - started))s"
}

up() {
  install_helm
  write_env helm "HELM=$HELM_BIN/helm" "HELM_VERSION=$HELM_VERSION"
  echo "$HELM_BIN/helm"
}

down() {
  # Nothing runs; the cached binary stays for the next `up`.
  rm -f "$STACK_ENV_DIR/helm.env"
}

status() {
  if [[ -x $HELM_BIN/helm && -f $STACK_ENV_DIR/helm.env ]]; then
    echo "helm: installed ($HELM_VERSION, $HELM_BIN/helm)"
  else
    echo "helm: not installed"
    return 1
  fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
