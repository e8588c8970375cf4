#!/usr/bin/env bash
# The one setup step of the test suite: everything the tests need, before any test runs.
# Go and Neovim (scripts/setup-tools.sh), then Chromium, Node 24 and code-server for the
# chain view and end-to-end checks (scripts/setup-e2e.sh). Idempotent; prints the e2e cache
# folder on its last line. The first run on a fresh machine takes about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-tools.sh
bash scripts/setup-e2e.sh | tail -n 1
