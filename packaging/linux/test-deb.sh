#!/usr/bin/env bash
# The Debian package, end to end: build it with CPack from a configured and built tree, check it
# (dependencies, desktop file, AppStream metainfo, lintian), install it into a throwaway root with
# dpkg, run what was installed, then remove it and check nothing is left behind.
# Usage: test-deb.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/callbridge-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "cpack"
(cd "$build_dir" && cpack -G DEB -B "$work/out" --config CPackConfig.cmake >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
deb=$(find "$work/out" -maxdepth 1 -name 'callbridge_*.deb' -print -quit)
[ -n "$deb" ] || fail "cpack made no callbridge_*.deb in $work/out"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

step "control fields"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 libcsv3 libsimdjson14 libc6 libqt6sql6-sqlite; do
    grep -Eq "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends lacks $library (dpkg-shlibdeps should have found it)"
done
# Every dependency must be installable on this system, which built and runs the binaries.
apt-get satisfy --simulate --no-install-recommends "$depends" >"$work/satisfy.log" 2>&1 \
    || { cat "$work/satisfy.log" >&2; fail "Depends cannot be satisfied here"; }
grep -q "^0 upgraded, 0 newly installed" "$work/satisfy.log" \
    || { cat "$work/satisfy.log" >&2; fail "Depends names packages this system does not have"; }

step "contents"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/callbridge /usr/bin/callbridge-cli \
    /usr/share/applications/app.callbridge.Callbridge.desktop \
    /usr/share/metainfo/app.callbridge.Callbridge.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/app.callbridge.Callbridge.svg \
    /usr/share/icons/hicolor/48x48/apps/app.callbridge.Callbridge.png \
    /usr/share/icons/hicolor/256x256/apps/app.callbridge.Callbridge.png \
    /usr/share/doc/callbridge/copyright /usr/share/doc/callbridge/changelog.gz; do
    grep -qx "$path" "$work/contents" || fail "the package does not hold $path"
done

step "validators"
dpkg-deb --extract "$deb" "$work/extracted"
desktop-file-validate "$work/extracted/usr/share/applications/app.callbridge.Callbridge.desktop"
appstreamcli validate --no-net --pedantic "$work/extracted/usr/share/metainfo/app.callbridge.Callbridge.metainfo.xml"
# lintian exits non-zero on errors; warnings and infos are printed for the reader.
lintian --tag-display-limit 0 "$deb" | tee "$work/lintian.log" || true
if grep -q '^E:' "$work/lintian.log"; then
    fail "lintian reports errors"
fi

step "install into a throwaway root"
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# The root has no other packages, so dependencies are checked above against this system instead.
dpkg_root=(dpkg --root="$root" --force-depends --force-script-chrootless --log=/dev/null)
[ "$(id -u)" -eq 0 ] || dpkg_root+=(--force-not-root)
"${dpkg_root[@]}" --install "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "dpkg --install failed"; }
[ -x "$root/usr/bin/callbridge-cli" ] || fail "callbridge-cli is not installed"

step "installed callbridge-cli --version"
version=$(env -i PATH=/usr/bin:/bin HOME="$work/home" "$root/usr/bin/callbridge-cli" --version)
echo "$version"
expected=$(dpkg-deb --field "$deb" Version)
grep -q "$expected" <<<"$version" || fail "callbridge-cli --version says '$version', the package is $expected"

step "installed translations"
# Compiled into the binaries: the installed command line speaks the system's language.
german=$(env -i PATH=/usr/bin:/bin HOME="$work/home" LANGUAGE=de LANG=de_DE.UTF-8 "$root/usr/bin/callbridge-cli" --help)
grep -q "Befehle:" <<<"$german" || fail "the installed callbridge-cli does not speak German: $german"
french=$(env -i PATH=/usr/bin:/bin HOME="$work/home" LANGUAGE=fr LANG=fr_FR.UTF-8 "$root/usr/bin/callbridge-cli" --help)
grep -q "Commandes" <<<"$french" || fail "the installed callbridge-cli does not speak French: $french"

step "installed callbridge starts (offscreen)"
data="$work/data"
env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/callbridge" --data-dir "$data" >"$work/gui.log" 2>&1 &
gui=$!
for _ in $(seq 1 100); do
    grep -qs "main window shown" "$data/logs/callbridge.log" && break
    kill -0 "$gui" 2>/dev/null || break
    sleep 0.1
done
if ! grep -qs "main window shown" "$data/logs/callbridge.log"; then
    kill "$gui" 2>/dev/null || true
    cat "$work/gui.log" "$data/logs/callbridge.log" >&2 || true
    fail "the installed callbridge did not show its main window"
fi
kill "$gui"
wait "$gui" 2>/dev/null || true

step "remove"
"${dpkg_root[@]}" --purge callbridge >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "dpkg --purge failed"; }
left=$(find "$root" -mindepth 1 -not -path "$root/var/lib/dpkg*" -type f)
[ -z "$left" ] || fail "files left after purge: $left"
echo "PASS"
