#!/usr/bin/env bash
# Makes sure the two other engines the browser-truth suite runs in exist, from Debian's
# packages (no browser downloads): firefox-esr (driven over WebDriver BiDi), and WebKitGTK's
# webkit2gtk-driver (WebKitWebDriver + MiniBrowser) with xvfb for its display. Chromium has its
# own script (ensure-chromium.sh). Prints the versions found.
set -euo pipefail
log() { echo "ensure-engines: $*" >&2; }

MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
missing=()
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 && [ -x "${MINIBROWSER_PATH:-$MINIBROWSER}" ] || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    log "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
  else
    log "missing ${missing[*]}: install them (Debian: apt-get install firefox-esr webkit2gtk-driver xvfb)"
    exit 1
  fi
fi
"${FIREFOX_PATH:-/usr/bin/firefox-esr}" --version
echo "WebKitGTK: $(dpkg-query -W -f='${Version}' libwebkit2gtk-4.1-0 2>/dev/null || echo unknown)"
