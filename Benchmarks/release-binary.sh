# Sourced by benchmark scripts from the repository root: installs GNU time when missing (for /usr/bin/time -v) and
# builds the release `leniency` in $LENIENCY_BENCH_SCRATCH (default .build-bench, apart from the debug .build);
# sets `binary` to its path.
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (apt package time)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
fi
scratch="${LENIENCY_BENCH_SCRATCH:-.build-bench}"
swift build -c release --scratch-path "$scratch" --product leniency >&2
binary="$scratch/release/leniency"
