#!/bin/sh
# Installs the amd64 package into a clean Debian 12 root, starts the kiosk as its unit would (the launcher,
# as the legalkiosk user, on /var/lib/legalkiosk; headless, since the root has no screen and no systemd),
# checks GET /api/v1/health, upgrades to a package with a higher version and checks the data survived, then
# removes (data kept) and purges (data erased: no bookings wait for delivery).
#   sudo deploy/test/install-amd64.sh deploy/target/legalkiosk_VERSION_amd64.deb
set -eu
START=$(date +%s)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

deb=$(readlink -f "${1:?usage: install-amd64.sh legalkiosk_VERSION_amd64.deb}")
port=18431
ROOT=$(mktemp -d /var/tmp/lk-install-amd64.XXXXXX)
kiosk=
cleanup() {
    [ -n "$kiosk" ] && kill "$kiosk" 2>/dev/null || true
    unmake_root "$ROOT"
}
trap cleanup EXIT

# The "second build": the same package with a higher version, as the next release would be.
work=$(mktemp -d)
dpkg-deb -R "$deb" "$work/pkg"
version=$(sed -n 's/^Version: //p' "$work/pkg/DEBIAN/control")
sed -i "s/^Version: .*/Version: $version+upgrade1/" "$work/pkg/DEBIAN/control"
dpkg-deb -Zgzip -b "$work/pkg" "$work/legalkiosk_upgrade_amd64.deb" >/dev/null
rm -rf "$work/pkg"

# The bare root is kept in /var/tmp, so later runs on this machine skip debootstrap; apt-get update inside it
# still brings today's packages. Delete the file to start from scratch.
cache=/var/tmp/legalkiosk-amd64-root.tar
if [ -f "$cache" ]; then
    restore_root "$ROOT" "$cache"
else
    make_root "$ROOT" amd64
    save_root "$ROOT" "$cache"
fi
cp "$deb" "$ROOT/tmp/first.deb"
cp "$work/legalkiosk_upgrade_amd64.deb" "$ROOT/tmp/second.deb"
rm -rf "$work"

log "apt-get install ./first.deb ($version) with its dependencies"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/first.deb > "$ROOT/tmp/install.log" 2>&1 \
    || { tail -30 "$ROOT/tmp/install.log"; fail "install"; }
log "installed: $(in_root dpkg-query -W -f '${Package} ${Version} ${Status}' legalkiosk)"
in_root id legalkiosk
# What the kiosk loads or runs at run time came with the dependencies: handwriting (Zinnia and its model),
# pinyin (Rime's dictionary), recorded speech (sox's play), speech (espeak-ng), smart cards (libpcsclite).
for f in /usr/share/tegaki/models/zinnia/handwriting-zh_CN.model /usr/share/rime-data/pinyin_simp.dict.yaml \
        /usr/bin/play /usr/bin/espeak-ng /usr/bin/lp /usr/bin/cage; do
    [ -e "$ROOT$f" ] || fail "$f is missing after the install: a Depends is missing"
done
for lib in libzinnia.so.0 libpcsclite.so.1 libsystemd.so.0; do
    in_root ldconfig -p | grep -q "$lib" || fail "$lib is missing after the install: a Depends is missing"
done
log "run-time files and libraries present"
[ -f "$ROOT/var/lib/legalkiosk/kiosk.yaml" ] || fail "no default kiosk.yaml"
in_root env DPKG_MAINTSCRIPT_PACKAGE=legalkiosk DPKG_MAINTSCRIPT_NAME=postinst \
    /var/lib/dpkg/info/legalkiosk.postinst configure "$version" || fail "postinst is not idempotent"
log "postinst ran twice"

start_kiosk() {
    chroot "$ROOT" runuser -u legalkiosk -- /usr/bin/legalkiosk run --headless --data-dir /var/lib/legalkiosk \
        --agent-port "$port" > "$ROOT/tmp/kiosk.log" 2>&1 &
    kiosk=$!
    wait_healthy "$port" 240 "$kiosk" || { tail -30 "$ROOT/tmp/kiosk.log"; fail "no healthy agent"; }
}
stop_kiosk() { kill "$kiosk"; wait "$kiosk" 2>/dev/null || true; kiosk=; }

log "start the kiosk as the unit would"
start_kiosk
stop_kiosk

log "the county's changes: a setting, a token, a file of its own"
echo "attractAfterSeconds: 600" >> "$ROOT/var/lib/legalkiosk/kiosk.yaml"
in_root runuser -u legalkiosk -- /usr/bin/legalkiosk agent token create --role viewer --name dashboard \
    --data-dir /var/lib/legalkiosk > "$ROOT/tmp/token"
echo keep-me > "$ROOT/var/lib/legalkiosk/marker"
before=$(cd "$ROOT/var/lib/legalkiosk" && sha256sum kiosk.yaml agent-tokens.json marker)

log "upgrade to $version+upgrade1"
in_root apt-get install -y -qq /tmp/second.deb > "$ROOT/tmp/upgrade.log" 2>&1 \
    || { tail -30 "$ROOT/tmp/upgrade.log"; fail "upgrade"; }
after=$(cd "$ROOT/var/lib/legalkiosk" && sha256sum kiosk.yaml agent-tokens.json marker)
[ "$before" = "$after" ] || fail "data changed by the upgrade: $before / $after"
log "settings, tokens and files survived the upgrade"
start_kiosk
stop_kiosk

log "apt-get remove: the data stays"
in_root apt-get remove -y -qq legalkiosk > "$ROOT/tmp/remove.log" 2>&1 || { tail "$ROOT/tmp/remove.log"; fail "remove"; }
[ -f "$ROOT/var/lib/legalkiosk/marker" ] || fail "remove erased the data"
log "undelivered bookings noted at removal: $(cat "$ROOT/var/lib/legalkiosk/.undelivered-at-removal")"

log "apt-get purge: the data goes"
in_root apt-get purge -y -qq legalkiosk > "$ROOT/tmp/purge.log" 2>&1 || { tail "$ROOT/tmp/purge.log"; fail "purge"; }
[ ! -e "$ROOT/var/lib/legalkiosk" ] || fail "purge left $(ls -A "$ROOT/var/lib/legalkiosk")"
! in_root id legalkiosk 2>/dev/null || fail "purge left the legalkiosk user"
log "PASS: install, health, upgrade keeping data, remove keeping data, purge erasing it"
