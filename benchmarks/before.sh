#!/usr/bin/env bash
# Prepares the "before" side of a before/after benchmark run: a checkout of COMMIT in DIR whose library
# project is also available as PeaceModel.Baseline.csproj (its own assembly name beside the current one).
#   benchmarks/before.sh 93130ac /tmp/peacemodel-before
#   PEACEMODEL_BASELINE=/tmp/peacemodel-before dotnet run -c Release --project benchmarks/PeaceModel.Benchmarks -- --filter '*' --job short
set -euo pipefail
commit=${1:?commit to compare with}
dir=${2:?directory for its checkout}
git worktree add --force --detach "$dir" "$commit"
sed "s|<PackageId>PeaceModel</PackageId>|<PackageId>PeaceModel.Baseline</PackageId>|" "$dir/src/PeaceModel/PeaceModel.csproj" >"$dir/src/PeaceModel/PeaceModel.Baseline.csproj"
