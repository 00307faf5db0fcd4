#!/bin/sh
# Renders an HTML page in headless Chromium (Debian package chromium) and
# fails unless a screenshot PNG appears.
#
# usage: scripts/html-check.sh FILE.html OUT.png
set -eu

if [ "$#" -ne 2 ]; then
    echo "usage: $0 FILE.html OUT.png" >&2
    exit 2
fi
html=$1
png=$2

if [ ! -f "$html" ]; then
    echo "html-check: $html does not exist; render it first (plenary render --to html)" >&2
    exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "html-check: chromium is missing; install it with \`apt-get install -y chromium\`" >&2
    exit 1
fi

abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
mkdir -p "$(dirname "$png")"
png_abs=$(cd "$(dirname "$png")" && pwd)/$(basename "$png")
rm -f "$png_abs"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

timeout 120 chromium --headless --no-sandbox --disable-gpu \
    --user-data-dir="$profile" --no-first-run --hide-scrollbars \
    --screenshot="$png_abs" --window-size=1200,1600 "file://$abs" >/dev/null 2>&1 || true

# A PNG file starts with the 8-byte signature \211PNG\r\n\032\n.
if [ -s "$png_abs" ] && [ "$(head -c 4 "$png_abs" | tail -c 3)" = "PNG" ]; then
    echo "html-check: $html rendered to $png ($(wc -c <"$png_abs") bytes)"
else
    echo "html-check: chromium did not render $html to a PNG screenshot" >&2
    exit 1
fi
