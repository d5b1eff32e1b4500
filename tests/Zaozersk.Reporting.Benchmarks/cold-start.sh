#!/usr/bin/env bash
# Cold start of the sample host, measured as whole processes: render the seed report to DOCX and
# PDF (the README's main command) with the JIT build, the ReadyToRun build and the Native AOT
# build, and LibreOffice converting the same DOCX to PDF, taking turns in the same run so that a
# noisy machine slows them all alike. Prints min, median and max wall seconds and peak memory.
#
#   tests/Zaozersk.Reporting.Benchmarks/cold-start.sh [runs]     (default 10 runs of each)
#
# Needs the .NET 10 SDK, clang or gcc with zlib (Native AOT) and LibreOffice (soffice).
runs="${1:-10}"
# shellcheck source=host-builds.sh
source "$(dirname "$0")/host-builds.sh"

echo "building the three hosts for $rid (Native AOT takes minutes)..." >&2
publish jit -p:PublishAot=false
publish r2r -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true
publish aot -r "$rid"

# LibreOffice gets its own profile, created by a first conversion that is not counted.
"$work/aot/Zaozersk.Reporting.Sample" render "$seed" --out "$work/seed" >/dev/null 2>&1
profile="file://$work/lo-profile"
soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/seed/zaozersk-2022.docx" >/dev/null 2>&1

names=(jit r2r aot libreoffice)
declare -A command=(
  [jit]="dotnet $work/jit/Zaozersk.Reporting.Sample.dll render $seed --out $work/out-jit"
  [r2r]="$work/r2r/Zaozersk.Reporting.Sample render $seed --out $work/out-r2r"
  [aot]="$work/aot/Zaozersk.Reporting.Sample render $seed --out $work/out-aot"
  [libreoffice]="soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $work/lo $work/seed/zaozersk-2022.docx"
)

# One timed run: wall seconds and peak resident kilobytes (GNU time when present).
run_once() {
  local start end peak=""
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    # shellcheck disable=SC2086
    /usr/bin/time -f %M -o "$work/peak" ${command[$1]} >/dev/null 2>&1
    peak=$(tail -n 1 "$work/peak")
  else
    # shellcheck disable=SC2086
    ${command[$1]} >/dev/null 2>&1
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 )) ${peak:-0}" >>"$work/times-$1"
}

for name in "${names[@]}"; do run_once "$name"; : >"$work/times-$name"; done   # warm the file cache, not counted
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do run_once "$name"; done
done

cmp -s "$work/out-jit/zaozersk-2022.pdf" "$work/out-aot/zaozersk-2022.pdf" && cmp -s "$work/out-r2r/zaozersk-2022.docx" "$work/out-aot/zaozersk-2022.docx" \
  || echo "warning: the hosts wrote different bytes" >&2

echo "cold render of the seed to DOCX and PDF, $runs runs each, $(nproc) cores ($(date -u +%Y-%m-%d))"
printf '%-12s %8s %8s %8s %10s\n' host min_s median_s max_s peak_MB
for name in "${names[@]}"; do
  sort -n "$work/times-$name" | awk -v name="$name" '
    { t[NR] = $1 / 1e6; if ($2 > p) p = $2 }
    END { printf "%-12s %8.3f %8.3f %8.3f %10.1f\n", name, t[1], (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR], p / 1024 }'
done
