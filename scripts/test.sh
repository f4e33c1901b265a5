#!/usr/bin/env bash
# The one test command (README quick start, CI): installs what it needs (npm packages, Chromium,
# Firefox ESR, WebKitGTK), then lint, typecheck, unit + content tests, the production build and
# the Playwright e2e suite: all of it in Chromium, the browser-truth specs also in Firefox and
# WebKitGTK. Ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
out=.test-results
rm -rf "$out" && mkdir -p "$out"

passed=0
failed=0
step() { # step NAME CMD… — a check that counts as one test
  local name=$1; shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

bash scripts/ensure-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
# A free port for the e2e server, so a site already running on 3100 never breaks the run.
E2E_PORT=${E2E_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
export E2E_PORT
CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh) || { echo "0 passed, 1 failed"; exit 1; }
export CHROMIUM_PATH
bash scripts/ensure-engines.sh || { echo "0 passed, 1 failed"; exit 1; }
# Redis and nginx for the scale-out e2e test (it starts its own copies on free ports).
bash scripts/ensure-services.sh || { echo "0 passed, 1 failed"; exit 1; }

step lint npx eslint .
step typecheck npm run -s typecheck
step format npx prettier --check . --log-level warn

echo "::: unit and content tests"
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$out/unit.tap" tests/*.test.ts
u_pass=$(grep -E '^# pass ' "$out/unit.tap" | awk '{print $3}')
u_fail=$(grep -E '^# fail ' "$out/unit.tap" | awk '{print $3}')
passed=$((passed + ${u_pass:-0}))
failed=$((failed + ${u_fail:-1}))

if step build npm run -s build; then
  echo "::: e2e (Playwright: Chromium at ${CHROMIUM_PATH:-playwright default}; Firefox ESR; WebKitGTK)"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out/e2e.json" npx playwright test --reporter=list,json
  read -r e_pass e_fail < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const s = r.stats || {};
    console.log((s.expected || 0) + (s.flaky || 0), (s.unexpected || 0) + (r.errors?.length && !s.expected ? 1 : 0));
  ' "$out/e2e.json" 2>/dev/null || echo "0 1")
  passed=$((passed + e_pass))
  failed=$((failed + e_fail))
else
  echo "e2e skipped: the build failed"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
