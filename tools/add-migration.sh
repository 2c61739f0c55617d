#!/usr/bin/env bash
# Adds a migration NAME for both providers (each keeps its own folder and namespace).
set -euo pipefail
name=${1:?usage: tools/add-migration.sh NAME}
cd "$(dirname "$0")/../src/Okra.Data"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --context "${provider}OkraDbContext" \
    --output-dir "Migrations/$provider" --namespace "Okra.Data.Migrations.$provider"
done
# dotnet ef places model snapshots by namespace; keep them beside their migrations.
if [ -d Okra ]; then
  find Okra -name '*ModelSnapshot.cs' | while read -r f; do mv "$f" "Migrations/$(basename "$(dirname "$f")")/"; done
  rm -rf Okra
fi
rm -f design.db
