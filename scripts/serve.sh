#!/usr/bin/env bash
# README quick start: install, build and serve the production site on one port ($PORT, 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npm run -s build
exec env NODE_ENV=production npx tsx server.ts --port "${PORT:-3000}"
