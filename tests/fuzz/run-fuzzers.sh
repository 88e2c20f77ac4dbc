#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# Runs every libFuzzer harness of the fuzz build for a while and reports, per fuzzer, the
# inputs run, the coverage reached and the result.
#   tests/fuzz/run-fuzzers.sh [SECONDS-PER-FUZZER (default 600)] [FUZZER...]
# FUZZ_BUILD_DIR: the configured fuzz build (default build/fuzz; `cmake --preset fuzz`).
# VF_RELIABILITY_ROWS: where each fuzzer's row for docs/reliability.md goes (default
# $FUZZ_BUILD_DIR/reliability/rows.jsonl, emptied at the start).
# FUZZ_RUNS: stop each fuzzer after this many inputs, from the fixed seed FUZZ_SEED (default 1),
# so that a run is the same every time for the same code (what CI wants: a commit that passed
# once passes again); SECONDS then only caps the time. Without it, each run explores anew.
# Each fuzzer starts from a scratch copy of its committed corpus (tests/fuzz/corpus/<name>),
# so the committed seeds never grow on their own; a crash or a broken invariant leaves its
# input under $FUZZ_BUILD_DIR/fuzz-artifacts/<name>/ and makes the script fail.
set -euo pipefail

cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
build=${FUZZ_BUILD_DIR:-build/fuzz}
fuzzdir=$build/tests/fuzz
if [[ ! -d $fuzzdir ]]; then
    echo "No fuzz build in $build: run cmake --preset fuzz && cmake --build --preset fuzz" >&2
    exit 2
fi
if (($# > 0)); then
    names=("$@")
else
    names=()
    for binary in "$fuzzdir"/fuzz_*; do
        [[ -x $binary && -f $binary ]] && names+=("${binary##*/fuzz_}")
    done
fi

# Stop at the first error of any kind; leaks count (libFuzzer checks them per input).
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen

rows=${VF_RELIABILITY_ROWS:-$build/reliability/rows.jsonl}
mkdir -p "$(dirname "$rows")"
: >"$rows"
# Only names, numbers and file names go into a row, none with quotes or backslashes.
add_row() { # name, what was done, what was seen, result
    printf '{"area":"fuzzing","condition":"fuzz_%s","action":"%s","showed":["%s"],"result":"%s","test":"fuzz.%s.%s"}\n' \
        "$1" "$2" "$3" "$4" "$1" "$run_kind" >>"$rows"
}

# A fixed-seed run and an exploring one are different rows of the report.
if [[ -n ${FUZZ_RUNS:-} ]]; then run_kind=fixed_seed; else run_kind=${seconds}s; fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
summary=()
for name in "${names[@]}"; do
    binary=$fuzzdir/fuzz_$name
    seeds=tests/fuzz/corpus/$name
    corpus=$scratch/$name
    artifacts=$build/fuzz-artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    [[ -d $seeds ]] && cp -r "$seeds"/. "$corpus"/
    options=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$artifacts"/)
    [[ -f tests/fuzz/$name.dict ]] && options+=(-dict=tests/fuzz/$name.dict)
    [[ -n ${FUZZ_RUNS:-} ]] && options+=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}")
    log=$build/fuzz-artifacts/$name.log
    echo "=== fuzz_$name: ${FUZZ_RUNS:+$FUZZ_RUNS inputs from seed ${FUZZ_SEED:-1} within }${seconds}s from $(find "$corpus" -type f | wc -l) seeds ===" >&2
    status=0
    "$binary" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    coverage=$(grep -oE '^#[0-9]+[[:space:]]+[A-Z]+[[:space:]]+cov: [0-9]+ ft: [0-9]+' "$log" | tail -n1 | sed -E 's/.*cov: ([0-9]+) ft: ([0-9]+)/\1 edges, \2 features/' || true)
    if ((status == 0)); then
        result=clean
    else
        failed=1
        result="FAILED (exit $status; input: $(ls -t "$artifacts" | head -n1); log: $log)"
        grep -E 'ERROR: |runtime error|invariant broken' "$log" | head -n3 >&2 || true
    fi
    if [[ -n ${FUZZ_RUNS:-} ]]; then
        done_text="${runs:-?} inputs from seed ${FUZZ_SEED:-1} and $(find "$seeds" -type f 2>/dev/null | wc -l) seeds, invariants checked"
    else
        done_text="${seconds} s, ${runs:-?} inputs from $(find "$seeds" -type f 2>/dev/null | wc -l) seeds, invariants checked"
    fi
    seen="coverage ${coverage:-?}; $( ((status == 0)) && echo "no crash, leak or broken invariant" || echo "exit $status, input $(ls -t "$artifacts" | head -n1)")"
    add_row "$name" "$done_text" "$seen" "$( ((status == 0)) && echo passed || echo failed)"
    summary+=("$(printf '%-18s runs %-10s cov %-28s corpus %5s  %s' "$name" "${runs:-?}" "${coverage:-?}" \
        "$(find "$corpus" -type f | wc -l)" "$result")")
done

echo
printf '%s\n' "${summary[@]}"
exit $failed
