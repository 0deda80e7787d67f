#!/usr/bin/env bash
# Debian's chromium, driven by playwright-core (executablePath) in the console's browser tests:
# no browser is downloaded. Nothing runs between tests; each test starts its own headless browser.
#   chromium.sh up | down | status
# `up` installs the package once (about a minute), then writes .stack/chromium.env
# (CHROMIUM=..., CHROMIUM_VERSION=...). Later runs take well under a second.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CHROMIUM=/usr/bin/chromium

up() {
  apt_install chromium fonts-dejavu-core
  local version
  version=$("$CHROMIUM" --version 2>/dev/null) || die "$CHROMIUM does not run"
  write_env chromium "CHROMIUM=$CHROMIUM" "CHROMIUM_VERSION=${version//[^A-Za-z0-9. ]/}"
  log "chromium: $version"
}

down() {
  # Nothing runs; the package stays for the next `up`.
  rm -f "$STACK_ENV_DIR/chromium.env"
}

status() {
  if [[ -x $CHROMIUM && -f $STACK_ENV_DIR/chromium.env ]]; then
    echo "chromium: installed ($("$CHROMIUM" --version 2>/dev/null))"
  else
    echo "chromium: not installed"
    return 1
  fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
