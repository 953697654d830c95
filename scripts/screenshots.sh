#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pictures of every page of Printwatch on the demo fleet, in English and Norwegian Bokmål, taken
# under Xvfb: docs/screenshots/<page>-<lang>.png, and docs/screenshot.png for the README.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build/dev; needs xvfb-run)
#        PAGES="alerts details" LANGS=nb scripts/screenshots.sh   (only some pictures)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/dev}"
app="$build/bin/printwatch"
out="$root/docs/screenshots"
[[ -x "$app" ]] || { echo "screenshots: $app not found; build the printwatch target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
mkdir -p "$out"

read -r -a pages <<<"${PAGES:-printers counters supplies alerts discovery activity details settings welcome groups}"
read -r -a langs <<<"${LANGS:-en nb}"


for lang in "${langs[@]}"; do
    for page in "${pages[@]}"; do
        # A fresh settings folder per picture: default layout and window size, no welcome memory.
        config="$(mktemp -d)"
        delay=12000
        # The detail page's charts need a few polls of history.
        [[ "$page" == details ]] && delay=40000
        # The device groups dialog: the demo logs in, makes a group and fills it first.
        [[ "$page" == groups ]] && delay=20000
        # The Settings page flags poll intervals under 10 s as invalid: show it with a valid one.
        interval=3
        [[ "$page" == settings ]] && interval=10
        echo "screenshots: $page ($lang)"
        XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" QT_SCALE_FACTOR=1 \
            xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$app" --demo --poll-interval "$interval" --lang "$lang" --page "$page" \
            --screenshot "$out/$page-$lang.png" --screenshot-delay "$delay" >/dev/null 2>&1 \
            || echo "screenshots: $page ($lang) failed" >&2
        rm -rf "$config"
    done
done
[[ -f "$out/printers-en.png" ]] && cp "$out/printers-en.png" "$root/docs/screenshot.png"
echo "screenshots: written to $out"
