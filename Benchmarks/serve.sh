#!/usr/bin/env bash
# Load benchmark of `leniency serve`: wrk on loopback, single-case POST /v1/decisions, bounded in time.
#   Benchmarks/serve.sh [SECONDS] [CONNECTIONS]        (defaults: 10 s, 16 connections, 2 wrk threads)
# Builds the release binary unless LENIENCY_BINARY names one. Prints throughput and latency percentiles for
# CONNECTIONS, then for 10× CONNECTIONS (errors must stay 0), and stops the server. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-16}
command -v wrk >/dev/null || { echo "serve.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
binary=${LENIENCY_BINARY:-}
if [ -z "$binary" ]; then
  swift build -c release --product leniency >&2
  binary=.build/release/leniency
fi
work=$(mktemp -d /tmp/leniency-serve-bench.XXXXXX)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The shipped tax example as JSON, with its own (empty) history: the engine's work, no register lookup.
cat > "$work/case.json" <<'JSON'
{"id": "洪税罚〔2025〕0012号", "agency": "国家税务总局南昌市东湖区税务局", "region": "南昌市", "party": {"name": "南昌某商贸有限公司", "type": "enterprise", "credit_code": "913601036123456757"}, "violation": "TAX-ZG-60-1-4", "dates": {"act": "2025-03-01", "discovered": "2025-04-02", "filed": "2025-04-03", "decided": "2025-04-20"}, "facts": {"harm_minor": true, "corrected_before_discovery": false, "corrected_within_deadline": true, "irreparable_tax_loss": false, "large_social_impact": false}, "prior_violations": []}
JSON
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/case.json", "rb"); wrk.body = f:read("*a"); f:close()
LUA

"$binary" serve --rules rules --port 0 --watch-interval 0 --max-concurrent 256 2> "$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/server.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/server.log" >&2; exit 1; }
url="http://127.0.0.1:$port/v1/decisions"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @"$work/case.json" "$url")
[ "$status" = 200 ] || { echo "serve.sh: the case was not decided (HTTP $status)" >&2; exit 1; }

echo "# leniency serve benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m); server and wrk share the machine"
wrk -t2 -c"$connections" -d3s -s "$work/post.lua" "$url" > /dev/null   # warm-up
for c in "$connections" $((connections * 10)); do
  echo "## $c connections, ${seconds} s"
  wrk -t2 -c"$c" -d"${seconds}s" --timeout 10s --latency -s "$work/post.lua" "$url" \
    | grep -E 'Requests/sec|Latency |  50%|  99%|requests in|Non-2xx|Socket errors'
done
