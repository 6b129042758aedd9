#!/usr/bin/env bash
# How soon `guidance serve` shows an edit: from the save to the page served with it.
#
#   bench/serve-rebuild.sh [SIZE ...]     SIZE: shipped, or a page count for bench/Corpus (default: shipped 1000 10000)
#
# For each site it starts `guidance serve` (Release), waits for the first build, then saves one
# page EDITS times. Each save appends a new sentence; the script polls the page over HTTP every 10 ms
# until the sentence is served, and records the time from the save to then (what the author sees,
# the watcher's 150 ms quiet period included). Before the next save it waits for the whole-site build
# that follows each edit, so every save meets a server at rest. It reports the median, least and
# most of the save-to-served times and the median whole-build time `serve` prints.
#
# Environment: EDITS (default 20), PORT (default 8765), SEED (42), BENCH_DIR (/tmp/guidance-serve-bench).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(shipped 1000 10000)
edits=${EDITS:-20}
port=${PORT:-8765}
seed=${SEED:-42}
work=${BENCH_DIR:-/tmp/guidance-serve-bench}
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT

mkdir -p "$work"
dotnet build "$repo/generator" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/bench/Corpus" -c Release -o "$work/corpus-bin" -v quiet -nologo >/dev/null
guidance="$repo/generator/bin/Release/net10.0/guidance.dll"
now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
built() { grep -c '^Built ' "$log" || true; }
wait_for_builds() { for _ in $(seq 1 3000); do [ "$(built)" -ge "$1" ] && return 0; sleep 0.05; done; echo "no build finished" >&2; exit 1; }

echo "| site | pages | saves | save to served: median | least | most | whole build after each: median |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for size in "${sizes[@]}"; do
  site="$work/site-$size"
  rm -rf "$site"
  mkdir -p "$site"
  if [ "$size" = shipped ]; then
    cp -r "$repo/content" "$repo/layouts" "$site/"
    page=standards/recording.md url=standards/recording/
  else
    "$work/corpus-bin/corpus" --pages "$size" --out "$site/content" --seed "$seed" >/dev/null
    page=$(cd "$site/content" && ls standards/chapter-001/*.md | head -1)
    url="standards/$(basename "$page" .md)/"
  fi
  base=$(awk '/^base_path:/ { print $2 }' "$site/content/site.yml"); base=${base:-/}
  log="$site/serve.log"
  dotnet "$guidance" serve --content "$site/content" --port "$port" --date 2026-11-23 >"$log" 2>&1 &
  server=$!
  wait_for_builds 1
  address="http://127.0.0.1:$port${base%/}/$url"
  for _ in $(seq 1 200); do curl -sf "$address" >/dev/null && break; sleep 0.05; done
  curl -sf "$address" >/dev/null || { echo "cannot fetch $address" >&2; exit 1; }
  : >"$site/times"
  for i in $(seq 1 "$edits"); do
    before=$(built)
    marker="Edited-for-the-benchmark-$i-$RANDOM."
    start=$(now_ms)
    printf '\n%s\n' "$marker" >>"$site/content/$page"
    until curl -sf "$address" | grep -q "$marker"; do sleep 0.01; done
    echo $(($(now_ms) - start)) >>"$site/times"
    wait_for_builds $((before + 1))
  done
  pages=$(grep '^Built ' "$log" | head -1 | sed -E 's/^Built ([0-9]+) pages.*/\1/')
  whole=$(grep '^Built ' "$log" | tail -n +2 | sed -E 's/.* in ([0-9]+) ms.*/\1/' | median)
  printf '| %s | %s | %s | %s ms | %s ms | %s ms | %s ms |\n' "$size" "$pages" "$edits" "$(median <"$site/times")" \
    "$(sort -n "$site/times" | head -1)" "$(sort -n "$site/times" | tail -1)" "$whole"
  kill "$server"; wait "$server" 2>/dev/null || true; server=
done
