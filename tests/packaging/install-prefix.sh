#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# packaging.install_prefix: `cmake --install` into an empty prefix lays out exactly the
# app's files, the desktop entry, metainfo and icons refer to each other by installed
# names, and the installed binary runs from there (finding its askpass helper).
#   install-prefix.sh CMAKE BUILD_DIR WORK_DIR APP_ID "ICON SIZES"
set -euo pipefail
cmake=$1 build_dir=$2 work_dir=$3 app_id=$4 sizes=$5
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

rm -rf "$work_dir"
mkdir -p "$work_dir"
prefix=$work_dir/prefix
"$cmake" --install "$build_dir" --prefix "$prefix" >"$work_dir/install.log"

expected=(
    bin/virt-ferry
    libexec/virt-ferry/virt-ferry-askpass
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/virt-ferry.1.gz
    share/doc/virt-ferry/copyright
)
for size in $sizes; do
    expected+=("share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
actual=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
if [[ $actual != "$wanted" ]]; then
    fail "installed files differ from the expected layout (< missing, > unexpected, e.g. a test binary):"$'\n'"$(diff <(echo "$wanted") <(echo "$actual") | grep '^[<>]')"
fi
for test_binary in core_tests gui_tests lab_tests keyring_tests translation_tests vf-gen-node-xml vf-copy-volume vf-migrate-watch; do
    if grep -q -F "$test_binary" <<<"$actual"; then
        fail "test binary $test_binary was installed"
    fi
done

# The desktop entry's icon resolves in every hicolor size, at that size.
icon=$(sed -n 's/^Icon=//p' "$prefix/share/applications/$app_id.desktop")
[[ -f $prefix/share/icons/hicolor/scalable/apps/$icon.svg ]] || fail "Icon=$icon has no scalable icon"
for size in $sizes; do
    png=$prefix/share/icons/hicolor/${size}x$size/apps/$icon.png
    if [[ ! -f $png ]]; then
        fail "Icon=$icon has no ${size}x$size PNG"
        continue
    fi
    # PNG: signature, IHDR length and type, then width and height as 32-bit big-endian.
    read -r -a header <<<"$(od -An -v -tu1 -N24 "$png" | tr -s ' \n' ' ')"
    width=$(((header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19]))
    height=$(((header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23]))
    [[ ${header[1]}${header[2]}${header[3]} == 807871 && $width == "$size" && $height == "$size" ]] ||
        fail "$png is not a ${size}x$size PNG (${width}x$height)"
done

# The metainfo's launchable is the installed desktop entry; its Exec is the installed binary.
launchable=$(xmllint --xpath 'string(/component/launchable[@type="desktop-id"])' "$prefix/share/metainfo/$app_id.metainfo.xml")
[[ -n $launchable && -f $prefix/share/applications/$launchable ]] ||
    fail "metainfo launchable '$launchable' is not in share/applications"
exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$prefix/share/applications/$app_id.desktop")
[[ -x $prefix/bin/$exec_binary ]] || fail "Exec=$exec_binary is not in bin/"
binary=$(xmllint --xpath 'string(/component/provides/binary)' "$prefix/share/metainfo/$app_id.metainfo.xml")
[[ -x $prefix/bin/$binary ]] || fail "metainfo provides binary '$binary' that is not in bin/"
# main.cpp looks for the askpass helper at ../libexec/virt-ferry/ from the binary.
[[ -x $prefix/bin/../libexec/virt-ferry/virt-ferry-askpass ]] || fail "askpass helper not at ../libexec/virt-ferry/"

# AppStream's view of the whole installed tree: metainfo, desktop entry and icons together.
rc=0
out=$(appstreamcli validate-tree --no-net --strict --no-color --pedantic "$prefix" 2>&1) || rc=$?
if ((rc != 0)) || grep -E '^ *[EWIP]: ' <<<"$out" | grep -q -v -E "^ *P: [^ ]+ cid-contains-uppercase-letter "; then
    fail "appstreamcli validate-tree $prefix (exit $rc):"$'\n'"$out"
fi

# No build paths: neither a RUNPATH into the build tree nor the build dir in a data file.
for elf in "$prefix/bin/virt-ferry" "$prefix/libexec/virt-ferry/virt-ferry-askpass"; do
    if readelf -d "$elf" | grep -E '\((RPATH|RUNPATH)\)'; then
        fail "$elf has an RPATH/RUNPATH; Qt, libvirt and libssh are in the system library path"
    fi
done
if grep -r -l -F "$build_dir" "$prefix/share"; then
    fail "installed data files mention the build directory $build_dir"
fi
zcat "$prefix/share/man/man1/virt-ferry.1.gz" | grep -q '^\.TH VIRT-FERRY 1' || fail "the man page is not virt-ferry(1)"

# The installed binary starts from the prefix, on a private home, and lists test:///default.
home=$work_dir/home
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
rc=0
out=$(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen \
    timeout 60 "$prefix/bin/virt-ferry" --no-conn-autostart --connect test:///default --quit-when-populated 2>&1) || rc=$?
if ((rc != 0)) || ! grep -q -E 'populated 1 VMs on 1 connection\(s\), 0 failed' <<<"$out"; then
    fail "the installed binary did not list test:///default (exit $rc):"$'\n'"$out"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "installed layout under $prefix:"
echo "$actual"
