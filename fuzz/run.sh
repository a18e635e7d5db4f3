#!/usr/bin/env bash
# Fuzz PeaceModelJson.Deserialize + validation + analysis with AFL++ and SharpFuzz, for a bounded time.
# Usage: fuzz/run.sh [seconds]   (default 600). Needs: apt-get install -y afl++ ;
# the SharpFuzz.CommandLine tool is installed into fuzz/.tools. Findings land in fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
out=PeaceModel.Fuzz/bin/fuzz
[ -x .tools/sharpfuzz ] || dotnet tool install --tool-path .tools SharpFuzz.CommandLine --version 2.3.0
rm -rf "$out"
dotnet publish PeaceModel.Fuzz -c Release -o "$out"
.tools/sharpfuzz "$out/PeaceModel.dll"   # instrument the library under test
mkdir -p inputs findings
cp ../seeds/*.json inputs/
cp ../tests/PeaceModel.Tests/Corpus/*.json inputs/ 2>/dev/null || true
rm -f inputs/corpus.json
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --preserve-status "$seconds" afl-fuzz -i inputs -o findings -t 10000 -m none -- dotnet "$out/PeaceModel.Fuzz.dll" || true
echo "crashes: $(ls findings/default/crashes 2>/dev/null | grep -vc README || true)"
