#!/usr/bin/env bash
# The build benchmark: Guidance beside Hugo on the same synthetic Markdown.
#
#   bench/run.sh [PAGES ...]        default: 1000 10000 50000
#
# For each size it writes a corpus (bench/Corpus, fixed SEED), then builds it RUNS times with each
# tool, alternating Guidance and Hugo so both see the same machine load, after one untimed warm-up
# of each. It reports the median wall time, the median CPU time (user + system), the median peak
# memory (max RSS, /usr/bin/time), the ratios Guidance/Hugo and the median time of each Guidance
# stage (guidance build --timings). Load average is printed: on a shared machine, quote CPU too.
# Guidance's first timed build at each size is a fresh one (reported on its own); the others, whose
# median is the headline, rebuild over the folder the previous build retired, as authors do.
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

# One timed build; appends "seconds kilobytes" to $2 and, for Guidance, the stage lines to $3.
run_guidance() {
  local n=$1
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
    "$guidance" build --content "$work/corpus-$n" --out "$work/out-guidance-$n" --date "$date" --timings >"$work/stdout.txt"
  cat "$work/time.txt" >>"$2"
  awk '/^Stage times/ { on = 1; next } on && NF >= 3 { print $1, $2 }' "$work/stdout.txt" >>"$3"
}
run_hugo() {
  local n=$1
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" \
    hugo --quiet --noBuildLock --source "$repo/bench/hugo" --contentDir "$work/hugo-$n/content" \
      --destination "$work/out-hugo-$n" --cleanDestinationDir --cacheDir "$work/hugo-cache" >/dev/null
  cat "$work/time.txt" >>"$2"
}

report="$work/results.md"
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); .NET $(dotnet --version); $(hugo version | cut -d' ' -f1-2); seed $seed"
  echo
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| pages | runs | Guidance median | Hugo median | ratio | Guidance CPU | Hugo CPU | CPU ratio | Guidance peak RSS | Hugo peak RSS | HTML files (G / H) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$report"
stages_report="$work/stages.md"
: >"$stages_report"
fresh_report="$work/fresh.md"
: >"$fresh_report"

for n in "${sizes[@]}"; do
  prepare "$n"
  r=$runs
  [ "$n" -ge 50000 ] && r=$runs_large
  g="$work/g-$n.txt" h="$work/h-$n.txt" s="$work/s-$n.txt"
  : >"$g"; : >"$h"; : >"$s"
  echo "Warming up at $n pages ..." >&2
  # Start from no output at all, so the first timed Guidance build is always a fresh one (there is no
  # retired folder to reuse yet) and the later ones rebuild over the folder the last swap retired.
  rm -rf "$work/out-guidance-$n" "$work/.out-guidance-$n".*
  run_guidance "$n" /dev/null /dev/null
  run_hugo "$n" /dev/null
  for i in $(seq 1 "$r"); do
    echo "  run $i/$r at $n pages" >&2
    run_guidance "$n" "$g" "$s"
    run_hugo "$n" "$h"
  done
  gt=$(awk '{ print $1 }' "$g" | median); ht=$(awk '{ print $1 }' "$h" | median)
  gm=$(awk '{ print $2 }' "$g" | median); hm=$(awk '{ print $2 }' "$h" | median)
  ratio=$(awk -v a="$gt" -v b="$ht" 'BEGIN { printf "%.2f", a / b }')
  # CPU seconds (user + system) matter on a shared machine, where wall time depends on the neighbours.
  gc=$(awk '{ print $3 + $4 }' "$g" | median); hc=$(awk '{ print $3 + $4 }' "$h" | median)
  cratio=$(awk -v a="$gc" -v b="$hc" 'BEGIN { printf "%.2f", a / b }')
  gf=$(find "$work/out-guidance-$n" -name '*.html' | wc -l); hf=$(find "$work/out-hugo-$n" -name '*.html' | wc -l)
  printf '| %s | %s | %.2f s | %.2f s | %s | %.2f s | %.2f s | %s | %.0f MB | %.0f MB | %s / %s |\n' \
    "$n" "$r" "$gt" "$ht" "$ratio" "$gc" "$hc" "$cratio" "$(awk -v k="$gm" 'BEGIN { print k / 1024 }')" "$(awk -v k="$hm" 'BEGIN { print k / 1024 }')" "$gf" "$hf" >>"$report"
  head -n 1 "$g" | awk -v n="$n" '{ printf "| %s | %.2f s | %.2f s | %.0f MB |\n", n, $1, $3 + $4, $2 / 1024 }' >>"$fresh_report"
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
  echo "Median time of each Guidance stage (ms, from guidance build --timings):"
  echo
  cat "$stages_report"
  echo
  echo "Guidance's first timed build at each size, a fresh one writing every file. The later ones rebuild over"
  echo "the folder the last swap retired, as authors rebuild, so with three runs or more the medians above are"
  echo "rebuilds; Hugo rewrites everything every time."
  echo
  echo "| pages | Guidance fresh build | its CPU | its peak RSS |"
  echo "| ---: | ---: | ---: | ---: |"
  cat "$fresh_report"
} >>"$report"
cat "$report"
