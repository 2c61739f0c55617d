#!/usr/bin/env bash
# The long fuzz: 3000 API and 1000 import cases per database (CI runs 300 and 100), same seed.
set -euo pipefail
cd "$(dirname "$0")/.."
OKRA_FUZZ_CASES=${OKRA_FUZZ_CASES:-3000} dotnet test tests/Okra.Tests -c Release --filter "FullyQualifiedName~Reliability.FuzzTests|FullyQualifiedName~ImportFuzzTests"
