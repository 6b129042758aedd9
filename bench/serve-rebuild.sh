#!/usr/bin/env bash
# How long `guidance serve` takes to rebuild the shipped site after an edit.
#
#   bench/serve-rebuild.sh            environment: EDITS (default 20), PORT (default 8765)
#
# It serves a copy of content/ and layouts/, saves one page EDITS times (waiting for each rebuild),
# and reports the median and range of the rebuild times `serve` prints ("Built N pages in X ms").
# The first build is left out: it includes the program's start-up.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
edits=${EDITS:-20}
port=${PORT:-8765}
work=$(mktemp -d /tmp/guidance-serve-bench.XXXXXX)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r "$repo/content" "$repo/layouts" "$work/"
dotnet build "$repo/generator" -c Release -v quiet -nologo >/dev/null
dotnet "$repo/generator/bin/Release/net10.0/guidance.dll" serve --content "$work/content" --port "$port" --date 2026-11-23 >"$work/serve.log" 2>&1 &
server=$!

built() { grep -c '^Built ' "$work/serve.log" || true; }
wait_for() { for _ in $(seq 1 600); do [ "$(built)" -ge "$1" ] && return 0; sleep 0.1; done; echo "no rebuild after edit" >&2; exit 1; }

wait_for 1
page="$work/content/standards/recording.md"
for i in $(seq 1 "$edits"); do
  sleep 0.5
  printf '\nEdit %s.\n' "$i" >>"$page"
  wait_for $((i + 1))
done

grep '^Built ' "$work/serve.log" | tail -n +2 | sed -E 's/.* in ([0-9]+) ms.*/\1/' | sort -n >"$work/times"
count=$(wc -l <"$work/times")
median=$(awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}' "$work/times")
echo "$(grep '^Built ' "$work/serve.log" | head -1 | sed -E 's/ in .*//'): $count rebuilds, median $median ms (min $(head -1 "$work/times"), max $(tail -1 "$work/times"))"
