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
    # tests
    libgtest-dev libgmock-dev
)
RUN_PACKAGES=(
    # virsh for the benchmark's baseline; fonts so the window has text (CJK for zh_CN)
    libvirt-clients fonts-dejavu-core fonts-noto-cjk
    # the SVG icon engine for the window and application icons
    libqt6svg6
    # a display for the app and for screenshots on a machine without one
    xvfb xauth x11-utils imagemagick
)

wanted=("${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}")
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
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
