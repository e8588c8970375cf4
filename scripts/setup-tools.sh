#!/usr/bin/env bash
# Installs what the test suite needs when it is missing: Go (for gofmt/go vet on fixtures)
# from Debian bookworm-backports, and Neovim (a real LSP client). Idempotent.
set -euo pipefail

need_go=0; need_nvim=0
command -v go >/dev/null 2>&1 || [ -x /usr/lib/go-1.23/bin/go ] || need_go=1
command -v nvim >/dev/null 2>&1 || need_nvim=1
[ "$need_go$need_nvim" = "00" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
src=/etc/apt/sources.list.d/debian.sources
backports=/etc/apt/sources.list.d/ctxlens-backports.sources
if [ "$need_go" = 1 ] && [ ! -f "$backports" ]; then
  # Same mirror as the machine's Debian sources, suite bookworm-backports.
  uri=$(awk '/^URIs:/ {print $2; exit}' "$src" 2>/dev/null || true)
  uri=${uri:-http://deb.debian.org/debian}
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" | $SUDO tee "$backports" >/dev/null
fi
$SUDO apt-get update -qq
pkgs=()
[ "$need_nvim" = 1 ] && pkgs+=(neovim)
[ ${#pkgs[@]} -gt 0 ] && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
[ "$need_go" = 1 ] && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -t bookworm-backports golang-go >/dev/null
echo "setup-tools: installed ${pkgs[*]:-} $([ "$need_go" = 1 ] && echo golang-go)"
