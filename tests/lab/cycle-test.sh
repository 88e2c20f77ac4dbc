#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# The lab comes up healthy and goes down clean three times in a row: no namespace of a
# finished run and no process of it are left behind.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export VF_LAB_DIR=${1:?usage: cycle-test.sh LAB_DIR}
rm -rf "$VF_LAB_DIR"
passed=0 failed=0
for round in 1 2 3; do
    env_file=$(bash "$here/lab.sh" up 2>/dev/null | tail -n1)
    id=$(sed -n 's/^VF_LAB_ID=//p' "$env_file")
    if bash "$here/lab.sh" status >/dev/null; then healthy=yes; else healthy=no; fi
    pids=$(for ns in $(ip netns list | awk '{print $1}' | grep "^vf$id-" || true); do ip netns pids "$ns"; done | sort -u)
    bash "$here/lab.sh" down 2>/dev/null
    left_namespaces=$(ip netns list | awk '{print $1}' | grep -c "^vf$id-" || true)
    left_processes=0
    for pid in $pids; do
        if [[ -r /proc/$pid/stat ]] && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; then
            left_processes=$((left_processes + 1))
        fi
    done
    if [[ $healthy == yes && $left_namespaces == 0 && $left_processes == 0 && -n $pids ]]; then
        echo "round $round: lab $id up healthy with $(wc -w <<<"$pids") processes, down clean"
        passed=$((passed + 1))
    else
        echo "round $round: lab $id healthy=$healthy namespaces left=$left_namespaces processes left=$left_processes"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
