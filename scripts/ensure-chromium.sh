#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright and prints its path on stdout.
# Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, apt-get install (as root on Debian),
# then Playwright's own installer as the last resort (it needs network access to its CDN).
set -euo pipefail
log() { echo "ensure-chromium: $*" >&2; }

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
for c in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  log "installing Debian's chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi
log "no system Chromium; trying Playwright's installer"
npx playwright install chromium >&2
echo ""
