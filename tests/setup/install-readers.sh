#!/usr/bin/env bash
# Installs the independent readers the template tests compare against, when missing:
# Debian's python3-openpyxl (for /usr/bin/python3) and LibreOffice's spreadsheet, headless;
# and libxml2-utils, whose xmllint checks the add-in's manifest against Microsoft's schemas.
set -euo pipefail
need=()
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need+=(python3-openpyxl)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing the independent readers for the tests: ${need[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install them first: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
