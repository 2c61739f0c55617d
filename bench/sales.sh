#!/usr/bin/env bash
# Reproduces the sales-data figures of the README ("How fast"), on this machine:
#   1. CSV import of ROWS activities: `okra import activities` against sqlite3's `.import` of the same file into an
#      equivalent table (same columns, a unique index on the id and an index on owner and time, as Okra's table has);
#   2. the same activities ingested on PostgreSQL (binary COPY), in a throwaway cluster;
#   3. every automatic key result of a synthetic organisation (`okra generate --people PEOPLE --activities ACTIVITIES`, the
#      current year) recomputed on SQLite;
#   4. one incoming batch of 1,000 activities, with the key results it touches.
# Every figure is printed beside its target; wall clock and CPU time (user + system) both, with the load average.
# Usage: bench/sales.sh [csv|postgres|recompute|all]   (ROWS, PEOPLE, ACTIVITIES, WORK override the sizes and the folder)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
ROWS=${ROWS:-1000000}
PEOPLE=${PEOPLE:-10000}
ACTIVITIES=${ACTIVITIES:-10000000}
WORK=${WORK:-/tmp/okra-bench-sales}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

for tool in sqlite3 bc; do command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq $tool >/dev/null; }; done
[[ -x /usr/bin/time ]] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# Build what is run, one project after the other (the bench references the app, so building it builds both).
dotnet build src/Okra -c Release -v q -nologo >/dev/null
dotnet build bench/Okra.Bench.Sales -c Release -v q -nologo >/dev/null
okra() { dotnet src/Okra/bin/Release/net10.0/Okra.dll "$@"; }
bench() { dotnet bench/Okra.Bench.Sales/bin/Release/net10.0/Okra.Bench.Sales.dll "$@"; }
# Wall-clock and CPU (user + system) seconds of a command: on a shared, loaded machine the CPU time is the steadier figure.
timed() { /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >/dev/null; read -r wall user sys < "$WORK/time"; echo "$wall $(echo "$user + $sys" | bc)"; }
report() { # label rows wall cpu [baseline-wall baseline-cpu]
  printf '%-22s %9d rows: %7.2f s wall = %8.0f rows/s, %7.2f s CPU = %8.0f rows/s' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)" "$4" "$(echo "$2 / $4" | bc -l)"
  if [[ $# -gt 4 ]]; then
    printf '  (%.2f of sqlite3 wall, %.2f CPU; target >= 0.50)' "$(echo "$5 / $3" | bc -l)" "$(echo "$6 / $4" | bc -l)"
  fi
  echo "  [load $(cut -d' ' -f1 /proc/loadavg)]"
}
mkdir -p "$WORK"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $what == csv || $what == all ]]; then
  csv="$WORK/activities-$ROWS.csv"
  [[ -f $csv ]] || bench csv "$ROWS" "$csv"
  rm -rf "$WORK/okra" "$WORK/plain.db"
  Okra__DataDirectory="$WORK/okra" okra demo --lang en >/dev/null
  sqlite3 "$WORK/plain.db" "CREATE TABLE activities (id TEXT NOT NULL, type TEXT NOT NULL, owner TEXT NOT NULL, at TEXT NOT NULL, customer TEXT, outcome TEXT);
    CREATE UNIQUE INDEX ix_activities_id ON activities (id); CREATE INDEX ix_activities_owner_at ON activities (owner, at);"
  read -r plain plaincpu <<< "$(timed sqlite3 "$WORK/plain.db" ".mode csv" ".import --skip 1 $csv activities")"
  read -r ours ourscpu <<< "$(timed env Okra__DataDirectory="$WORK/okra" dotnet src/Okra/bin/Release/net10.0/Okra.dll import activities "$csv")"
  read -r again againcpu <<< "$(timed env Okra__DataDirectory="$WORK/okra" dotnet src/Okra/bin/Release/net10.0/Okra.dll import activities "$csv")"
  report "sqlite3 .import" "$ROWS" "$plain" "$plaincpu"
  report "okra import (new)" "$ROWS" "$ours" "$ourscpu" "$plain" "$plaincpu"
  report "okra import (again)" "$ROWS" "$again" "$againcpu" "$plain" "$plaincpu"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if [[ $what == postgres || $what == all ]]; then
  [[ -x $PGBIN/initdb ]] || { apt-get update -qq && apt-get install -y -qq postgresql-15 >/dev/null; }
  pgdir=$(mktemp -d /tmp/okra-bench-pg.XXXXXX)
  port=$((20000 + RANDOM % 20000))
  run() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [[ $(id -u) == 0 ]] && chown postgres:postgres "$pgdir"
  run "$PGBIN/initdb" -D "$pgdir/data" -A trust -U okra --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  # A throwaway cluster sized for a bulk load: no fsync; 1 GB of shared buffers, so that the table and its three indexes
  # (about 300 MB for a million activities) are not evicted and written back mid-statement as with the default 128 MB;
  # no checkpoint during the run (a checkpoint every 1 GB of WAL, the default, makes the next change of every page log
  # the whole page).
  run "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off \
    -c shared_buffers=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min" start >/dev/null
  trap 'run "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null; rm -rf "$pgdir"' EXIT
  bench copy "Host=127.0.0.1;Port=$port;Username=okra;Database=okra_bench" "$ROWS"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

if [[ $what == recompute || $what == all ]]; then
  synthetic="$WORK/synthetic-$PEOPLE-$ACTIVITIES"
  if [[ ! -f $synthetic/done ]]; then
    rm -rf "$synthetic"
    read -r gen gencpu <<< "$(timed env Okra__DataDirectory="$synthetic" Okra__Demo=false dotnet src/Okra/bin/Release/net10.0/Okra.dll generate --people "$PEOPLE" --activities "$ACTIVITIES" --year "$(date -u +%Y)")"
    [[ $(sqlite3 "$synthetic/okra.db" 'SELECT COUNT(*) FROM "Activities"' 2>/dev/null) == "$ACTIVITIES" ]] \
      || { echo "okra generate did not write $ACTIVITIES activities into $synthetic" >&2; exit 1; }
    report "okra generate" "$ACTIVITIES" "$gen" "$gencpu"
    touch "$synthetic/done"
  fi
  # A database generated by an older build gets the indexes the recompute reads (the bench host does not migrate).
  Okra__DataDirectory="$synthetic" Okra__Demo=false okra migrate >/dev/null
  echo "full recompute (target < 5 s at 10,000 people and 10,000,000 activities):"
  bench recompute "$synthetic" 4   # the first run in the process compiles the queries (JIT, EF model)
  echo "one batch of 1,000 activities (target < 100 ms):"
  bench batch "$synthetic" 20
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
