#!/bin/sh
# Runs the arm64 package's application under qemu-user-static in an arm64 Debian 12 root: the package's own
# files (unpacked by dpkg) on Debian's arm64 Java runtime, then `legalkiosk --version`, `doctor --demo` and
# `run --demo --headless` up to a healthy agent. The package's screen dependencies (cage, Xwayland, GTK, Mesa)
# are not installed: under emulation they would take most of an hour and the headless kiosk does not use them;
# the amd64 install test installs the package with all of them. Slow (about 15 minutes): CI runs it only when
# deploy/ or the build changed.
#   sudo deploy/test/smoke-arm64.sh deploy/target/legalkiosk_VERSION_arm64.deb
set -eu
START=$(date +%s)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

deb=$(readlink -f "${1:?usage: smoke-arm64.sh legalkiosk_VERSION_arm64.deb}")
port=18441
ROOT=$(mktemp -d /var/tmp/lk-smoke-arm64.XXXXXX)
kiosk=
cleanup() {
    [ -n "$kiosk" ] && kill "$kiosk" 2>/dev/null || true
    unmake_root "$ROOT"
}
trap cleanup EXIT

[ -x /usr/bin/qemu-aarch64-static ] || fail "qemu-user-static is not installed"
[ -d /proc/sys/fs/binfmt_misc ] && [ -e /proc/sys/fs/binfmt_misc/register ] \
    || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
update-binfmts --enable qemu-aarch64 2>/dev/null || true
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || fail "binfmt_misc has no qemu-aarch64 entry"

# The root with its Java runtime is kept in /var/tmp: only the first run on a machine pays for debootstrap and
# the emulated install (about 35 minutes under load); delete the file to start from scratch.
cache=/var/tmp/legalkiosk-arm64-root-jre17.tar
if [ -f "$cache" ]; then
    restore_root "$ROOT" "$cache"
else
    make_root "$ROOT" arm64
    log "apt-get install the Java runtime and fonts (arm64, emulated)"
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless fontconfig fonts-dejavu-core \
        fonts-wqy-microhei libfreetype6 > "$ROOT/tmp/jre.log" 2>&1 || { tail -30 "$ROOT/tmp/jre.log"; fail "jre"; }
    save_root "$ROOT" "$cache"
fi
log "unpack the package's files"
# dpkg --unpack, not dpkg-deb -x: extracting the package's ./lib over the root's merged-/usr /lib symlink would
# replace the symlink with a directory and break the root. The maintainer scripts need the full dependencies.
cp "$deb" "$ROOT/tmp/legalkiosk.deb"
in_root dpkg --unpack --force-depends /tmp/legalkiosk.deb > "$ROOT/tmp/unpack.log" 2>&1 \
    || { cat "$ROOT/tmp/unpack.log"; fail "unpack"; }
[ "$(in_root uname -m)" = aarch64 ] || fail "not an emulated aarch64 root"

log "legalkiosk --version"
in_root /usr/bin/legalkiosk --version || fail "--version"
log "legalkiosk doctor --demo"
in_root /usr/bin/legalkiosk doctor --demo || fail "doctor --demo"
log "legalkiosk run --demo --headless"
chroot "$ROOT" env HOME=/root /usr/bin/legalkiosk run --demo --headless --agent-port "$port" > "$ROOT/tmp/kiosk.log" 2>&1 &
kiosk=$!
wait_healthy "$port" 900 "$kiosk" || { tail -40 "$ROOT/tmp/kiosk.log"; fail "no healthy agent"; }
grep -E "Kiosk started|Search index built" "$ROOT/tmp/kiosk.log" || true
kill "$kiosk"; wait "$kiosk" 2>/dev/null || true; kiosk=
log "PASS: the arm64 package runs under emulation: version, doctor, a healthy headless kiosk"
