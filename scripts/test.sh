#!/usr/bin/env bash
# The one test command (README "Test"): installs the npm test tools from the committed lockfile, starts Azurite
# (Table service, in memory, telemetry off, loopback only), runs every .NET test project, stops Azurite, and
# prints "N passed, M failed" from the test results. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

# 1-2. npm tools (reinstalled only when the lockfile changed) and Azurite on a free loopback port, in memory.
source "$root/scripts/azurite.sh"
start_azurite "$results/azurite.log"
export CORETET_TEST_TABLES="$azurite_tables"
export CORETET_NODE_MODULES="$root/node_modules"
export CORETET_AZURITE_PID="$azurite_pid"

# 3. Build once, then every test project (one results file each).
set +e
status=0
dotnet build Coretet.Bot.sln --nologo -v quiet "$@" || status=1
if [ "$status" -eq 0 ]; then
  for project in tests/*/*.csproj; do
    name="$(basename "$project" .csproj)"
    dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
  done
fi
set -e

# 4. One line from the test results.
summary="$(node -e '
const fs=require("fs"),path=require("path");let p=0,f=0,n=0;
for (const file of fs.readdirSync(process.argv[1]).filter(x=>x.endsWith(".trx"))) {
  const m=/<Counters [^>]*>/.exec(fs.readFileSync(path.join(process.argv[1],file),"utf8")); if(!m) continue; n++;
  const get=k=>Number((new RegExp(k+"=\"(\\d+)\"").exec(m[0])||[0,0])[1]);
  p+=get("passed"); f+=get("failed")+get("error")+get("timeout")+get("aborted");
}
if (process.argv[2]!=="0" && f===0) f=1; // a build or runner failure counts as one
console.log(`${p} passed, ${f} failed`);' "$results" "$status")"
echo "$summary"
if [ "$status" -ne 0 ] || [[ "$summary" != *" 0 failed" ]] || [[ "$summary" == "0 passed"* ]]; then exit 1; fi
