# Sourced by benchmark scripts from the repository root: installs GNU time when missing (for /usr/bin/time -v) and
# builds the release `leniency` in $LENIENCY_BENCH_SCRATCH (default .build-bench, apart from the debug .build);
# sets `binary` to its path. With LENIENCY_BENCH_STATIC_STDLIB=1 the Swift runtime and Foundation are linked
# statically (`swift build -c release --static-swift-stdlib`, default scratch .build-bench-static), the build a
# cold start is measured on (docs/ARCHITECTURE.md, "Start-up").
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (apt package time)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
fi
if [ "${LENIENCY_BENCH_STATIC_STDLIB:-0}" = 1 ]; then
  scratch="${LENIENCY_BENCH_SCRATCH:-.build-bench-static}"
  swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product leniency >&2
else
  scratch="${LENIENCY_BENCH_SCRATCH:-.build-bench}"
  swift build -c release --scratch-path "$scratch" --product leniency >&2
fi
binary="$scratch/release/leniency"
