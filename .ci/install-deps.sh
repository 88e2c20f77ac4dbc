#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Installs the Debian 12 packages Virt Ferry needs to build, run and test. Idempotent:
# when everything is present it asks apt nothing and returns at once.
set -euo pipefail

BUILD_PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config ccache
    # Qt 6: Widgets, Charts (needs OpenGL's dev files), LinguistTools, Test
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev libvulkan-dev qtkeychain-qt6-dev
    # hypervisor and SSH client libraries
    libvirt-dev libssh-dev
    # the fuzzers (tests/fuzz): clang, and compiler-rt with libFuzzer and the sanitizer runtimes
    clang libclang-rt-dev
    # tests; a private GNOME keyring on a private D-Bus session for remembered passwords
    libgtest-dev libgmock-dev gnome-keyring dbus-daemon
    # packaging: the icon's PNG sizes, the validators, man page checks, and the .deb
    # (dpkg-shlibdeps for its Depends; the packaging tests install it with apt)
    librsvg2-bin desktop-file-utils appstream libxml2-utils man-db groff-base bsdextrautils
    dpkg-dev
)
RUN_PACKAGES=(
    # virsh for the benchmark's baseline; fonts so the window has text (CJK for zh_CN)
    libvirt-clients fonts-dejavu-core fonts-noto-cjk
    # the SVG icon engine for the window and application icons; the X11/Wayland platform
    # plugins (both are Depends of the .deb that dpkg-shlibdeps cannot see)
    libqt6svg6 qt6-qpa-plugins
    # a display for the app and for screenshots on a machine without one
    xvfb xauth x11-utils imagemagick
)

LAB_PACKAGES=(
    # the migration lab (tests/lab): two libvirt hosts with QEMU (TCG), sshd, an NFS
    # server in user space, and the tools to build the tiny guest
    libvirt-daemon-system libvirt-daemon-driver-qemu qemu-system-x86 qemu-utils qemu-block-extra
    openssh-server openssh-client netcat-openbsd iproute2 iptables
    nfs-ganesha nfs-ganesha-vfs rpcbind libnfs-utils openssl
    # exportfs and /etc/exports, for the exports editor (the kernel NFS server itself
    # is absent here; ganesha serves the lab's NFS)
    nfs-kernel-server
    busybox-static libc6-dev
)

wanted=("${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${LAB_PACKAGES[@]}")
missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=()
if ((EUID != 0)); then
    SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Without systemd (containers, CI), package scripts would start libvirtd, sshd and
# ganesha in the machine's own namespaces. The lab runs its own, so forbid service
# starts while installing, unless the machine already has a policy of its own.
policy=/usr/sbin/policy-rc.d
if [[ ! -d /run/systemd/system && ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
    "${SUDO[@]}" chmod +x "$policy"
    trap '"${SUDO[@]}" rm -f "$policy"' EXIT
fi
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
