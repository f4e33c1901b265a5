#!/usr/bin/env bash
# Lighthouse (mobile) on pages of the production build; prints the four category scores, JS
# transferred, LCP and CLS, and checks them against the budgets in budgets.json.
# A quality measurement, not a test: rerun after changes and update the README table.
# Usage: npm run quality [-- PATH…]   (default: a code page and a comparison page)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Port 3000 by default: the canonical URLs in the build point there (SITE_URL).
port=${QUALITY_PORT:-3000}
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/en /en/codes/1006 /en/compare/1000-vs-1006 /en/tester)

bash scripts/ensure-deps.sh
CHROME_PATH=$(bash scripts/ensure-chromium.sh)
export CHROME_PATH
[ -f .next/BUILD_ID ] && [ -z "${REBUILD:-}" ] || npm run -s build

if curl -fs "http://localhost:$port/en" >/dev/null 2>&1; then
  echo "port $port is already serving something: stop it or set QUALITY_PORT" >&2
  exit 1
fi
NODE_ENV=production npx tsx server.ts --port "$port" >/tmp/quality-server.log 2>&1 &
# npx → tsx → node: stop the whole tree, not only the npx process.
trap 'pkill -f "server.ts --port $port" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://localhost:$port/en" >/dev/null && break; sleep 0.5; done

mkdir -p .lighthouse
for p in "${pages[@]}"; do
  name=$(echo "$p" | tr '/' '_')
  npx lighthouse "http://localhost:$port$p" --quiet --output=json --output-path=".lighthouse/$name.json" \
    --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null
done
# Figures and budgets (budgets.json); the exit code says whether every budget was met.
node scripts/quality-report.mjs "${pages[@]}"
