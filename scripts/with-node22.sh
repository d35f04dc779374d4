#!/usr/bin/env bash
# Runs a command with Node 22 LTS first on PATH (installed from the npm registry when the machine's is older).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
exec "$@"
