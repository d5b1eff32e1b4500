# Sourced by the process-level benchmarks: a scratch folder removed on exit, the repository's
# paths, and publish NAME [ARGS...], which publishes the sample host into "$work/NAME".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
project="$root/samples/Zaozersk.Reporting.Sample/Zaozersk.Reporting.Sample.csproj"
seed="$root/samples/data/zaozersk-2022.json"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
publish() { dotnet publish "$project" -c Release -p:PackAsTool=false --artifacts-path "$work/artifacts" -o "$work/$1" "${@:2}" >"$work/$1.log" 2>&1 || { cat "$work/$1.log" >&2; exit 1; }; }
