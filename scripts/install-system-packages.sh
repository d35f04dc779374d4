#!/usr/bin/env bash
# Installs the Debian packages the tests use, only those missing. Never downloads a browser build:
# Playwright drives Debian's own Chromium.
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
# The sync server's tests run against a real PostgreSQL they start themselves (initdb + pg_ctl).
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || needed+=(postgresql)
[ ${#needed[@]} -eq 0 ] && exit 0
echo "[system packages] installing: ${needed[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${needed[@]}"
