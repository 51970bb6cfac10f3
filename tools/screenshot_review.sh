#!/usr/bin/env bash
# Render a brief's review page and take a screenshot of it in headless Chromium (Debian package).
#
# usage: tools/screenshot_review.sh [BRIEF] [OUT.png] [extra `mjci-extract review` options...]
#   BRIEF defaults to the seed brief in ../shared, OUT.png to review.png.
#   e.g. tools/screenshot_review.sh ../shared/seeds/000_1222a793f4919218.txt /tmp/seed.png
# Needs: `mjci-extract` on PATH (or $MJCI_EXTRACT), chromium (or $CHROMIUM) and a Thai font
# (fonts-thai-tlwg). The HTML page is kept beside the PNG as OUT.html.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
brief=${1:-$(cd "$root/.." && pwd)/shared/seeds/000_1222a793f4919218.txt}
out=${2:-review.png}
shift $(($# < 2 ? $# : 2))
mjci=${MJCI_EXTRACT:-mjci-extract}
chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null || { echo "error: $chromium not found (apt-get install chromium)" >&2; exit 2; }
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
page=${out%.png}.html
"$mjci" review "$brief" -o "$page" "$@"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Flags: no sandbox (containers, root), no GPU, and nothing that reaches the network.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out" --window-size=1400,1800 \
  "file://$page" 2>"$profile/chromium.log" || { cat "$profile/chromium.log" >&2; exit 1; }
test -s "$out" || { cat "$profile/chromium.log" >&2; echo "error: no screenshot written" >&2; exit 1; }
echo "$out"
