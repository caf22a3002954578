#!/usr/bin/env bash
# Packs the library into a local folder feed, and a fresh consumer project (outside the repository's build
# settings) restores it from there and uses it: the package works for someone who only has the .nupkg.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
feed="$work/feed"
# A version of its own for every run: NuGet caches a package by id and version in the global packages folder, so a
# fixed version would let the consumer restore an older build of the library (from an earlier run or a parallel one).
version="0.0.0-ci.$(date +%s).$$"
packages="$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: //p')"
trap 'rm -rf "$work" "${packages:+$packages/helseindicators/$version}"' EXIT
dotnet pack "$repo/src/HelseIndicators/HelseIndicators.csproj" -c Release -o "$feed" -p:Version="$version" >/dev/null
unzip -Z1 "$feed/HelseIndicators.$version.nupkg" > "$work/contents.txt"
for entry in lib/net8.0/HelseIndicators.dll lib/net10.0/HelseIndicators.dll lib/net10.0/HelseIndicators.xml README.md; do
  grep -qx "$entry" "$work/contents.txt" || { echo "the package lacks $entry"; exit 1; }
done

consumer="$work/consumer"
mkdir -p "$consumer"
cp "$repo/.ci/package-consumer/Consumer.csproj" "$repo/.ci/package-consumer/Program.cs" "$consumer/"
cat > "$consumer/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
CONFIG
# Merge the local feed with the user's configured sources (NodaTime and Microsoft.Extensions come from there).
cd "$consumer"
dotnet restore -p:HelseIndicatorsVersion="$version" --source "$feed" $(dotnet nuget list source --format short 2>/dev/null | awk '/^E /{print "--source " $2}') >/dev/null
dotnet run --no-restore -p:HelseIndicatorsVersion="$version"
