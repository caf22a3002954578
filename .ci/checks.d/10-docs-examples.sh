#!/usr/bin/env bash
# Every docs/examples/*.cs is a .NET 10 file-based app; each must run and exit 0.
set -uo pipefail
cd "$(dirname "$0")/../../docs/examples"
status=0
for example in *.cs; do
  echo "-- dotnet run $example"
  if ! output="$(dotnet run "$example" 2>&1)"; then
    echo "$output" | tail -n 30
    echo "example failed: $example"
    status=1
  else
    echo "$output" | tail -n 5
  fi
done
exit $status
