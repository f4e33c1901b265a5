#!/usr/bin/env bash
# README quick start: install, build and serve the production site on one port ($PORT, 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then npm ci --no-audit --no-fund; fi
npm run -s build
exec env NODE_ENV=production npx tsx server.ts --port "${PORT:-3000}"
