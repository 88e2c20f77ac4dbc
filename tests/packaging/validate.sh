#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# packaging.validators: the configured desktop entry and AppStream metainfo pass the
# freedesktop validators with nothing to report, and say what the project says.
#   validate.sh DESKTOP_FILE METAINFO_FILE SOURCE_DIR PROJECT_VERSION APP_ID
set -euo pipefail
desktop=$1 metainfo=$2 source_dir=$3 version=$4 app_id=$5
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# desktop-file-validate exits 0 on warnings and hints; any line it prints is a failure here.
if ! out=$(desktop-file-validate "$desktop" 2>&1) || [[ -n $out ]]; then
    fail "desktop-file-validate $desktop:"$'\n'"$out"
fi

# appstreamcli exits 0 with warnings and infos too: fail on any issue it reports. The one
# pedantic hint allowed is the upper case in the component ID, which the project chose
# (like org.gnome.TextEditor) and which desktop IDs may use.
for mode in "" --pedantic; do
    rc=0
    out=$(appstreamcli validate --no-net --strict --no-color $mode "$metainfo" 2>&1) || rc=$?
    issues=$(grep -E '^[EWIP]: ' <<<"$out" | grep -v -E "^P: [^ ]+ cid-contains-uppercase-letter " || true)
    if ((rc != 0)) || [[ -n $issues ]]; then
        fail "appstreamcli validate --no-net $mode (exit $rc):"$'\n'"$out"
    fi
done

xpath() { xmllint --xpath "$1" "$metainfo"; }
[[ $(xpath 'string(/component/id)') == "$app_id" ]] || fail "metainfo id is not $app_id"
[[ $(xpath 'string(/component/launchable[@type="desktop-id"])') == "$(basename "$desktop")" ]] ||
    fail "metainfo launchable is not $(basename "$desktop")"
[[ $(xpath 'string(/component/releases/release[1]/@version)') == "$version" ]] ||
    fail "the newest release in the metainfo is not the project version $version"
[[ -n $(xpath 'string(/component/summary[@xml:lang="zh-CN"])') ]] || fail "no zh-CN summary"
[[ -n $(xpath 'string(/component/name[@xml:lang="zh-CN"])') ]] || fail "no zh-CN name"
[[ $(xpath 'string(/component/content_rating/@type)') == oars-1.1 ]] || fail "no oars-1.1 content rating"

# Every screenshot is one of the committed ones in docs/, and one is the default.
prefix=https://raw.githubusercontent.com/virtferry/virt-ferry/main/
shots=$(xpath '/component/screenshots/screenshot/image/text()' | sed 's/$/\n/' | sed '/^$/d')
[[ $(wc -l <<<"$shots") -ge 3 ]] || fail "fewer than three screenshots"
while read -r url; do
    [[ $url == "$prefix"docs/*.png ]] || fail "screenshot $url is not under ${prefix}docs/"
    [[ -f $source_dir/${url#"$prefix"} ]] || fail "screenshot $url has no file ${url#"$prefix"} in the repository"
done <<<"$shots"
[[ $(xpath 'count(/component/screenshots/screenshot[@type="default"])') == 1 ]] ||
    fail "not exactly one default screenshot"

# The desktop entry: the ID's icon, a plain Exec (virt-ferry takes no positional URIs),
# and the Chinese strings the issue asks for.
key() { sed -n "s/^$1=//p" "$desktop"; }
[[ $(key Icon) == "$app_id" ]] || fail "Icon= is not $app_id"
[[ $(key Exec) == virt-ferry ]] || fail "Exec= is not virt-ferry"
[[ $(key Terminal) == false ]] || fail "Terminal= is not false"
[[ $(key 'GenericName\[zh_CN\]') == 虚拟机管理器 ]] || fail "GenericName[zh_CN] is not 虚拟机管理器"
[[ -n $(key 'Comment\[zh_CN\]') ]] || fail "no Comment[zh_CN]"
for word in 虚拟机 迁移 动态迁移 静态迁移 KVM; do
    [[ ";$(key 'Keywords\[zh_CN\]')" == *";$word;"* ]] || fail "Keywords[zh_CN] lacks $word"
done
[[ ";$(key Categories)" == *";System;"* ]] || fail "Categories lacks System"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "desktop entry and metainfo valid: $(basename "$desktop"), $(basename "$metainfo")"
