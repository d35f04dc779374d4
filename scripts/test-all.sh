#!/usr/bin/env bash
# `npm run test:all`: on a fresh machine, installs everything the tests need, then runs them all.
# Debian packages (Chromium for Playwright, poppler-utils for PDF text), Node 22 LTS from the npm
# registry when the machine's Node is older, the locked npm dependencies — then `npm test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-system-packages.sh
source scripts/ensure-node.sh
npm ci --no-audit --no-fund
exec npm test
