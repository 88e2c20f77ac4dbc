#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Prints, for N test-driver domains: `virsh list --all` time, Virt Ferry's time from
# process start to the window painted with all N VMs (reported by the app at that
# paint), its RSS then, and its CPU use over 30 s of idling. Both programs run in the
# same session on the same node file, so compare their ratio, not absolute times.
#
# usage: tests/bench/bench.sh [BUILD_DIR] [N...]     (default: build/ci, 1000 5000)
set -euo pipefail

build=${1:-build/ci}
shift || true
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 5000)
app=$build/app/virt-ferry
generator=$build/tests/vf-gen-node-xml
runs=${BENCH_RUNS:-5}
idle_seconds=${BENCH_IDLE_SECONDS:-30}
[[ -x $app && -x $generator ]] || { echo "build $build first (targets virt-ferry, vf-gen-node-xml)" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config
if [[ -z "${DISPLAY:-}" ]]; then
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
    export DISPLAY=$display
    sleep 1
fi
clock_ticks=$(getconf CLK_TCK)

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# One run: start the app, wait for its "populated" line, return start-to-paint ms.
# With keep=1 the app keeps running and its pid is left in $work/pid.
run_app() {
    local node=$1 keep=${2:-0} log=$work/app.log start
    : >"$log"
    start=$(now_ms)
    if ((keep)); then
        "$app" --no-conn-autostart --connect "test://$node" --report-populated >"$log" 2>&1 &
    else
        "$app" --no-conn-autostart --connect "test://$node" --quit-when-populated >"$log" 2>&1 &
    fi
    echo $! >"$work/pid"
    for _ in $(seq 1 600); do
        grep -q "populated" "$log" && break
        sleep 0.05
    done
    local painted
    painted=$(sed -n 's/.*epoch ms \([0-9]*\).*/\1/p' "$log")
    [[ -n $painted ]] || { echo "the app did not report population:" >&2; cat "$log" >&2; exit 1; }
    ((keep)) || wait "$(cat "$work/pid")"
    echo $((painted - start))
}

printf '%-6s %12s %14s %8s %10s %12s\n' N virsh_ms ferry_ms ratio rss_MiB idle_cpu_%
for n in "${sizes[@]}"; do
    node=$work/node-$n.xml
    "$generator" "$node" "$n"
    "$app" --version >/dev/null # warm the page cache for both programs alike
    virsh -c "test://$node" list --all >/dev/null

    # Alternate the two so that a burst of load elsewhere hits both alike.
    : >"$work/virsh.times"
    : >"$work/ferry.times"
    for _ in $(seq 1 "$runs"); do
        s=$(now_ms); virsh -c "test://$node" list --all >/dev/null; echo $(($(now_ms) - s)) >>"$work/virsh.times"
        run_app "$node" >>"$work/ferry.times"
    done
    virsh_ms=$(median <"$work/virsh.times")
    ferry_ms=$(median <"$work/ferry.times")

    run_app "$node" 1 >/dev/null
    pid=$(cat "$work/pid")
    sleep 1 # let the first stats tick and the paint settle
    rss_kib=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    before=$(cpu_ticks "$pid")
    sleep "$idle_seconds"
    after=$(cpu_ticks "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true

    ratio=$(awk -v a="$ferry_ms" -v b="$virsh_ms" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}')
    idle=$(awk -v t=$((after - before)) -v hz="$clock_ticks" -v s="$idle_seconds" 'BEGIN {printf "%.2f", 100 * t / hz / s}')
    printf '%-6s %12s %14s %8s %10s %12s\n' "$n" "$virsh_ms" "$ferry_ms" "$ratio" $((rss_kib / 1024)) "$idle"
done
echo "targets: ratio <= 1.5; RSS <= 90 MiB at 1000 and <= 250 MiB at 5000; idle CPU <= 2 % of a core"
