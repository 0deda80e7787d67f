# Sourced by the README's commands: puts Node.js >= 22.19 on PATH (installing Node 24 from the
# npm registry's `node` package when the machine's Node is older) and installs dependencies.
node_cache=${STACK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/slurm-ml-operator}/node24
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)'
}
if ! node_ok; then
  if [[ ! -x $node_cache/bin/node ]]; then
    echo "[setup] installing Node.js 24 from the npm registry (about 20 s)" >&2
    npm install --global --prefix "$node_cache" node@24 >&2
  fi
  export PATH="$node_cache/bin:$PATH"
  node_ok || { echo "[setup] Node.js >= 22.19 is required and could not be installed" >&2; exit 1; }
fi
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ ! -f $repo_root/node_modules/.package-lock.json || $repo_root/package-lock.json -nt $repo_root/node_modules/.package-lock.json ]]; then
  echo "[setup] installing npm dependencies" >&2
  (cd "$repo_root" && npm ci --no-audit --no-fund >&2)
fi
