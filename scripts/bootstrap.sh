#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for a fresh Debian 12 machine:
#   scripts/bootstrap.sh run [ARGS...]   install what is missing, build, start Printwatch (demo fleet without ARGS)
#   scripts/bootstrap.sh test            install what is missing, build, run the whole test suite
#   scripts/bootstrap.sh build           install what is missing and build
#
# Run it as root, or as a user with sudo. Only Debian packages are installed, and only those missing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
    libsnmp-dev snmp snmpd snmpsim libssl-dev libgcrypt20-dev libjemalloc-dev
    libsodium-dev qtkeychain-qt6-dev libcups2-dev cups-ipp-utils dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools
    xvfb xauth fonts-dejavu-core
    fusioninventory-agent-task-network
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "Printwatch needs these Debian packages: ${missing[*]}" >&2
            echo "Run this script as root, or install sudo." >&2
            exit 1
        fi
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "Building ($preset) with $(nproc) jobs"
    cmake --build --preset "$preset" -j "$(nproc)"
}

cmd=${1:-run}
shift || true
case "$cmd" in
run)
    install_missing
    build dev
    args=("$@")
    [ ${#args[@]} -eq 0 ] && args=(--demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        log "No display found: starting under Xvfb (set DISPLAY to use your own)"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/bin/printwatch "${args[@]}"
    fi
    exec build/dev/bin/printwatch "${args[@]}"
    ;;
test)
    install_missing
    build ci
    log "Running the test suite"
    cd build/ci
    exec ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
    ;;
build)
    install_missing
    build dev
    ;;
*)
    echo "usage: scripts/bootstrap.sh run [ARGS...] | test | build" >&2
    exit 2
    ;;
esac
