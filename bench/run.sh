#!/usr/bin/env bash
# Lantern's performance record, in one command:
#   bench/run.sh [label]
# publishes Release builds of Lantern, a bare Kestrel "hello" (bench/Hello) and the seeder (bench/Lantern.Bench);
# then, for each database size N (default 100 and 10000 patients, each with a year of daily check-ins and
# fortnightly PHQ-9/GAD-7, and one therapist sharing a caseload of 50), it seeds a fresh SQLite database, times the
# start to /health/live, and measures every row of the issue-14 table with wrk next to the bare hello in the same
# round: throughput as a share of the hello, latency percentiles, CPU and bytes allocated per request (the app's own
# counters, read before and after each measured run), and resident memory. It also measures the engine's own
# one-row durable commit rate on the same disk. It writes bench/results/<date>[-label].md.
#
# Traffic goes to 127.0.0.1 only; every run is bounded in time; the processes are stopped on exit.
# Knobs (environment): SIZES="100 10000" DURATION=10 WARMUP=5 CONNECTIONS=50 THREADS=1 TIMEOUT=10s PORT=5097 HELLO_PORT=5098
#   PROFILE=1: after the measured rows at the first size, each signed-in row runs once more under dotnet-trace (sampled
#   thread time) and the results file gets, per row, where the on-CPU samples went (the "why" behind a missed goal).
#   PROFILE_KEEP=<directory> keeps the traces (speedscope JSON) for a closer look.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LABEL=${1:-}
SIZES=${SIZES:-"100 10000"}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-1}
TIMEOUT=${TIMEOUT:-10s}
PORT=${PORT:-5097}
HELLO_PORT=${HELLO_PORT:-5098}
BASE="https://127.0.0.1:$PORT"
HELLO_BASE="https://127.0.0.1:$HELLO_PORT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
for tool in wrk openssl curl; do command -v $tool >/dev/null 2>&1 || need+=($tool); done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing ${need[*]} (apt-get)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

WORK=$(mktemp -d /tmp/lantern-bench.XXXXXX)
PROFILE=${PROFILE:-}
if [ -n "$PROFILE" ]; then
  dotnet tool install dotnet-trace --version "${DOTNET_TRACE_VERSION:-10.0.750501}" --tool-path "$WORK/tools" >/dev/null
fi
APP_PID=""; HELLO_PID=""
stop() { # pid
  if [ -n "$1" ]; then kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; fi
}
cleanup() { stop "$APP_PID"; stop "$HELLO_PID"; rm -rf "$WORK"; }
trap cleanup EXIT

echo "Publishing Release builds…"
dotnet publish src/Lantern.Web -c Release -r linux-x64 --self-contained false -o "$WORK/app" -nologo -v quiet >/dev/null
dotnet publish bench/Hello -c Release -o "$WORK/hello" -nologo -v quiet >/dev/null
dotnet publish bench/Lantern.Bench -c Release -o "$WORK/tool" -nologo -v quiet >/dev/null
BENCH_TOOL() { dotnet "$WORK/tool/Lantern.Bench.dll" "$@"; }

# Production refuses to start without encrypted Data Protection keys and its cookies are Secure-only, so one
# throw-away self-signed certificate serves Kestrel's TLS (both processes) and the key-ring encryption.
openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=lantern-bench" -days 2 \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" >/dev/null 2>&1
openssl pkcs12 -export -inkey "$WORK/key.pem" -in "$WORK/cert.pem" -out "$WORK/keys.pfx" -passout pass:bench >/dev/null 2>&1
export ASPNETCORE_Kestrel__Certificates__Default__Path="$WORK/keys.pfx" ASPNETCORE_Kestrel__Certificates__Default__Password=bench

# wrk prints one line the script reads: requests, non-2xx, seconds, p50/p95/p99 in microseconds.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %d %d %d %d\n", summary.requests, summary.errors.status, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
script() { # name [cookie] [method] [body]: a wrk script for one row
  local file="$WORK/$1.lua"
  cat "$WORK/report.lua" >"$file"
  [ -n "${2:-}" ] && echo "wrk.headers[\"Cookie\"] = \"$2\"" >>"$file"
  if [ -n "${3:-}" ]; then
    { echo "wrk.method = \"$3\""; echo "wrk.headers[\"Content-Type\"] = \"application/json\""; echo "wrk.body = '$4'"; } >>"$file"
  fi
  echo "$file"
}

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
stats() { curl -ks "$BASE/bench/stats"; }
json_number() { # field json
  echo "$2" | grep -oE "\"$1\":[0-9.]+" | cut -d: -f2
}

# One row: warm-up, counters, measured run, counters. Prints
# "rps p50 p95 p99 cpu_us_per_request kb_per_request rss_mb" (latencies in ms).
measure() { # base path script pid [with_counters]
  local base=$1 path=$2 lua=$3 pid=$4 counters=${5:-yes}
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "$TIMEOUT" -s "$lua" "$base$path" >/dev/null
  local before="" after="" out
  [ "$counters" = yes ] && before=$(stats)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" -s "$lua" "$base$path" | grep '^RESULT')
  [ "$counters" = yes ] && after=$(stats)
  local requests errors seconds p50 p95 p99 socket
  read -r _ requests errors seconds p50 p95 p99 socket <<<"$out"
  [ "$socket" -gt 0 ] && echo "$path: $socket socket errors or timeouts (over ${TIMEOUT}) during the run" >&2
  if [ "$errors" -gt 0 ]; then echo "$path: $errors non-2xx responses during the run" >&2; exit 1; fi
  local cpu="-" kb="-"
  if [ "$counters" = yes ]; then
    cpu=$(awk -v a="$(json_number cpuMilliseconds "$before")" -v b="$(json_number cpuMilliseconds "$after")" -v n="$requests" 'BEGIN { printf "%.0f", 1000 * (b - a) / n }')
    kb=$(awk -v a="$(json_number allocatedBytes "$before")" -v b="$(json_number allocatedBytes "$after")" -v n="$requests" 'BEGIN { printf "%.1f", (b - a) / n / 1024 }')
  fi
  awk -v r="$requests" -v s="$seconds" -v a="$p50" -v b="$p95" -v c="$p99" -v cpu="$cpu" -v kb="$kb" -v rss="$(rss_mb "$pid")" \
    'BEGIN { printf "%.0f %.2f %.2f %.2f %s %s %s\n", r / s, a / 1000, b / 1000, c / 1000, cpu, kb, rss }'
}

check_status() { # expected method url cookie [body]
  local status
  status=$(curl -ks -o /dev/null -w '%{http_code}' -X "$2" -H "Cookie: $4" -H 'content-type: application/json' \
    ${5:+-d "$5"} "$3")
  [ "$status" = "$1" ] || { echo "$2 $3 answered $status before the run (expected $1)" >&2; exit 1; }
}

sign_in() { # email [code] -> cookie
  local body="{\"email\":\"$1\",\"password\":\"bench load patient phrase\"${2:+,\"code\":\"$2\"}}"
  curl -ks -D - -o /dev/null -H 'content-type: application/json' -d "$body" "$BASE/api/v1/auth/login" \
    | grep -i '^set-cookie: __Host-lantern=' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]+);.*/\1/'
}

start_app() { # data directory: starts Lantern, sets APP_PID and START_MS (launch to the first 200 from /health/live)
  local begin; begin=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
    Lantern__DataDirectory="$1" Lantern__PublicBaseUrl="$BASE" \
    DataProtection__CertificatePath="$WORK/keys.pfx" DataProtection__CertificatePassword=bench \
    Bench__HelloEndpoint=true Logging__LogLevel__Default=Warning \
    dotnet "$WORK/app/Lantern.Web.dll" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    curl -ksf -o /dev/null "$BASE/health/live" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "Lantern stopped while starting:"; cat "$WORK/app.log"; exit 1; }
    sleep 0.01
  done
  START_MS=$(( ($(date +%s%N) - begin) / 1000000 ))
  for _ in $(seq 1 600); do curl -ksf -o /dev/null "$BASE/health/ready" && break; sleep 0.1; done
}

MACHINE="$(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version) SDK"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain 2>/dev/null | grep -qv '^??' && echo " with uncommitted changes" || true)
ROWS="$WORK/rows.md"; : >"$ROWS"
P95S="$WORK/p95.txt"; : >"$P95S"
STARTS=(); COMMITS=(); PEAKS=(); PROFILED=()
PROFILES="$WORK/profiles.md"; : >"$PROFILES"

echo "Starting the bare hello on $HELLO_BASE…"
ASPNETCORE_URLS="$HELLO_BASE" Logging__LogLevel__Default=Warning dotnet "$WORK/hello/Lantern.BareHello.dll" >"$WORK/hello.log" 2>&1 &
HELLO_PID=$!
for _ in $(seq 1 300); do curl -ksf -o /dev/null "$HELLO_BASE/" && break; sleep 0.1; done
ANON=$(script anonymous)

for N in $SIZES; do
  DATA="$WORK/data-$N"; mkdir -p "$DATA"
  echo "Seeding $N patients with a year of data…"
  BENCH_TOOL seed sqlite "$DATA" "$N"

  # The engine's own ceiling for a durable one-row commit on this disk with the app's settings.
  COMMIT_RATE=$(BENCH_TOOL commit-rate sqlite "$DATA" 5)
  COMMITS+=("$N:$COMMIT_RATE")

  echo "Starting Lantern on the seeded database…"
  start_app "$DATA"
  STARTS+=("$N:$START_MS")

  PATIENT=$(sign_in patient0@bench.lantern.test)
  [ -n "$PATIENT" ] || { echo "The bench patient could not sign in."; cat "$WORK/app.log"; exit 1; }
  THERAPIST=$(sign_in therapist@bench.lantern.test "$(BENCH_TOOL totp LANTERNBENCHTHERAPISTKEY)")
  [ -n "$THERAPIST" ] || { echo "The bench therapist could not sign in."; cat "$WORK/app.log"; exit 1; }
  CHECKIN_ID=$(curl -ks -H "Cookie: $PATIENT" -H 'content-type: application/json' \
    -d '{"mood":6,"anxiety":3,"sleepHours":7,"energy":5}' "$BASE/api/v1/checkins" | grep -oE '"id":"[0-9a-f-]{36}"' | head -1 | cut -d'"' -f4)
  [ -n "$CHECKIN_ID" ] || { echo "Could not make today's check-in."; exit 1; }
  CHECKIN_BODY='{"mood":6,"anxiety":3,"sleepHours":7.5,"energy":5}'
  ARTICLE=/guide/what-ketamine-therapy-is

  check_status 200 GET "$BASE/api/v1/dashboard" "$PATIENT"
  check_status 200 GET "$BASE/dashboard" "$PATIENT"
  check_status 200 GET "$BASE/api/v1/careteam/caseload" "$THERAPIST"
  check_status 200 GET "$BASE$ARTICLE" "$PATIENT"
  check_status 200 PUT "$BASE/api/v1/checkins/$CHECKIN_ID" "$PATIENT" "$CHECKIN_BODY"

  PATIENT_GET=$(script patient "$PATIENT")
  THERAPIST_GET=$(script therapist "$THERAPIST")
  PUT=$(script put "$PATIENT" PUT "$CHECKIN_BODY")

  echo "Measuring at N=$N: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s per row…"
  read -r H1 _ _ _ _ _ _ < <(measure "$HELLO_BASE" / "$ANON" "$HELLO_PID" no)
  row() { # label base path script
    local result; result=$(measure "$2" "$3" "$4" "$APP_PID")
    echo "$1|$result" >>"$WORK/raw-$N.txt"
  }
  : >"$WORK/raw-$N.txt"
  row "/bench/hello anonymous" "$BASE" /bench/hello "$ANON"
  row "/bench/hello signed in" "$BASE" /bench/hello "$PATIENT_GET"
  row "guide article anonymous" "$BASE" "$ARTICLE" "$ANON"
  row "guide article signed in" "$BASE" "$ARTICLE" "$PATIENT_GET"
  row "GET /api/v1/dashboard" "$BASE" /api/v1/dashboard "$PATIENT_GET"
  row "/dashboard page" "$BASE" /dashboard "$PATIENT_GET"
  row "therapist caseload (50 people)" "$BASE" /api/v1/careteam/caseload "$THERAPIST_GET"
  row "check-in save (PUT)" "$BASE" "/api/v1/checkins/$CHECKIN_ID" "$PUT"
  read -r H2 _ _ _ _ _ _ < <(measure "$HELLO_BASE" / "$ANON" "$HELLO_PID" no)
  HELLO=$(( (H1 + H2) / 2 ))
  if [ -n "$PROFILE" ] && [ "$N" = "$(echo "$SIZES" | awk '{print $1}')" ]; then
    profile_row() { # label path script: the same load for DURATION seconds while dotnet-trace samples the app
      local file="$WORK/profile-${#PROFILED[@]}"
      "$WORK/tools/dotnet-trace" collect -p "$APP_PID" --profile dotnet-sampled-thread-time \
        --duration "00:00:00:$(printf '%02d' "$DURATION")" -o "$file.nettrace" >/dev/null 2>&1 &
      local tracer=$!
      sleep 1
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" -s "$3" "$BASE$2" >/dev/null
      wait "$tracer" || true
      "$WORK/tools/dotnet-trace" convert --format speedscope -o "$file.speedscope.json" "$file.nettrace" >/dev/null 2>&1 || true
      { echo; echo "#### $1 (N = $N)"; echo
        BENCH_TOOL profile-summary "$(ls "$file"*.speedscope.json | head -1)" 12; } >>"$PROFILES"
      [ -n "${PROFILE_KEEP:-}" ] && mkdir -p "$PROFILE_KEEP" && cp "$file"*.speedscope.json "$PROFILE_KEEP/"
      PROFILED+=("$1")
    }
    profile_row "/bench/hello signed in" /bench/hello "$PATIENT_GET"
    profile_row "guide article signed in" "$ARTICLE" "$PATIENT_GET"
    profile_row "GET /api/v1/dashboard" /api/v1/dashboard "$PATIENT_GET"
    profile_row "/dashboard page" /dashboard "$PATIENT_GET"
    profile_row "therapist caseload (50 people)" /api/v1/careteam/caseload "$THERAPIST_GET"
    profile_row "check-in save (PUT)" "/api/v1/checkins/$CHECKIN_ID" "$PUT"
  fi
  PEAKS+=("$N:$(peak_mb "$APP_PID")")

  {
    echo
    echo "### N = $N patients"
    echo
    echo "Bare Kestrel hello in this round: $H1 req/s before the rows, $H2 after (the share below is of their mean, $HELLO)."
    echo "Lantern started (launch to the first 200 from /health/live) in $START_MS ms."
    echo
    echo "| request | req/s | share of hello | p50 ms | p95 ms | p99 ms | CPU µs/req | KB allocated/req | RSS MB after |"
    echo "|---|---|---|---|---|---|---|---|---|"
    while IFS='|' read -r label result; do
      read -r rps p50 p95 p99 cpu kb rss <<<"$result"
      share=$(awk -v a="$rps" -v b="$HELLO" 'BEGIN { printf "%.1f %%", 100 * a / b }')
      echo "| $label | $rps | $share | $p50 | $p95 | $p99 | $cpu | $kb | $rss |"
      echo "$N|$label|$p95" >>"$P95S"
      [ "$label" = "check-in save (PUT)" ] && SAVE_RPS=$rps
    done <"$WORK/raw-$N.txt"
    echo
    echo "Check-in saves ran at $(awk -v a="$SAVE_RPS" -v b="$COMMIT_RATE" 'BEGIN { printf "%.0f %%", 100 * a / b }') of SQLite's own one-row commit rate on this disk ($COMMIT_RATE per second)."
  } >>"$ROWS"
  stop "$APP_PID"; APP_PID=""
done

# p95 at the largest size against the smallest, row by row (the goal: within 1.2x).
SMALL=$(echo "$SIZES" | awk '{print $1}'); LARGE=$(echo "$SIZES" | awk '{print $NF}')
FLATNESS=$(awk -F'|' -v s="$SMALL" -v l="$LARGE" '
  $1 == s { small[$2] = $3 } $1 == l { large[$2] = $3; order[++n] = $2 }
  END { for (i = 1; i <= n; i++) { k = order[i]; if (small[k] > 0) printf "| %s | %.2f | %.2f | %.2f |\n", k, small[k], large[k], large[k] / small[k] } }' "$P95S")

DATE=$(date -u +%F)
OUT="$ROOT/bench/results/$DATE${LABEL:+-$LABEL}.md"
mkdir -p "$ROOT/bench/results"
{
  echo "# Lantern load round, $(date -u '+%F %H:%M') UTC${LABEL:+ ($LABEL)}"
  echo
  echo "- Code: commit $COMMIT$DIRTY, Release build, Production settings, HTTPS, SQLite (WAL, synchronous=FULL), log level Warning."
  echo "- Machine: $MACHINE."
  echo "- Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg). wrk, Lantern and the bare hello share the machine."
  echo "- Load: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up then ${DURATION} s measured per row; one signed-in patient (patient0, a year of data), one therapist with two-step sign-in and a caseload of 50."
  echo "- CPU and allocation per request are the app's own counters (process CPU time, GC allocated bytes) read just before and after the measured run, divided by the requests served."
  echo "- Engine commit rate (one-row durable commits per second, one connection, same disk and settings): $(printf '%s ' "${COMMITS[@]}" | sed 's/:/ patients: /g; s/ $//') per second."
  echo "- Start to /health/live with an existing database, ms: $(printf '%s ' "${STARTS[@]}" | sed 's/:/ patients: /g; s/ $//')."
  echo "- Peak resident memory (VmHWM) over the round, MB: $(printf '%s ' "${PEAKS[@]}" | sed 's/:/ patients: /g; s/ $//')."
  cat "$ROWS"
  echo
  echo "### p95 at $LARGE patients against $SMALL"
  echo
  echo "| request | p95 ms at $SMALL | p95 ms at $LARGE | ratio |"
  echo "|---|---|---|---|"
  echo "$FLATNESS"
  if [ -s "$PROFILES" ]; then
    echo
    echo "### Where the CPU goes (dotnet-trace, sampled thread time, on-CPU samples only)"
    echo
    echo "Each row ran once more under the same load while dotnet-trace sampled the app. Shares are of the on-CPU samples"
    echo "in that run; the tracer itself costs some throughput, so these runs are not in the table above."
    cat "$PROFILES"
  fi
} >"$OUT"
echo "Wrote $OUT"
cat "$OUT"
