#!/usr/bin/env bash
# Starts a command in a fresh Xvfb display, waits, and saves a screenshot of the screen.
# Usage: packaging/dev/screenshot.sh OUTPUT.png SECONDS COMMAND [ARGS...]
set -euo pipefail
output="$1"; wait_seconds="$2"; shift 2
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
trap 'kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$@" &
app=$!
sleep "$wait_seconds"
DISPLAY="$display" import -window root "$output"
echo "saved $output"
