#!/usr/bin/env bash
# Installs Debian's Chromium for the task pane's end-to-end tests when missing: playwright-core drives it
# (`npx playwright install` downloads its own browsers, which this project does not).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
echo "Installing Chromium for the end-to-end tests of the task pane" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install it first: sudo apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
