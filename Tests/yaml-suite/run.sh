#!/usr/bin/env bash
# Runs the strict YAML reader over the yaml-test-suite and prints the counts reported in docs/YAML.md.
#
#   Tests/yaml-suite/run.sh         # the pinned copy in Tests/yaml-suite/data (what `swift test` runs)
#   Tests/yaml-suite/run.sh DIR     # another checkout of the suite's `data` branch (one folder per test id)
#
# The pinned copy holds only each test's `in.yaml` and `error` from the data branch at commit
# 6ad3d2c62885d82fc349026c136ef560838fdf3d (2022-01-17), under the suite's MIT licence (LICENSE here). To compare
# with a newer suite: git clone --branch data --depth 1 https://github.com/yaml/yaml-test-suite DIR
set -euo pipefail
dir="${1:-${YAML_TEST_SUITE:-$(dirname "$0")/data}}"
if [[ ! -d "$dir" ]]; then
    echo "usage: $0 [DIR] (a checkout of the yaml-test-suite's data branch)" >&2
    exit 2
fi
dir="$(cd "$dir" && pwd)"
cd "$(dirname "$0")/../.."
YAML_TEST_SUITE="$dir" swift test --filter YAMLTestSuiteTests 2>&1 \
    | grep -E '^(yaml-test-suite|invalid|valid|  libyaml accepts|  valid but)|✔|✘'
