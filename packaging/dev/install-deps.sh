#!/usr/bin/env bash
# Installs the Debian 12 packages Callbridge needs to build, test and run.
# Idempotent: packages already present are not touched, and apt is not even asked.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ clang-format pkgconf
    clang  # libFuzzer (the fuzz preset)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-svg-dev libgl-dev
    qtkeychain-qt6-dev libcsv-dev libsimdjson-dev libsqlite3-dev qt6-translations-l10n
    # tests: a real Secret Service, a real X server for screenshots, Node for the jsforce check,
    # and the admin's browser for the admin-journey test (opened through xdg-open)
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth nodejs npm chromium xdg-utils
    # the package test: dpkg-shlibdeps, and the checks a Debian package must pass
    dpkg-dev desktop-file-utils appstream lintian
)

missing=()
for package in "${packages[@]}"; do
    # nodejs may come from another repository that already ships npm inside it
    if [ "$package" = npm ] && command -v npm >/dev/null 2>&1; then
        continue
    fi
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Installing ${missing[*]} needs root: run as root or install sudo." >&2; exit 1; }
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
