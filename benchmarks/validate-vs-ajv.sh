#!/usr/bin/env bash
# `peacemodel validate` on a JSON Lines file against Ajv 8 (compiled, draft 2020-12, strict; the schema alone),
# and optionally against earlier builds of the tool, runs alternating: wall time, CPU time (user, system) and peak
# resident memory each, and the load average before each round (other work on the machine shows in the wall time).
#   benchmarks/validate-vs-ajv.sh [COUNT] [BEFORE_CLI_DLL...]
#   benchmarks/validate-vs-ajv.sh 20000 /tmp/pm-27-before/src/PeaceModel.Cli/bin/Release/net10.0/PeaceModel.Cli.dll
# ROUNDS (default 2) sets the number of rounds.
# Needs node (Ajv from tests/schema-js, installed with npm ci there).
set -euo pipefail
count=${1:-20000}
shift || true
befores=("$@")
rounds=${ROUNDS:-2}
format="%e s wall, %U s user, %S s system, %M KB"
root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/src/PeaceModel.Cli/bin/Release/net10.0/PeaceModel.Cli.dll"
file=${TMPDIR:-/tmp}/peacemodel-validate-$count.jsonl
nice -n 10 dotnet build -c Release "$root/src/PeaceModel.Cli/PeaceModel.Cli.csproj" >/dev/null
(cd "$root/tests/schema-js" && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
[ -f "$file" ] || dotnet "$cli" generate --count "$count" --seed 7 --output "$file" >/dev/null
echo "$count events, $(stat -c %s "$file") bytes"
for round in $(seq 1 "$rounds"); do
  echo "round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for before in "${befores[@]}"; do
    echo -n "  before ($before): "; /usr/bin/time -f "$format" dotnet "$before" validate "$file" 2>&1 >/dev/null | tail -1
  done
  echo -n "  after: "; /usr/bin/time -f "$format" dotnet "$cli" validate "$file" 2>&1 >/dev/null | tail -1
  echo -n "  ajv: "; /usr/bin/time -f "$format" node "$root/tests/schema-js/verdicts.mjs" "$root/schema/peacemodel.schema.json" <"$file" 2>&1 >/dev/null | tail -1
done
