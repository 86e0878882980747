#!/usr/bin/env bash
# Installs, from Debian's packages, what the browser and file checks need, only when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# The print test counts the pages of the PDF LibreOffice prints and reads their text.
{ command -v pdfinfo && command -v pdftotext; } >/dev/null 2>&1 || need+=(poppler-utils)
# The round-trip file test edits copies as users do: in LibreOffice (through UNO) and with openpyxl.
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || need+=(python3-uno)
/usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || need+=(python3-openpyxl)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing from Debian: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
