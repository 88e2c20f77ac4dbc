#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Copy speed of a sparse 1 GiB raw volume (8 MiB of data) from host-a to host-b in the
# lab: Virt Ferry's copy engine (vf-copy-volume, VolumeCopyJob: one stream pumped into
# the other) against `virsh vol-download --sparse` into a local file, then
# `virsh vol-create-as` + `virsh vol-upload --sparse` on host-b. Prints figures only; no
# timed assertions. Needs root (the lab).
#
#   copy-bench.sh [PATH/TO/vf-copy-volume]
#
# VF_BENCH_RUNS (default 5) runs of each; the median is compared. Reuses a running lab
# (VF_LAB_DIR, as lab.sh) and leaves it up; otherwise starts one and tears it down after,
# unless VF_LAB_KEEP is set.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
lab="$here/../lab/lab.sh"
tool=${1:-${VF_COPY_VOLUME:-$project/build/dev/tests/vf-copy-volume}}
runs=${VF_BENCH_RUNS:-5}
pool=vf-bench
pool_path=/var/lib/libvirt/vf-bench
uri_a=qemu+tcp://host-a/system
uri_b=qemu+tcp://host-b/system

[[ -x $tool ]] || { echo "copy-bench: $tool is not built (cmake --build … --target vf-copy-volume)" >&2; exit 1; }
tool=$(realpath "$tool") # the lab's namespaces do not share this shell's working directory
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "copy-bench: VF_BENCH_RUNS must be a positive number" >&2; exit 1; }

started_lab=0
if ! bash "$lab" status >/dev/null 2>&1; then
    bash "$lab" up >/dev/null
    started_lab=1
fi
in_lab() { bash "$lab" exec "$@"; }
virsh_a() { in_lab client virsh -q -c "$uri_a" "$@"; }
virsh_b() { in_lab client virsh -q -c "$uri_b" "$@"; }

scratch=$(mktemp -d /tmp/vf-copy-bench.XXXXXX)
remove_pool() { # virsh_a|virsh_b
    local each=$1 volume
    for volume in $($each vol-list --pool "$pool" 2>/dev/null | awk '{print $1}'); do
        $each vol-delete --pool "$pool" "$volume" >/dev/null 2>&1 || true
    done
    $each pool-destroy "$pool" >/dev/null 2>&1 || true
    $each pool-delete "$pool" >/dev/null 2>&1 || true
    $each pool-undefine "$pool" >/dev/null 2>&1 || true
}
cleanup() {
    remove_pool virsh_a
    remove_pool virsh_b
    rm -rf "$scratch"
    if ((started_lab)) && [[ -z ${VF_LAB_KEEP:-} ]]; then bash "$lab" down >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# A clean dir pool on both hosts, and the source: 2 MiB of random data at four offsets,
# written on host-a itself.
for each in virsh_a virsh_b; do
    remove_pool "$each"
    $each pool-define-as "$pool" dir --target "$pool_path" >/dev/null
    $each pool-build "$pool" >/dev/null
    $each pool-start "$pool" >/dev/null
    for volume in $($each vol-list --pool "$pool" | awk '{print $1}'); do # left by an interrupted run
        $each vol-delete --pool "$pool" "$volume" >/dev/null
    done
done
virsh_a vol-create-as "$pool" src.raw 1G --allocation 0 --format raw >/dev/null
for offset_mib in 0 100 500 1022; do
    in_lab host-a dd if=/dev/urandom of="$pool_path/src.raw" bs=1M count=2 seek="$offset_mib" conv=notrunc status=none
done
in_lab host-a sync

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.6f\n", (v[NR/2]+v[NR/2+1])/2}'; }

engine_times=()
virsh_times=()
for ((run = 1; run <= runs; run++)); do
    virsh_b vol-delete --pool "$pool" engine.raw >/dev/null 2>&1 || true
    start=$(now)
    in_lab client "$tool" "$uri_a" "$pool" src.raw "$uri_b" "$pool" engine.raw >/dev/null
    engine_times+=("$(elapsed "$start" "$(now)")")

    virsh_b vol-delete --pool "$pool" virsh.raw >/dev/null 2>&1 || true
    rm -f "$scratch/local.raw"
    start=$(now)
    in_lab client virsh -q -c "$uri_a" vol-download --sparse --pool "$pool" src.raw "$scratch/local.raw"
    in_lab client virsh -q -c "$uri_b" vol-create-as "$pool" virsh.raw 1G --allocation 0 --format raw >/dev/null
    in_lab client virsh -q -c "$uri_b" vol-upload --sparse --pool "$pool" virsh.raw "$scratch/local.raw"
    virsh_times+=("$(elapsed "$start" "$(now)")")
    printf 'run %d: engine %.3f s, virsh %.3f s\n' "$run" "${engine_times[-1]}" "${virsh_times[-1]}"
done

# Both copies must hold the source's bytes and stay sparse, or the times mean nothing.
# Each host's /var/lib/libvirt lives under the lab's run directory, visible from here.
run_dir=$(readlink -f "${VF_LAB_DIR:-/tmp/virt-ferry-lab}/current")
source_file=$run_dir/host-a/var-lib-libvirt/vf-bench/src.raw
identical=yes
for copy in engine virsh; do
    cmp -s "$source_file" "$run_dir/host-b/var-lib-libvirt/vf-bench/$copy.raw" || identical="no ($copy differs)"
done
engine_kib=$(du -k "$run_dir/host-b/var-lib-libvirt/vf-bench/engine.raw" | awk '{print $1}')
virsh_kib=$(du -k "$run_dir/host-b/var-lib-libvirt/vf-bench/virsh.raw" | awk '{print $1}')

engine=$(median "${engine_times[@]}")
virsh=$(median "${virsh_times[@]}")
echo "sparse 1 GiB raw volume (8 MiB of data), host-a -> host-b, median of $runs runs:"
printf '  Virt Ferry engine (vf-copy-volume):                 %.3f s  (allocation on host-b: %s KiB)\n' "$engine" "$engine_kib"
printf '  virsh vol-download --sparse + create + vol-upload:  %.3f s  (allocation on host-b: %s KiB)\n' "$virsh" "$virsh_kib"
printf '  ratio engine/virsh: %.2f (target <= 1.0)\n' "$(echo "$engine / $virsh" | bc -l)"
echo "  both copies identical to the source: $identical"
