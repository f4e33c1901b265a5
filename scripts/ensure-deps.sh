#!/usr/bin/env bash
# Installs the locked npm packages when they are missing or out of date (a fresh clone), so
# every script in package.json runs from a clone with one command.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "::: npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi
