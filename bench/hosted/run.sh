#!/usr/bin/env bash
# Hosted mode under load: two instances on one throwaway PostgreSQL 15, 1,000 accounts with 30 rated
# sessions each, mixed traffic from many client addresses (sign-in, home, plan page, progress writes,
# ratings), next to bare Kestrel plaintext measured in the same run. First the peak (as fast as wrk
# can), then a sustained run at 70% of that peak, reporting requests/s, p50, p99 and errors.
# Run by hand; never in CI. Target: 0 errors and p99 under 100 ms at 70% of the peak for 5 minutes.
#   bench/hosted/run.sh [peak seconds, default 20] [sustained seconds, default 300]
set -euo pipefail
cd "$(dirname "$0")/../.."
peak_seconds=${1:-20}
sustained_seconds=${2:-300}
log() { printf '\n== %s\n' "$*" >&2; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { sudo_if_needed apt-get update -qq && sudo_if_needed apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d)
source tests/postgres.sh
cleanup() { kill "${base_pid:-}" "${a_pid:-}" "${b_pid:-}" 2>/dev/null || true; postgres_stop; rm -rf "$work"; }
trap cleanup EXIT
postgres_start >&2
psql_bin=/usr/lib/postgresql/15/bin/psql
pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$LIMBER_TEST_POSTGRES")
pg_password=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$LIMBER_TEST_POSTGRES")
psql() { PGPASSWORD="$pg_password" "$psql_bin" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql -c 'CREATE DATABASE limber_bench'
connection="$LIMBER_TEST_POSTGRES;Database=limber_bench"

log "publishing"
dotnet publish bench/Baseline -c Release -o "$work/baseline" -v q --nologo >/dev/null
dotnet publish src/Limber.Web -c Release -o "$work/web" -v q --nologo >/dev/null

start_instance() { # port
  Logging__LogLevel__Default=Warning Limber__Hosting=hosted Limber__Provider=postgresql Limber__ConnectionString="$connection" \
    Limber__DataDirectory="$work/data-$1" dotnet "$work/web/Limber.Web.dll" --urls "http://127.0.0.1:$1" >"$work/instance-$1.log" 2>&1 &
  echo $!
}
wait_up() { for _ in $(seq 1 300); do curl -fs -o /dev/null "$1/healthz" && return 0; sleep 0.2; done; echo "not up: $1" >&2; return 1; }

Logging__LogLevel__Default=Warning dotnet "$work/baseline/Baseline.dll" --urls http://127.0.0.1:5301 >/dev/null 2>&1 & base_pid=$!
a_pid=$(start_instance 5302); wait_up http://127.0.0.1:5302
b_pid=$(start_instance 5303); wait_up http://127.0.0.1:5303
A=http://127.0.0.1:5302 B=http://127.0.0.1:5303

log "seeding 1,000 accounts with 30 rated sessions each"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
jar="$work/first.jar"
t=$(curl -fs -c "$jar" -b "$jar" "$A/account/register" | token)
curl -fs -o /dev/null -c "$jar" -b "$jar" "$A/account/register" --data-urlencode "__RequestVerificationToken=$t" \
  --data "Form.UserName=runner0000&Form.Password=correct+horse+battery"
t=$(curl -fs -c "$jar" -b "$jar" "$A/check-in" | token)
curl -fs -o /dev/null -c "$jar" -b "$jar" "$A/check-in" --data-urlencode "__RequestVerificationToken=$t" \
  --data "Form.NoRedFlags=true&Form.Age=40&Form.EpisodeStarted=2026-11-10T08:00&Form.Pain=3&Form.Stiffness=5&Form.Minutes=15&Form.Cause=sitting&Form.Equipment=chair&Form.Equipment=mat"
psql -d limber_bench <<'SQL'
-- 999 more accounts like the first (same password, their own ids and names), each with the first's
-- check-in and plan, 30 ended and rated sessions over the last 60 days and one open session.
CREATE TEMP TABLE n AS SELECT g AS i FROM generate_series(1, 999) g;
INSERT INTO "Accounts" ("Id", "CreatedAt", "IsAdmin", "UserName", "NormalizedUserName", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
SELECT gen_random_uuid()::text, a."CreatedAt", false, 'runner' || lpad(n.i::text, 4, '0'), 'RUNNER' || lpad(n.i::text, 4, '0'), false, a."PasswordHash", gen_random_uuid()::text, gen_random_uuid()::text, false, false, true, 0
FROM n, (SELECT * FROM "Accounts" LIMIT 1) a;
INSERT INTO "CheckIns" ("Id", "CreatedAt", "IntakeJson", "OwnerId")
SELECT gen_random_uuid(), c."CreatedAt", c."IntakeJson", u."Id" FROM "Accounts" u, (SELECT * FROM "CheckIns" LIMIT 1) c WHERE u."UserName" <> 'runner0000';
INSERT INTO "Plans" ("Id", "CheckInId", "CreatedAt", "Status", "Stage", "PainBefore", "StiffnessBefore", "PlanJson", "Number", "OwnerId")
SELECT gen_random_uuid(), c."Id", p."CreatedAt", p."Status", p."Stage", p."PainBefore", p."StiffnessBefore", p."PlanJson", 1, c."OwnerId"
FROM "CheckIns" c, (SELECT * FROM "Plans" LIMIT 1) p WHERE c."Id" <> p."CheckInId";
INSERT INTO "Sessions" ("Id", "PlanId", "StartedAt", "EndedAt", "Completed", "OwnerId")
SELECT gen_random_uuid(), p."Id", now() - (s * interval '2 days') - interval '1 hour', now() - (s * interval '2 days') - interval '45 minutes', true, p."OwnerId"
FROM "Plans" p, generate_series(1, 30) s;
INSERT INTO "Ratings" ("Id", "SessionRunId", "PainAfter", "StiffnessAfter", "Difficulty", "CreatedAt", "OwnerId")
SELECT gen_random_uuid(), s."Id", (random() * 6)::int, (random() * 8)::int, 'right', s."EndedAt", s."OwnerId" FROM "Sessions" s;
INSERT INTO "Sessions" ("Id", "PlanId", "StartedAt", "Completed", "OwnerId")
SELECT gen_random_uuid(), p."Id", now(), false, p."OwnerId" FROM "Plans" p;
ANALYZE;
SQL
psql -d limber_bench -tA -F ' ' -c 'SELECT (SELECT count(*) FROM "Accounts"), (SELECT count(*) FROM "Sessions")' | awk '{ print $1 " accounts, " $2 " sessions" }' >&2

log "signing in 200 of them (from 200 client addresses, as behind a proxy)"
# Each line: auth cookie, plan id, open session id, an ended session id; blocks of the plan for progress writes.
psql -d limber_bench -tA -F ' ' -c '
  SELECT u."UserName", p."Id", (SELECT "Id" FROM "Sessions" s WHERE s."PlanId" = p."Id" AND s."EndedAt" IS NULL LIMIT 1),
         (SELECT "Id" FROM "Sessions" s WHERE s."PlanId" = p."Id" AND s."EndedAt" IS NOT NULL ORDER BY s."StartedAt" DESC LIMIT 1)
  FROM "Accounts" u JOIN "Plans" p ON p."OwnerId" = u."Id" ORDER BY u."UserName" LIMIT 200' >"$work/people.txt"
: >"$work/signed-in.txt"
i=0
while read -r name plan open ended; do
  i=$((i + 1)); j="$work/p$i.jar"
  t=$(curl -fs -c "$j" -b "$j" -H "X-Forwarded-For: 10.9.$((i / 250)).$((i % 250 + 1))" "$A/account/login" | token)
  curl -fs -o /dev/null -c "$j" -b "$j" -H "X-Forwarded-For: 10.9.$((i / 250)).$((i % 250 + 1))" "$A/account/login" \
    --data-urlencode "__RequestVerificationToken=$t" --data "Form.UserName=$name&Form.Password=correct+horse+battery"
  cookie=$(awk '$6 == "limber.auth" { print $7 }' "$j")
  [ -n "$cookie" ] || { echo "sign-in failed for $name" >&2; exit 1; }
  echo "$cookie $plan $open $ended" >>"$work/signed-in.txt"
done <"$work/people.txt"
# One anonymous login form (its token and antiforgery cookie) for the sign-in requests of the mix.
lj="$work/login.jar"
login_token=$(curl -fs -c "$lj" -b "$lj" "$A/account/login" | token)
login_cookie=$(awk '$6 ~ /^\.AspNetCore\.Antiforgery/ { print $6 "=" $7 }' "$lj")
blocks=$(psql -d limber_bench -tA -c 'SELECT "PlanJson" FROM "Plans" LIMIT 1' | python3 -c 'import json,sys; p=json.load(sys.stdin); print(" ".join(b["exerciseId"] for b in p["session"]["blocks"]))')

{
  echo 'local people = {'
  while read -r cookie plan open ended; do echo "{\"$cookie\",\"$plan\",\"$open\",\"$ended\"},"; done <"$work/signed-in.txt"
  echo '}'
  echo -n 'local blocks = {'; for b in $blocks; do echo -n "\"$b\","; done; echo '}'
  echo "local login_token = \"$login_token\""
  echo "local login_cookie = \"$login_cookie\""
  cat <<'LUA'
-- The mix, per request: 5% sign-in (the real password hash), 35% home, 20% plan page, 20% progress
-- write to the person's open session, 20% rating of an ended session. Each request comes "from" a
-- different client address through the proxy (X-Forwarded-For), as real people behind one would.
local thread_no = 0
setup = function(thread) thread_no = thread_no + 1; thread:set("seed", thread_no) end
init = function(args) math.randomseed(os.time() * 1000 + (seed or 0)); pause = tonumber(args[1] or "0") end
delay = function() return pause end
local difficulties = {"too-easy", "right", "too-hard"}
request = function()
  local p = people[math.random(#people)]
  local headers = {["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)), ["Cookie"] = "limber.auth=" .. p[1]}
  local roll = math.random(100)
  if roll <= 5 then
    headers["Cookie"] = login_cookie
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local n = math.random(0, 999)
    return wrk.format("POST", "/account/login", headers, string.format("__RequestVerificationToken=%s&Form.UserName=runner%04d&Form.Password=correct+horse+battery", login_token, n))
  elseif roll <= 40 then
    return wrk.format("GET", "/", headers)
  elseif roll <= 60 then
    return wrk.format("GET", "/plans/" .. p[2], headers)
  elseif roll <= 80 then
    headers["Content-Type"] = "application/json"
    local i = math.random(#blocks)
    return wrk.format("POST", "/api/sessions/" .. p[3] .. "/progress", headers, string.format('{"blockIndex":%d,"exerciseId":"%s","outcome":"done"}', i - 1, blocks[i]))
  else
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/sessions/" .. p[4] .. "/rating", headers, string.format('{"painAfter":%d,"stiffnessAfter":%d,"difficulty":"%s"}', math.random(0, 10), math.random(0, 10), difficulties[math.random(3)]))
  end
end
LUA
} >"$work/mix.lua"

# Two wrk processes, one per instance (a load balancer's round robin), each 2 threads x 32 connections.
measure() { # seconds pause-ms label
  wrk -t2 -c32 -d"$1s" --latency -s "$work/mix.lua" "$A" -- "$2" >"$work/a.txt" & local wa=$!
  wrk -t2 -c32 -d"$1s" --latency -s "$work/mix.lua" "$B" -- "$2" >"$work/b.txt" & local wb=$!
  wait "$wa" "$wb"
  python3 - "$3" "$work/a.txt" "$work/b.txt" <<'PY'
import re, sys
def ms(v):
    n, unit = float(re.match(r'[\d.]+', v).group()), re.sub(r'[\d.]', '', v)
    return n * {'us': 0.001, 'ms': 1, 's': 1000, 'm': 60000}[unit]
rps = errors = 0; p50 = []; p99 = []
for path in sys.argv[2:]:
    text = open(path).read()
    rps += float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
    p50.append(ms(re.search(r'^\s+50%\s+(\S+)', text, re.M).group(1))); p99.append(ms(re.search(r'^\s+99%\s+(\S+)', text, re.M).group(1)))
    m = re.search(r'Non-2xx or 3xx responses: (\d+)', text); errors += int(m.group(1)) if m else 0
    m = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', text); errors += sum(map(int, m.groups())) if m else 0
print(f"| {sys.argv[1]} | {rps:,.0f} | {max(p50):.1f} ms | {max(p99):.1f} ms | {errors} |")
PY
}

log "warming up (15 s)"
wrk -t2 -c64 -d10s http://127.0.0.1:5301/plaintext >/dev/null
measure 15 0 warm-up >/dev/null

echo "| measured | requests/s | p50 | p99 | errors |"
echo "| --- | --- | --- | --- | --- |"
wrk -t2 -c64 -d"${peak_seconds}s" --latency http://127.0.0.1:5301/plaintext >"$work/base.txt"
python3 - "$work/base.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', t).group(1))
p50 = re.search(r'^\s+50%\s+(\S+)', t, re.M).group(1)
p99 = re.search(r'^\s+99%\s+(\S+)', t, re.M).group(1)
print(f"| bare Kestrel plaintext | {rps:,.0f} | {p50} | {p99} | 0 |")
PY
peak_line=$(measure "$peak_seconds" 0 "hosted mix, two instances, peak")
echo "$peak_line"
peak=$(sed 's/,//g' <<<"$peak_line" | awk -F'|' '{ print $3 + 0 }')
# 70% of the peak: each of the 64 connections waits long enough that together they send 0.7 x peak.
pause=$(python3 -c "print(max(0, int(64 * 1000 / (0.7 * $peak))))")
measure "$sustained_seconds" "$pause" "hosted mix at 70% of peak ($sustained_seconds s)"
