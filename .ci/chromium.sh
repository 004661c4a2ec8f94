#!/usr/bin/env bash
# Installs Debian's Chromium for the dashboard's browser tests (playwright-core drives /usr/bin/chromium; it never
# downloads a browser of its own). Idempotent: does nothing when the browser is already there.
set -euo pipefail

if [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; then
  /usr/bin/chromium --version
  exit 0
fi
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
