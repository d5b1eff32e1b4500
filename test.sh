#!/usr/bin/env bash
# The test command: installs the real readers the interop tests drive when they are missing
# (LibreOffice for DOCX, poppler and qpdf for PDF, Apache PDFBox Preflight for PDF/A, pandoc for foreign
# Word files), chromium for the service's page, and the native toolchain the tool's Native AOT
# build links with (a C compiler and zlib), then runs the whole test suite.
#
#   ./test.sh          every test, as CI runs them (several minutes: the tool is packed and
#                      installed, LibreOffice lays out every fixture)
#   ./test.sh --fast   leaves out the tests marked [Trait("Speed", "Slow")] (tool pack and install,
#                      NuGet consumer, LibreOffice interop and page parity, PDF/A Preflight, the browser
#                      test of the service's page): about a minute, for the
#                      loop while developing; needs neither LibreOffice nor the native toolchain
#
# Other arguments go to `dotnet test` (CI adds a results logger); a --filter given with --fast
# is narrowed to the fast tests.
set -uo pipefail
cd "$(dirname "$0")"

fast=false
args=()
filter=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) fast=true ;;
    --filter) filter="${2-}"; shift ;;
    --filter=*) filter="${1#--filter=}" ;;
    *) args+=("$1") ;;
  esac
  shift
done
if $fast; then
  filter="${filter:+($filter)&}Speed!=Slow"
fi
[ -n "$filter" ] && args+=(--filter "$filter")

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
if ! $fast; then
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui fonts-liberation2)
  # pandoc makes foreign Word files for the import tests (from Markdown and HTML).
  command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
  # Native AOT links with clang (or gcc when clang is absent) against zlib.
  command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(clang)
  [ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
  # PDF/A-1b checks: Apache PDFBox Preflight and the Java runtime it needs.
  [ -e /usr/share/java/preflight.jar ] || need+=(libpdfbox2-java libactivation-java libjaxb-api-java)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  # The service's page is tested in Debian's chromium, driven by Playwright (no browser download).
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing what the tests need: ${need[*]}"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; the interop and tool tests will fail and say what is missing"
fi

# Every check runs here, as in CI: the code-analysis rules and the trim and AOT analyzers that a plain
# build leaves out (Directory.Build.props, CheckAotCompatibility).
exec dotnet test Zaozersk.Reporting.sln -c Release -p:CheckAotCompatibility=true "${args[@]}"
