#!/usr/bin/env bash
# Benchmarks (docs/storage.md "Benchmark"): installs the npm tools from the committed lockfile like scripts/test.sh,
# starts Azurite (Table service, in memory, telemetry off, loopback only), runs bench/Coretet.Bot.Bench in Release
# with the given benchmark names (none = all), and stops Azurite. Prints figures only; no pass/fail.
#   ./scripts/bench.sh            # every benchmark
#   ./scripts/bench.sh storage    # one
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! cmp -s package-lock.json node_modules/.coretet-lock 2>/dev/null; then
  echo "== npm ci (Azurite, adaptivecards, app-manifest)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.coretet-lock
fi

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
azurite_dir="$(mktemp -d)"
(cd "$azurite_dir" && exec "$root/node_modules/.bin/azurite-table" --inMemoryPersistence --disableTelemetry \
  --skipApiVersionCheck --silent --tableHost 127.0.0.1 --tablePort "$port") >"$azurite_dir/azurite.log" 2>&1 &
azurite_pid=$!
cleanup() { kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; rm -rf "$azurite_dir"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$azurite_pid" 2>/dev/null; then echo "Azurite failed to start:"; cat "$azurite_dir/azurite.log"; exit 1; fi
  sleep 0.2
done
echo "== Azurite table service on 127.0.0.1:$port (pid $azurite_pid)"

# The well-known Azurite development account (public, documented by Microsoft; not a secret).
export CORETET_BENCH_TABLES="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
dotnet run --project bench/Coretet.Bot.Bench -c Release -- "$@"
