#!/usr/bin/env bash
# Benchmarks (docs/bench.md): installs the npm tools and starts Azurite like scripts/test.sh, runs
# bench/Coretet.Bot.Bench in Release with the given benchmark names (none = all), and stops Azurite.
# Prints figures only; no pass/fail.
#   ./scripts/bench.sh            # every benchmark
#   ./scripts/bench.sh storage    # one
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
log="${TMPDIR:-/tmp}/coretet-bench-azurite.log"
source "$root/scripts/azurite.sh"
start_azurite "$log"
export CORETET_BENCH_TABLES="$azurite_tables"
dotnet run --project bench/Coretet.Bot.Bench -c Release -- "$@"
