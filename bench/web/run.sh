#!/usr/bin/env bash
# Measures Limber's web endpoints against bare Kestrel in one run, on this machine, with wrk, the
# way real clients use it: every plan request is a different random intake with no "now" (so no
# answer can be reused), ratings are spread over 300 sessions, and the home page is measured with
# 10,000 sessions stored. Also: cold start to the first page on a fresh data folder, and resident
# memory after a mixed soak. Prints requests/s, the ratio to the baseline and the target.
# Run by hand; never in CI.
#   bench/web/run.sh [seconds per measurement, default 15] [soak seconds, default 120]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
soak=${2:-120}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

work=$(mktemp -d)
cleanup() { kill "${base_pid:-}" "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish bench/Baseline -c Release -o "$work/baseline" -v q --nologo >/dev/null
# Limber as it is deployed: for this machine's runtime, so it is precompiled (ReadyToRun, see Limber.Web.csproj).
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish src/Limber.Web -c Release -r "$rid" --no-self-contained -o "$work/web" -v q --nologo >/dev/null

Logging__LogLevel__Default=Warning dotnet "$work/baseline/Baseline.dll" --urls http://127.0.0.1:5201 >/dev/null 2>&1 & base_pid=$!
for _ in $(seq 1 100); do curl -fs http://127.0.0.1:5201/plaintext >/dev/null && break; sleep 0.2; done

# Cold start: process start to the first 200 of the home page, on a fresh data folder. The publish
# folder is the content root (its wwwroot and appsettings.json), as when Limber is started from there.
start_ns=$(date +%s%N)
Logging__LogLevel__Default=Warning Limber__DataDirectory="$work/data" dotnet "$work/web/Limber.Web.dll" --contentRoot "$work/web" --urls http://127.0.0.1:5202 >/dev/null 2>&1 & app_pid=$!
until curl -fs -o /dev/null http://127.0.0.1:5202/; do sleep 0.01; done
cold=$(echo "($(date +%s%N) - $start_ns) / 1000000000" | bc -l)

# One real check-in through the page, so the stored plan is what the app issues.
jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
t=$(curl -fs -c "$jar" -b "$jar" http://127.0.0.1:5202/check-in | token)
curl -fs -o /dev/null -c "$jar" -b "$jar" http://127.0.0.1:5202/check-in \
  --data-urlencode "__RequestVerificationToken=$t" --data "Form.NoRedFlags=true&Form.Age=40&Form.EpisodeStarted=2026-11-10T08:00&Form.Pain=3&Form.Stiffness=5&Form.Minutes=15&Form.Cause=sitting&Form.Equipment=chair"

# 10,000 ended sessions over the last year (the first 300 are the ones rated), written straight
# into the database in the app's own formats (upper-case GUID text, "yyyy-MM-dd HH:mm:ss" UTC).
python3 - "$work/data/limber.db" "$work/sessions.txt" <<'PY'
import sqlite3, sys, uuid, random, datetime
db = sqlite3.connect(sys.argv[1], timeout=30)
plan_id, = db.execute('SELECT "Id" FROM "Plans" LIMIT 1').fetchone()
now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
rows = []
for i in range(10000):
    start = now - datetime.timedelta(minutes=random.randint(60, 525600))
    rows.append((str(uuid.uuid4()).upper(), plan_id, start.strftime('%Y-%m-%d %H:%M:%S'), (start + datetime.timedelta(minutes=15)).strftime('%Y-%m-%d %H:%M:%S'), random.random() < 0.8))
db.executemany('INSERT INTO "Sessions" ("Id", "PlanId", "StartedAt", "EndedAt", "Completed") VALUES (?, ?, ?, ?, ?)', rows)
db.commit()
with open(sys.argv[2], 'w') as f:
    f.write('\n'.join(r[0] for r in rows[:300]))
PY

cat > "$work/plan.lua" <<'LUA'
-- A different realistic intake on every request, with no "now": what a real client sends.
local causes = {"lifting", "twisting", "fall", "workout", "sitting", "repetitive", "sleep", "unknown"}
local kit = {"mat", "chair", "wall", "cushion", "towel", "foam-roller", "stability-ball", "resistance-band", "cold-pack", "heat-pack"}
local minutes = {5, 10, 15, 20, 30, 40, 60}
local thread_id = 0
setup = function(thread) thread_id = thread_id + 1; thread:set("seed", thread_id) end
init = function() math.randomseed(os.time() * 1000 + (seed or 0)) end
request = function()
  local equipment = {}
  for _, item in ipairs(kit) do if math.random() < 0.4 then equipment[#equipment + 1] = '"' .. item .. '"' end end
  local body = string.format(
    '{"age":%d,"episodeStarted":"2026-%02d-%02dT%02d:00:00Z","cause":"%s","pain":%d,"stiffness":%d,"equipment":[%s],"minutes":%d}',
    math.random(18, 85), math.random(1, 10), math.random(1, 28), math.random(6, 22), causes[math.random(#causes)],
    math.random(0, 7), math.random(0, 10), table.concat(equipment, ","), minutes[math.random(#minutes)])
  return wrk.format("POST", "/api/plan", {["Content-Type"] = "application/json"}, body)
end
LUA
{ echo 'local ids = {'; sed 's/.*/"&",/' "$work/sessions.txt"; echo '}'; cat <<'LUA'
-- Ratings spread over 300 sessions, so a batch holds many rows, not one row rated over and over.
local difficulties = {"too-easy", "right", "too-hard"}
request = function()
  local body = string.format('{"painAfter":%d,"stiffnessAfter":%d,"difficulty":"%s"}', math.random(0, 10), math.random(0, 10), difficulties[math.random(3)])
  return wrk.format("POST", "/api/sessions/" .. ids[math.random(#ids)] .. "/rating", {["Content-Type"] = "application/json"}, body)
end
LUA
} > "$work/rating.lua"

measure() { # url [script]
  local args=(-t2 -c64 -d"${duration}s" --latency)
  [ -n "${2:-}" ] && args+=(-s "$2")
  wrk "${args[@]}" "$1" > "$work/last.txt"
  awk '/Requests\/sec/ {print $2}' "$work/last.txt"
}
p99() { awk '$1 == "99%" {print $2}' "$work/last.txt"; }

echo "warming up (10 s each)..."
wrk -t2 -c64 -d10s http://127.0.0.1:5201/plaintext >/dev/null
wrk -t2 -c64 -d10s -s "$work/plan.lua" http://127.0.0.1:5202/api/plan >/dev/null
wrk -t2 -c64 -d5s http://127.0.0.1:5202/exercises >/dev/null
wrk -t2 -c64 -d5s http://127.0.0.1:5202/ >/dev/null

base=$(measure http://127.0.0.1:5201/plaintext)
plan=$(measure http://127.0.0.1:5202/api/plan "$work/plan.lua")
page=$(measure http://127.0.0.1:5202/exercises)
rating=$(measure http://127.0.0.1:5202/ "$work/rating.lua")
home=$(measure http://127.0.0.1:5202/); home_p99=$(p99)

# A mixed soak (plans, ratings, pages at once), then resident memory.
soakers=()
wrk -t1 -c16 -d"${soak}s" -s "$work/plan.lua" http://127.0.0.1:5202/api/plan >/dev/null & soakers+=($!)
wrk -t1 -c16 -d"${soak}s" -s "$work/rating.lua" http://127.0.0.1:5202/ >/dev/null & soakers+=($!)
wrk -t1 -c16 -d"${soak}s" http://127.0.0.1:5202/exercises >/dev/null & soakers+=($!)
wrk -t1 -c16 -d"${soak}s" http://127.0.0.1:5202/ >/dev/null & soakers+=($!)
wait "${soakers[@]}"
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")

printf '%-40s %12s %8s %10s\n' endpoint "requests/s" ratio target
printf '%-40s %12.0f %8s %10s\n' "baseline: Kestrel plaintext" "$base" "1.00" ""
for row in "POST /api/plan (random intakes, no now):$plan:0.30" "POST .../rating (300 sessions):$rating:0.25" \
           "GET /exercises (page render):$page:0.15" "GET / (10,000 sessions, p99 $home_p99):$home:0.10"; do
  IFS=: read -r name value target <<<"$row"
  printf '%-40s %12.0f %8.2f %10s\n' "$name" "$value" "$(echo "$value / $base" | bc -l)" ">= $target"
done
printf '%-40s %12.2f s %17s\n' "cold start to the first page" "$cold" "<= 1.0 s"
printf '%-40s %12d MB %16s\n' "resident memory after a ${soak} s soak" "$rss" "<= 150 MB"
