# Shared by the install tests: a clean Debian 12 root made with debootstrap, entered with chroot.
# Needs root, debootstrap, and for arm64 qemu-user-static with binfmt_misc.

# The Debian mirror this machine already uses, so the tests reach whatever mirror apt reaches here.
debian_mirror() {
    if [ -n "${LEGALKIOSK_DEBIAN_MIRROR:-}" ]; then echo "$LEGALKIOSK_DEBIAN_MIRROR"; return; fi
    sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | grep . \
        || sed -n 's/^deb \(http[^ ]*\/debian\) bookworm .*/\1/p' /etc/apt/sources.list 2>/dev/null | head -1
}

log() { printf '[%s %4ss] %s\n' "$(date -u +%H:%M:%S)" "$(( $(date +%s) - START ))" "$*"; }
fail() { log "FAIL: $*"; exit 1; }

# make_root DIR ARCH: a minbase bookworm root with proc, sys and dev mounted and no service starts.
make_root() {
    root=$1 arch=$2
    mirror=$(debian_mirror) || true
    [ -n "$mirror" ] || fail "no Debian mirror found in /etc/apt; set LEGALKIOSK_DEBIAN_MIRROR"
    chmod 755 "$root"   # mktemp made it 0700; apt downloads as the _apt user
    log "debootstrap $arch bookworm from $mirror"
    debootstrap --arch="$arch" --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log"; fail "debootstrap"; }
    # Package scripts must not start services (cups, pcscd) in the chroot; the test starts the kiosk itself.
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    mount_root "$root"
    log "root ready"
}

# mount_root DIR: what programs in the root need from the running system.
mount_root() {
    root=$1
    mount -t proc proc "$root/proc"
    mount -t sysfs sys "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
}

# save_root DIR TAR / restore_root DIR TAR: a prepared root kept between runs on this machine (debootstrap and
# emulated package installs are the slow part), without the mounts.
save_root() {
    tar -C "$1" --one-file-system -cpf "$2.tmp" . && mv "$2.tmp" "$2"
    log "kept the prepared root as $2 for later runs"
}

restore_root() {
    chmod 755 "$1"
    tar -C "$1" -xpf "$2"
    mount_root "$1"
    log "root restored from $2"
}

unmake_root() {
    root=$1
    for m in dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf "$root" "$root.debootstrap.log"
}

in_root() { chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

# wait_healthy PORT SECONDS PID: until GET /api/v1/health answers UP; fails at once when PID has exited.
wait_healthy() {
    port=$1 limit=$2 pid=$3 waited=0
    while [ "$waited" -lt "$limit" ]; do
        kill -0 "$pid" 2>/dev/null || { log "the kiosk exited before it was healthy"; return 1; }
        if curl -fsS "http://127.0.0.1:$port/api/v1/health" 2>/dev/null | grep -q '"UP"'; then
            log "GET /api/v1/health: $(curl -fsS "http://127.0.0.1:$port/api/v1/health")"
            return 0
        fi
        sleep 2; waited=$((waited + 2))
    done
    return 1
}
