#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# packaging.man_page: virt-ferry(1) renders without groff warnings and documents exactly
# the options `virt-ferry --help` lists, with the same descriptions.
#   man-page.sh APP MAN_PAGE
set -euo pipefail
app=$1 page=$2
export LC_ALL=C.UTF-8
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

warnings=$(groff -man -ww -z "$page" 2>&1)
[[ -z $warnings ]] || fail "groff warnings in $page:"$'\n'"$warnings"
rendered=$(MANWIDTH=200 man -l "$page" 2>/dev/null | col -b)
grep -q '^NAME' <<<"$rendered" || fail "man -l $page renders no NAME section"

work_dir=$(mktemp -d)
trap 'rm -rf "$work_dir"' EXIT
chmod 700 "$work_dir"
help=$(env -u LANGUAGE -u LC_MESSAGES LC_ALL=C LANG=C QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work_dir" \
    XDG_RUNTIME_DIR="$work_dir" "$app" --help)
# Option column: "  -c, --connect <URI>   Description..." (descriptions wrap onto indented lines).
help_options=$(grep -o -E '^  (-[a-zA-Z], )?--[a-z-]+' <<<"$help" | grep -o -E -- '--[a-z-]+' | sort -u)
man_options=$(sed -n '/^OPTIONS/,/^[A-Z]/p' <<<"$rendered" | grep -o -E -- '^ +(-[a-zA-Z], )?--[a-z-]+' |
    grep -o -E -- '--[a-z-]+' | sort -u)
if [[ $help_options != "$man_options" ]]; then
    fail "OPTIONS differ from --help (< only in --help, > only in the man page):"$'\n'"$(diff <(echo "$help_options") <(echo "$man_options") | grep '^[<>]')"
fi
# Each --help description appears word for word in the man page.
squash() { tr -s ' \n' '  '; }
man_text=$(squash <<<"$rendered")
while IFS= read -r description; do
    [[ $man_text == *"$description"* ]] || fail "the man page lacks --help's text: $description"
done < <(sed -n '/^Options:/,$p' <<<"$help" | tail -n +2 |
    awk '/^  [-]/ { if (d != "") print d; sub(/^  .*  +/, ""); d = $0; next } { sub(/^ +/, ""); d = d " " $0 } END { print d }')

if ((failures > 0)); then
    exit 1
fi
echo "virt-ferry(1) documents all $(wc -l <<<"$help_options") options of --help"
