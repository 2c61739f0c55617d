#!/usr/bin/env bash
# Load benchmark of issue 7 on a generated organisation (SQLite), one command from a fresh clone:
#   bench/load.sh [--people 10000] [--seconds 30] [--seed 1]
# Builds Release; generates the organisation once and keeps it under $OKRA_BENCH_CACHE (default /tmp/okra-bench),
# keyed by people, seed, year and the generator's and schema's source; starts the app on a copy; drives it with wrk at
# a constant rate (bench/pace.lua: wrk's delay() hook on a fixed schedule, since Debian has no wrk2); measures the
# bare-database floor of the same rows with bench/Okra.Bench.Floor (raw Microsoft.Data.Sqlite, no EF, no HTTP); stops
# everything; prints each figure beside its target. wrk and sqlite3 come from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
people=10000; seconds=30; seed=1; tree_rate=200; checkin_rate=1000
usage() { echo "usage: bench/load.sh [--people N] [--seconds S] [--seed N] [--tree-rate R] [--checkin-rate R]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --people) people=${2:?}; shift 2;; --seconds) seconds=${2:?}; shift 2;; --seed) seed=${2:?}; shift 2;;
    --tree-rate) tree_rate=${2:?}; shift 2;; --checkin-rate) checkin_rate=${2:?}; shift 2;;
    *) usage;;
  esac
done
year=$(date -u +%Y) # the current year, so that today's check-ins fall in the year's and the quarter's cycles

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v sqlite3 >/dev/null || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=$([ "$(id -u)" -ne 0 ] && echo sudo || true)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "== building Release"
dotnet build src/Okra -c Release -v q -nologo >/dev/null
dotnet build bench/Okra.Bench.Floor -c Release -v q -nologo >/dev/null
okra() { dotnet src/Okra/bin/Release/net10.0/Okra.dll "$@"; }

work=$(mktemp -d)
server=
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
export Okra__Database__Provider=Sqlite Okra__TimeZone=UTC Okra__Demo=false Okra__Rhythm__Worker=false
export Okra__RateLimits__ApiPerMinute=100000000 Logging__LogLevel__Default=Warning

# The cache key changes with the generator and the schema, so a stale database is never reused.
source_key=$( (git rev-parse HEAD:src/Okra/Generation HEAD:src/Okra.Data/Migrations 2>/dev/null || echo unversioned) | sha1sum | cut -c1-12)
cache=${OKRA_BENCH_CACHE:-/tmp/okra-bench}
cached="$cache/okra-people$people-seed$seed-year$year-$source_key.db"
mkdir -p "$cache"
if [ -f "$cached" ]; then
  echo "== reusing $cached"
else
  echo "== generating $people people (seed $seed, year $year) into $cached"
  mkdir -p "$work/generate"
  /usr/bin/time -f "generate: %e s wall, %U s user, %S s sys" \
    env Okra__DataDirectory="$work/generate" dotnet src/Okra/bin/Release/net10.0/Okra.dll generate --people "$people" --seed "$seed" --year "$year"
  sqlite3 "$work/generate/okra.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  mv "$work/generate/okra.db" "$cached.partial" && mv "$cached.partial" "$cached"
fi
cp "$cached" "$work/okra.db"
export Okra__DataDirectory="$work"
db="$work/okra.db"

admin=$(sqlite3 "$db" "SELECT Email FROM People ORDER BY Email LIMIT 1")
okra users add --name "Load test" --email "$admin" --role admin >/dev/null
export OKRA_TOKEN=$(okra tokens create --user "$admin" --scope write --expires 1d | grep -o 'okra_[A-Za-z0-9_-]\{20,\}')
export OKRA_CYCLE=$(sqlite3 "$db" "SELECT lower(Id) FROM Cycles WHERE Name LIKE '%-Q4'")
sqlite3 "$db" "SELECT lower(Id) FROM Teams WHERE Name LIKE 'Team %' ORDER BY Id" > "$work/teams.txt"
sqlite3 "$db" "SELECT lower(k.Id) FROM KeyResults k JOIN Objectives o ON o.Id = k.ObjectiveId JOIN Cycles c ON c.Id = o.CycleId
               WHERE k.Kind = 'Metric' AND c.Name = '$year' ORDER BY k.Id LIMIT 2000" > "$work/keyresults.txt"
[ -s "$work/teams.txt" ] && [ -s "$work/keyresults.txt" ] && [ -n "$OKRA_CYCLE" ] || { echo "load.sh: the generated organisation lacks teams, key results or a Q4 cycle" >&2; exit 1; }

port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:$port"
dotnet src/Okra/bin/Release/net10.0/Okra.dll --urls "$url" > "$work/app.log" 2>&1 & server=$!
for _ in $(seq 240); do curl -sf "$url/health" >/dev/null && break; sleep 0.5; done
curl -sf "$url/health" >/dev/null || { echo "load.sh: the app did not start; its log:" >&2; cat "$work/app.log" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# run NAME SCRIPT RATE CONNECTIONS: wrk for $seconds at RATE requests/s (0: as fast as it goes), with the app's CPU time.
run() {
  local name=$1 script=$2 rate=$3 connections=$4 threads=$5 list=$6
  local before; before=$(cpu_ticks)
  OKRA_RATE=$rate OKRA_THREADS=$threads wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s -s "bench/$script" "$url" -- "$work/$list" \
    | grep RESULT > "$work/$name.txt"
  echo "$(cat "$work/$name.txt") app_cpu_s=$(awk "BEGIN {printf \"%.1f\", ($(cpu_ticks) - $before) / $(getconf CLK_TCK)}") loadavg=$(cut -d' ' -f1 /proc/loadavg)" > "$work/$name.txt"
  echo "   $name: $(cat "$work/$name.txt")"
}
# Long enough for tiered JIT to finish promoting the hot paths: under load it takes tens of seconds, and its
# compiler thread would otherwise be counted in the latencies (a profile 20 s into the check-ins still spent 17 % of
# the CPU compiling; after 70 s, 0.4 %). Tree reads warm up as fast as they go: 23 s of them, most at 200/s, still
# left the compiler thread 15 % of the CPU; after 60 s as fast as they go, 0.1 %.
echo "== warming up (45 s of tree reads as fast as they go, 45 s of check-ins, not counted)"
OKRA_RATE=0 OKRA_THREADS=1 wrk -t1 -c8 -d45s -s bench/tree.lua "$url" -- "$work/teams.txt" >/dev/null
OKRA_RATE=$checkin_rate OKRA_THREADS=2 wrk -t2 -c32 -d45s -s bench/checkin.lua "$url" -- "$work/keyresults.txt" >/dev/null
echo "== team tree reads at $tree_rate/s, check-ins at $checkin_rate/s, check-ins as fast as they go, then authenticated requests that reach no handler ($seconds s each)"
run tree tree.lua "$tree_rate" 8 1 teams.txt
run checkin checkin.lua "$checkin_rate" 32 2 keyresults.txt
run checkin-max checkin.lua 0 16 2 keyresults.txt
run pipeline pipeline.lua 0 16 2 teams.txt
kill "$server"; wait "$server" 2>/dev/null || true; server=

echo "== the floor: the same rows with raw Microsoft.Data.Sqlite ($seconds s each)"
dotnet bench/Okra.Bench.Floor/bin/Release/net10.0/Okra.Bench.Floor.dll --db "$db" --cycle "$OKRA_CYCLE" \
  --teams "$work/teams.txt" --key-results "$work/keyresults.txt" --seconds "$seconds" | tee "$work/floor.txt" | sed 's/^/   /'

field() { grep -o "$2=[0-9.]*" "$work/$1.txt" | head -1 | cut -d= -f2; }
floor() { grep "FLOOR $1" "$work/floor.txt" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
ratio() { awk "BEGIN {printf \"%.1f×\", $1 / $2}"; }
verdict() { awk "BEGIN {print ($1) ? \"met\" : \"MISSED\"}"; }
tree_p99=$(field tree p99); tree_p50=$(field tree p50); tree_rps=$(field tree rps)
in_p99=$(field checkin p99); in_p50=$(field checkin p50); in_rps=$(field checkin rps); in_bad=$(field checkin non2xx)
max_rps=$(field checkin-max rps); max_p99=$(field checkin-max p99); max_bad=$(field checkin-max non2xx)
fr50=$(floor read p50); fr99=$(floor read p99); fw50=$(floor write p50); fw99=$(floor write p99)

echo
echo "== Okra on SQLite, $people people, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (wrk $tree_rate/s and $checkin_rate/s constant rate)"
printf "%-48s %14s   %-26s %s\n" "figure" "measured" "target" ""
printf "%-48s %11s ms   %-26s %s\n" "team tree read p99 at $tree_rps req/s" "$tree_p99" "< 50 ms at 200 req/s" "$(verdict "$tree_p99 < 50 && $tree_rps >= 0.98 * 200")"
printf "%-48s %11s ms   %-26s\n" "team tree read p50" "$tree_p50" ""
printf "%-48s %11s /s   %-26s %s\n" "check-ins posted, sustained (paced)" "$in_rps" ">= 1000/s" "$(verdict "$in_rps >= 0.98 * 1000 && $in_bad == 0") ($in_bad non-2xx)"
printf "%-48s %11s ms   %-26s %s\n" "check-in post p99 at $in_rps/s" "$in_p99" "< 50 ms" "$(verdict "$in_p99 < 50")"
printf "%-48s %11s ms   %-26s\n" "check-in post p50" "$in_p50" ""
printf "%-48s %11s /s   %-26s %s\n" "check-ins as fast as they go (16 connections)" "$max_rps" "(information)" "p99 $max_p99 ms, $max_bad non-2xx"
printf "%-48s %14s   %-26s %s\n" "tree read / floor, p50 ($tree_p50 / $fr50 ms)" "$(ratio "$tree_p50" "$fr50")" "< 3×" "$(verdict "$tree_p50 < 3 * $fr50")"
printf "%-48s %14s   %-26s\n" "tree read / floor, p99 ($tree_p99 / $fr99 ms)" "$(ratio "$tree_p99" "$fr99")" "(information)"
printf "%-48s %14s   %-26s %s\n" "check-in / floor, p50 ($in_p50 / $fw50 ms)" "$(ratio "$in_p50" "$fw50")" "< 3×" "$(verdict "$in_p50 < 3 * $fw50")"
printf "%-48s %14s   %-26s\n" "check-in / floor, p99 ($in_p99 / $fw99 ms)" "$(ratio "$in_p99" "$fw99")" "(information)"
# CPU per operation does not depend on how busy the machine is the way latency does: the overhead without queueing.
per_op() { awk "BEGIN {printf \"%.2f\", $(field "$1" app_cpu_s) * 1000 / $(field "$1" requests)}"; }
tree_cpu=$(per_op tree); in_cpu=$(per_op checkin-max); frc=$(floor read cpu_ms_per_op); fwc=$(floor write cpu_ms_per_op)
printf "%-48s %14s   %-26s\n" "tree read CPU / floor CPU ($tree_cpu / $frc ms)" "$(ratio "$tree_cpu" "$frc")" "(overhead without queueing)"
printf "%-48s %14s   %-26s\n" "check-in CPU / floor CPU ($in_cpu / $fwc ms)" "$(ratio "$in_cpu" "$fwc")" "(overhead without queueing)"
# What any API request costs before its handler runs (Kestrel, the middleware, the token's check, a 404 answer).
pipe_cpu=$(per_op pipeline)
printf "%-48s %11s ms   %-26s %s\n" "authenticated API request, no handler: CPU" "$pipe_cpu" "(information)" "$(ratio "$pipe_cpu" "$fwc") the write floor, $(ratio "$pipe_cpu" "$frc") the read floor"
echo "app CPU (user+sys) per run: tree $(field tree app_cpu_s) s, check-ins $(field checkin app_cpu_s) s, as fast as they go $(field checkin-max app_cpu_s) s, over $seconds s each"
echo "late requests (could not leave on their slot, > 5 ms): tree $(field tree late) (worst $(field tree worst_late_ms) ms), check-ins $(field checkin late) (worst $(field checkin worst_late_ms) ms)"
