#!/usr/bin/env bash
# Installs what the real-VS-Code test layers need, once: Debian packages (libkrb5-dev, ripgrep,
# chromium) and code-server (a pinned VS Code for the web) into the git-ignored .cache/.
# Idempotent: every step is skipped when its result is already there. Prints where things are.
set -euo pipefail

CODE_SERVER_VERSION=4.99.4
# @vscode/ripgrep, as pinned inside code-server's VS Code, downloads this archive from GitHub in its
# post-install; we answer that download from its cache with Debian's rg.
RIPGREP_CACHE_DIR_NAME=vscode-ripgrep-cache-1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
CODE_SERVER_PREFIX="$CACHE/code-server"
CODE_SERVER_BIN="$CODE_SERVER_PREFIX/node_modules/.bin/code-server"
CODE_SERVER_MARKER="$CODE_SERVER_PREFIX/.installed-$CODE_SERVER_VERSION"

log() { echo "[install-test-vscode] $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
  local wanted=(libkrb5-dev ripgrep chromium) missing=() pkg
  for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "Debian packages present: ${wanted[*]}"
    return
  fi
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

seed_ripgrep_cache() {
  local tmp dir archive
  tmp="$(node -p 'require("os").tmpdir()')"
  dir="$tmp/$RIPGREP_CACHE_DIR_NAME"
  archive="$dir/$RIPGREP_ARCHIVE"
  if [ -s "$archive" ] && tar -tzf "$archive" | grep -qx 'rg'; then
    log "ripgrep download cache present: $archive"
    return
  fi
  log "seeding ripgrep download cache: $archive"
  mkdir -p "$dir"
  tar -czf "$archive.partial" -C "$(dirname "$(command -v rg)")" rg
  mv "$archive.partial" "$archive"
}

install_code_server() {
  if [ -f "$CODE_SERVER_MARKER" ] && [ -x "$CODE_SERVER_BIN" ]; then
    log "code-server $CODE_SERVER_VERSION present: $CODE_SERVER_BIN"
    return
  fi
  log "npm install code-server@$CODE_SERVER_VERSION into $CODE_SERVER_PREFIX (about a minute)"
  rm -rf "$CODE_SERVER_PREFIX"
  mkdir -p "$CODE_SERVER_PREFIX"
  # A local install in its own folder: a --global one leaks npm_config_global into the nested
  # `npm install` that code-server's post-install runs in lib/vscode, which then breaks.
  echo '{ "name": "test-vscode-cache", "private": true }' > "$CODE_SERVER_PREFIX/package.json"
  # Its post-install runs `npx node-gyp` and refuses to run as root without these.
  (cd "$CODE_SERVER_PREFIX" &&
    npm_config_yes=true npm_config_unsafe_perm=true \
      npm install --no-audit --no-fund --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION")
  touch "$CODE_SERVER_MARKER"
}

install_debian_packages
seed_ripgrep_cache
install_code_server
log "ready: code-server $(node -p "require(\"$CODE_SERVER_PREFIX/node_modules/code-server/package.json\").version"), $(/usr/bin/chromium --version 2>/dev/null)"
