#!/usr/bin/env bash
# `npm start`: builds the app and launches it in Electron on its embedded defaults.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/ensure-node.sh
npm run --silent build
if ! node -e "require('electron')" >/dev/null 2>&1; then
  cat >&2 <<'MSG'
Electron could not be installed on this machine (its binary downloads from GitHub).
Run the same application in browser mode instead:  npm run start:browser
MSG
  exit 1
fi
exec npx electron .
