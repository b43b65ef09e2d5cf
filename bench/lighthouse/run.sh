#!/usr/bin/env bash
# Lighthouse 12.2.3, mobile, on six pages of a freshly published Limber: home, check-in, a plan, the
# player (a started session), /exercises and /learn. A fresh data folder gets one real check-in through
# the page and one started session. Prints the four category scores per page with LCP, CLS and TBT.
# Needs Node 20 and Debian's Chromium (apt-get install -y chromium). Run by hand; never in CI.
#   bench/lighthouse/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
cleanup() { kill "${app_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && npm i -E lighthouse@12.2.3 --no-audit --no-fund --silent >/dev/null)
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish src/Limber.Web -c Release -r "$rid" --no-self-contained -o "$work/web" -v q --nologo >/dev/null
Logging__LogLevel__Default=Warning Limber__DataDirectory="$work/data" dotnet "$work/web/Limber.Web.dll" --contentRoot "$work/web" --urls http://localhost:5403 >/dev/null 2>&1 & app_pid=$!
until curl -fs -o /dev/null http://localhost:5403/; do sleep 0.2; done

jar="$work/cookies"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
t=$(curl -fs -c "$jar" -b "$jar" http://localhost:5403/check-in | token)
plan=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" http://localhost:5403/check-in --data-urlencode "__RequestVerificationToken=$t" \
  --data "Form.NoRedFlags=true&Form.Age=40&Form.EpisodeStarted=2026-11-10T08:00&Form.Pain=3&Form.Stiffness=5&Form.Minutes=15&Form.Cause=sitting&Form.Equipment=chair&Form.Equipment=mat")
t=$(curl -fs -c "$jar" -b "$jar" "$plan" | token)
session=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$plan?handler=Start" --data-urlencode "__RequestVerificationToken=$t")

export CHROME_PATH=/usr/bin/chromium
printf '%-10s %11s %13s %14s %4s  %s\n' page performance accessibility best-practices seo "LCP, CLS, TBT"
for name in home check-in plan player exercises learn; do
  case $name in
    home) url=http://localhost:5403/ ;; check-in) url=http://localhost:5403/check-in ;; plan) url=$plan ;;
    player) url=$session ;; exercises) url=http://localhost:5403/exercises ;; learn) url=http://localhost:5403/learn ;;
  esac
  "$work/node_modules/.bin/lighthouse" "$url" --quiet --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run" \
    --output=json --output-path="$work/$name.json" >/dev/null 2>&1
  node -e "const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const s = (k) => Math.round(c[k].score * 100);
    console.log(process.argv[2].padEnd(10), String(s('performance')).padStart(11), String(s('accessibility')).padStart(13),
      String(s('best-practices')).padStart(14), String(s('seo')).padStart(4), ' ' + ['largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time'].map((k) => a[k].displayValue).join(', '));" \
    "$work/$name.json" "$name"
done
