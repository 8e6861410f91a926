#!/usr/bin/env bash
# Quick start 1: install what is needed, build, and start Callbridge on the built-in demo org.
set -euo pipefail
cd "$(dirname "$0")/../.."

packaging/dev/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target callbridge callbridge-cli # the tests: run-tests.sh

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found. Start Callbridge from a desktop session, or under a virtual one:" >&2
    echo "  xvfb-run -a build/release/app/callbridge --demo" >&2
    exit 1
fi
exec build/release/app/callbridge --demo "$@"
