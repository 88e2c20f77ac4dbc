#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Two figures of issue #7, in the lab. Prints figures only; no timed assertions. Needs root.
#
# 1. Does watching slow a migration down? The same unthrottled live migration of a guest
#    on the NFS disk, alternately with `virsh migrate` alone and with Virt Ferry's engine
#    and its job-statistics monitor (vf-migrate-watch). Both sides are timed the same
#    way: libvirt's own completed-job figure on the destination (`virsh domjobinfo
#    --completed`, "Time elapsed"), plus the wall clock. Directions alternate so each
#    tool moves the guest A->B and B->A equally often. Target: ratio <= 1.02.
# 2. The GUI thread's longest stall while the progress window (with its live charts)
#    watches a 30 s migration: a bandwidth-limited migration of a guest that does not
#    dirty memory (QEMU 7.2's TCG mishandles throttled dirtying guests), aborted at 30 s.
#    Target: <= 50 ms.
#
#   migration-bench.sh [PATH/TO/vf-migrate-watch]
#
# VF_BENCH_RUNS (default 8; a multiple of 4 balances the directions) migrations in all. Reuses a running lab and leaves it
# up; otherwise starts one and tears it down after, unless VF_LAB_KEEP is set. Takes the
# lab lock (/tmp/vf-lab.lock) like the lab tests, so it never runs beside them.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
lab="$here/../lab/lab.sh"
tool=${1:-${VF_MIGRATE_WATCH:-$project/build/dev/tests/vf-migrate-watch}}
runs=${VF_BENCH_RUNS:-8}
uri_a=qemu+tcp://host-a/system
uri_b=qemu+tcp://host-b/system
guest=vf-bench-mig
quiet_guest=vf-bench-quiet

[[ -x $tool ]] || { echo "migration-bench: $tool is not built (cmake --build … --target vf-migrate-watch)" >&2; exit 1; }
tool=$(realpath "$tool") # the lab's namespaces do not share this shell's working directory
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "migration-bench: VF_BENCH_RUNS must be a positive number" >&2; exit 1; }

exec 9>/tmp/vf-lab.lock
flock 9

started_lab=0
if ! bash "$lab" status >/dev/null 2>&1; then
    bash "$lab" up >/dev/null
    started_lab=1
fi
in_lab() { bash "$lab" exec "$@"; }
virsh_on() { # URI ARGS...
    local uri=$1
    shift
    in_lab client virsh -q -c "$uri" "$@"
}
remove_guest() {
    local name=$1 uri
    for uri in "$uri_a" "$uri_b"; do
        virsh_on "$uri" destroy "$name" >/dev/null 2>&1 || true
        virsh_on "$uri" undefine "$name" >/dev/null 2>&1 || true
    done
}
cleanup() {
    remove_guest "$guest"
    remove_guest "$quiet_guest"
    if ((started_lab)) && [[ -z ${VF_LAB_KEEP:-} ]]; then bash "$lab" down >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.6f\n", (v[NR/2]+v[NR/2+1])/2}'; }
# libvirt's elapsed time of the migration that just completed on the destination, in ms.
completed_ms() {
    virsh_on "$1" domjobinfo --completed "$guest" | awk -F: '/^Time elapsed:/ {gsub(/[^0-9]/, "", $2); print $2; exit}'
}

remove_guest "$guest"
remove_guest "$quiet_guest"
bash "$lab" guest "$guest" >/dev/null
sleep 5 # let the guest boot before it is moved

virsh_libvirt=() virsh_wall=() watch_libvirt=() watch_wall=()
from=$uri_a to=$uri_b
for ((run = 1; run <= runs; run++)); do
    # Runs go A->B, B->A, A->B…; in each pair of runs virsh takes one direction and Virt
    # Ferry the other, swapping from pair to pair.
    if ((((run - 1) % 2) == (((run - 1) / 2) % 2))); then
        start=$(now)
        virsh_on "$from" migrate --live --persistent --undefinesource "$guest" "$to"
        virsh_wall+=("$(elapsed "$start" "$(now)")")
        virsh_libvirt+=("$(completed_ms "$to")")
        printf 'run %d: virsh      %s -> %s  libvirt %s ms, wall %.3f s\n' "$run" "${from#*//}" "${to#*//}" \
            "${virsh_libvirt[-1]}" "${virsh_wall[-1]}"
    else
        output=$(in_lab client env QT_QPA_PLATFORM=offscreen "$tool" "$from" "$to" "$guest") ||
            { echo "$output" >&2; exit 1; }
        watch_wall+=("$(awk -F= '/^migration_seconds=/ {print $2}' <<<"$output")")
        watch_libvirt+=("$(completed_ms "$to")")
        printf 'run %d: Virt Ferry %s -> %s  libvirt %s ms, wall %.3f s, %s samples\n' "$run" "${from#*//}" \
            "${to#*//}" "${watch_libvirt[-1]}" "${watch_wall[-1]}" "$(awk -F= '/^samples=/ {print $2}' <<<"$output")"
    fi
    tmp=$from from=$to to=$tmp
done

# The stall probe: a quiet guest, 1 MiB/s, aborted after 30 s of migration.
VF_GUEST_DIRTY_MB=0 bash "$lab" guest "$quiet_guest" >/dev/null
sleep 5
stall_output=$(in_lab client env QT_QPA_PLATFORM=offscreen "$tool" --gui --bandwidth 1 --abort-after 30 \
    "$uri_a" "$uri_b" "$quiet_guest" || true)
where=$(virsh_on "$uri_a" domstate "$quiet_guest" 2>/dev/null || echo "not on host-a")

virsh_median=$(median "${virsh_libvirt[@]}")
watch_median=$(median "${watch_libvirt[@]}")
echo "unthrottled live migration of a 128 MiB guest on NFS, median of ${#virsh_libvirt[@]} runs each:"
printf '  virsh migrate alone:       libvirt %.0f ms, wall %.3f s\n' "$virsh_median" "$(median "${virsh_wall[@]}")"
printf '  Virt Ferry, watching:      libvirt %.0f ms, wall %.3f s (wall: from the migrate call, no pre-flight)\n' \
    "$watch_median" "$(median "${watch_wall[@]}")"
printf '  ratio Virt Ferry/virsh (libvirt time): %.3f (target <= 1.02)\n' "$(echo "$watch_median / $virsh_median" | bc -l)"
echo "progress window with live charts, 30 s of a 1 MiB/s migration:"
printf '  samples: %s, longest GUI event-loop stall: %s ms (target <= 50); result: %s, guest on host-a: %s\n' \
    "$(awk -F= '/^samples=/ {print $2}' <<<"$stall_output")" \
    "$(awk -F= '/^max_stall_ms=/ {print $2}' <<<"$stall_output")" \
    "$(awk -F= '/^result=/ {print $2}' <<<"$stall_output")" "$where"
