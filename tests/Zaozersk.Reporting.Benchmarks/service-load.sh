#!/usr/bin/env bash
# The service under load, against the command line's batch: 1,000 renders of the seed report to PDF
# sent to `zaozersk-report serve` on loopback by 8 concurrent clients (requests/s, p50/p95/p99 latency,
# the service's peak RSS, errors), then the same 1,000 rendered in one process by
# `batch --parallel 2 --format pdf`; then a burst past a small queue (only 503s past it, and the
# next request taken at once). Uses the Native AOT build, what `dotnet tool install` gives here.
#
#   tests/Zaozersk.Reporting.Benchmarks/service-load.sh [count] [clients]      (default 1000 8)
#   HOST_BINARY=path/to/Zaozersk.Reporting.Sample tests/…/service-load.sh     (skips the publish)
#
# Needs the .NET 10 SDK, clang or gcc with zlib (Native AOT), curl and GNU time (/usr/bin/time).
count="${1:-1000}"
clients="${2:-8}"
# shellcheck source=host-builds.sh
source "$(dirname "$0")/host-builds.sh"

host="${HOST_BINARY:-}"
if [ -z "$host" ]; then
  echo "building the Native AOT host for $rid (takes minutes)..." >&2
  publish aot -r "$rid"
  host="$work/aot/Zaozersk.Reporting.Sample"
fi
dotnet build -c Release "$root/tests/Zaozersk.Reporting.Benchmarks" >/dev/null
load() { dotnet "$root/tests/Zaozersk.Reporting.Benchmarks/bin/Release/net10.0/Zaozersk.Reporting.Benchmarks.dll" service-load "$@"; }

# serve NAME ARGS...: starts the service on a free port; sets pid and url.
serve() {
  "$host" serve --port 0 --lang en "${@:2}" >"$work/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening at \(http:[^ ]*\) .*/\1/p' "$work/$1.log" | head -n 1)
    [ -n "$url" ] && return 0
    sleep 0.1
  done
  cat "$work/$1.log" >&2; exit 1
}

echo "service load, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
serve main
load "$url" "$seed" 20 2 >/dev/null    # warm-up, not counted
load "$url" "$seed" "$count" "$clients"
peak=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
echo "service peak RSS: $((peak / 1024)) MiB"
kill -TERM "$pid"; wait "$pid"; echo "service stopped on SIGTERM with exit code $?"

# Past the queue: 2 renders at a time and 4 waiting, 32 clients at once.
serve burst --max-renders 2 --max-queue 4
echo "burst: 200 requests from 32 clients, --max-renders 2 --max-queue 4"
load "$url" "$seed" 200 32
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$seed" "$url/api/render?format=pdf")
echo "the next request, at once: $status"
kill -TERM "$pid"; wait "$pid"

mkdir -p "$work/batch"
for i in $(seq -w 1 "$count"); do cp "$seed" "$work/batch/r$i.json"; done
out="$work"; [ -d /dev/shm ] && out="$(mktemp -d /dev/shm/zaozersk-batch-XXXXXX)"
start=$(date +%s%N)
/usr/bin/time -f '%M' -o "$work/batch.time" "$host" batch "$work/batch" --out "$out/b" --parallel 2 --format pdf >/dev/null 2>&1
end=$(date +%s%N)
[ "$out" != "$work" ] && rm -rf "$out"
awk -v n="$count" -v ns="$((end - start))" -v peak="$(cat "$work/batch.time")" \
  'BEGIN { printf "batch --parallel 2 --format pdf, %d files in one process: %.2f s, %.1f renders/s, peak RSS %.0f MiB\n", n, ns / 1e9, n / (ns / 1e9), peak / 1024 }'
