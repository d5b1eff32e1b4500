#!/usr/bin/env bash
# The sample host as a whole process, at scale: peak memory of rendering large reports (300, 3,000
# and 20,000 measures, the seed's sections repeated) to DOCX and PDF, and the throughput of
# `batch` on 48 copies of the seed with one render at a time against two. Uses the Native AOT
# build (what `dotnet tool install` gives on this platform) and the JIT build.
#
#   tests/Zaozersk.Reporting.Benchmarks/host-scale.sh [pairs]     (default 20 batch pairs)
#
# Needs the .NET 10 SDK, clang or gcc with zlib (Native AOT) and GNU time (/usr/bin/time).
pairs="${1:-20}"
# shellcheck source=host-builds.sh
source "$(dirname "$0")/host-builds.sh"

echo "building the hosts for $rid (Native AOT takes minutes)..." >&2
publish jit -p:PublishAot=false
publish aot -r "$rid"
dotnet run -c Release --project "$root/tests/Zaozersk.Reporting.Benchmarks" -- inputs "$work/inputs" 300 3000 20000 >/dev/null

echo "peak memory, render to DOCX and PDF ($(nproc) cores, $(date -u +%Y-%m-%d))"
printf '%-8s %10s %12s %12s %10s %10s\n' host measures input_MiB pages wall_s peak_MiB
for size in 300 3000 20000; do
  input="$work/inputs/report-$size.json"
  for host in aot jit; do
    case $host in
      aot) command=("$work/aot/Zaozersk.Reporting.Sample") ;;
      jit) command=(dotnet "$work/jit/Zaozersk.Reporting.Sample.dll") ;;
    esac
    rm -rf "$work/out-$host"
    /usr/bin/time -f '%e %M' -o "$work/time" "${command[@]}" render "$input" --out "$work/out-$host" --pdf-conformance none >/dev/null 2>&1
    read -r wall peak <"$work/time"
    pages=$(pdfinfo "$work/out-$host/report-$size.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    awk -v host="$host" -v size="$size" -v bytes="$(stat -c %s "$input")" -v pages="${pages:-?}" -v wall="$wall" -v peak="$peak" \
      'BEGIN { printf "%-8s %10s %12.2f %12s %10s %10.0f\n", host, size, bytes / 1048576, pages, wall, peak / 1024 }' 
  done
  cmp -s "$work/out-aot/report-$size.pdf" "$work/out-jit/report-$size.pdf" && cmp -s "$work/out-aot/report-$size.docx" "$work/out-jit/report-$size.docx" \
    || echo "warning: the hosts wrote different bytes for $size measures" >&2
done

# Batch throughput: 48 copies of the seed, --parallel 1 and --parallel 2 in turns, outputs in memory
# when /dev/shm is there (the disk is not what is measured).
mkdir -p "$work/batch"
for i in $(seq -w 1 48); do cp "$seed" "$work/batch/r$i.json"; done
out="$work"; [ -d /dev/shm ] && out="$(mktemp -d /dev/shm/zaozersk-batch-XXXXXX)"
wall() { local start end; start=$(date +%s%N); "$work/aot/Zaozersk.Reporting.Sample" batch "$work/batch" --out "$out/p$1" --parallel "$1" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000 )); }
wall 1 >/dev/null; wall 2 >/dev/null   # warm the file cache, not counted
: >"$work/ratios"
for ((i = 0; i < pairs; i++)); do
  one=$(wall 1); two=$(wall 2)
  echo "$one $two" | awk '{ printf "%.4f %.3f %.3f\n", $1 / $2, $1 / 1e6, $2 / 1e6 }' >>"$work/ratios"
done
[ "$out" != "$work" ] && rm -rf "$out"
echo "batch of 48 seed reports to DOCX and PDF, Native AOT host, $pairs pairs"
sort -n "$work/ratios" | awk '
  { r[NR] = $1; a[NR] = $2; b[NR] = $3 }
  END {
    m = (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2)
    printf "parallel 2 is %.2f times as fast as parallel 1 (median of pair ratios; min %.2f, max %.2f)\n", m, r[1], r[NR]
  }'
