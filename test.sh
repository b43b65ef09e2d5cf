#!/usr/bin/env bash
# Runs every check Limber has: formatting, the content copy check, and all test projects.
# Idempotent; works as root or not; installs what the tests need when it is missing.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK 10 is required (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  log "installing python3 (for the content copy check)"
  sudo_if_needed apt-get update -qq && sudo_if_needed apt-get install -y -qq python3 >/dev/null
fi

if ! command -v node >/dev/null 2>&1; then
  log "installing nodejs (for the player script tests)"
  sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
fi
if ! /usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1; then
  log "installing Debian's python3-icalendar (the second parser of the calendar feed tests)"
  sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-icalendar >/dev/null
fi

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium (for the browser tests)"
  sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d tests/Limber.EndToEnd.Tests/node_modules/axe-core ]; then
  if ! command -v npm >/dev/null 2>&1; then
    log "installing Node.js and npm (for axe-core in the browser tests)"
    sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  log "npm ci (axe-core for the accessibility checks)"
  (cd tests/Limber.EndToEnd.Tests && npm ci --no-audit --no-fund) || exit 1
fi

# A throwaway PostgreSQL 15 for the data, web and browser suites; stopped on every exit, failures included.
source tests/postgres.sh
trap postgres_stop EXIT
log "PostgreSQL"
postgres_start || { echo "test.sh: could not start PostgreSQL 15" >&2; exit 1; }

failed_steps=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The suites start hundreds of app hosts: poll for file changes rather than spend the machine's inotify instances.
export DOTNET_USE_POLLING_FILE_WATCHER=true

log "restore"
dotnet restore Limber.slnx --nologo -v quiet || exit 1

log "dotnet format --verify-no-changes"
if ! dotnet format Limber.slnx --verify-no-changes --no-restore; then
  echo "formatting differs: run 'dotnet format Limber.slnx'" >&2
  failed_steps=$((failed_steps + 1))
fi

log "content copy check (seed-overlap)"
overlap_tool=""
for candidate in ../shared/tools/seed-overlap tools/seed-overlap; do
  [ -x "$candidate" ] && overlap_tool="$candidate" && break
done
if [ -n "$overlap_tool" ]; then
  if ! "$overlap_tool" content | tail -n 5; then failed_steps=$((failed_steps + 1)); fi
else
  echo "seed-overlap not found beside the repository (../shared/tools); skipping the copy check" >&2
fi

log "player script tests (node --test tests/js)"
js_passed=0; js_failed=0
if command -v node >/dev/null 2>&1; then
  js_out=$(node --test --test-reporter=tap tests/js/*.test.mjs 2>&1)
  js_exit=$?
  grep -E '^(not ok|# (tests|pass|fail))' <<<"$js_out" || true
  # Name each failed test with the start of its message.
  grep -A 12 '^not ok' <<<"$js_out" | head -n 60 || true
  js_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' <<<"$js_out" | tail -n 1)
  js_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' <<<"$js_out" | tail -n 1)
  js_passed=${js_passed:-0}; js_failed=${js_failed:-0}
  if [ "$js_exit" -ne 0 ] && [ "$js_failed" -eq 0 ]; then js_failed=1; fi
else
  echo "node is required for the player script tests and could not be installed" >&2
  js_failed=1
fi

log "build"
dotnet build Limber.slnx -c Release --no-restore --nologo -v quiet || exit 1

log "test"
results=$(mktemp -d)
# One test project at a time: the browser journeys keep exact clocks and are fragile on a loaded 2-core machine.
# A test host that stops answering for 5 minutes is aborted (and counted as failed) rather than holding CI open.
dotnet test Limber.slnx -c Release --no-build --nologo -m:1 --logger "trx" --results-directory "$results" -v quiet --blame-hang --blame-hang-timeout 5m --blame-hang-dump-type none
test_exit=$?

log "test: the web suite again, on PostgreSQL"
LIMBER_TEST_PROVIDER=postgresql dotnet test tests/Limber.Web.Tests -c Release --no-build --nologo --logger "trx;LogFilePrefix=postgresql" --results-directory "$results" -v quiet --blame-hang --blame-hang-timeout 5m --blame-hang-dump-type none
postgres_exit=$?
[ "$test_exit" -eq 0 ] && test_exit=$postgres_exit

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "${f:-0}" -gt 0 ]; then
    # Name each failed test and the start of its message, so a CI log says what broke.
    python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult[@outcome='Failed']", ns):
    message = r.find(".//t:Message", ns)
    print("FAILED", r.get("testName"))
    print("  " + ((message.text or "").strip()[:1500]).replace("\n", "\n  "))
PY
  fi
done
rm -rf "$results"

if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
passed=$((passed + js_passed))
failed=$((failed + js_failed + failed_steps))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
