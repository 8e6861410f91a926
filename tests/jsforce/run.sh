#!/usr/bin/env bash
# ctest wrapper: start orgsim, run the jsforce check against it, stop orgsim.
# Usage: run.sh PATH/TO/callbridge-cli
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="$1"
if [ ! -d "$here/node_modules/jsforce" ]; then
    echo "jsforce is not installed: run 'npm ci --prefix tests/jsforce' (the README's test command does)." >&2
    exit 1
fi
out="$(mktemp)"
"$cli" orgsim --port 0 >"$out" 2>/dev/null &
orgsim=$!
trap 'kill $orgsim 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do
    [ -s "$out" ] && break
    sleep 0.1
done
info="$(head -n 1 "$out")"
field() { node -e "process.stdout.write(JSON.parse(process.argv[1])[process.argv[2]])" "$info" "$1"; }
ORGSIM_BASE_URL="$(field baseUrl)" ORGSIM_INSTANCE_URL="$(field instanceUrl)" ORGSIM_CLIENT_ID="$(field clientId)" ORGSIM_CLIENT_SECRET="$(field clientSecret)" \
    node "$here/check.js"
