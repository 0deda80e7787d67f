#!/usr/bin/env bash
# Postgres (Debian's postgresql package) in a dedicated cluster on a loopback port.
#   postgres.sh up | down | status
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT=${PG_PORT:-25432}
PG_CLUSTER=slurmml
PG_DB=slurmml
PG_USER=slurmml

pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1; }

pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }

up() {
  apt_install postgresql
  local version; version=$(pg_version)
  [[ -n $version ]] || die "postgresql is not installed"
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$PG_CLUSTER"; then
    log "creating Postgres $version cluster '$PG_CLUSTER' on port $PG_PORT"
    pg_createcluster "$version" "$PG_CLUSTER" --port "$PG_PORT" -- --auth-local=peer --auth-host=scram-sha-256 >&2
  fi
  if ! pg_ready; then
    log "starting Postgres on 127.0.0.1:$PG_PORT"
    pg_ctlcluster "$version" "$PG_CLUSTER" start >&2
    wait_until 30 postgres pg_ready
  fi
  local password_file="$STACK_RUN/postgres.password"
  [[ -f $password_file ]] || { openssl rand -hex 16 >"$password_file"; chmod 600 "$password_file"; }
  local password; password=$(cat "$password_file")
  runuser -u postgres -- psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT 'CREATE ROLE $PG_USER LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER')\gexec
ALTER ROLE $PG_USER WITH LOGIN CREATEDB PASSWORD '$password';
SELECT 'CREATE DATABASE $PG_DB OWNER $PG_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DB')\gexec
SQL
  # One-word commands, so the env file stays safe to `source` (no spaces in values).
  local bin="$STACK_RUN/postgres-bin"
  mkdir -p "$bin"
  printf '#!/bin/sh\nexec pg_ctlcluster %s %s stop\n' "$version" "$PG_CLUSTER" >"$bin/stop"
  printf '#!/bin/sh\nexec pg_ctlcluster %s %s start\n' "$version" "$PG_CLUSTER" >"$bin/start"
  chmod +x "$bin/stop" "$bin/start"
  write_env postgres \
    "DATABASE_URL=postgres://$PG_USER:$password@127.0.0.1:$PG_PORT/$PG_DB" \
    "PG_VERSION=$version" \
    "PG_CTL_STOP=$bin/stop" \
    "PG_CTL_START=$bin/start"
  log "Postgres ready"
}

down() {
  local version; version=$(pg_version)
  [[ -n $version ]] && pg_ctlcluster "$version" "$PG_CLUSTER" stop 2>/dev/null || true
  rm -f "$STACK_ENV_DIR/postgres.env"
}

status() {
  if pg_ready 2>/dev/null; then echo "postgres: up (127.0.0.1:$PG_PORT)"; else echo "postgres: down"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
