# Sourced by scripts/test.sh and scripts/bench.sh (not run on its own): installs the npm tools from the committed
# lockfile when it changed, then starts Azurite's Table service on a free loopback port, in memory, telemetry off.
# Usage: start_azurite LOGFILE. Sets azurite_pid, azurite_port and azurite_tables (the connection string of the
# well-known development account: public, documented by Microsoft, not a secret); stops Azurite on exit.
start_azurite() {
  local log="$1"
  if ! cmp -s package-lock.json node_modules/.coretet-lock 2>/dev/null; then
    echo "== npm ci (Azurite, adaptivecards, app-manifest)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.coretet-lock
  fi
  azurite_port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  azurite_dir="$(mktemp -d)"
  (cd "$azurite_dir" && exec "$root/node_modules/.bin/azurite-table" --inMemoryPersistence --disableTelemetry \
    --skipApiVersionCheck --silent --tableHost 127.0.0.1 --tablePort "$azurite_port") >"$log" 2>&1 &
  azurite_pid=$!
  trap 'kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; rm -rf "$azurite_dir"' EXIT
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$azurite_port") 2>/dev/null; then break; fi
    if ! kill -0 "$azurite_pid" 2>/dev/null; then echo "Azurite failed to start:"; cat "$log"; exit 1; fi
    sleep 0.2
  done
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$azurite_port") 2>/dev/null; then echo "Azurite did not listen on port $azurite_port"; exit 1; fi
  echo "== Azurite table service on 127.0.0.1:$azurite_port (pid $azurite_pid)"
  azurite_tables="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;"
}
