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
# Its source generator project gets a name of its own too (PeaceModel.Baseline.Generators): BenchmarkDotNet builds
# both libraries into one output folder, with intermediate folders named after each project, where two
# PeaceModel.Generators would overwrite each other.
if [ -f "$dir/src/PeaceModel.Generators/PeaceModel.Generators.csproj" ]; then
  sed "s|<RootNamespace>PeaceModel.Generators</RootNamespace>|&\n    <AssemblyName>PeaceModel.Baseline.Generators</AssemblyName>|" \
    "$dir/src/PeaceModel.Generators/PeaceModel.Generators.csproj" >"$dir/src/PeaceModel.Generators/PeaceModel.Baseline.Generators.csproj"
  sed -i 's|PeaceModel.Generators\\PeaceModel.Generators.csproj|PeaceModel.Generators\\PeaceModel.Baseline.Generators.csproj|' "$dir/src/PeaceModel/PeaceModel.Baseline.csproj"
fi
