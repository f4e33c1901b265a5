#!/usr/bin/env bash
# Makes sure redis-server and nginx exist for the scale-out e2e test (e2e/scale-out.spec.ts),
# which starts its own copies on free ports. Installs Debian's packages when root on Debian.
set -euo pipefail
log() { echo "ensure-services: $*" >&2; }

missing=()
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  log "installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # --no-install-recommends: no services we do not use; the test starts its own on free ports.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  exit 0
fi
log "missing ${missing[*]}: install them (Debian: apt-get install redis-server nginx-light)"
exit 1
