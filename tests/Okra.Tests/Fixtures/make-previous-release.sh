#!/usr/bin/env bash
# Rebuilds the "previous release" fixtures from the current code (run only when cutting a release, then commit):
#   previous-release.sqlite.db       the demo organisation plus an extra account, a token, a comment and data-protection keys
#   previous-release.postgres.sql    the same OKR rows on PostgreSQL (pg_dump --inserts, plain SQL)
#   previous-release.*.export.json   `okra export` of each, the rows a forward migration must keep
# MigrationForwardTests copy them, run `okra migrate` with the newer code and compare the export row by row.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$here/../../.."
bin=/usr/lib/postgresql/15/bin
dotnet build "$repo/src/Okra" -c Release -v q >/dev/null
okra() { dotnet "$repo/src/Okra/bin/Release/net10.0/Okra.dll" "$@"; }
work=$(mktemp -d); chmod 777 "$work"
export Okra__TimeZone=UTC

# SQLite: the demo, then one of each row the demo lacks, written by the app itself.
export Okra__Database__Provider=Sqlite Okra__DataDirectory="$work/sqlite"
okra demo --lang en
okra users add --name "Fixture Viewer" --email fixture.viewer@example.test --role viewer
okra tokens create --user anna.kovacs@demo.okra.local --scope write --expires 700d | grep -o 'okra_[A-Za-z0-9_-]\{20,\}' > "$work/token"
dotnet "$repo/src/Okra/bin/Release/net10.0/Okra.dll" --urls http://127.0.0.1:5099 >/dev/null 2>&1 & server=$!
for _ in $(seq 120); do curl -sf http://127.0.0.1:5099/health >/dev/null && break; sleep 0.5; done
objective=$(curl -sf -H "Authorization: Bearer $(cat "$work/token")" http://127.0.0.1:5099/api/v1/objectives | jq -r '.[0].id')
curl -sf -H "Authorization: Bearer $(cat "$work/token")" -H 'content-type: application/json' \
  -d "{\"objectiveId\":\"$objective\",\"body\":\"Fixture comment with **Markdown** and accents: Új ügyfél\"}" http://127.0.0.1:5099/api/v1/comments >/dev/null
kill $server; wait $server || true
okra export -o "$here/previous-release.sqlite.export.json"
sqlite3 "$work/sqlite/okra.db" "PRAGMA journal_mode=DELETE; VACUUM;" >/dev/null
cp "$work/sqlite/okra.db" "$here/previous-release.sqlite.db"

# PostgreSQL: the same OKR rows by import, plus an account and a token.
runuser -u postgres -- "$bin/initdb" -D "$work/pg" -A trust -U okra >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p 5499 -k $work -c listen_addresses=127.0.0.1" start >/dev/null
trap 'runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null; rm -rf "$work"' EXIT
"$bin/createdb" -h 127.0.0.1 -p 5499 -U okra fixture
export Okra__Database__Provider=Postgres ConnectionStrings__Okra="Host=127.0.0.1;Port=5499;Username=okra;Database=fixture"
okra import "$here/previous-release.sqlite.export.json"
okra users add --name "Fixture Viewer" --email fixture.viewer@example.test --role viewer
okra tokens create --user fixture.viewer@example.test --scope read --expires 700d >/dev/null
okra export -o "$here/previous-release.postgres.export.json"
"$bin/pg_dump" -h 127.0.0.1 -p 5499 -U okra --inserts --no-owner --no-privileges fixture > "$here/previous-release.postgres.sql"
ls -la "$here"
