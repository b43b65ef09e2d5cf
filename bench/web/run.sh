#!/usr/bin/env bash
# Measures Limber's web endpoints against bare Kestrel in one run, on this machine, with wrk.
# Prints requests/s for each and the ratio to the baseline. Run by hand; never in CI.
#   bench/web/run.sh [seconds per measurement, default 15]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

work=$(mktemp -d)
cleanup() { kill "${base_pid:-}" "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish bench/Baseline -c Release -o "$work/baseline" -v q --nologo >/dev/null
dotnet publish src/Limber.Web -c Release -o "$work/web" -v q --nologo >/dev/null

Logging__LogLevel__Default=Warning dotnet "$work/baseline/Baseline.dll" --urls http://127.0.0.1:5201 >/dev/null 2>&1 & base_pid=$!
Logging__LogLevel__Default=Warning Limber__DataDirectory="$work/data" dotnet "$work/web/Limber.Web.dll" --urls http://127.0.0.1:5202 >/dev/null 2>&1 & app_pid=$!
for url in http://127.0.0.1:5201/plaintext http://127.0.0.1:5202/healthz; do
  for _ in $(seq 1 100); do curl -fs "$url" >/dev/null && break; sleep 0.2; done
done

# A real check-in, plan and session through the pages, so the rating write has a session to write to.
jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
t=$(curl -fs -c "$jar" -b "$jar" http://127.0.0.1:5202/check-in | token)
plan_url=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" http://127.0.0.1:5202/check-in \
  --data-urlencode "__RequestVerificationToken=$t" --data "Form.NoRedFlags=true&Form.Age=40&Form.EpisodeStarted=2026-11-10T08:00&Form.Pain=3&Form.Stiffness=5&Form.Minutes=15&Form.Cause=sitting&Form.Equipment=chair")
t=$(curl -fs -c "$jar" -b "$jar" "$plan_url" | token)
session_url=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$plan_url?handler=Start" --data-urlencode "__RequestVerificationToken=$t")
session_id=${session_url##*/}

cat > "$work/plan.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"now":"2026-11-22T08:00:00Z","age":38,"episodeStarted":"2026-11-10T08:00:00Z","cause":"sitting","pain":4,"stiffness":6,"equipment":["mat","heat-pack","chair"],"minutes":15}'
LUA
cat > "$work/rating.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"painAfter":2,"stiffnessAfter":3,"difficulty":"right","note":"bench"}'
LUA

measure() { # name url [script]
  local args=(-t2 -c64 -d"${duration}s" --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  wrk "${args[@]}" "$2" | awk '/Requests\/sec/ {print $2}'
}

echo "warming up (10 s each)..."
wrk -t2 -c64 -d10s http://127.0.0.1:5201/plaintext >/dev/null
wrk -t2 -c64 -d10s -s "$work/plan.lua" http://127.0.0.1:5202/api/plan >/dev/null
wrk -t2 -c64 -d5s http://127.0.0.1:5202/exercises >/dev/null

base=$(measure baseline http://127.0.0.1:5201/plaintext)
plan=$(measure plan http://127.0.0.1:5202/api/plan "$work/plan.lua")
page=$(measure page http://127.0.0.1:5202/exercises)
rating=$(measure rating "http://127.0.0.1:5202/api/sessions/$session_id/rating" "$work/rating.lua")

printf '%-34s %12s %8s %8s\n' endpoint "requests/s" ratio target
printf '%-34s %12.0f %8s %8s\n' "baseline: Kestrel plaintext" "$base" "1.00" ""
for row in "POST /api/plan:$plan:0.50" "GET /exercises (page render):$page:" "POST .../rating (write):$rating:0.25"; do
  IFS=: read -r name value target <<<"$row"
  printf '%-34s %12.0f %8.2f %8s\n' "$name" "$value" "$(echo "$value / $base" | bc -l)" "${target:+>= $target}"
done
