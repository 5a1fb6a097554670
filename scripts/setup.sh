#!/usr/bin/env bash
# Installs what the project needs on Debian or Ubuntu: the system packages
# (Chromium for the browser tests and PDFs, Java for the HTML checker,
# xmllint for checking XLIFF files, pdftotext for reading PDFs' text in tests,
# translate-toolkit for the XLIFF 1.2 round trip a CAT tool or Weblate makes) when
# they are missing, then the npm packages exactly as package-lock.json says.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v po2xliff >/dev/null 2>&1 || missing+=(translate-toolkit)

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Puppeteer must not download its own Chrome (see .puppeteerrc.cjs); Debian's chromium is used.
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
