#!/usr/bin/env bash
# `peacemodel validate` on a JSON Lines file against Ajv 8 (compiled, draft 2020-12, strict; the schema alone),
# and optionally against an earlier build of the tool, runs alternating, wall time and peak resident memory each.
#   benchmarks/validate-vs-ajv.sh [COUNT] [BEFORE_CLI_DLL]
#   benchmarks/validate-vs-ajv.sh 20000 /tmp/pm-27-before/src/PeaceModel.Cli/bin/Release/net10.0/PeaceModel.Cli.dll
# Needs node (Ajv from tests/schema-js, installed with npm ci there).
set -euo pipefail
count=${1:-20000}
before=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/src/PeaceModel.Cli/bin/Release/net10.0/PeaceModel.Cli.dll"
file=${TMPDIR:-/tmp}/peacemodel-validate-$count.jsonl
nice -n 10 dotnet build -c Release "$root/src/PeaceModel.Cli/PeaceModel.Cli.csproj" >/dev/null
(cd "$root/tests/schema-js" && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)
[ -f "$file" ] || dotnet "$cli" generate --count "$count" --seed 7 --output "$file" >/dev/null
echo "$count events, $(stat -c %s "$file") bytes"
for round in 1 2; do
  if [ -n "$before" ]; then
    echo -n "before, round $round: "; /usr/bin/time -f "%e s %M KB" dotnet "$before" validate "$file" 2>&1 >/dev/null | tail -1
  fi
  echo -n "after, round $round: "; /usr/bin/time -f "%e s %M KB" dotnet "$cli" validate "$file" 2>&1 >/dev/null | tail -1
  echo -n "ajv, round $round: "; /usr/bin/time -f "%e s %M KB" node "$root/tests/schema-js/verdicts.mjs" "$root/schema/peacemodel.schema.json" <"$file" 2>&1 >/dev/null | tail -1
done
