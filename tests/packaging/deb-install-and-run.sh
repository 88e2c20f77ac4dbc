#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# packaging.deb_install_and_run: builds the .deb with CPack, installs it into this machine
# with apt (offline: every dependency must already be installed), runs the installed
# /usr/bin/virt-ferry on test:///default, and removes the package again, also on failure.
#   deb-install-and-run.sh CPACK BUILD_DIR WORK_DIR VERSION
# Exits 77 (skipped) when not root or without apt.
set -euo pipefail
shopt -s extglob
cpack=$1 build_dir=$2 work_dir=$3 version=$4
export DEBIAN_FRONTEND=noninteractive
# Wait for other apt/dpkg users instead of failing on their lock. Never fetch anything: a
# proxy nobody listens on makes any download fail at once (--no-download would also stop
# apt from taking the local .deb).
apt_options=(-y -q -o DPkg::Lock::Timeout=300 -o Acquire::Retries=0
    -o Acquire::http::Proxy=http://127.0.0.1:9 -o Acquire::https::Proxy=http://127.0.0.1:9)

if ((EUID != 0)) || ! command -v apt-get >/dev/null; then
    echo "SKIP: installing a .deb needs root and apt-get"
    exit 77
fi
status=$(dpkg-query -W -f='${Status}' virt-ferry 2>/dev/null || true)
if [[ -n $status && $status != *not-installed* ]]; then
    echo "FAIL: virt-ferry is already installed as a package on this machine ($status)." >&2
    echo "This test installs and removes it; remove yours first (apt-get remove virt-ferry)." >&2
    exit 1
fi
if [[ -e /usr/bin/virt-ferry ]]; then
    echo "FAIL: /usr/bin/virt-ferry exists but belongs to no package; move it away first." >&2
    exit 1
fi

rm -rf "$work_dir"
mkdir -p "$work_dir"
cd "$build_dir"
rm -f virt-ferry_*.deb
if ! "$cpack" -G DEB >"$work_dir/cpack.log" 2>&1; then
    echo "FAIL: cpack -G DEB:" >&2
    cat "$work_dir/cpack.log" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb=$build_dir/virt-ferry_${version}_$arch.deb
if [[ ! -f $deb ]]; then
    echo "FAIL: cpack made no $deb:" >&2
    ls "$build_dir"/*.deb >&2 || true
    exit 1
fi

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The control file: shlibdeps found the libraries, the plugins and recommends are added.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == virt-ferry ]] || fail "Package is not virt-ferry"
[[ $(field Version) == "$version" ]] || fail "Version is not $version"
[[ $(field Section) == admin ]] || fail "Section is not admin"
depends=$(field Depends)
for dep in libvirt0 libssh-4 libqt6widgets6 libqt6charts6 qt6-qpa-plugins libqt6svg6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done
recommends=$(field Recommends)
for dep in libvirt-clients virt-viewer openssh-client; do
    [[ ", $recommends," == *", $dep"[\ ,]* ]] || fail "Recommends lacks $dep: $recommends"
done
# The contents: everything under /usr, no tests, no build tree.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
if grep -v -E '^\./usr(/|$)' <<<"$contents"; then
    fail "files outside /usr"
fi
if grep -E '(_tests|vf-gen-node-xml|vf-copy-volume|vf-migrate-watch|/tests/)' <<<"$contents"; then
    fail "test files in the package"
fi
if dpkg-deb --fsys-tarfile "$deb" | grep -a -q -F "$build_dir"; then
    fail "the package contains the build directory's path $build_dir"
fi
if ((failures > 0)); then
    dpkg-deb -I "$deb" >&2
    exit 1
fi

# apt must find every dependency installed already: simulate first, so a missing one is a
# clear failure rather than a download, and nothing but virt-ferry gets installed.
plan=$(apt-get install -s "${apt_options[@]}" --no-install-recommends "$deb" 2>&1) || {
    echo "FAIL: apt cannot install the package offline:"$'\n'"$plan" >&2
    exit 1
}
others=$(grep '^Inst ' <<<"$plan" | grep -v '^Inst virt-ferry ' || true)
if [[ -n $others ]]; then
    echo "FAIL: installing would also install other packages (run .ci/install-deps.sh):"$'\n'"$others" >&2
    exit 1
fi

cleanup() {
    local rc=$?
    if dpkg-query -W -f='${Status}' virt-ferry 2>/dev/null | grep -q 'ok installed'; then
        apt-get remove "${apt_options[@]}" virt-ferry >"$work_dir/remove.log" 2>&1 ||
            { echo "FAIL: apt-get remove virt-ferry:" >&2; cat "$work_dir/remove.log" >&2; rc=1; }
    fi
    if [[ -e /usr/bin/virt-ferry ]]; then
        echo "FAIL: /usr/bin/virt-ferry is still there after removing the package" >&2
        rc=1
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP
if ! apt-get install "${apt_options[@]}" --no-install-recommends "$deb" >"$work_dir/install.log" 2>&1; then
    echo "FAIL: apt-get install $deb:" >&2
    cat "$work_dir/install.log" >&2
    exit 1
fi

installed=$(dpkg -L virt-ferry)
app_id=$(dpkg -L virt-ferry | sed -n 's|^/usr/share/applications/\(.*\)\.desktop$|\1|p')
for path in /usr/bin/virt-ferry /usr/libexec/virt-ferry/virt-ferry-askpass \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    /usr/share/man/man1/virt-ferry.1.gz /usr/share/doc/virt-ferry/copyright; do
    grep -q -x -F "$path" <<<"$installed" || fail "dpkg -L virt-ferry lacks $path"
    # Minimal images (Docker's) tell dpkg to drop man pages and docs: not our fault.
    if [[ ! -e $path ]]; then
        if [[ $path == /usr/share/@(man|doc)/* ]] && grep -q -s '^path-exclude' /etc/dpkg/dpkg.cfg.d/*; then
            echo "note: $path excluded by dpkg's path-exclude"
        else
            fail "$path is not on disk"
        fi
    fi
done
[[ -n $app_id ]] || fail "the package installs no desktop entry"
if [[ -e /usr/share/man/man1/virt-ferry.1.gz ]]; then
    man -w virt-ferry >/dev/null 2>&1 || fail "man cannot find virt-ferry(1)"
fi

# The installed binary, as a user would start it, on a private home.
home=$work_dir/home
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
run() {
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen "$@"
}
rc=0
out=$(run LANG=C.UTF-8 timeout 60 /usr/bin/virt-ferry --connect test:///default --quit-when-populated 2>&1) || rc=$?
echo "installed virt-ferry: $out"
if ((rc != 0)) || ! grep -q -E 'populated 1 VMs on 1 connection\(s\), 0 failed' <<<"$out"; then
    fail "the installed virt-ferry did not list test:///default's VM (exit $rc)"
fi
# Under a Chinese locale the installed binary speaks Chinese (its own and Qt's strings).
rc=0
out=$(run LANG=zh_CN.UTF-8 timeout 30 /usr/bin/virt-ferry --help 2>&1) || rc=$?
if ((rc != 0)) || ! LC_ALL=C.UTF-8 grep -q -P '[\x{4e00}-\x{9fff}]' <<<"$out" || grep -q 'Manage KVM hosts' <<<"$out"; then
    fail "LANG=zh_CN.UTF-8 virt-ferry --help is not in Chinese (exit $rc):"$'\n'"$out"
fi

if ((failures > 0)); then
    exit 1
fi
echo "installed, ran and (on exit) removed $(basename "$deb")"
