#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
#
# Build the tiny Linux guest used by the libvirt/QEMU migration test lab.
#
#   bash tests/lab/build-guest.sh OUTDIR
#
# Produces OUTDIR/vmlinuz (Debian cloud kernel) and OUTDIR/initrd.img (a
# busybox initramfs whose /init loads the virtio modules and execs the static
# heartbeat program from tests/lab/guest/).  Boot it with e.g.
#
#   qemu-system-x86_64 -accel tcg -m 128 -smp 1 -nographic -no-reboot \
#     -kernel OUTDIR/vmlinuz -initrd OUTDIR/initrd.img \
#     -append "console=ttyS0 panic=-1 DIRTY_MB=4" \
#     -drive file=disk.raw,if=virtio,format=raw
#
# Idempotent: OUTDIR/.build-stamp records a hash of this script, the guest
# sources and the kernel/busybox package versions; if it matches, nothing is
# done.  Only Debian packages are used (the caller installs them):
#   gcc libc6-dev busybox-static  (+ apt, dpkg, coreutils, findutils, gzip,
#   util-linux, which are always present on Debian)
# and the kernel .deb is fetched with `apt-get download`, so the apt lists
# must be reasonably fresh (`apt-get update`).

set -euo pipefail

die() { echo "build-guest: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: $0 OUTDIR"
outdir=$1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
guestdir=$here/guest
self=$here/$(basename "${BASH_SOURCE[0]}")

# The meta package that always points at the current cloud kernel ABI.
kernel_meta=linux-image-cloud-amd64
# Module load order matters: there is no modules.dep in the archive and no
# modprobe in the guest, so /init insmods them in this (dependency) order.
modules="virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci virtio_blk"

# --- Preflight: fail early and name what is missing ------------------------

need_cmd() {
    command -v "$1" >/dev/null 2>&1 || die "missing command '$1' (install Debian package $2)"
}
need_cmd apt-cache apt
need_cmd apt-get apt
need_cmd dpkg-deb dpkg
need_cmd dpkg-query dpkg
need_cmd gcc gcc
need_cmd busybox busybox-static
need_cmd gzip gzip
need_cmd sha256sum coreutils
need_cmd mktemp coreutils
need_cmd find findutils
need_cmd flock util-linux

busybox_bin=$(command -v busybox)
# The initramfs has no libc, so the host busybox must be the static build
# (package busybox-static, not the dynamically linked 'busybox').
if ldd "$busybox_bin" >/dev/null 2>&1; then
    die "$busybox_bin is dynamically linked; install Debian package busybox-static"
fi
# `gcc -static` needs libc.a, which comes with libc6-dev (gcc only
# recommends it).  gcc prints the bare name when it cannot find the file.
case $(gcc -print-file-name=libc.a) in
    /*) ;;
    *) die "static libc (libc.a) not found; install Debian package libc6-dev" ;;
esac
if [ ! -f "$guestdir/heartbeat.c" ] || [ ! -f "$guestdir/init" ]; then
    die "guest sources not found in $guestdir"
fi

# --- Resolve the kernel package and decide whether to rebuild --------------

# The candidate meta package pins the image exactly, e.g.
#   Depends: linux-image-6.1.0-56-cloud-amd64 (= 6.1.192-2)
# One apt-cache call (about 1 s without a pkgcache.bin) gives both the name
# and the version, which keeps the no-op re-run fast.
resolve_kernel() {
    kernel_pkg='' kernel_ver=''
    read -r kernel_pkg kernel_ver < <(
        apt-cache show --no-all-versions "$kernel_meta" 2>/dev/null |
        sed -n 's/^Depends: .*\(linux-image-[^ ,]*\) (= \([^)]*\)).*/\1 \2/p' |
        head -n1
    ) || true
    [ -n "${kernel_pkg:-}" ] && [ -n "${kernel_ver:-}" ]
}
# Missing or stale package lists (a fresh machine, or a kernel the archive has since
# replaced) are fixed by one apt-get update.
if ! resolve_kernel; then
    apt-get update -q >/dev/null
    resolve_kernel || die "cannot resolve $kernel_meta to a kernel package and version"
fi
busybox_ver=$(dpkg-query -W -f='${Version}' busybox-static 2>/dev/null || echo unknown)

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)

# Serialise concurrent builds into the same OUTDIR (parallel test jobs).
exec 9>"$outdir/.build-lock"
flock 9

# The stamp covers everything that determines the output.  Guest sources
# are hashed by relative path so moving the checkout does not force a rebuild.
stamp=$(
    {
        echo "kernel $kernel_pkg $kernel_ver"
        echo "busybox-static $busybox_ver"
        sha256sum < "$self"
        (cd "$guestdir" && find . -type f -print0 | LC_ALL=C sort -z |
             xargs -0 sha256sum)
    } | sha256sum | cut -d' ' -f1
)
if [ -f "$outdir/vmlinuz" ] && [ -f "$outdir/initrd.img" ] &&
   [ "$(cat "$outdir/.build-stamp" 2>/dev/null)" = "$stamp" ]; then
    exit 0
fi
# From here on the outputs are stale: drop the stamp so an interrupted build
# can never look complete.
rm -f "$outdir/.build-stamp"

work=$(mktemp -d "${TMPDIR:-/tmp}/build-guest.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Kernel and modules -----------------------------------------------------

# APT::Sandbox::User=root: as root, apt would otherwise try to download as
# _apt into our private temp dir and warn that it cannot.
download_kernel() {
    (cd "$work" && apt-get download -q -o APT::Sandbox::User=root \
        "$kernel_pkg=$kernel_ver") >"$work/download.log" 2>&1
}
if ! download_kernel; then
    apt-get update -q >/dev/null
    resolve_kernel && download_kernel || {
        cat "$work/download.log" >&2
        die "apt-get download $kernel_pkg=$kernel_ver failed"
    }
fi
dpkg-deb -x "$work"/"$kernel_pkg"_*.deb "$work/pkg"

kver=${kernel_pkg#linux-image-}
vmlinuz="$work/pkg/boot/vmlinuz-$kver"
moddir="$work/pkg/lib/modules/$kver"
[ -f "$vmlinuz" ] || die "$kernel_pkg has no boot/vmlinuz-$kver"

root=$work/root
mkdir -p "$root"/{bin,dev,proc,sys,lib/modules}

for m in $modules; do
    f=$(find "$moddir/kernel" -name "$m.ko" -o -name "$m.ko.xz" -o -name "$m.ko.zst" |
        head -n1)
    if [ -z "$f" ]; then
        # Built into the kernel: nothing to load.  Anything else is a
        # kernel config change the guest would not survive, so stop.
        grep -q "/$m.ko\$" "$moddir/modules.builtin" 2>/dev/null ||
            die "module $m is neither a file nor built into $kver"
        continue
    fi
    # busybox insmod cannot read compressed modules; Debian 12 ships plain
    # .ko, later releases compress them.
    case $f in
        *.ko.xz)  need_cmd xz xz-utils; xz -dc "$f" > "$root/lib/modules/$m.ko" ;;
        *.ko.zst) need_cmd zstd zstd;   zstd -qdc "$f" > "$root/lib/modules/$m.ko" ;;
        *)        cp "$f" "$root/lib/modules/$m.ko" ;;
    esac
done

# --- Initramfs ----------------------------------------------------------------

cp "$busybox_bin" "$root/bin/busybox"
install -m 0755 "$guestdir/init" "$root/init"
gcc -static -O2 -Wall -Wextra -o "$root/bin/heartbeat" "$guestdir/heartbeat.c"

# The kernel opens /dev/console of the initramfs for init's stdio before
# /init can mount devtmpfs.  mknod needs root; if it fails, /init still
# re-opens the console after mounting devtmpfs (only early errors are lost).
mknod -m 0600 "$root/dev/console" c 5 1 2>/dev/null || true

# busybox cpio chats ("N blocks") on stderr; keep it for failures only.
if ! (cd "$root" && find . | LC_ALL=C sort |
          busybox cpio -o -H newc 2>"$work/cpio.log") | gzip -9 > "$work/initrd.img"; then
    cat "$work/cpio.log" >&2
    die "creating the initramfs failed"
fi

# --- Install atomically, stamp last ------------------------------------------

cp "$vmlinuz" "$outdir/.vmlinuz.new"
cp "$work/initrd.img" "$outdir/.initrd.img.new"
mv -f "$outdir/.vmlinuz.new" "$outdir/vmlinuz"
mv -f "$outdir/.initrd.img.new" "$outdir/initrd.img"
echo "$stamp" > "$outdir/.build-stamp"
echo "build-guest: built $outdir ($kernel_pkg $kernel_ver)"
