#!/usr/bin/env bash
# helse published with Native AOT (README, docs/performance.md: the fast way to run large panels) gives byte for
# byte the output of helse on the JIT: the report's indicator files, and `helse indicators` on a sample panel with
# disclosure control on and off, as CSV and as JSON. Native AOT has no JIT and trims what it cannot see used, so a
# part of the tool that needed reflection would fail or differ here.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$repo"
rid="$(dotnet --info 2>/dev/null | awk '/^ *RID:/ {print $2; exit}')"
[ -n "$rid" ] || { echo "dotnet --info names no runtime identifier"; exit 1; }

# A private bin/obj tree (Directory.Build.props: HELSE_ARTIFACTS), so the checkout's own build is left as it was.
echo "-- dotnet publish src/HelseIndicators.Cli -r $rid -p:PublishAot=true"
if ! HELSE_ARTIFACTS="$work/artifacts" dotnet publish src/HelseIndicators.Cli -c Release -r "$rid" \
    -p:PublishAot=true -o "$work/native" >"$work/publish.log" 2>&1; then
  tail -n 30 "$work/publish.log"; echo "the Native AOT publish failed"; exit 1
fi
native=("$work/native/helse")
jit=(dotnet run --project "$repo/src/HelseIndicators.Cli" -c Release --no-build --)

same() { # same NAME FILE_A FILE_B
  if ! cmp -s "$2" "$3"; then diff "$2" "$3" | head -n 10; echo "native and JIT differ: $1"; exit 1; fi
}

# Each writes report/ in a folder of its own, so that what they print names the same path.
mkdir -p "$work/native-run" "$work/jit-run"
(cd "$work/native-run" && "${native[@]}" report --out report >stdout.txt)
(cd "$work/jit-run" && "${jit[@]}" report --out report >stdout.txt)
for file in stdout.txt report/indicators.csv report/indicators.json; do
  same "report: $file" "$work/native-run/$file" "$work/jit-run/$file"
done
# The page's footer says when it was made; everything else is the same.
for run in native jit; do grep -v '<footer>' "$work/$run-run/report/report.html" >"$work/$run.html"; done
grep -q '<svg' "$work/native.html" || { echo "the native report has no chart"; exit 1; }
same "report: report.html (but its time of writing)" "$work/native.html" "$work/jit.html"

"${native[@]}" sample --firms 3000 --from 2012 --to 2020 --seed 7 --output "$work/panel.csv" >/dev/null 2>&1
for options in "--format csv" "--format json" "--format csv --no-disclosure-control" "--format json --by segment,county"; do
  # shellcheck disable=SC2086 # the options are words
  "${native[@]}" indicators --input "$work/panel.csv" $options --output "$work/native.out"
  # shellcheck disable=SC2086
  "${jit[@]}" indicators --input "$work/panel.csv" $options --output "$work/jit.out"
  same "indicators $options" "$work/native.out" "$work/jit.out"
done

# Bad data: the same message and exit code (1) from both.
printf 'org_number,year,nace,revenue\n123456789,2020,21.100,12x\n' >"$work/bad.csv"
native_status=0; jit_status=0
"${native[@]}" validate --input "$work/bad.csv" >"$work/native-bad.txt" 2>&1 || native_status=$?
"${jit[@]}" validate --input "$work/bad.csv" >"$work/jit-bad.txt" 2>&1 || jit_status=$?
[ "$native_status" = 1 ] && [ "$jit_status" = 1 ] || { echo "validate exit codes: native $native_status, JIT $jit_status"; exit 1; }
same "validate on bad data" "$work/native-bad.txt" "$work/jit-bad.txt"
echo "native helse: the same report, indicators and errors as helse on the JIT"
