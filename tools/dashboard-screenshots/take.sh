#!/usr/bin/env bash
# Takes the README's screenshots of the dashboard (docs/dashboard-*.png) with headless Chromium, on the example store:
# the example articles are ingested into a temporary store, `warta serve` is started on a free local port, each view is
# drawn and saved, and the server is stopped. Needs the .NET SDK and chromium (apt-get install chromium).
# Run from anywhere: tools/dashboard-screenshots/take.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
chromium="${WARTA_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "needs headless Chromium at $chromium (apt-get install chromium, or set WARTA_CHROMIUM)"; exit 1; }
work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release "$root/src/Warta.Cli" -v quiet -nologo >/dev/null
warta="$root/src/Warta.Cli/bin/Release/net10.0/warta"
"$warta" ingest "$root/examples" --db "$work/examples.db" >/dev/null
port=$((20000 + RANDOM % 20000))
"$warta" serve --db "$work/examples.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/api" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
# The Indonesia–Japan meeting in Tokyo, reported twice: the evidence view shows both reports.
event=$(curl -sf "$base/api/events?dyad=IDN-JPN&min-mentions=2&limit=1" | sed -E 's/.*"id":"([^"]+)".*/\1/')

shot() {
  "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"$3" \
    --virtual-time-budget=8000 --screenshot="$root/docs/$1" "$base$2" 2>/dev/null
  echo "docs/$1 <- $2"
}
shot dashboard-relations.png "/?a=IDN&b=JPN&by=month" 1500
shot dashboard-evidence.png "/event?id=$event&a=IDN&b=JPN&by=month" 1100
shot dashboard-map.png "/map" 900
