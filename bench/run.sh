#!/usr/bin/env bash
# The build benchmark: Guidance beside Hugo on the same synthetic Markdown.
#
#   bench/run.sh [PAGES ...]        default: 1000 10000 50000
#
# For each size it writes a corpus (bench/Corpus, fixed SEED), then, after one untimed warm-up of
# each, runs RUNS rounds of: a fresh build (no output folder, as CI and a clean deploy do) with each
# tool, then a rebuild over the last output with each, alternating Guidance, Hugo with a minimal
# template (bench/hugo-minimal, the plainest fair peer) and Hugo with a template of Guidance's weight
# (bench/hugo) so all see the same machine load. It reports, for fresh builds first and rebuilds
# second, the median wall time, CPU time (user + system) and peak memory (max RSS, /usr/bin/time),
# the ratios to each Hugo, the files each writes, and the median time of each Guidance stage
# (guidance build --timings). Load average is printed: on a shared machine, quote CPU too.
# Guidance is published ReadyToRun in Release once, so start-up is measured as users get it.
#
# Environment: RUNS (default 5), RUNS_LARGE (runs at 50,000 pages or more, default 3), SEED (42),
# BENCH_DIR (work folder, default /tmp/guidance-bench), DATE (the build date, 2026-11-23).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
runs=${RUNS:-5}
runs_large=${RUNS_LARGE:-3}
seed=${SEED:-42}
work=${BENCH_DIR:-/tmp/guidance-bench}
date=${DATE:-2026-11-23}

# What the benchmark needs beyond the .NET SDK comes from Debian's packages, installed when missing:
# GNU time for peak memory, and Hugo to compare with.
install() {
  echo "Installing $1 (apt-get install $1)..." >&2
  local as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get install -y -qq "$1" >/dev/null 2>&1 || { "${as_root[@]}" apt-get update -qq >/dev/null && "${as_root[@]}" apt-get install -y -qq "$1" >/dev/null; }
}
[ -x /usr/bin/time ] || install time
command -v hugo >/dev/null || install hugo
command -v hugo >/dev/null || { echo "bench: hugo is not installed and could not be; install the Debian package: apt-get install hugo" >&2; exit 2; }

mkdir -p "$work"
echo "Publishing guidance (Release, ReadyToRun) and the corpus writer into $work/bin ..." >&2
dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/bin/guidance" -v quiet -nologo >/dev/null
dotnet build "$repo/bench/Corpus" -c Release -o "$work/bin/corpus" -v quiet -nologo >/dev/null
guidance="$work/bin/guidance/guidance"
corpus="$work/bin/corpus/corpus"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Writes the corpus once per size and seed; the Hugo copy hard-links the same files, with the home
# page named as Hugo expects (_index.md) and the Guidance-only registries and static folder left out.
prepare() {
  local n=$1 content="$work/corpus-$1" hugo_content="$work/hugo-$1/content"
  if [ "$(cat "$content/.guidance-corpus" 2>/dev/null)" != "$(printf 'pages: %s\nseed: %s' "$n" "$seed")" ]; then
    echo "Writing a $n-page corpus (seed $seed) ..." >&2
    "$corpus" --pages "$n" --out "$content" --seed "$seed" >/dev/null
    rm -rf "$work/hugo-$n"
  fi
  if [ ! -d "$hugo_content" ]; then
    mkdir -p "$work/hugo-$n"
    cp -al "$content" "$hugo_content"
    mv "$hugo_content/index.md" "$hugo_content/_index.md"
    rm -rf "$hugo_content"/*.yml "$hugo_content/static" "$hugo_content/.guidance-corpus"
  fi
}

# One timed build; appends "seconds kilobytes user system" to $2 and, for Guidance, the stage lines to $3.
# A fresh build ($4 = fresh) starts with no output folder, as CI and a clean deploy do; a rebuild
# writes over the last build's output (Guidance reuses the folder its last swap retired).
run_guidance() {
  local n=$1
  [ "${4:-}" = fresh ] && rm -rf "$work/out-guidance-$n" "$work/.out-guidance-$n".*
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
    "$guidance" build --content "$work/corpus-$n" --out "$work/out-guidance-$n" --date "$date" --timings >"$work/stdout.txt"
  cat "$work/time.txt" >>"$2"
  awk '/^Stage times/ { on = 1; next } on && NF >= 3 { print $1, $2 }' "$work/stdout.txt" >>"$3"
}
# Hugo with a template ($3: hugo, the template of Guidance's weight, or hugo-minimal); $4 as above.
run_hugo() {
  local n=$1 out="$work/out-$3-$1"
  [ "${4:-}" = fresh ] && rm -rf "$out"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
    hugo --quiet --noBuildLock --source "$repo/bench/$3" --contentDir "$work/hugo-$n/content" \
      --destination "$out" --cleanDestinationDir --cacheDir "$work/hugo-cache-$3" >/dev/null
  cat "$work/time.txt" >>"$2"
}

col() { awk -v c="$1" '{ print (c == "cpu") ? $3 + $4 : $c }' "$2" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
files() { find "$1" -type f | wc -l; }

report="$work/results.md"
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); .NET $(dotnet --version); $(hugo version | cut -d' ' -f1-2); seed $seed"
  echo
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Medians of alternated runs. 'minimal' is Hugo with a one-line template (.Content and .TableOfContents, a"
  echo "list page); 'template' is Hugo with a template of Guidance's weight (navigation, breadcrumbs, metadata,"
  echo "contents, related links, sitemap). Ratios are Guidance / Hugo: below 1 Guidance is faster."
  echo
  echo "| pages | build | runs | Guidance | Hugo minimal | ratio | Hugo template | ratio | Guidance CPU | Hugo minimal CPU | Guidance peak RSS | files (G / Hm / Ht) |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$report"
stages_report="$work/stages.md"
: >"$stages_report"

for n in "${sizes[@]}"; do
  prepare "$n"
  r=$runs
  [ "$n" -ge 50000 ] && r=$runs_large
  for kind in fresh rebuild; do : >"$work/g-$kind-$n.txt"; : >"$work/hm-$kind-$n.txt"; : >"$work/ht-$kind-$n.txt"; done
  s="$work/s-$n.txt"; : >"$s"
  echo "Warming up at $n pages ..." >&2
  run_guidance "$n" /dev/null /dev/null fresh
  run_hugo "$n" /dev/null hugo fresh
  run_hugo "$n" /dev/null hugo-minimal fresh
  for i in $(seq 1 "$r"); do
    echo "  run $i/$r at $n pages" >&2
    # Each kind of build alternates between the tools, so both see the same load on a shared machine.
    for kind in fresh rebuild; do
      run_guidance "$n" "$work/g-$kind-$n.txt" "$s" "$kind"
      run_hugo "$n" "$work/hm-$kind-$n.txt" hugo-minimal "$kind"
      run_hugo "$n" "$work/ht-$kind-$n.txt" hugo "$kind"
    done
  done
  for kind in fresh rebuild; do
    g="$work/g-$kind-$n.txt" hm="$work/hm-$kind-$n.txt" ht="$work/ht-$kind-$n.txt"
    gt=$(col 1 "$g"); hmt=$(col 1 "$hm"); htt=$(col 1 "$ht")
    printf '| %s | %s | %s | %.2f s | %.2f s | %s | %.2f s | %s | %.2f s | %.2f s | %.0f MB | %s / %s / %s |\n' \
      "$n" "$kind" "$r" "$gt" "$hmt" "$(ratio "$gt" "$hmt")" "$htt" "$(ratio "$gt" "$htt")" "$(col cpu "$g")" "$(col cpu "$hm")" \
      "$(awk -v k="$(col 2 "$g")" 'BEGIN { print k / 1024 }')" \
      "$(files "$work/out-guidance-$n")" "$(files "$work/out-hugo-minimal-$n")" "$(files "$work/out-hugo-$n")" >>"$report"
  done
  stages=$(awk '{ print $1 }' "$s" | awk '!seen[$0]++')
  if [ ! -s "$stages_report" ]; then
    { printf '| pages |'; printf ' %s |' $stages; echo; printf '| ---: |'; printf ' ---: |%.0s' $stages; echo; } >"$stages_report"
  fi
  {
    printf '| %s |' "$n"
    for stage in $stages; do printf ' %s |' "$(awk -v st="$stage" '$1 == st { print $2 }' "$s" | median | awk '{ printf "%.0f", $1 }')"; done
    echo
  } >>"$stages_report"
done

{
  echo
  echo "Median time of each Guidance stage over fresh builds and rebuilds (ms, from guidance build --timings):"
  echo
  cat "$stages_report"
} >>"$report"
cat "$report"
