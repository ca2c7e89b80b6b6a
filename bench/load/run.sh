#!/usr/bin/env bash
# Load test of a Release-published Lantern on 127.0.0.1 with wrk, in one run:
#   - GET  /bench/hello            bare endpoint of the same build (started with Bench:HelloEndpoint=true), without
#                                  and with the session cookie (the second adds the per-request session lookup)
#   - GET  /dashboard              the dashboard page (HTML with server-rendered SVG charts)
#   - GET  /api/v1/dashboard       the data behind it (JSON)
#   - PUT  /api/v1/checkins/{id}   saving today's check-in (a write)
# for a signed-in patient with 120 days of check-ins and fortnightly PHQ-9/GAD-7, on SQLite (WAL, synchronous=FULL).
# Each endpoint gets a warm-up (JIT/PGO settle) before the measured run. Traffic goes to 127.0.0.1 only, every run is
# bounded in time, and the app is stopped on exit. Prints a Markdown table; ratios are against /bench/hello.
#
# Usage: bench/load/run.sh [seconds per run, default 10] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DURATION=${1:-10}
CONNECTIONS=${2:-32}
WARMUP=${WARMUP:-8}
THREADS=${THREADS:-2}
PORT=${PORT:-5097}
BASE="https://127.0.0.1:$PORT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing ${need[*]} (apt-get)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

WORK=$(mktemp -d /tmp/lantern-load.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "Publishing (Release)…"
dotnet publish src/Lantern.Web -c Release -o "$WORK/app" -nologo -v quiet >/dev/null

# Production refuses to start without encrypted Data Protection keys, and its cookies are Secure-only (HTTPS), so a
# throw-away self-signed certificate serves both: Kestrel's TLS and the key-ring encryption.
openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=lantern-load" -days 2 \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" >/dev/null 2>&1
openssl pkcs12 -export -inkey "$WORK/key.pem" -in "$WORK/cert.pem" -out "$WORK/keys.pfx" -passout pass:load >/dev/null 2>&1

echo "Starting the app on $BASE (Production, HTTPS, SQLite, log level Warning)…"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
  ASPNETCORE_Kestrel__Certificates__Default__Path="$WORK/keys.pfx" ASPNETCORE_Kestrel__Certificates__Default__Password=load \
  Lantern__DataDirectory="$WORK/data" Lantern__PublicBaseUrl="$BASE" \
  DataProtection__CertificatePath="$WORK/keys.pfx" DataProtection__CertificatePassword=load \
  Bench__HelloEndpoint=true Logging__LogLevel__Default=Warning \
  dotnet "$WORK/app/Lantern.Web.dll" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do curl -kfs "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -kfs "$BASE/health/ready" >/dev/null || { echo "The app did not start:"; cat "$WORK/app.log"; exit 1; }

# A patient, signed up and confirmed through the API like a person would be.
EMAIL="load-$(date +%s)@example.org"
curl -kfs -H 'content-type: application/json' -o /dev/null \
  -d "{\"email\":\"$EMAIL\",\"password\":\"load test patient phrase\",\"displayName\":\"Load\",\"timeZone\":\"America/Chicago\",\"role\":\"patient\"}" \
  "$BASE/api/v1/auth/register"
for _ in $(seq 1 20); do ls "$WORK/data/outbox/"*.eml >/dev/null 2>&1 && break; sleep 0.25; done
LINK=$(grep -rhoE 'userId=[0-9a-f-]{36}&token=[A-Za-z0-9_-]+' "$WORK/data/outbox" | head -1)
USER_ID=${LINK#userId=}; USER_ID=${USER_ID%%&*}; TOKEN=${LINK##*token=}
COOKIE=$(curl -kfs -D - -o /dev/null -H 'content-type: application/json' \
  -d "{\"userId\":\"$USER_ID\",\"token\":\"$TOKEN\"}" "$BASE/api/v1/auth/confirm-email" \
  | grep -i '^set-cookie: __Host-lantern=' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]+);.*/\1/')
[ -n "$COOKIE" ] || { echo "Could not sign in."; exit 1; }

echo "Seeding 120 days of check-ins and fortnightly questionnaires through the API…"
TODAY=$(TZ=America/Chicago date +%F)
for i in $(seq 119 -1 1); do
  DAY=$(TZ=America/Chicago date -d "$TODAY -$i day" +%F)
  curl -kfs -o /dev/null -H "Cookie: $COOKIE" -H 'content-type: application/json' \
    -d "{\"date\":\"$DAY\",\"mood\":$(( (i % 7) + 2 )),\"anxiety\":$(( 8 - (i % 6) )),\"sleepHours\":$(( 5 + i % 4 )).5,\"energy\":5}" \
    "$BASE/api/v1/checkins"
done
for i in $(seq 0 8); do
  curl -kfs -o /dev/null -H "Cookie: $COOKIE" -H 'content-type: application/json' -d '{"answers":[2,2,1,1,1,1,1,1,0]}' "$BASE/api/v1/questionnaires/phq9/responses"
  curl -kfs -o /dev/null -H "Cookie: $COOKIE" -H 'content-type: application/json' -d '{"answers":[1,1,1,1,1,1,1]}' "$BASE/api/v1/questionnaires/gad7/responses"
done
CHECKIN_ID=$(curl -kfs -H "Cookie: $COOKIE" -H 'content-type: application/json' \
  -d '{"mood":6,"anxiety":3,"sleepHours":7,"energy":5}' "$BASE/api/v1/checkins" | grep -oE '"id":"[0-9a-f-]{36}"' | head -1 | cut -d'"' -f4)
[ -n "$CHECKIN_ID" ] || { echo "Could not create today's check-in."; exit 1; }

cat >"$WORK/put.lua" <<LUA
wrk.method = "PUT"
wrk.body = '{"mood":6,"anxiety":3,"sleepHours":7.5,"energy":5,"note":"load"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "$COOKIE"
LUA
cat >"$WORK/get.lua" <<LUA
wrk.headers["Cookie"] = "$COOKIE"
LUA
# No cookie at all: the truly bare request, which never touches the database.
echo '-- anonymous' >"$WORK/anon.lua"

# One warm-up and one measured run per endpoint; prints "req/s p50 p99" of the measured run.
measure() { # name path script
  local path=$2 script=$3
  local status
  status=$(curl -ks -o /dev/null -w '%{http_code}' -X "$( [ "$script" = put ] && echo PUT || echo GET)" \
    -H "Cookie: $COOKIE" -H 'content-type: application/json' \
    $( [ "$script" = put ] && echo "-d {\"mood\":6,\"anxiety\":3,\"sleepHours\":7,\"energy\":5}" ) "$BASE$path")
  [ "$status" = "200" ] || { echo "$1: $path answered $status before the run" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/$script.lua" "$BASE$path" >/dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/$script.lua" "$BASE$path")
  if echo "$out" | grep -q "Non-2xx"; then echo "$1: non-2xx responses during the run" >&2; echo "$out" >&2; exit 1; fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "$rps $p50 $p99"
}

echo "Measuring: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP}s warm-up + ${DURATION}s per endpoint…"
read -r HELLO HELLO50 HELLO99 < <(measure hello /bench/hello anon)
read -r SESSION SESSION50 SESSION99 < <(measure hello-signed-in /bench/hello get)
read -r PAGE PAGE50 PAGE99 < <(measure dashboard-page /dashboard get)
read -r API API50 API99 < <(measure dashboard-api /api/v1/dashboard get)
read -r PUT PUT50 PUT99 < <(measure checkin-put "/api/v1/checkins/$CHECKIN_ID" put)

ratio() { awk -v a="$1" -v b="$HELLO" 'BEGIN { printf "%.1f %%", 100 * a / b }'; }
echo
echo "Lantern load run $(date -u +%FT%TZ) — $(nproc) cores, $(dotnet --version) SDK, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (server and wrk share the machine)"
echo
echo "| endpoint | req/s | p50 | p99 | vs /bench/hello |"
echo "|---|---|---|---|---|"
echo "| GET /bench/hello (no cookie) | $HELLO | $HELLO50 | $HELLO99 | 100 % |"
echo "| GET /bench/hello with the session cookie (session lookup) | $SESSION | $SESSION50 | $SESSION99 | $(ratio "$SESSION") |"
echo "| GET /dashboard (page, 30-day charts) | $PAGE | $PAGE50 | $PAGE99 | $(ratio "$PAGE") |"
echo "| GET /api/v1/dashboard | $API | $API50 | $API99 | $(ratio "$API") |"
echo "| PUT /api/v1/checkins/{id} | $PUT | $PUT50 | $PUT99 | $(ratio "$PUT") |"
