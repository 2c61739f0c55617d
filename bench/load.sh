#!/usr/bin/env bash
# Load benchmark on a generated organisation (SQLite), one command from a fresh clone:
#   bench/load.sh [--people 10000] [--seconds 30]
# Builds Release, generates the organisation, starts the app, runs wrk against the tree read and the check-in
# POST, measures the bare-database floor of the same work with sqlite3, stops everything, and prints each figure
# beside its target. wrk and sqlite3 come from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
people=10000; seconds=30
while [ $# -gt 0 ]; do case "$1" in --people) people=$2; shift 2;; --seconds) seconds=$2; shift 2;; *) echo "usage: bench/load.sh [--people N] [--seconds S]" >&2; exit 2;; esac; done

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v sqlite3 >/dev/null || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=$([ "$(id -u)" -ne 0 ] && echo sudo || true)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

dotnet build src/Okra -c Release -v q -nologo >/dev/null
okra() { dotnet src/Okra/bin/Release/net10.0/Okra.dll "$@"; }
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export Okra__DataDirectory="$work" Okra__Database__Provider=Sqlite Okra__TimeZone=UTC Okra__Demo=false
export Okra__RateLimits__ApiPerMinute=100000000 Logging__LogLevel__Default=Warning

echo "== generating $people people"
okra generate --people "$people" --seed 1 --year "$(date -u +%Y)"
db="$work/okra.db"
admin=$(sqlite3 "$db" "SELECT Email FROM People ORDER BY Email LIMIT 1")
okra users add --email "$admin" --role admin >/dev/null
export OKRA_TOKEN=$(okra tokens create --user "$admin" --scope write --expires 1d | grep -o 'okra_[A-Za-z0-9_-]\{20,\}')
export OKRA_CYCLE=$(sqlite3 "$db" "SELECT Id FROM Cycles WHERE Name LIKE '%-Q4'" | tr 'A-Z' 'a-z')
sqlite3 "$db" "SELECT lower(Id) FROM Teams WHERE Name LIKE 'Team %'" > "$work/teams.txt"
# The organisation is generated for the current year, so today's check-ins fit the year's metric key results.
sqlite3 "$db" "SELECT lower(k.Id) FROM KeyResults k JOIN Objectives o ON o.Id = k.ObjectiveId JOIN Cycles c ON c.Id = o.CycleId
               WHERE k.Kind = 'Metric' AND c.Name = strftime('%Y', 'now') ORDER BY k.Id LIMIT 2000" > "$work/keyresults.txt"

port=$((20000 + RANDOM % 20000))
dotnet src/Okra/bin/Release/net10.0/Okra.dll --urls "http://127.0.0.1:$port" > "$work/app.log" 2>&1 & server=$!
for _ in $(seq 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
url="http://127.0.0.1:$port"

echo "== tree of a team ($seconds s, 4 connections, about 200 req/s per the target)"
wrk -t2 -c4 -d"${seconds}s" --latency -s bench/tree.lua "$url" -- "$work/teams.txt" | tee "$work/tree.txt" | grep -E "RESULT|Requests/sec"
echo "== check-ins ($seconds s, 16 connections)"
wrk -t2 -c16 -d"${seconds}s" --latency -s bench/checkin.lua "$url" -- "$work/keyresults.txt" | tee "$work/checkin.txt" | grep -E "RESULT|Requests/sec"
kill "$server"; wait "$server" 2>/dev/null || true; server=

# The floor: the same rows read and written by sqlite3 directly (no HTTP, no EF, no domain rules).
team=$(head -1 "$work/teams.txt" | tr 'a-z' 'A-Z'); kr=$(head -1 "$work/keyresults.txt" | tr 'a-z' 'A-Z')
floor_read=$( { time -p sqlite3 "$db" >/dev/null <<SQL
SELECT o.* FROM Objectives o JOIN ObjectiveTeams t ON t.ObjectiveId = o.Id WHERE o.CycleId = upper('$OKRA_CYCLE') AND t.TeamId = '$team';
SELECT k.* FROM KeyResults k JOIN ObjectiveTeams t ON t.ObjectiveId = k.ObjectiveId WHERE t.TeamId = '$team';
SELECT c.* FROM CheckIns c JOIN KeyResults k ON k.Id = c.KeyResultId JOIN ObjectiveTeams t ON t.ObjectiveId = k.ObjectiveId WHERE t.TeamId = '$team';
SQL
} 2>&1 | awk '/^real/ {print $2 * 1000}')
floor_write=$( { time -p sqlite3 "$db" "PRAGMA journal_mode=WAL; INSERT INTO CheckIns SELECT lower(hex(randomblob(16))), KeyResultId, Date, Value, Confidence, Comment, Blockers, AuthorId, Source, CreatedAt, IsRetracted FROM CheckIns WHERE KeyResultId = '$kr' LIMIT 1;" >/dev/null; } 2>&1 | awk '/^real/ {print $2 * 1000}')

read_p99=$(grep -o 'p99=[0-9.]*' "$work/tree.txt" | cut -d= -f2); read_p50=$(grep -o 'p50=[0-9.]*' "$work/tree.txt" | cut -d= -f2)
read_rps=$(grep -o 'rps=[0-9]*' "$work/tree.txt" | cut -d= -f2)
write_p99=$(grep -o 'p99=[0-9.]*' "$work/checkin.txt" | cut -d= -f2); write_p50=$(grep -o 'p50=[0-9.]*' "$work/checkin.txt" | cut -d= -f2)
write_rps=$(grep -o 'rps=[0-9]*' "$work/checkin.txt" | cut -d= -f2); write_bad=$(grep -o 'non2xx=[0-9]*' "$work/checkin.txt" | cut -d= -f2)
echo
echo "== Okra on SQLite, $people people ($(nproc) cores)"
printf "%-44s %12s   %s\n" "figure" "measured" "target"
printf "%-44s %9s ms   %s\n" "team tree read, p99 latency" "$read_p99" "< 50 ms at 200 req/s (measured at $read_rps req/s)"
printf "%-44s %9s /s   %s\n" "check-ins posted, sustained" "$write_rps" ">= 1000/s ($write_bad non-2xx)"
printf "%-44s %9s ms   %s\n" "check-in post, p99 latency" "$write_p99" "< 50 ms"
printf "%-44s %9s ×    %s\n" "tree read p50 / sqlite3 floor ($floor_read ms)" "$(awk "BEGIN {printf \"%.1f\", $read_p50 / $floor_read}")" "< 3× (the floor includes sqlite3's start)"
printf "%-44s %9s ×    %s\n" "check-in p50 / sqlite3 floor ($floor_write ms)" "$(awk "BEGIN {printf \"%.1f\", $write_p50 / $floor_write}")" "< 3× (the floor includes sqlite3's start)"
