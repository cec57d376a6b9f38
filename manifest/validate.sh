#!/bin/sh
# Checks manifest.xml against Microsoft's manifest schemas (manifest/schemas, their source in its README),
# offline: `office-addin-manifest validate` needs a web service.
set -eu
cd "$(dirname "$0")/.."
schema=manifest/schemas/OfficeAppManifestV1_1.xsd
if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint is missing: install Debian's libxml2-utils (apt-get install libxml2-utils)" >&2
  exit 1
fi
if [ ! -f "$schema" ]; then
  echo "The manifest schemas are missing: expected $schema" >&2
  exit 1
fi
exec xmllint --noout --nonet --schema "$schema" manifest.xml
