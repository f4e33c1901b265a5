#!/usr/bin/env bash
# Lighthouse (mobile preset: simulated slow 4G, 4× CPU) over the framework floor and the site's
# pages, side by side in one run. The floor is fixtures/floor, an empty Next 16 App Router page
# built with the same node_modules: what any page of this stack pays at least.
#
#   npm run quality [-- PATH…]     default: the pages listed in $default_pages below
#   QUALITY_ROUNDS=N               interleaved rounds (default 3); page order rotates each round
#   REBUILD=1                      rebuild the site and the floor even if builds exist
#
# Prints, per page, the median and min–max of each figure and its ratio to the floor, then checks
# the medians against budgets.json and exits 1 when one is missed (scripts/quality-report.mjs).
# Raw reports stay in .lighthouse/ (one folder per round) with each page's HTML as served;
# `node scripts/quality/breakdown.mjs` reads them and shows where the time goes (docs/performance.md).
# A measurement, not a test: never part of `npm test`; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

default_pages=(
  /en /ru
  /en/codes/1006 /ru/codes/1006
  /en/codes/4321
  /en/compare/1000-vs-1006 /ru/compare/1000-vs-1006
  /en/codes /ru/codes
  /en/vendors/discord-gateway /ru/vendors/discord-gateway
  /en/guides/why-1006 /ru/guides/why-1006
  /en/tester /ru/tester
)
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=("${default_pages[@]}")
rounds=${QUALITY_ROUNDS:-3}
case "$rounds" in '' | *[!0-9]* | 0) echo "QUALITY_ROUNDS must be a positive integer" >&2; exit 2 ;; esac

bash scripts/ensure-deps.sh
CHROME_PATH=$(bash scripts/ensure-chromium.sh)
export CHROME_PATH

if [ ! -f .next/BUILD_ID ] || [ -n "${REBUILD:-}" ]; then
  echo "::: building the site" >&2
  npm run -s build
fi
# The floor is always rebuilt (about 10 s), so it never lags behind the installed Next. The
# fixture has a do-nothing proxy.ts of its own: Turbopack looks for one from the project folder
# upwards and would otherwise bundle the site's (two folders up) into the floor.
echo "::: building the floor (fixtures/floor)" >&2
npx next build fixtures/floor >/tmp/quality-floor-build.log 2>&1 || {
  cat /tmp/quality-floor-build.log >&2
  exit 1
}

# The site on http://localhost:3000: the canonical and hreflang URLs in the build point there
# (SITE_URL at build time), and on any other origin Lighthouse's SEO audit fails the canonical
# link. Set QUALITY_PORT (and build with SITE_URL=http://localhost:PORT) to move it. The floor
# has no canonical link and gets a free port.
site_port=${QUALITY_PORT:-3000}
if curl -s -o /dev/null "http://localhost:$site_port/"; then
  echo "port $site_port is already serving something: stop it or set QUALITY_PORT" >&2
  exit 1
fi
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
floor_port=$(free_port)
while [ "$floor_port" = "$site_port" ]; do floor_port=$(free_port); done

# Every child runs in a session of its own (setsid), so the trap can end its whole tree
# (npx → sh → node) by process group, and nothing else. Lighthouse starts Chrome detached, in a
# group of its own: Chrome gets a flag it ignores, unique to this run, to be found by.
groups=()
lh_group=""
marker="quality-run=$$-$(date +%s)"
chrome_groups() {
  local pid
  for pid in $(pgrep -f -- "--$marker" || true); do ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' '; done | sort -u
}
cleanup() {
  local g all
  all="${groups[*]} $lh_group $(chrome_groups)"
  for g in $all; do kill -TERM -- "-$g" 2>/dev/null || true; done
  sleep 0.5
  for g in $all; do kill -KILL -- "-$g" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

NODE_ENV=production setsid npx tsx server.ts --port "$site_port" >/tmp/quality-server.log 2>&1 &
groups+=("$!")
setsid npx next start fixtures/floor -p "$floor_port" -H 127.0.0.1 >/tmp/quality-floor.log 2>&1 &
groups+=("$!")

site="http://localhost:$site_port"
floor="http://127.0.0.1:$floor_port"
wait_for() {
  local _
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "$1 did not answer within 60 s (see /tmp/quality-server.log, /tmp/quality-floor.log)" >&2
  exit 1
}
wait_for "$site/en"
wait_for "$floor/"

out=.lighthouse
rm -rf "$out" && mkdir -p "$out/html"
# What Lighthouse gets as the first request of each page, uncompressed (curl sends no
# Accept-Encoding unless asked), for the HTML budget and the breakdown.
name_of() { if [ "$1" = floor ]; then echo floor; else echo "$1" | tr '/' '_'; fi; }
url_of() { if [ "$1" = floor ]; then echo "$floor/"; else echo "$site$1"; fi; }
targets=(floor "${pages[@]}")
for t in "${targets[@]}"; do
  curl -fsS -o "$out/html/$(name_of "$t").html" "$(url_of "$t")"
done

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --$marker"
n=${#targets[@]}
total=$((n * rounds))
done_runs=0
for ((r = 1; r <= rounds; r++)); do
  mkdir -p "$out/r$r"
  for ((i = 0; i < n; i++)); do
    t=${targets[$(((i + r - 1) % n))]}
    done_runs=$((done_runs + 1))
    printf '::: round %d/%d  %-28s (%d/%d)\n' "$r" "$rounds" "$t" "$done_runs" "$total" >&2
    report="$out/r$r/$(name_of "$t").json"
    # Lighthouse now and then loses the trace (NO_NAVSTART): such a run is retried, twice at most.
    for attempt in 1 2 3; do
      setsid npx lighthouse "$(url_of "$t")" --quiet --output=json --output-path="$report" \
        --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$flags" >/dev/null 2>>"$out/lighthouse.log" &
      lh_group=$!
      wait "$lh_group" || true
      lh_group=""
      if [ -f "$report" ] && node -e 'process.exit(require(process.argv[1]).runtimeError ? 1 : 0)' "$PWD/$report"; then
        break
      fi
      echo "lighthouse failed on $t in round $r, attempt $attempt (see $out/lighthouse.log)" >&2
    done
  done
done

# Figures, ratios to the floor and budgets; the exit code says whether every budget was met.
node scripts/quality-report.mjs --rounds "$rounds" "${pages[@]}"
