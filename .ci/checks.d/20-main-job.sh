#!/usr/bin/env bash
# The README's first command: helse report on the embedded sample writes the report and the indicator files,
# and the headline figures are the calibrated ones.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$repo"
dotnet run --project src/HelseIndicators.Cli -c Release --no-build -- report --out "$out" > "$out/stdout.txt"
grep -q "Hovedtall 2015" "$out/stdout.txt"
for file in report.html indicators.csv indicators.json; do
  test -s "$out/$file" || { echo "missing $file"; exit 1; }
done
grep -q "<svg" "$out/report.html"
grep -q '"schema": "helse-indicators/1"' "$out/indicators.json"
# Industry revenue 2015 is 52 bn NOK within 1 %.
grep -E '^revenue,2015,,industry,,' "$out/indicators.csv" | awk -F, '{ v = $6 / 52e9; if (v < 0.99 || v > 1.01) { print "industry revenue 2015 is " $6; exit 1 } }'
echo "main job: report written, headline calibrated"
