#!/usr/bin/env bash
# Runs the strict YAML reader over a local copy of the yaml-test-suite and prints the counts reported in docs/YAML.md.
#
#   Tests/yaml-suite/run.sh DIR     # DIR: the suite's `data` branch checked out (one folder per test id)
#
# The suite is not part of this repository and this script downloads nothing: get the data branch yourself, e.g.
#   git clone --branch data --depth 1 https://github.com/yaml/yaml-test-suite DIR
# The pinned figures in docs/YAML.md come from the data branch at commit 6ad3d2c62885d82fc349026c136ef560838fdf3d.
set -euo pipefail
dir="${1:-${YAML_TEST_SUITE:-}}"
if [[ -z "$dir" || ! -d "$dir" ]]; then
    echo "usage: $0 DIR (a checkout of the yaml-test-suite's data branch)" >&2
    exit 2
fi
cd "$(dirname "$0")/../.."
YAML_TEST_SUITE="$(cd "$dir" && pwd)" swift test --filter YAMLTestSuiteTests 2>&1 \
    | grep -E '^(yaml-test-suite|invalid|valid|  libyaml accepts|  valid but)|✔|✘'
