#!/usr/bin/env bash
# Renders the hicolor PNG icons from the one SVG source. Run after editing
# resources/icons/callbridge.svg and commit the result (needs librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
for size in 16 22 24 32 48 64 128 256 512; do
    out="resources/icons/hicolor/${size}x${size}/apps/app.callbridge.Callbridge.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" resources/icons/callbridge.svg --output "$out"
done

# Windows: an ICO of PNG entries (Windows Vista and later read these), for the .exe and installer.
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
pngs = [open(f"resources/icons/hicolor/{s}x{s}/apps/app.callbridge.Callbridge.png", "rb").read() for s in sizes]
data = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for size, png in zip(sizes, pngs):
    data += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
open("packaging/windows/callbridge.ico", "wb").write(data + b"".join(pngs))
PY
