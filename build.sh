#!/usr/bin/env bash
# Okra's one entry point for a fresh machine.
#   ./build.sh run    — run the app on the embedded default (SQLite under ./data, demo organisation) at http://localhost:5080
#   ./build.sh test   — install what the tests need that the machine lacks, then run every test
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
have() { command -v "$1" >/dev/null 2>&1; }

ensure_postgres() {
  # The integration tests start a throwaway cluster from the machine's PostgreSQL binaries.
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need_apt+=(postgresql); fi
}

ensure_chromium() {
  # The browser tests drive the machine's Chromium (Playwright with ExecutablePath=/usr/bin/chromium); it is never downloaded.
  if [ ! -x /usr/bin/chromium ]; then need_apt+=(chromium); fi
}

install_missing() {
  if [ ${#need_apt[@]} -gt 0 ]; then
    echo "Installing ${need_apt[*]} from Debian's packages…"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  fi
}

case "${1:-run}" in
  run)
    shift || true
    exec dotnet run --project src/Okra -c Release -- "$@"
    ;;
  test)
    ensure_postgres
    ensure_chromium
    install_missing
    dotnet tool restore >/dev/null
    mkdir -p test-output
    set +e
    dotnet test Okra.slnx -c Release "${@:2}" 2>&1 | tee test-output/test.log
    status=${PIPESTATUS[0]}
    set -e
    # One closing line for any reader, summed over the test assemblies: "Tests: N passed, N failed, N skipped".
    awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { v = $(i + 1); gsub(",", "", v);
           if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v } }
         END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' test-output/test.log
    exit $status
    ;;
  *)
    echo "usage: ./build.sh run | test" >&2
    exit 2
    ;;
esac
