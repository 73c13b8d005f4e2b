#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/Package.swift (-sanitize=fuzzer,address, release) and runs each for SECONDS on
# a seed corpus made from rules/ and examples/; first it replays Fuzz/Regressions/TARGET/* (inputs that once crashed).
#
#   Fuzz/run.sh [SECONDS] [TARGET...]     SECONDS per target (default 60); targets: fuzz-yaml fuzz-expression
#                                         fuzz-jsonl fuzz-case (default: all)
#
# Prints one line per target: executions, executions/s, coverage and corpus size at the end, and findings (crash,
# timeout > 10 s, out of memory > 2 GB). Leak detection is off: LeakSanitizer cannot follow the pointers Swift keeps
# with an enum's case in their spare bits, and reports the shipped catalog, which a global holds, as leaked. Findings are written to $work/artifacts/TARGET/ and the script exits 1.
# The growing corpus stays in $work/corpus/TARGET (LENIENCY_FUZZ_WORK, default Fuzz/.build/fuzz-work) and is reused.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
# libFuzzer reads -max_total_time=0 as "no limit"; this script always stops.
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [SECONDS >= 1] [TARGET...]" >&2; exit 2; }
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-yaml fuzz-expression fuzz-jsonl fuzz-case)
work="${LENIENCY_FUZZ_WORK:-.build/fuzz-work}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
root=..

# `--sanitize=fuzzer` makes SwiftPM link libFuzzer's `main` (with `-Xswiftc` alone the link fails: SwiftPM renames each
# executable's entry point, which a libFuzzer target does not have). The compile flags then need both sanitizers in
# one `-sanitize=` list: the driver keeps only the last `-sanitize=` option, so `--sanitize=address` on its own would
# drop the coverage instrumentation.
build=(swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address)
echo "fuzz: building ${targets[*]} (${build[*]})" >&2
"${build[@]}" >&2
bin=$("${build[@]}" --show-bin-path)

# Seeds: whole rule and case files, each JSON Lines line on its own, each condition expression of rules/ on its own.
seeds() {
  local target=$1 dir="$work/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  case "$target" in
    fuzz-yaml)
      find "$root/rules" "$root/examples" -name '*.yaml' -size -64k -print0 | xargs -0 -I{} sh -c 'cp "$1" "$2/$(echo "$1" | md5sum | cut -c1-16)"' _ {} "$dir" ;;
    fuzz-expression)
      grep -rhoE '(when|unless): .+$' "$root/rules" | sed -E 's/^(when|unless): //' | sort -u | split -l 1 - "$dir/e-"
      grep -rhE '^ +- [a-z_]+( (==|!=|<=|>=|<|>|in|between) .+)?$' "$root/rules" | sed -E 's/^ +- //' | sort -u | split -l 1 - "$dir/c-" ;;
    fuzz-jsonl|fuzz-case)
      find "$root/examples" -name '*.jsonl' -print0 | xargs -0 cat | split -l 1 - "$dir/l-"
      if [ "$target" = fuzz-case ]; then
        find "$root/examples/cases" -name '*.yaml' -size -64k -print0 | xargs -0 -I{} sh -c 'cp "$1" "$2/$(echo "$1" | md5sum | cut -c1-16)"' _ {} "$dir"
      fi ;;
  esac
}

failed=0
printf '%-16s %10s %10s %8s %8s %s\n' target runs "runs/s" cov corpus findings
for target in "${targets[@]}"; do
  seeds "$target"
  corpus="$work/corpus/$target" artifacts="$work/artifacts/$target" log="$work/$target.log"
  mkdir -p "$corpus" "$artifacts"
  if compgen -G "Regressions/$target/*" >/dev/null; then
    "$bin/$target" -detect_leaks=0 Regressions/"$target"/* > "$work/$target.regressions.log" 2>&1 \
      || { echo "fuzz: $target fails on a recorded regression input (see $work/$target.regressions.log)" >&2; failed=1; }
  fi
  set +e
  "$bin/$target" "$corpus" "$work/seeds/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$artifacts/" -print_final_stats=1 > "$log" 2>&1
  status=$?
  set -e
  # A target that stops on its first inputs prints no coverage line: keep going, so the failure below is reported.
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
  units=$(find "$corpus" -type f | wc -l)
  found=$(find "$artifacts" -type f | wc -l)
  printf '%-16s %10s %10s %8s %8s %s\n' "$target" "${runs:-?}" "$(( ${runs:-0} / seconds ))" \
    "${cov:-?}" "$units" "$found$( [ "$found" -gt 0 ] && echo " in $artifacts" )"
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "fuzz: $target stopped with status $status; the end of $log:" >&2
    tail -30 "$log" >&2
    failed=1
  fi
done
exit "$failed"
