#!/usr/bin/env bash
# Quick start 2: install what is needed, build, and run the whole test suite with CTest.
# Usage: packaging/dev/run-tests.sh [preset] [extra ctest arguments]   (preset: dev by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
preset="${1:-dev}"
shift || true

packaging/dev/install-deps.sh
# jsforce (pinned by tests/jsforce/package-lock.json) checks orgsim from a real Salesforce client.
if [ ! -d tests/jsforce/node_modules/jsforce ] || [ tests/jsforce/package-lock.json -nt tests/jsforce/node_modules/.package-lock.json ]; then
    npm ci --prefix tests/jsforce --no-audit --no-fund --loglevel=error
fi
# puppeteer-core (pinned by tests/browser/package-lock.json) drives Debian's Chromium in the
# admin-journey test; it never downloads a browser of its own.
if [ ! -d tests/browser/node_modules/puppeteer-core ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

# Keychain tests need a real Secret Service: a private D-Bus session with an unlocked
# gnome-keyring, gone when the tests end. Nothing touches the user's own keyring.
exec dbus-run-session -- bash -c '
    export XDG_DATA_HOME="$(mktemp -d)"   # the test keyring lives here, thrown away afterwards
    printf "callbridge-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --preset "$0" -j2 "$@"
' "$preset" "$@"
