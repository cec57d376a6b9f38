#!/usr/bin/env bash
# Installs what the tests use from Debian, when missing: the independent readers the workbooks are compared
# against (python3-openpyxl for /usr/bin/python3, LibreOffice's spreadsheet, headless); libxml2-utils, whose
# xmllint checks the add-in's manifest against Microsoft's schemas; and Chromium, which playwright-core drives
# for the task pane's end-to-end tests (`npx playwright install` downloads browsers of its own: not used);
# for the drafted .docx reports: python3-docx, LibreOffice's word processor, pdftoppm (poppler-utils) for
# the rendered pages, and Liberation Serif, which has Times New Roman's metrics, so pages break as in Word.
set -euo pipefail
need=()
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need+=(python3-openpyxl)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
/usr/bin/python3 -c 'import docx' 2>/dev/null || need+=(python3-docx)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1 ||
  need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing what the tests use: ${need[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install them first: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
