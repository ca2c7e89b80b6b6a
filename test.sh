#!/usr/bin/env bash
# Lantern's one test command. On a fresh Debian machine it installs what the tests need, starts a
# throw-away PostgreSQL cluster on 127.0.0.1, builds, runs every test project (the web tests once on
# SQLite and once on PostgreSQL, the browser tests against Debian's Chromium), and ends with the
# line "N passed, N failed". It exits non-zero when anything fails.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

log() { printf '\n==> %s\n' "$*"; }

# Each phase's wall-clock time, printed together at the end so a slow phase is easy to spot.
PHASES=(); phase_start=$SECONDS; phase_name=""
phase() { # name: closes the previous phase and opens the next
  [ -n "$phase_name" ] && PHASES+=("$(printf '%-26s %4ds' "$phase_name" $((SECONDS - phase_start)))")
  phase_name=$1; phase_start=$SECONDS
}

# 1. System packages: Chromium for the browser tests, PostgreSQL for the second database. apt-get mostly waits on the
# network and dpkg, so it runs beside the restore and build (which wait on NuGet, then on the CPU); nothing before the
# tests needs what it installs.
phase "system packages (start)"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
APT_PID=""; APT_LOG=$(mktemp)
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]} (apt-get, beside the build)"
  ( export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}" ) >"$APT_LOG" 2>&1 &
  APT_PID=$!
fi
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

# 2. Restore and build once.
phase "restore and build"
log "Restoring and building"
dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
if ! dotnet build Lantern.slnx -c Debug -nologo -v quiet; then
  echo "Build failed."; echo "0 passed, 1 failed"; exit 1
fi

phase "system packages (rest)"
if [ -n "$APT_PID" ] && ! wait "$APT_PID"; then
  cat "$APT_LOG"; echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1
fi
rm -f "$APT_LOG"

# 3. A throw-away PostgreSQL cluster in a temp directory, on its own port, stopped on exit.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${LANTERN_TEST_PG_PORT:-54329}
# Throw-away data (this cluster, the tests' SQLite files and mail outboxes) goes to RAM when the machine has a tmpfs
# at /dev/shm: the durability settings stay as production needs them (the app checks), but a flush costs nothing.
SCRATCH=/tmp
if [ -d /dev/shm ] && [ -w /dev/shm ]; then SCRATCH=/dev/shm; fi
PGDIR=$(mktemp -d "$SCRATCH/lantern-pg.XXXXXX")
TEST_TMP=$(mktemp -d "$SCRATCH/lantern-tests.XXXXXX")
chmod 755 "$PGDIR"
PGUSER_OS=postgres
if [ "$(id -u)" -ne 0 ]; then PGUSER_OS=$(id -un); fi
run_pg() { if [ "$(id -u)" -eq 0 ]; then su "$PGUSER_OS" -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
chown "$PGUSER_OS" "$PGDIR" 2>/dev/null || true
echo "lantern" > "$PGDIR/pwfile"; chmod 644 "$PGDIR/pwfile"
stop_pg() { run_pg "$PGBIN/pg_ctl -D $PGDIR/data -m immediate stop" >/dev/null 2>&1; rm -rf "$PGDIR" "$TEST_TMP"; }
trap stop_pg EXIT
phase "start PostgreSQL"
log "Starting PostgreSQL ($("$PGBIN/postgres" --version)) on 127.0.0.1:$PGPORT"
run_pg "$PGBIN/initdb -D $PGDIR/data -U postgres --pwfile=$PGDIR/pwfile --auth=scram-sha-256 -E UTF8 >$PGDIR/initdb.log 2>&1" \
  || { cat "$PGDIR/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
run_pg "$PGBIN/pg_ctl -D $PGDIR/data -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=300' -l $PGDIR/pg.log -w start >/dev/null" \
  || { cat "$PGDIR/pg.log"; echo "0 passed, 1 failed"; exit 1; }
export LANTERN_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=lantern;Include Error Detail=false"

# 4. Run each test project; TRX files give the counts. Temp files of the tests (and of Chromium) go to the scratch area.
export TMPDIR="$TEST_TMP"
RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
total_passed=0; total_failed=0
# Test processes are short-lived: dynamic PGO's instrumentation costs more than it earns back before they exit
# (measured: about 11% less CPU for the same tests). The app itself keeps the runtime's defaults.
export DOTNET_TieredPGO=0
# test_command name project [extra test arguments...] [-- env...]: runs one test project, its TRX in $RESULTS/name.
test_command() {
  local name=$1 project=$2; shift 2
  local args=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done; [ $# -gt 0 ] && shift
  env "$@" dotnet test --project "$project" --no-build --report-xunit-trx --results-directory "$RESULTS/$name" --no-progress "${args[@]}"
}
count_results() { # name: adds the TRX counts to the totals and names every test that did not pass
  local name=$1 trx; trx=$(ls "$RESULTS/$name"/*.trx 2>/dev/null | head -1)
  if [ -z "$trx" ]; then
    echo "No results from $name: counted as one failure."; total_failed=$((total_failed + 1)); return
  fi
  local counters; counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  local passed failed errors timeouts
  passed=$(echo "$counters" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*')
  failed=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  errors=$(echo "$counters" | grep -o 'error="[0-9]*"' | grep -o '[0-9]*')
  timeouts=$(echo "$counters" | grep -o 'timeout="[0-9]*"' | grep -o '[0-9]*')
  total_passed=$((total_passed + ${passed:-0}))
  total_failed=$((total_failed + ${failed:-0} + ${errors:-0} + ${timeouts:-0}))
  local name_list
  name_list=$(grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\)"[^>]*>' "$trx" \
    | grep -o 'testName="[^"]*"' | sed 's/^testName="//; s/"$//')
  [ -n "$name_list" ] && while IFS= read -r t; do FAILED_TESTS+=("$name: $t"); done <<< "$name_list"
}
run_tests() { # name project [...]: one phase, in the foreground
  phase "tests: $1"
  log "Tests: $1"
  test_command "$@"
  count_results "$1"
}
FAILED_TESTS=()
run_tests clinical tests/Lantern.Clinical.Tests
run_tests web-sqlite tests/Lantern.Web.Tests -- LANTERN_TEST_DB=Sqlite

# Classes marked [NeedsNoDatabase] open no app and no database: they ran in the SQLite pass and would only repeat it.
run_tests web-postgres tests/Lantern.Web.Tests --filter-not-trait "Database=None" -- LANTERN_TEST_DB=Postgres
run_tests browser tests/Lantern.Browser.Tests -- LANTERN_TEST_DB=Sqlite

phase ""
echo
echo "Time per phase (total ${SECONDS}s):"
printf '  %s\n' "${PHASES[@]}"
if [ ${#FAILED_TESTS[@]} -gt 0 ]; then
  echo
  echo "Tests that did not pass:"
  printf '  %s\n' "${FAILED_TESTS[@]}"
fi
echo
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "$total_passed" -gt 0 ]
