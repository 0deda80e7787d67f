#!/usr/bin/env bash
# Prometheus (Debian's package) scraping whatever targets the tests list in file_sd JSON files,
# over HTTPS. Also makes the certificate the tests' operators serve (OPERATOR_TLS_*), which
# Prometheus and the tests' own requests trust: the operator's port speaks TLS only.
#   prometheus.sh up | down | status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PROM_PORT=${PROM_PORT:-29090}
PROM_RUN="$STACK_RUN/prometheus"
OPERATOR_TLS_DIR="$STACK_RUN/operator-tls"

prometheus_ready() { curl -sf "http://127.0.0.1:$PROM_PORT/-/ready" >/dev/null; }

# A self-signed certificate (no CA: clients trust it as it is) for 127.0.0.1 and localhost, kept
# while it has a week left. Made once; every test operator serves it via TLS_CERT_FILE.
operator_certificate() {
  local crt="$OPERATOR_TLS_DIR/tls.crt" key="$OPERATOR_TLS_DIR/tls.key"
  mkdir -p "$OPERATOR_TLS_DIR"
  if [[ -s $crt && -s $key ]] && openssl x509 -checkend 604800 -noout -in "$crt" >/dev/null 2>&1; then return 0; fi
  log "making the test operators' TLS certificate"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
    -subj "/CN=slurm-ml-operator test server" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
    -addext "basicConstraints=critical,CA:FALSE" -addext "keyUsage=critical,digitalSignature" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$key.tmp" -out "$crt.tmp" 2>/dev/null
  chmod 600 "$key.tmp"
  mv "$key.tmp" "$key" && mv "$crt.tmp" "$crt"
}

up() {
  apt_install prometheus openssl
  mkdir -p "$PROM_RUN/data" "$PROM_RUN/targets"
  operator_certificate
  # The operator's /metrics wants a bearer token whose user may get it: tests write one here
  # (read at each scrape). The anonymous job scrapes the same targets without it, and must fail.
  [[ -f "$PROM_RUN/token" ]] || : >"$PROM_RUN/token"
  local config
  config=$(cat <<YAML
global:
  scrape_interval: 2s
  evaluation_interval: 2s
scrape_configs:
  - job_name: slurm-ml-operator
    scheme: https
    tls_config:
      ca_file: $OPERATOR_TLS_DIR/tls.crt
    authorization:
      type: Bearer
      credentials_file: $PROM_RUN/token
    file_sd_configs:
      - files: ['$PROM_RUN/targets/*.json']
        refresh_interval: 2s
  - job_name: slurm-ml-operator-anonymous
    scheme: https
    tls_config:
      ca_file: $OPERATOR_TLS_DIR/tls.crt
    file_sd_configs:
      - files: ['$PROM_RUN/targets/*.json']
        refresh_interval: 2s
YAML
)
  local changed=false
  if [[ ! -f "$PROM_RUN/prometheus.yml" ]] || [[ "$(cat "$PROM_RUN/prometheus.yml")" != "$config" ]]; then
    printf '%s\n' "$config" >"$PROM_RUN/prometheus.yml"
    changed=true
  fi
  if pid_alive "$PROM_RUN/prometheus.pid" prometheus && $changed; then
    log "reloading Prometheus' configuration"
    kill -HUP "$(cat "$PROM_RUN/prometheus.pid")"
  fi
  if ! pid_alive "$PROM_RUN/prometheus.pid" prometheus; then
    log "starting Prometheus on 127.0.0.1:$PROM_PORT"
    prometheus --config.file "$PROM_RUN/prometheus.yml" --storage.tsdb.path "$PROM_RUN/data" \
      --storage.tsdb.retention.time 2d --web.listen-address "127.0.0.1:$PROM_PORT" \
      >"$PROM_RUN/prometheus.log" 2>&1 9>&- &
    echo $! >"$PROM_RUN/prometheus.pid"
  fi
  wait_until 60 "Prometheus /-/ready (log: $PROM_RUN/prometheus.log)" prometheus_ready
  write_env prometheus \
    "PROMETHEUS_URL=http://127.0.0.1:$PROM_PORT" \
    "PROMETHEUS_TARGETS_DIR=$PROM_RUN/targets" \
    "PROMETHEUS_TOKEN_FILE=$PROM_RUN/token" \
    "OPERATOR_TLS_CERT_FILE=$OPERATOR_TLS_DIR/tls.crt" \
    "OPERATOR_TLS_KEY_FILE=$OPERATOR_TLS_DIR/tls.key" \
    "PROMTOOL=$(command -v promtool)"
  log "Prometheus ready"
}

down() {
  stop_pidfile "$PROM_RUN/prometheus.pid"
  rm -f "$STACK_ENV_DIR/prometheus.env"
}

status() {
  if prometheus_ready 2>/dev/null; then echo "prometheus: up (http://127.0.0.1:$PROM_PORT)"; else echo "prometheus: down"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
